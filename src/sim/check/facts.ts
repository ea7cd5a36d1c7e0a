// What a challenge may ask about a machine, as plain data: the containers with their image
// tags, ports, mounts and networks, the images, volumes, networks, the registry's tags and the
// last exit status; what `curl URL` on the host would answer; a file's content inside a
// container. Reading never changes the machine: an HTTP probe serves the request as the
// container would, then drops the access-log line it wrote, so checking after every command
// leaves `docker logs` exactly as the reader's own commands made it.
import type { World } from '../engine/world.ts';
import type { HostState } from '../engine/types.ts';
import { fsOf, httpFromHost } from '../container/runtime.ts';
import { normPath } from '../container/fs.ts';

export interface ContainerFacts {
	id: string;
	name: string;
	/** The image as typed (`nginx`, `yourname/site:1.0`). */
	image: string;
	/** Every tag of the container's image, `repo:tag` (`nginx:latest`). */
	imageTags: string[];
	status: 'created' | 'running' | 'exited';
	exitCode: number;
	/** `hostPort:containerPort`, e.g. `8081:80`. */
	ports: string[];
	/** `source:destination`: a volume's name or a bind's host path. */
	mounts: Array<{ type: 'volume' | 'bind' | 'tmpfs'; source: string; destination: string }>;
	networks: string[];
	env: string[];
}

export interface Facts {
	containers: ContainerFacts[];
	images: Array<{ id: string; tags: string[] }>;
	volumes: Array<{ name: string; anonymous: boolean }>;
	networks: Array<{ name: string; driver: string }>;
	/** Registry tags, `docker.io/yourname/site:1.0`. */
	registry: string[];
	/** Exit status of the last command typed on the host. */
	lastStatus: number;
}

export type HttpAnswer = { ok: true; status: number; body: string } | { ok: false; code: number; message: string };

export function hostFacts(world: World, host: HostState): Facts {
	return {
		containers: Object.values(host.containers).map((c) => ({
			id: c.id,
			name: c.name,
			image: c.image,
			imageTags: [...(host.images[c.imageId]?.repoTags ?? [])],
			status: c.status,
			exitCode: c.exitCode,
			// One binding per address family in the engine (0.0.0.0 and ::): one entry here.
			// `8080:80` for any binding; `127.0.0.1:8080:80` too when bound to one address.
			ports: [...new Set(c.ports.flatMap((p) => [`${p.hostPort}:${p.containerPort}`, ...(p.hostIp && p.hostIp !== '0.0.0.0' && p.hostIp !== '::' ? [`${p.hostIp}:${p.hostPort}:${p.containerPort}`] : [])]))],
			mounts: c.mounts.map((m) => ({ type: m.type, source: m.source, destination: m.destination })),
			networks: c.endpoints.map((e) => e.network),
			env: [...c.env],
		})),
		images: Object.values(host.images).map((i) => ({ id: i.id, tags: [...i.repoTags] })),
		volumes: Object.values(host.volumes).map((v) => ({ name: v.name, anonymous: v.anonymous })),
		networks: Object.values(host.networks).map((n) => ({ name: n.name, driver: n.driver })),
		registry: Object.entries(world.state.registry).flatMap(([repo, r]) => Object.keys(r.tags).map((t) => `${repo}:${t}`)),
		lastStatus: host.lastStatus,
	};
}

/** What `curl URL` on the host would answer now, without a trace in any container's logs. */
export function httpProbe(world: World, host: HostState, url: string): HttpAnswer {
	const m = /^(?:(https?):\/\/)?(\[[^\]]+\]|[^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
	if (!m) return { ok: false, code: 3, message: 'curl: (3) URL rejected: Malformed input to a URL function' };
	const port = m[3] ? Number(m[3]) : m[1] === 'https' ? 443 : 80;
	const logs = Object.values(host.containers).map((c) => [c, c.logs.length] as const);
	const res = httpFromHost(world, host, m[2]!, port, m[4] ?? '/', 'GET');
	for (const [c, n] of logs) c.logs.length = n;
	return res.ok ? { ok: true, status: res.status, body: res.body } : { ok: false, code: res.code, message: res.message };
}

/** A file's content as the container sees it (mounts, writable layer, image), or null. */
export function containerFile(host: HostState, container: string, path: string): string | null {
	const c = byNameOrId(host, container);
	return c ? fsOf(host, c).read(normPath(path, '/')) : null;
}

/** A container by name, or by an id prefix of at least 12 characters. */
const byNameOrId = (host: HostState, ref: string) => Object.values(host.containers).find((x) => x.name === ref || (ref.length >= 12 && x.id.startsWith(ref)));

/**
 * What `docker logs` prints for a container (by name or id), stdout and stderr as recorded, or
 * null. A looping script's lines count up to the last command that caught it up (`docker logs`
 * does); reading never runs it, so a check changes nothing.
 */
export function containerLogs(host: HostState, container: string): string | null {
	return byNameOrId(host, container)?.logs.map((l) => l.text).join('') ?? null;
}

/** A file's content in a named volume (path relative to the volume's root), or null. */
export function volumeFile(host: HostState, volume: string, path: string): string | null {
	return host.volumes[volume]?.files[normPath(path, '/').slice(1)] ?? null;
}
