// The x-ray: what the kernel and the engine hold for each container, as small plain data for a
// "Look inside" panel (it travels in every step of a session's JSON, so strings are short and
// image layers are listed once per image that a container uses, not per container).
import { NAMESPACES, processesOf, sharedNamespaces, type NamespaceKind } from './container/processes.ts';
import { portsString } from './commands/ps.ts';
import type { Container, HostState } from './engine/types.ts';
import { humanSize, shortId } from './render/format.ts';

export type { NamespaceKind };
export { NAMESPACES };

export interface XrayProcess {
	/** PID inside the container, and the same process's PID on the host. */
	pid: number;
	hostPid: number;
	user: string;
	command: string;
}

export interface XrayContainer {
	name: string;
	/** Short image id: a key of `XRay.layers`. */
	image: string;
	running: boolean;
	processes: XrayProcess[];
	/** Namespaces shared with the host; the others are the container's own. */
	sharedNs: NamespaceKind[];
	/** cgroup limits: bytes (0 = none), CPUs (0 = none); oom: killed at the memory limit. */
	memory: number;
	cpus: number;
	oom: boolean;
	/** The writable layer: files written or deleted since the container started. */
	writable: { files: number; deleted: number; bytes: number };
	/** Volumes and bind mounts: kind, source (a volume name or a host path), destination. */
	mounts: Array<{ type: 'volume' | 'bind' | 'tmpfs'; source: string; destination: string }>;
	/** `bridge`, `host`, `none` or a user-defined network; its address when running. */
	network: string;
	ip: string;
	/** Published ports as `docker ps` prints them: `0.0.0.0:8080->80/tcp`. */
	ports: string[];
}

export interface XrayLayer {
	/** Human size as `docker history` prints it. */
	size: string;
	/** The instruction that made the layer, shortened. */
	by: string;
}

export interface XRay {
	containers: XrayContainer[];
	/** Per short image id: its filesystem layers, base first (empty metadata steps left out). */
	layers: Record<string, XrayLayer[]>;
	/** Networks with containers on them: name, driver, subnet, gateway. */
	networks: Array<{ name: string; driver: string; subnet: string; gateway: string }>;
}

const BY_MAX = 60;

function shortInstruction(createdBy: string): string {
	const text = createdBy.replace(/^\/bin\/sh -c #\(nop\) +/, '').replace(/^RUN \/bin\/sh -c /, 'RUN ').replace(/\s+/g, ' ').replace(/ # buildkit$/, '').trim();
	return [...text].length > BY_MAX ? [...text].slice(0, BY_MAX - 1).join('') + '…' : text;
}

function utf8Length(text: string): number {
	let n = 0;
	for (const ch of text) {
		const cp = ch.codePointAt(0)!;
		n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	}
	return n;
}

function writable(c: Container): XrayContainer['writable'] {
	let files = 0;
	let deleted = 0;
	let bytes = 0;
	for (const [path, content] of Object.entries(c.files)) {
		// The engine writes /etc/hostname for every container; it is not the program's doing.
		if (path === '/etc/hostname') continue;
		if (content === null) deleted++;
		else {
			files++;
			bytes += utf8Length(content);
		}
	}
	return { files, deleted, bytes };
}

export function xray(h: HostState): XRay {
	const containers = Object.values(h.containers).sort((a, b) => b.created - a.created);
	const layers: XRay['layers'] = {};
	const used = new Set<string>();
	const out: XrayContainer[] = containers.map((c) => {
		const image = shortId(c.imageId);
		const img = h.images[c.imageId];
		if (img && !layers[image]) layers[image] = img.history.filter((e) => !e.emptyLayer).map((e) => ({ size: humanSize(e.size, 3), by: shortInstruction(e.createdBy) }));
		const ep = c.endpoints[0];
		const running = c.status === 'running';
		if (running && ep) used.add(ep.network);
		return {
			name: c.name,
			image,
			running,
			processes: processesOf(h, c).map(({ pid, hostPid, user, command }) => ({ pid, hostPid, user, command })),
			sharedNs: sharedNamespaces(c),
			memory: c.memory ?? 0,
			cpus: (c.nanoCpus ?? 0) / 1e9,
			oom: c.oomKilled === true,
			writable: writable(c),
			// An anonymous volume's name is 64 hex digits; its first 12 name it well enough here.
			mounts: c.mounts.map((m) => ({ type: m.type, source: /^[0-9a-f]{64}$/.test(m.source) ? m.source.slice(0, 12) : m.source, destination: m.destination })),
			network: ep?.network ?? 'none',
			ip: running && ep ? ep.ip : '',
			ports: portsString(c).split(', ').filter(Boolean),
		};
	});
	const networks = Object.values(h.networks)
		.filter((n) => used.has(n.name))
		.sort((a, b) => (a.name < b.name ? -1 : 1))
		.map((n) => ({ name: n.name, driver: n.driver, subnet: n.subnet, gateway: n.gateway }));
	return { containers: out, layers, networks };
}
