// Who a container's process is: `--user` / `USER` ("name", "uid", "name:group", "uid:gid")
// looked up in the container's own /etc/passwd and /etc/group, as runc's libcontainer/user does
// when the container starts. A name the files lack stops the start; a number the files lack is
// used as it is, with group 0.
import type { ContainerFs } from './fs.ts';

export interface Identity {
	uid: number;
	gid: number;
	/** The user's name, when /etc/passwd has the uid. */
	name: string | null;
	/** Every group the process is in, the primary one first: [gid, name or null]. */
	groups: Array<[number, string | null]>;
}

interface Entry {
	name: string;
	id: number;
	gid: number;
	members: string[];
	home: string;
}

function table(text: string | null, kind: 'passwd' | 'group'): Entry[] {
	const out: Entry[] = [];
	for (const line of (text ?? '').split('\n')) {
		const f = line.split(':');
		if (f.length < 3 || !/^\d+$/.test(f[2]!)) continue;
		out.push({ name: f[0]!, id: Number(f[2]), gid: kind === 'passwd' ? Number(f[3] ?? 0) : Number(f[2]), members: kind === 'group' ? (f[3] ?? '').split(',').filter(Boolean) : [], home: kind === 'passwd' ? (f[5] ?? '/') : '' });
	}
	return out;
}

export const passwd = (fs: ContainerFs) => table(fs.read('/etc/passwd'), 'passwd');
export const groups = (fs: ContainerFs) => table(fs.read('/etc/group'), 'group');

/** The identity a user spec gives in this filesystem, or the daemon's error for a name it lacks. */
export function lookupUser(fs: ContainerFs, spec: string): Identity | { error: string } {
	const [userPart = '', groupPart] = (spec || 'root').split(':');
	const users = passwd(fs);
	const grps = groups(fs);
	const numeric = /^\d+$/.test(userPart);
	const entry = users.find((u) => (numeric ? u.id === Number(userPart) : u.name === userPart));
	if (!entry && !numeric) return { error: `unable to find user ${userPart}: no matching entries in passwd file` };
	const uid = entry ? entry.id : Number(userPart);
	let gid = entry ? entry.gid : 0;
	if (groupPart !== undefined && groupPart !== '') {
		const g = /^\d+$/.test(groupPart) ? grps.find((x) => x.id === Number(groupPart)) : grps.find((x) => x.name === groupPart);
		if (!g && !/^\d+$/.test(groupPart)) return { error: `unable to find group ${groupPart}: no matching entries in group file` };
		gid = g ? g.id : Number(groupPart);
	}
	const nameOfGroup = (id: number) => grps.find((g) => g.id === id)?.name ?? null;
	const list: Array<[number, string | null]> = [[gid, nameOfGroup(gid)]];
	// Supplementary groups: those that list the user by name (not when a group was given).
	if (entry && groupPart === undefined) for (const g of grps) if (g.members.includes(entry.name) && g.id !== gid) list.push([g.id, g.name]);
	return { uid, gid, name: entry?.name ?? null, groups: list };
}

/** `id`'s line, as coreutils and BusyBox print it. */
export function idLine(who: Identity): string {
	const named = (id: number, name: string | null) => (name === null ? String(id) : `${id}(${name})`);
	return `uid=${named(who.uid, who.name)} gid=${named(who.gid, who.groups[0]![1])} groups=${who.groups.map(([id, name]) => named(id, name)).join(',')}`;
}

/** The next free id for a new user or group: from 1000 up; a system one from `low` up (BusyBox)
 * or, with `down`, from 999 down (shadow's useradd -r / groupadd -r). */
export function nextId(taken: number[], system: boolean, low = 100, down = false): number {
	const used = new Set(taken);
	if (system && down) {
		let id = 999;
		while (used.has(id)) id--;
		return id;
	}
	let id = system ? low : Math.max(999, ...taken.filter((t) => t >= 1000 && t < 60000)) + 1;
	while (used.has(id)) id++;
	return id;
}
