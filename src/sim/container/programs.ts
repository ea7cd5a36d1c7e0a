// The programs inside containers: coreutils/busybox basics over the container's files,
// package managers that install real-looking packages, and network tools that reach other
// containers by name on user-defined networks.
import type { PlatformFacts } from '../engine/platform.ts';
import type { FsFamily } from '../engine/types.ts';
import { dateCommand, unixDate } from '../render/format.ts';
import type { Io } from '../shell/exec.ts';
import { printfText, runText } from '../shell/text.ts';
import { redisCommand } from './redis.ts';
import { ContainerFs, normPath } from './fs.ts';
import { APK, APT, npmTransitive, PIP_VERSIONS } from './packages.ts';
import { rootFs } from './rootfs.ts';
import { groups, idLine, lookupUser, nextId, passwd, type Identity } from './users.ts';

export interface Proc {
	pid: number;
	cmd: string;
	start: number;
}

export type HttpResult =
	| { ok: true; status: number; reason: string; headers: Array<[string, string]>; body: string }
	| { ok: false; code: number; message: string };

export interface ProgramCtx {
	fs: ContainerFs;
	io: Io;
	env: Record<string, string>;
	cwd: string;
	setCwd(path: string): void;
	hostname: string;
	facts: PlatformFacts;
	family: FsFamily;
	now: number;
	/** Who runs the command: `--user` / `USER` as given ("" is root), looked up in users.ts. */
	user: string;
	/** An attached interactive shell (vs. `docker run img cmd`, exec, RUN). */
	interactive: boolean;
	/** Prefix for `not found` errors: `bash`, `sh`, `/bin/sh: 1`. */
	notFoundPrefix: string;
	processes(): Proc[];
	http(host: string, port: number, path: string, method: string): HttpResult;
	resolve(name: string): string | null;
	/** `--network none`: only the loopback interface. */
	offline?: boolean;
	exit(code: number): void;
	/** Bytes a build step adds to its layer. */
	grow(bytes: number): void;
	/** The container's redis keyspace, for redis-cli (kept on the container between commands). */
	redis?: Record<string, string>;
	build: boolean;
}

type Program = (argv: string[], c: ProgramCtx) => number;

/** The process's identity (root when the spec cannot be resolved: the start would have failed). */
function identity(c: ProgramCtx): Identity {
	const who = lookupUser(c.fs, c.user);
	return 'error' in who ? { uid: 0, gid: 0, name: 'root', groups: [[0, 'root']] } : who;
}

/** Options of `adduser` (BusyBox) or `useradd` (shadow) that take a value, by letter. */
function userOptions(argv: string[], takes: string): { opts: Record<string, string | true>; name: string | undefined } {
	const opts: Record<string, string | true> = {};
	let name: string | undefined;
	for (let i = 1; i < argv.length; i++) {
		const a = argv[i]!;
		if (/^-[A-Za-z]+$/.test(a)) {
			for (let k = 1; k < a.length; k++) {
				const l = a[k]!;
				if (takes.includes(l)) {
					opts[l] = a.slice(k + 1) || argv[++i] || '';
					break;
				}
				opts[l] = true;
			}
		} else name ??= a;
	}
	return { opts, name };
}

/** BusyBox `adduser [-D] [-S] [-H] [-u UID] [-G GROUP] [-h HOME] [-s SHELL] [-g GECOS] NAME`, or
 * shadow's `useradd [-m] [-r] [-u UID] [-g GROUP] [-d HOME] [-s SHELL] NAME`: new lines in
 * /etc/passwd (and the user's own group in /etc/group when none is given). */
function addUser(argv: string[], c: ProgramCtx, tool: 'busybox' | 'shadow'): number {
	const { opts, name } = userOptions(argv, tool === 'busybox' ? 'uGhsgk' : 'ugdscGk');
	if (!name) {
		c.io.err(tool === 'busybox' ? `BusyBox v1.37.0 (2025-08-05 16:40:33 UTC) multi-call binary.\n\nUsage: adduser [OPTIONS] USER [GROUP]\n\nCreate new user, or add USER to GROUP\n` : `Usage: useradd [options] LOGIN\n`);
		return tool === 'busybox' ? 1 : 2;
	}
	const users = passwd(c.fs);
	const grps = groups(c.fs);
	if (users.some((u) => u.name === name)) {
		c.io.err(tool === 'busybox' ? `adduser: user '${name}' in use\n` : `useradd: user '${name}' already exists\n`);
		return tool === 'busybox' ? 1 : 9;
	}
	const system = opts[tool === 'busybox' ? 'S' : 'r'] === true;
	// Without -D BusyBox runs passwd once the user is written: with no terminal to answer it,
	// passwd gives up and the command fails (a Dockerfile's RUN adduser app stops the build).
	const askPassword = tool === 'busybox' && !system && opts.D !== true;
	const uidOpt = typeof opts.u === 'string' ? Number(opts.u) : undefined;
	const uid = uidOpt ?? nextId(users.map((u) => u.id), system, 100, tool === 'shadow');
	const groupOpt = (tool === 'busybox' ? opts.G : opts.g) as string | undefined;
	let gid: number;
	if (typeof groupOpt === 'string') {
		const g = grps.find((x) => x.name === groupOpt || String(x.id) === groupOpt);
		if (!g) {
			c.io.err(tool === 'busybox' ? `adduser: unknown group ${groupOpt}\n` : `useradd: group '${groupOpt}' does not exist\n`);
			return tool === 'busybox' ? 1 : 6;
		}
		gid = g.id;
	} else if (tool === 'busybox' && system) {
		// BusyBox puts a system user without -G in nogroup.
		gid = grps.find((g) => g.name === 'nogroup')?.id ?? 65533;
	} else {
		gid = grps.some((g) => g.id === uid) ? nextId(grps.map((g) => g.id), system, 101) : uid;
		c.fs.write('/etc/group', (c.fs.read('/etc/group') ?? '') + `${name}:x:${gid}:\n`);
	}
	const home = (opts[tool === 'busybox' ? 'h' : 'd'] as string | undefined) ?? `/home/${name}`;
	const shell = (opts.s as string | undefined) ?? (tool === 'busybox' ? (system ? '/sbin/nologin' : '/bin/sh') : '/bin/sh');
	const gecos = tool === 'busybox' ? ((opts.g as string | undefined) ?? 'Linux User,,,') : '';
	c.fs.write('/etc/passwd', (c.fs.read('/etc/passwd') ?? '') + `${name}:x:${uid}:${gid}:${gecos}:${home}:${shell}\n`);
	const makeHome = tool === 'busybox' ? opts.H !== true && !system : opts.m === true;
	if (makeHome) c.fs.mkdir(home);
	if (askPassword) {
		c.io.out(`Changing password for ${name}\nNew password: `);
		c.io.err(`passwd: password for ${name} is unchanged\n`);
		return 1;
	}
	return 0;
}

/** BusyBox `addgroup [-S] [-g GID] NAME` (or `addgroup USER GROUP`), shadow's `groupadd [-r] [-g GID] NAME`. */
function addGroup(argv: string[], c: ProgramCtx, tool: 'busybox' | 'shadow'): number {
	const { opts, name } = userOptions(argv, 'gk');
	const rest = argv.slice(1).filter((a, i, all) => !a.startsWith('-') && !(i > 0 && /^-\w*g$/.test(all[i - 1]!)));
	if (!name) {
		c.io.err(tool === 'busybox' ? `BusyBox v1.37.0 (2025-08-05 16:40:33 UTC) multi-call binary.\n\nUsage: addgroup [-g GID] [-S] [USER] GROUP\n\nAdd a group or add a user to a group\n` : `Usage: groupadd [options] GROUP\n`);
		return tool === 'busybox' ? 1 : 2;
	}
	const grps = groups(c.fs);
	if (tool === 'busybox' && rest.length === 2) {
		// addgroup USER GROUP: USER joins GROUP.
		const [user, group] = rest as [string, string];
		const text = (c.fs.read('/etc/group') ?? '').split('\n').map((l) => {
			const f = l.split(':');
			return f[0] === group ? `${f.slice(0, 3).join(':')}:${[...(f[3] ?? '').split(',').filter(Boolean), user].join(',')}` : l;
		});
		if (!grps.some((g) => g.name === group)) {
			c.io.err(`addgroup: unknown group ${group}\n`);
			return 1;
		}
		c.fs.write('/etc/group', text.join('\n'));
		return 0;
	}
	if (grps.some((g) => g.name === name)) {
		c.io.err(tool === 'busybox' ? `addgroup: group '${name}' in use\n` : `groupadd: group '${name}' already exists\n`);
		return tool === 'busybox' ? 1 : 9;
	}
	const system = opts[tool === 'busybox' ? 'S' : 'r'] === true;
	const gid = typeof opts.g === 'string' ? Number(opts.g) : nextId(grps.map((g) => g.id), system, 101, tool === 'shadow');
	c.fs.write('/etc/group', (c.fs.read('/etc/group') ?? '') + `${name}:x:${gid}:\n`);
	return 0;
}

const gnu = (c: ProgramCtx) => c.family === 'debian' || c.family === 'ubuntu' || c.family === 'oracle';

function modeString(dir: boolean): string {
	return dir ? 'drwxr-xr-x' : '-rw-r--r--';
}

/** GNU ls / busybox ls columns across the terminal width. */
export function columns(names: string[], width: number, busybox: boolean): string {
	if (names.length === 0) return '';
	if (busybox) {
		const colw = Math.max(...names.map((n) => n.length)) + 2;
		const ncols = Math.max(1, Math.floor(width / colw));
		const nrows = Math.ceil(names.length / ncols);
		let out = '';
		for (let r = 0; r < nrows; r++) {
			let line = '';
			for (let col = 0; col < ncols; col++) {
				const i = col * nrows + r;
				if (i >= names.length) break;
				const last = (col + 1) * nrows + r >= names.length;
				line += last ? names[i] : names[i]!.padEnd(colw);
			}
			out += line + '\n';
		}
		return out;
	}
	for (let ncols = names.length; ncols >= 1; ncols--) {
		const nrows = Math.ceil(names.length / ncols);
		const widths: number[] = [];
		for (let col = 0; col < ncols; col++) {
			const slice = names.slice(col * nrows, (col + 1) * nrows);
			if (slice.length === 0) break;
			widths.push(Math.max(...slice.map((n) => n.length)));
		}
		const total = widths.reduce((a, b) => a + b, 0) + (widths.length - 1) * 2;
		if (total < width || ncols === 1) {
			let out = '';
			for (let r = 0; r < nrows; r++) {
				const parts: string[] = [];
				for (let col = 0; col < widths.length; col++) {
					const i = col * nrows + r;
					if (i < names.length) parts.push(names[i]!);
				}
				out += parts.map((p, k) => (k < parts.length - 1 ? p.padEnd(widths[k]! + 2) : p)).join('') + '\n';
			}
			return out;
		}
	}
	return names.join('\n') + '\n';
}

const ls: Program = (argv, c) => {
	const flags = new Set<string>();
	const paths: string[] = [];
	for (const a of argv.slice(1)) {
		if (a.startsWith('-') && a.length > 1) for (const ch of a.slice(1)) flags.add(ch);
		else paths.push(a);
	}
	if (paths.length === 0) paths.push('.');
	let status = 0;
	const busybox = !gnu(c);
	const many = paths.length > 1;
	paths.forEach((p, idx) => {
		const abs = normPath(p, c.cwd);
		if (!c.fs.exists(abs)) {
			c.io.err(busybox ? `ls: ${p}: No such file or directory\n` : `ls: cannot access '${p}': No such file or directory\n`);
			status = busybox ? 1 : 2;
			return;
		}
		let names = c.fs.isDir(abs) && !flags.has('d') ? c.fs.list(abs) : [p];
		if (!flags.has('a') && !flags.has('A')) names = names.filter((n) => !n.startsWith('.'));
		if (flags.has('a')) names = ['.', '..', ...names];
		if (many) c.io.out(`${idx > 0 ? '\n' : ''}${p}:\n`);
		if (flags.has('l')) {
			if (c.fs.isDir(abs)) c.io.out(`total ${names.length * 4}\n`);
			for (const n of names) {
				const full = n === '.' ? abs : n === '..' ? normPath('..', abs) : c.fs.isDir(abs) ? normPath(n, abs) : abs;
				const dir = c.fs.isDir(full);
				const size = dir ? 4096 : (c.fs.read(full) ?? '').length;
				const date = unixDate(c.now).slice(4, 16);
				c.io.out(`${modeString(dir)} ${dir ? ' 2' : ' 1'} root root ${String(size).padStart(busybox ? 9 : 5)} ${date} ${n}\n`);
			}
			return;
		}
		if (c.io.tty && !flags.has('1')) c.io.out(columns(names, c.io.cols, busybox));
		else if (names.length > 0) c.io.out(names.join('\n') + '\n');
	});
	return status;
};

const cat: Program = (argv, c) => {
	const files = argv.slice(1).filter((a) => a !== '-');
	if (files.length === 0) {
		c.io.out(c.io.stdin);
		return 0;
	}
	let status = 0;
	for (const f of files) {
		const abs = normPath(f, c.cwd);
		if (c.fs.isDir(abs)) {
			c.io.err(`cat: ${gnu(c) ? '' : 'read error: '}${gnu(c) ? f + ': Is a directory' : 'Is a directory'}\n`);
			status = 1;
			continue;
		}
		const text = c.fs.read(abs);
		if (text === null) {
			c.io.err(gnu(c) ? `cat: ${f}: No such file or directory\n` : `cat: can't open '${f}': No such file or directory\n`);
			status = 1;
			continue;
		}
		c.io.out(text);
	}
	return status;
};

export function echoText(args: string[]): string {
	let newline = true;
	let escapes = false;
	let i = 0;
	while (i < args.length && /^-[neE]+$/.test(args[i]!)) {
		if (args[i]!.includes('n')) newline = false;
		if (args[i]!.includes('e')) escapes = true;
		i++;
	}
	let text = args.slice(i).join(' ');
	if (escapes) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');
	return text + (newline ? '\n' : '');
}

function unameText(argv: string[], c: ProgramCtx): string {
	const f = new Set(argv.slice(1).join('').replace(/-/g, ''));
	const k = c.facts;
	if (f.has('a')) return gnu(c) ? `Linux ${c.hostname} ${k.kernel} ${k.kernelBuild} ${k.machine} ${k.machine} ${k.machine} GNU/Linux` : `Linux ${c.hostname} ${k.kernel} ${k.kernelBuild} ${k.machine} Linux`;
	const parts: string[] = [];
	if (f.has('s') || f.size === 0) parts.push('Linux');
	if (f.has('n')) parts.push(c.hostname);
	if (f.has('r')) parts.push(k.kernel);
	if (f.has('v')) parts.push(k.kernelBuild);
	if (f.has('m') || f.has('p') || f.has('i')) parts.push(k.machine);
	if (f.has('o')) parts.push(gnu(c) ? 'GNU/Linux' : 'Linux');
	return parts.join(' ');
}

const ps: Program = (argv, c) => {
	const procs = c.processes();
	const wide = argv.slice(1).some((a) => /a|e|x/.test(a));
	const hm = (t: number) => new Date(t).toISOString().slice(11, 16);
	if (!gnu(c)) {
		let out = 'PID   USER     TIME  COMMAND\n';
		for (const p of procs) out += `${String(p.pid).padStart(5)} root      0:00 ${p.cmd}\n`;
		c.io.out(out);
		return 0;
	}
	if (wide) {
		let out = 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n';
		procs.forEach((p, i) => {
			const stat = i === procs.length - 1 ? 'R+' : i === 0 ? 'Ss' : 'S';
			out += `root     ${String(p.pid).padStart(7)}  0.0  0.0 ${String(4588 + p.pid * 331).padStart(6)} ${String(3712 + p.pid * 64).padStart(5)} pts/0    ${stat.padEnd(4)} ${hm(p.start)}   0:00 ${p.cmd}\n`;
		});
		c.io.out(out);
		return 0;
	}
	let out = '    PID TTY          TIME CMD\n';
	for (const p of procs) out += `${String(p.pid).padStart(7)} pts/0    00:00:00 ${p.cmd.split(' ')[0]!.split('/').pop()}\n`;
	c.io.out(out);
	return 0;
};

function aptGet(argv: string[], c: ProgramCtx): number {
	const args = argv.slice(1);
	const sub = args.find((a) => !a.startsWith('-')) ?? '';
	const yes = args.some((a) => a === '-y' || a === '--yes' || a === '-qy' || a === '--assume-yes');
	const ubuntu = c.family === 'ubuntu';
	const mirror = ubuntu ? 'http://archive.ubuntu.com/ubuntu' : 'http://deb.debian.org/debian';
	const dist = ubuntu ? 'noble' : 'trixie';
	if (sub === 'update') {
		const lines = ubuntu
			? [`Get:1 http://security.ubuntu.com/ubuntu noble-security InRelease [126 kB]`, `Get:2 ${mirror} noble InRelease [256 kB]`, `Get:3 ${mirror} noble-updates InRelease [126 kB]`, `Get:4 ${mirror} noble-backports InRelease [126 kB]`, `Get:5 ${mirror} noble/main amd64 Packages [1808 kB]`, `Get:6 ${mirror} noble/universe amd64 Packages [19.3 MB]`, `Get:7 ${mirror} noble-updates/main amd64 Packages [1942 kB]`, 'Fetched 23.7 MB in 3s (8468 kB/s)']
			: [`Get:1 ${mirror} trixie InRelease [140 kB]`, `Get:2 ${mirror} trixie-updates InRelease [47.3 kB]`, `Get:3 http://deb.debian.org/debian-security trixie-security InRelease [43.4 kB]`, `Get:4 ${mirror} trixie/main amd64 Packages [9669 kB]`, `Get:5 ${mirror} trixie-updates/main amd64 Packages [5412 B]`, `Get:6 http://deb.debian.org/debian-security trixie-security/main amd64 Packages [56.2 kB]`, 'Fetched 9962 kB in 1s (7024 kB/s)'];
		const arch = c.facts.arch;
		c.io.out(lines.map((l) => l.replace(' amd64 ', ` ${arch} `)).join('\n') + '\nReading package lists...\n');
		simpleFileOp(['mkdir', '-p', '/var/lib/apt/lists'], c);
		c.fs.write('/var/lib/apt/lists/lock', '');
		c.grow(ubuntu ? 45_300_000 : 19_800_000);
		return 0;
	}
	if (sub === 'install') {
		const names = args.filter((a) => !a.startsWith('-') && a !== 'install');
		const updated = c.fs.read('/var/lib/apt/lists/lock') !== null;
		c.io.out('Reading package lists...\nBuilding dependency tree...\nReading state information...\n');
		for (const n of names) {
			if (!APT[n] || !updated) {
				c.io.err(`E: Unable to locate package ${n}\n`);
				return 100;
			}
		}
		const pkgs = names.map((n) => APT[n]!);
		const deps = [...new Set(pkgs.flatMap((p) => p.deps))].filter((d) => !names.includes(d)).sort();
		const all = [...deps, ...names].sort();
		if (deps.length) c.io.out(`The following additional packages will be installed:\n  ${deps.join(' ')}\n`);
		c.io.out(`The following NEW packages will be installed:\n  ${all.join(' ')}\n`);
		const dl = pkgs.reduce((n, p) => n + p.download, 0) + deps.length * 187_000;
		const inst = pkgs.reduce((n, p) => n + p.installed, 0) + deps.length * 612_000;
		const kb = (b: number) => Math.round(b / 1000).toLocaleString('en-US');
		c.io.out(`0 upgraded, ${all.length} newly installed, 0 to remove and 0 not upgraded.\nNeed to get ${kb(dl)} kB of archives.\nAfter this operation, ${kb(inst)} kB of additional disk space will be used.\n`);
		if (!yes) {
			if (!c.interactive) {
				c.io.out('Do you want to continue? [Y/n] Abort.\n');
				return 1;
			}
			c.io.out('Do you want to continue? [Y/n] Y\n');
		}
		all.forEach((n, i) => c.io.out(`Get:${i + 1} ${mirror} ${dist}/main ${c.facts.arch} ${n} ${APT[n]?.version ?? '1.0-1'} [${Math.round((APT[n]?.download ?? 187_000) / 1000)} kB]\n`));
		c.io.out(`Fetched ${kb(dl)} kB in 1s (${kb(dl)} kB/s)\n`);
		if (!c.io.tty || c.build) c.io.out('debconf: delaying package configuration, since apt-utils is not installed\n');
		for (const n of all) c.io.out(`Selecting previously unselected package ${n}.\nUnpacking ${n} (${APT[n]?.version ?? '1.0-1'}) ...\n`);
		for (const n of all) c.io.out(`Setting up ${n} (${APT[n]?.version ?? '1.0-1'}) ...\n`);
		c.io.out(`Processing triggers for libc-bin (${ubuntu ? '2.39-0ubuntu8.6' : '2.41-12'}) ...\n`);
		for (const p of pkgs) for (const b of p.bins) c.fs.write(`/usr/bin/${b}`, '');
		c.grow(inst);
		return 0;
	}
	if (sub === '' ) {
		c.io.out('apt 2.7.14 (amd64)\nUsage: apt-get [options] command\n');
		return 1;
	}
	if (sub === 'clean' || sub === 'autoremove' || sub === 'upgrade') {
		if (sub === 'upgrade') c.io.out('Reading package lists...\nBuilding dependency tree...\nReading state information...\nCalculating upgrade...\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
		return 0;
	}
	c.io.err(`E: Invalid operation ${sub}\n`);
	return 100;
}

function apk(argv: string[], c: ProgramCtx): number {
	const args = argv.slice(1);
	const sub = args.find((a) => !a.startsWith('-')) ?? '';
	const arch = c.facts.machine;
	if (sub === 'update') {
		c.io.out(`fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/main/${arch}/APKINDEX.tar.gz\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.22/community/${arch}/APKINDEX.tar.gz\nv3.22.2-67-g5d1a0e7c1a1 [https://dl-cdn.alpinelinux.org/alpine/v3.22/main]\nv3.22.2-68-g0e3f4a2b9c8 [https://dl-cdn.alpinelinux.org/alpine/v3.22/community]\nOK: 26326 distinct packages available\n`);
		return 0;
	}
	if (sub === 'add') {
		const names = args.filter((a) => !a.startsWith('-') && a !== 'add');
		for (const n of names) {
			if (!APK[n]) {
				c.io.out(`fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/main/${arch}/APKINDEX.tar.gz\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.22/community/${arch}/APKINDEX.tar.gz\n`);
				c.io.err(`ERROR: unable to select packages:\n  ${n} (no such package):\n    required by: world[${n}]\n`);
				return 1;
			}
		}
		const pkgs = names.map((n) => APK[n]!);
		const all = [...new Set([...pkgs.flatMap((p) => p.deps), ...names])];
		c.io.out(`fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/main/${arch}/APKINDEX.tar.gz\nfetch https://dl-cdn.alpinelinux.org/alpine/v3.22/community/${arch}/APKINDEX.tar.gz\n`);
		all.forEach((n, i) => c.io.out(`(${i + 1}/${all.length}) Installing ${n} (${APK[n]?.version ?? '1.0.0-r0'})\n`));
		c.io.out('Executing busybox-1.37.0-r19.trigger\n');
		const size = pkgs.reduce((n, p) => n + p.installed, 0) + (all.length - pkgs.length) * 410_000;
		c.io.out(`OK: ${Math.round((8_300_000 + size) / 1_048_576)} MiB in ${16 + all.length} packages\n`);
		for (const p of pkgs) for (const b of p.bins) c.fs.write(`/usr/bin/${b}`, '');
		c.grow(size);
		return 0;
	}
	c.io.out('apk-tools 2.14.9, compiled for x86_64.\n');
	return sub === '' ? 0 : 1;
}

function npm(argv: string[], c: ProgramCtx): number {
	const sub = argv[1] ?? '';
	if (sub === '-v' || sub === '--version') {
		// The npm each Node.js line bundles (nodejs.org release notes, late 2025).
		const major = Number((c.env.NODE_VERSION ?? '24').split('.')[0]);
		c.io.out(`${major >= 24 ? '11.6.2' : major >= 22 ? '10.9.4' : major >= 18 ? '10.8.2' : '8.19.4'}\n`);
		return 0;
	}
	if (sub === 'install' || sub === 'i' || sub === 'ci') {
		const pj = c.fs.read(normPath('package.json', c.cwd));
		if (pj === null) {
			c.io.err(`npm error code ENOENT\nnpm error syscall open\nnpm error path ${normPath('package.json', c.cwd)}\nnpm error errno -2\nnpm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${normPath('package.json', c.cwd)}'\nnpm error enoent This is related to npm not being able to find a file.\nnpm error enoent\n`);
			return 254;
		}
		let deps: string[] = [];
		try {
			const parsed = JSON.parse(pj) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
			deps = Object.keys(parsed.dependencies ?? {});
			if (!argv.includes('--omit=dev') && !argv.includes('--production')) deps.push(...Object.keys(parsed.devDependencies ?? {}));
		} catch {
			c.io.err(`npm error code EJSONPARSE\nnpm error JSON.parse Invalid package.json: JSONParseError: Unexpected token in JSON\n`);
			return 1;
		}
		const count = deps.reduce((n, d) => n + npmTransitive(d), 0);
		if (count === 0) c.io.out('\nup to date, audited 1 package in 187ms\n\nfound 0 vulnerabilities\n');
		else c.io.out(`\nadded ${count} packages, and audited ${count + 1} packages in ${1 + (count % 4)}s\n\n${Math.max(1, Math.floor(count / 5))} packages are looking for funding\n  run \`npm fund\` for details\n\nfound 0 vulnerabilities\n`);
		c.fs.mkdir(normPath('node_modules', c.cwd));
		for (const d of deps) c.fs.write(normPath(`node_modules/${d}/package.json`, c.cwd), `{"name":"${d}"}\n`);
		c.grow(count * 61_000 + 4_000);
		return 0;
	}
	if (sub === 'start' || sub === 'run') {
		c.io.out(`\n> app@1.0.0 ${sub === 'start' ? 'start' : argv[2] ?? ''}\n> node server.js\n\n`);
		return 0;
	}
	c.io.err(`Unknown command: "${sub}"\n\nTo see a list of supported npm commands, run:\n  npm help\n`);
	return 1;
}

function pip(argv: string[], c: ProgramCtx): number {
	const args = argv.slice(1);
	if (args[0] === '--version' || args[0] === '-V') {
		c.io.out('pip 25.3 from /usr/local/lib/python3.14/site-packages/pip (python 3.14)\n');
		return 0;
	}
	if (args[0] !== 'install') {
		c.io.err(`ERROR: unknown command "${args[0] ?? ''}"\n`);
		return 1;
	}
	let reqs: string[] = [];
	for (let i = 1; i < args.length; i++) {
		const a = args[i]!;
		if (a === '-r' || a === '--requirement') {
			const f = args[++i] ?? '';
			const text = c.fs.read(normPath(f, c.cwd));
			if (text === null) {
				c.io.err(`ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${f}'\n`);
				return 1;
			}
			reqs.push(...text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean).map((l) => l.split(/[=<>~! ]/)[0]!));
		} else if (!a.startsWith('-')) reqs.push(a.split(/[=<>~!]/)[0]!);
	}
	reqs = reqs.map((r) => r.toLowerCase());
	for (const r of reqs) c.io.out(`Collecting ${r}\n  Downloading ${r}-${PIP_VERSIONS[r] ?? '1.0.0'}-py3-none-any.whl.metadata (2.9 kB)\n`);
	if (reqs.length) {
		c.io.out(`Installing collected packages: ${reqs.join(', ')}\nSuccessfully installed ${reqs.map((r) => `${r}-${PIP_VERSIONS[r] ?? '1.0.0'}`).join(' ')}\n`);
		c.io.err("WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you know what you are doing and want to suppress this warning.\n");
	}
	c.grow(reqs.length * 2_400_000);
	return 0;
}

function httpTool(argv: string[], c: ProgramCtx, tool: 'curl' | 'wget'): number {
	const url = argv.slice(1).find((a) => !a.startsWith('-') && a !== 'GET') ?? '';
	const flags = argv.slice(1).filter((a) => a.startsWith('-')).join('');
	if (!url) {
		if (tool === 'curl') c.io.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
		else c.io.err('BusyBox v1.37.0 (2025-08-05 16:40:33 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] URL...\n');
		return tool === 'curl' ? 2 : 1;
	}
	const m = /^(?:(https?):\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
	if (!m) {
		c.io.err(tool === 'curl' ? `curl: (3) URL rejected: Malformed input to a URL function\n` : `wget: bad address '${url}'\n`);
		return tool === 'curl' ? 3 : 1;
	}
	const port = m[3] ? Number(m[3]) : m[1] === 'https' ? 443 : 80;
	const res = c.http(m[2]!, port, m[4] ?? '/', flags.includes('I') ? 'HEAD' : 'GET');
	if (!res.ok) {
		if (tool === 'curl') c.io.err(res.message + '\n');
		else c.io.err(`wget: ${res.code === 6 ? `bad address '${m[2]}'` : `can't connect to remote host (${c.resolve(m[2]!) ?? m[2]}): ${c.offline ? 'Network unreachable' : 'Connection refused'}`}\n`);
		return tool === 'curl' ? res.code : 1;
	}
	if (tool === 'curl') {
		const head = `HTTP/1.1 ${res.status} ${res.reason}\r\n` + res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('') + '\r\n';
		if (flags.includes('I')) c.io.out(head);
		else c.io.out((flags.includes('i') ? head : '') + res.body);
		return 0;
	}
	if (res.status >= 400) {
		// busybox wget: any status but 2xx/3xx is `server returned error: <status line>`.
		c.io.err(`wget: server returned error: HTTP/1.1 ${res.status} ${res.reason}\n`);
		return 1;
	}
	if (flags.includes('O-') || argv.includes('-') || flags.includes('qO-')) {
		c.io.out(res.body);
		return 0;
	}
	const name = (m[4] ?? '/').split('/').pop() || 'index.html';
	c.fs.write(normPath(name, c.cwd), res.body);
	if (!flags.includes('q')) c.io.err(`Connecting to ${m[2]}${m[3] ? ':' + m[3] : ''} (${c.resolve(m[2]!) ?? m[2]}:${port})\nsaving to '${name}'\n${name.padEnd(20)} 100% |********************************|   ${res.body.length}  0:00:00 ETA\n'${name}' saved\n`);
	return 0;
}

function ping(argv: string[], c: ProgramCtx): number {
	let count = 4;
	let host = '';
	for (let i = 1; i < argv.length; i++) {
		if (argv[i] === '-c') count = Math.max(1, Math.min(20, Number(argv[++i]) || 1));
		else if (!argv[i]!.startsWith('-')) host = argv[i]!;
	}
	if (!host) {
		c.io.err('BusyBox v1.37.0 (2025-08-05 16:40:33 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n');
		return 1;
	}
	const ip = c.resolve(host);
	if (!ip) {
		c.io.err(gnu(c) ? `ping: ${host}: Name or service not known\n` : `ping: bad address '${host}'\n`);
		return gnu(c) ? 2 : 1;
	}
	const explicit = argv.includes('-c');
	if (c.offline && !ip.startsWith('127.')) {
		// No route without an interface: iputils fails on connect(), busybox on its first sendto().
		if (gnu(c)) c.io.err('ping: connect: Network is unreachable\n');
		else {
			c.io.out(`PING ${host} (${ip}): 56 data bytes\n`);
			c.io.err('ping: sendto: Network unreachable\n');
		}
		return gnu(c) ? 2 : 1;
	}
	let out = gnu(c) ? `PING ${host} (${ip}) 56(84) bytes of data.\n` : `PING ${host} (${ip}): 56 data bytes\n`;
	const times: number[] = [];
	for (let i = 0; i < count; i++) {
		const t = 0.05 + ((i * 37 + ip.length * 11) % 60) / 1000;
		times.push(t);
		out += gnu(c) ? `64 bytes from ${host === ip ? ip : `${host} (${ip})`}: icmp_seq=${i + 1} ttl=64 time=${t.toFixed(3)} ms\n` : `64 bytes from ${ip}: seq=${i} ttl=64 time=${t.toFixed(3)} ms\n`;
	}
	if (!explicit) out += '^C\n';
	const min = Math.min(...times), max = Math.max(...times), avg = times.reduce((a, b) => a + b, 0) / times.length;
	out += `\n--- ${host} ping statistics ---\n${count} packets transmitted, ${count} ${gnu(c) ? 'received, 0% packet loss, time ' + (count - 1) * 1001 + 'ms' : 'packets received, 0% packet loss'}\n`;
	out += gnu(c) ? `rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/0.012 ms\n` : `round-trip min/avg/max = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)} ms\n`;
	c.io.out(out);
	return 0;
}

function simpleFileOp(argv: string[], c: ProgramCtx): number {
	const name = argv[0]!;
	const args = argv.slice(1).filter((a) => !a.startsWith('-'));
	const flags = argv.slice(1).filter((a) => a.startsWith('-')).join('');
	const fail = (target: string, reason: string, code = 1) => {
		c.io.err(gnu(c) ? `${name}: ${name === 'mkdir' ? `cannot create directory '${target}'` : name === 'rm' ? `cannot remove '${target}'` : name === 'touch' ? `cannot touch '${target}'` : target}: ${reason}\n` : `${name}: ${name === 'mkdir' ? `can't create directory '${target}'` : target}: ${reason}\n`);
		return code;
	};
	if (args.length === 0) {
		c.io.err(`${name}: missing operand\n`);
		return 1;
	}
	let status = 0;
	if (name === 'cp' || name === 'mv') {
		const [src, dst] = [args[0]!, args[args.length - 1]!];
		const s = normPath(src, c.cwd);
		const content = c.fs.read(s);
		if (content === null) return fail(`cannot stat '${src}'`, 'No such file or directory');
		let d = normPath(dst, c.cwd);
		if (c.fs.isDir(d)) d = normPath(s.split('/').pop()!, d);
		const e = c.fs.write(d, content);
		if (e) return fail(`cannot create regular file '${dst}'`, e);
		if (name === 'mv') c.fs.remove(s, false);
		return 0;
	}
	for (const a of args) {
		const p = normPath(a, c.cwd);
		if (name === 'mkdir') {
			if (flags.includes('p')) {
				let cur = '';
				for (const seg of p.split('/').filter(Boolean)) {
					cur += '/' + seg;
					if (!c.fs.isDir(cur)) {
						const e = c.fs.mkdir(cur);
						if (e) return fail(a, e);
					}
				}
				continue;
			}
			const e = c.fs.mkdir(p);
			if (e) status = fail(a, e);
		} else if (name === 'touch') {
			if (c.fs.read(p) === null) {
				const e = c.fs.write(p, '');
				if (e) status = fail(a, e);
			}
		} else if (name === 'rm' || name === 'rmdir') {
			if (!c.fs.exists(p)) {
				if (!flags.includes('f')) status = fail(a, 'No such file or directory');
				continue;
			}
			const e = c.fs.remove(p, flags.includes('r') || flags.includes('R') || name === 'rmdir');
			if (e) status = fail(a, e);
		}
	}
	return status;
}

function scriptRun(argv: string[], c: ProgramCtx, lang: 'node' | 'python'): number {
	const file = argv.find((a, i) => i > 0 && !a.startsWith('-'));
	if (argv[1] === '--version' || argv[1] === '-v' || argv[1] === '-V') {
		c.io.out(lang === 'node' ? `v${c.env.NODE_VERSION ?? '24.11.1'}\n` : `Python ${c.env.PYTHON_VERSION ?? '3.14.0'}\n`);
		return 0;
	}
	if ((lang === 'python' && argv[1] === '-c') || (lang === 'node' && (argv[1] === '-e' || argv[1] === '-p'))) {
		const src = argv[2] ?? '';
		let printed = '';
		let ok = true;
		for (const stmt of src.split(/;|\n/).map((x) => x.trim()).filter(Boolean)) {
			const m = lang === 'python' ? /^print\((.*)\)$/.exec(stmt) : /^console\.log\((.*)\)$/.exec(stmt);
			const expr = m ? m[1]! : argv[1] === '-p' ? stmt : null;
			if (expr === null) continue;
			const v = evalSimple(expr);
			if (v === null) {
				ok = false;
				break;
			}
			printed += `${typeof v === 'number' && lang === 'python' && !Number.isInteger(v) ? v : v}\n`;
		}
		c.io.out(ok ? printed : scriptPrints(src, lang));
		return 0;
	}
	if (!file) return 0;
	const src = c.fs.read(normPath(file, c.cwd));
	if (src === null) {
		if (lang === 'node') c.io.err(`node:internal/modules/cjs/loader:1386\n  throw err;\n  ^\n\nError: Cannot find module '${normPath(file, c.cwd)}'\n    at Function._resolveFilename (node:internal/modules/cjs/loader:1383:15)\n    at node:internal/main/run_main_module:36:49 {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v24.11.1\n`);
		else c.io.err(`python3: can't open file '${normPath(file, c.cwd)}': [Errno 2] No such file or directory\n`);
		return lang === 'node' ? 1 : 2;
	}
	c.io.out(scriptPrints(src, lang));
	return 0;
}

/** The string literals a script prints (console.log / print), good enough for demo apps. */
export function scriptPrints(src: string, lang: 'node' | 'python'): string {
	const re = lang === 'node' ? /console\.log\(\s*(['"`])((?:(?!\1).)*)\1/g : /print\(\s*f?(['"])((?:(?!\1).)*)\1/g;
	let out = '';
	for (const m of src.matchAll(re)) out += m[2]!.replace(/\$\{[^}]*\}|\{[^}]*\}/g, (x) => (/port/i.test(x) ? '3000' : x)) + '\n';
	return out.slice(0, 4000);
}

/** What the servers print for their version and test flags instead of starting. */
function serverFlags(argv: string[], c: ProgramCtx): number {
	const name = argv[0]!.split('/').pop()!;
	const flag = argv[1] ?? '';
	if (name === 'nginx') {
		const v = c.env.NGINX_VERSION ?? '1.29.3';
		if (flag === '-v') c.io.err(`nginx version: nginx/${v}\n`);
		else if (flag === '-V') c.io.err(`nginx version: nginx/${v}\nbuilt by gcc 14.2.0 (Debian 14.2.0-19) \nbuilt with OpenSSL 3.5.1 1 Jul 2025\nTLS SNI support enabled\nconfigure arguments: --prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --modules-path=/usr/lib/nginx/modules --conf-path=/etc/nginx/nginx.conf --error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log --pid-path=/run/nginx.pid\n`);
		else if (flag === '-t' || flag === '-T') c.io.err('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n');
		return 0;
	}
	const v = /\/tags\/([\d.]+)\.tar/.exec(c.env.REDIS_DOWNLOAD_URL ?? '')?.[1] ?? '8.2.3';
	if (name === 'redis-server') c.io.out(`Redis server v=${v} sha=00000000:1 malloc=jemalloc-5.3.0 bits=64 build=${v.replace(/\D/g, '').padEnd(4, '0')}a1f3c9e0d2b7\n`);
	else c.io.out(`redis-cli ${v}\n`);
	return 0;
}

const PROGRAMS: Record<string, Program> = {
	ls,
	nginx: serverFlags,
	'redis-server': serverFlags,
	'redis-cli': (argv, c) => {
		if (argv[1] === '--version' || argv[1] === '-v') return serverFlags(argv, c);
		// Options with a value (-h host, -p port, -n db, -a password) come before the command.
		let i = 1;
		while (i < argv.length && /^-[hpna]$/.test(argv[i]!)) i += 2;
		const words = argv.slice(i);
		if (words.length === 0) return 0;
		c.io.out(redisCommand(c.redis ?? {}, words, c.io.tty));
		return 0;
	},
	cat,
	echo: (argv, c) => {
		c.io.out(echoText(argv.slice(1)));
		return 0;
	},
	printf: (argv, c) => {
		c.io.out(printfText(argv.slice(1)));
		return 0;
	},
	pwd: (_a, c) => {
		c.io.out(c.cwd + '\n');
		return 0;
	},
	uname: (argv, c) => {
		c.io.out(unameText(argv, c) + '\n');
		return 0;
	},
	hostname: (_a, c) => {
		c.io.out(c.hostname + '\n');
		return 0;
	},
	whoami: (_a, c) => {
		const who = identity(c);
		if (who.name === null) {
			c.io.err(gnu(c) ? `whoami: cannot find name for user ID ${who.uid}\n` : `whoami: unknown uid ${who.uid}\n`);
			return 1;
		}
		c.io.out(who.name + '\n');
		return 0;
	},
	id: (argv, c) => {
		const who = identity(c);
		const o = argv.slice(1).join('');
		if (/^-[ug]n?$|^-n[ug]$/.test(o)) {
			const group = o.includes('g');
			const id = group ? who.gid : who.uid;
			const name = group ? who.groups[0]![1] : who.name;
			if (!o.includes('n')) c.io.out(`${id}\n`);
			else if (name !== null) c.io.out(`${name}\n`);
			else {
				c.io.err(gnu(c) ? `id: cannot find name for ${group ? 'group' : 'user'} ID ${id}\n` : `id: unknown ID ${id}\n`);
				return 1;
			}
			return 0;
		}
		c.io.out(idLine(who) + '\n');
		return 0;
	},
	adduser: (argv, c) => addUser(argv, c, 'busybox'),
	useradd: (argv, c) => addUser(argv, c, 'shadow'),
	addgroup: (argv, c) => addGroup(argv, c, 'busybox'),
	groupadd: (argv, c) => addGroup(argv, c, 'shadow'),
	env: (_a, c) => {
		c.io.out(Object.entries(c.env).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
		return 0;
	},
	printenv: (argv, c) => {
		if (argv[1]) {
			const v = c.env[argv[1]];
			if (v === undefined) return 1;
			c.io.out(v + '\n');
			return 0;
		}
		c.io.out(Object.entries(c.env).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
		return 0;
	},
	date: (argv, c) => {
		c.io.out(dateCommand(c.now, argv.slice(1)));
		return 0;
	},
	sleep: () => 0,
	true: () => 0,
	false: () => 1,
	clear: (_a, c) => {
		c.io.out('\x1b[H\x1b[2J\x1b[3J');
		return 0;
	},
	nproc: (_a, c) => {
		c.io.out(`${c.facts.ncpu}\n`);
		return 0;
	},
	// tr reads standard input only: the host's implementation (stdin is a pipe or a `<` file).
	tr: (argv, c) => runText(argv, { stdin: c.io.stdin, read: () => null, out: (t) => c.io.out(t), err: (t) => c.io.err(t), style: gnu(c) ? 'gnu' : 'busybox' }),
	head: (argv, c) => headTail(argv, c, true),
	tail: (argv, c) => headTail(argv, c, false),
	wc: (argv, c) => {
		// GNU coreutils' wc (Debian, Ubuntu): the host's implementation, column widths included.
		if (gnu(c)) return runText(argv, { stdin: c.io.stdin, read: (p) => c.fs.read(normPath(p, c.cwd)), out: (t) => c.io.out(t), err: (t) => c.io.err(t), style: 'gnu' });
		const f = argv.slice(1).find((a) => !a.startsWith('-'));
		const text = f ? c.fs.read(normPath(f, c.cwd)) : c.io.stdin;
		if (text === null) {
			c.io.err(`wc: ${f}: No such file or directory\n`);
			return 1;
		}
		const lines = (text.match(/\n/g) ?? []).length;
		const words = text.split(/\s+/).filter(Boolean).length;
		if (argv.includes('-l')) c.io.out(`${lines}${f ? ' ' + f : ''}\n`);
		else c.io.out(`${String(lines).padStart(gnu(c) ? 1 : 7)} ${String(words).padStart(gnu(c) ? 1 : 7)} ${String(text.length).padStart(gnu(c) ? 1 : 7)}${f ? ' ' + f : ''}\n`);
		return 0;
	},
	grep: (argv, c) => {
		const args = argv.slice(1).filter((a) => !a.startsWith('-'));
		const pat = args[0] ?? '';
		const f = args[1];
		const text = f ? c.fs.read(normPath(f, c.cwd)) : c.io.stdin;
		if (text === null) {
			c.io.err(`grep: ${f}: No such file or directory\n`);
			return 2;
		}
		const ci = argv.includes('-i');
		const hits = text.split('\n').filter((l) => (ci ? l.toLowerCase().includes(pat.toLowerCase()) : l.includes(pat)) && l !== '');
		if (hits.length) c.io.out(hits.join('\n') + '\n');
		return hits.length ? 0 : 1;
	},
	ps,
	which: (argv, c) => {
		let status = 0;
		for (const n of argv.slice(1)) {
			if (c.fs.hasCommand(n)) c.io.out(`${rootFs(c.family).binDir === '/bin' ? '/bin' : '/usr/bin'}/${n}\n`);
			else status = 1;
		}
		return status;
	},
	mkdir: simpleFileOp,
	touch: simpleFileOp,
	rm: simpleFileOp,
	rmdir: simpleFileOp,
	cp: simpleFileOp,
	mv: simpleFileOp,
	'apt-get': aptGet,
	apt: aptGet,
	apk,
	npm,
	pip: pip,
	pip3: pip,
	node: (argv, c) => scriptRun(argv, c, 'node'),
	python: (argv, c) => scriptRun(argv, c, 'python'),
	python3: (argv, c) => scriptRun(argv, c, 'python'),
	curl: (argv, c) => httpTool(argv, c, 'curl'),
	wget: (argv, c) => httpTool(argv, c, 'wget'),
	ping,
	df: (_a, c) => {
		c.io.out(`Filesystem     1K-blocks     Used Available Use% Mounted on\noverlay         61202244 18235660  39825296  32% /\ntmpfs              65536        0     65536   0% /dev\nshm                65536        0     65536   0% /dev/shm\n/dev/sda1       61202244 18235660  39825296  32% /etc/hosts\n`);
		return 0;
	},
	free: (_a, c) => {
		const kb = Math.round(c.facts.memory / 1024);
		c.io.out(`               total        used        free      shared  buff/cache   available\nMem:        ${String(kb).padStart(8)}     1203456 ${String(kb - 2_900_000).padStart(11)}        4372     1711892 ${String(kb - 1_203_456).padStart(11)}\nSwap:        4194300           0     4194300\n`);
		return 0;
	},
	seq: (argv, c) => {
		const n = Math.max(0, Math.min(1000, Number(argv[argv.length - 1]) || 0));
		const start = argv.length > 2 ? Number(argv[1]) || 1 : 1;
		let out = '';
		for (let i = start; i <= n; i++) out += i + '\n';
		c.io.out(out);
		return 0;
	},
	nslookup: (argv, c) => {
		const host = argv[1] ?? '';
		const ip = c.resolve(host);
		if (!ip) {
			c.io.out(`Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\n** server can't find ${host}: NXDOMAIN\n\n`);
			return 1;
		}
		c.io.out(`Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\t${host}\nAddress: ${ip}\n\n`);
		return 0;
	},
};

function headTail(argv: string[], c: ProgramCtx, head: boolean): number {
	let n = 10;
	const files: string[] = [];
	for (let i = 1; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '-n') n = Math.max(0, Number(argv[++i]) || 0);
		else if (/^-\d+$/.test(a)) n = Number(a.slice(1));
		else if (a === '-f') continue;
		else files.push(a);
	}
	const text = files.length ? c.fs.read(normPath(files[0]!, c.cwd)) : c.io.stdin;
	if (text === null) {
		c.io.err(`${argv[0]}: cannot open '${files[0]}' for reading: No such file or directory\n`);
		return 1;
	}
	const lines = text.split('\n');
	if (lines[lines.length - 1] === '') lines.pop();
	const pick = head ? lines.slice(0, n) : lines.slice(Math.max(0, lines.length - n));
	if (pick.length) c.io.out(pick.join('\n') + '\n');
	return 0;
}

export function hasProgram(name: string): boolean {
	return Object.hasOwn(PROGRAMS, name.split('/').pop()!);
}

/** Run a program by argv; the caller has checked the command is installed. */
export function runProgram(argv: string[], c: ProgramCtx): number {
	const name = argv[0]!.split('/').pop()!;
	const p = PROGRAMS[name];
	if (!p || !Object.hasOwn(PROGRAMS, name)) return 0;
	return p(argv, c);
}

/** Literals and integer/float arithmetic for the tiny REPLs; null when it is anything else. */
export function evalSimple(expr: string): string | number | null {
	const s = expr.trim();
	const str = /^(['"])(.*)\1$/.exec(s);
	if (str) return str[2]!;
	if (!/^[\d\s+\-*/().%]+$/.test(s) || s.length > 200) return null;
	const tokens = s.match(/\d+\.?\d*|[+\-*/%()]/g) ?? [];
	let i = 0;
	const num = (): number | null => {
		const t = tokens[i];
		if (t === '(') {
			i++;
			const v = add();
			if (tokens[i] !== ')') return null;
			i++;
			return v;
		}
		if (t === '-') {
			i++;
			const v = num();
			return v === null ? null : -v;
		}
		if (t !== undefined && /^\d/.test(t)) {
			i++;
			return Number(t);
		}
		return null;
	};
	const mul = (): number | null => {
		let v = num();
		while (v !== null && (tokens[i] === '*' || tokens[i] === '/' || tokens[i] === '%')) {
			const op = tokens[i++];
			const r = num();
			if (r === null) return null;
			v = op === '*' ? v * r : op === '/' ? v / r : v % r;
		}
		return v;
	};
	const add = (): number | null => {
		let v = mul();
		while (v !== null && (tokens[i] === '+' || tokens[i] === '-')) {
			const op = tokens[i++];
			const r = mul();
			if (r === null) return null;
			v = op === '+' ? v + r : v - r;
		}
		return v;
	};
	const v = add();
	if (v === null || i !== tokens.length || !Number.isFinite(v)) return null;
	return v;
}
