// The Dockside docker simulator.
//
// Pipeline (plain data crosses every arrow; nothing here touches the DOM, node:*, the real
// clock or Math.random):
//
//   text ──► tokens ──► command ──► transition ──► result ──► render
//   line     shell/      shell/flags  commands/*     {stdout,    render/screen
//            tokenize    (pflag       + engine/      stderr,     (final screen of
//            (quotes,     rules) and  container/     exitCode,   TTY output) and
//            && ; | #)    registry    (state moves   output}     render/progress,
//                         (cobra)     in WorldState)             buildkit (TTY bytes)
//
// A World holds one registry, one simulated clock and one seeded generator; any number of
// hosts share it (build and push on a laptop, pull on a server). World state is JSON-safe,
// so a snapshot is a deep copy and restore() puts it back: the same lines then give the
// same bytes again.
import { complete as completeLine } from './complete.ts';
import { HostRunner, hostPrompt, type ExecOptions, type ExecResult } from './host.ts';
import { allImages, imageSize } from './engine/images.ts';
import { PLATFORMS } from './engine/platform.ts';
import type { HostState, Platform, WorldState } from './engine/types.ts';
import { newHostState, World, type WorldOptions } from './engine/world.ts';
import { commandString, portsString, statusString } from './commands/ps.ts';
import { humanSize, shortId } from './render/format.ts';
import { finalScreen, stripAnsi } from './render/screen.ts';
import { containerFile, containerLogs, hostFacts, httpProbe, volumeFile, type Facts, type HttpAnswer } from './check/facts.ts';
import { xray, type XRay } from './xray.ts';

export type { ExecOptions, ExecResult, Platform, WorldOptions, Facts, HttpAnswer };
export type { NamespaceKind, XRay, XrayContainer, XrayLayer, XrayProcess } from './xray.ts';
export { finalScreen, stripAnsi, PLATFORMS };

export interface HostOptions {
	platform: Platform;
	/** The host's files (relative paths, e.g. `Dockerfile`, `site/index.html`): the build context. */
	files?: Record<string, string>;
	/** Name for multi-host worlds (default `host`, `host-2`, …). */
	name?: string;
}

/** A snapshot: plain data, structured-clone-able. Restoring it restores the whole world. */
export interface Snapshot {
	host: string;
	world: WorldState;
}

/** Plain-data view for a state panel. */
export interface HostView {
	platform: Platform;
	attached: null | { container: string; shell: string };
	images: Array<{ id: string; tags: string[]; size: string; bytes: number; created: number; platform: string }>;
	containers: Array<{ id: string; name: string; image: string; command: string; status: 'created' | 'running' | 'exited'; statusText: string; exitCode: number; ports: string }>;
	volumes: Array<{ name: string; anonymous: boolean; usedBy: string[] }>;
	networks: Array<{ id: string; name: string; driver: string; builtin: boolean }>;
	files: string[];
	/** What the kernel and the engine hold: processes, namespaces, cgroups, layers, addresses. */
	xray: XRay;
}

export interface Host {
	readonly name: string;
	readonly platform: Platform;
	/** Run one typed line. Never throws; output is bounded. */
	exec(line: string, options?: ExecOptions): ExecResult;
	/** The prompt the terminal should show before the next line (changes inside a container shell). */
	prompt(): string;
	/** Whether lines currently go to a container shell (`run -it`, `exec -it`). */
	attached(): boolean;
	snapshot(): Snapshot;
	restore(snapshot: Snapshot): void;
	state(): HostView;
	/** Completion candidates for a partial line. */
	complete(line: string): string[];
	/** Change a host file between commands (a session's edit step). */
	writeFile(path: string, content: string): void;
	files(): Record<string, string>;
	/** What a challenge checks (check/facts.ts): plain data, read without changing anything. */
	facts(): Facts;
	/** What `curl URL` on this host would answer now, leaving no access-log line. */
	http(url: string): HttpAnswer;
	/** A file's content inside a container (by name or id), or null. */
	readFile(container: string, path: string): string | null;
	/** A file's content in a named volume (path from the volume's root), or null. */
	volumeFile(volume: string, path: string): string | null;
	/** What `docker logs` shows for a container (by name or id), or null. */
	logs(container: string): string | null;
}

export interface SimWorld {
	host(options: HostOptions): Host;
	hosts(): Host[];
	snapshot(): WorldState;
	restore(state: WorldState): void;
	/** Current simulated time (epoch ms). */
	now(): number;
}

function clone<T>(v: T): T {
	return JSON.parse(JSON.stringify(v)) as T;
}

export function createWorld(options: WorldOptions = {}): SimWorld {
	const world = new World(options);
	const handles: Host[] = [];
	const makeHandle = (name: string): Host => {
		const runner = new HostRunner(world, name);
		const st = (): HostState => world.state.hosts[name]!;
		return {
			name,
			get platform() {
				return st().platform;
			},
			exec: (line, opts) => runner.exec(line, opts),
			prompt: () => hostPrompt(st()),
			attached: () => st().attached !== null,
			snapshot: () => ({ host: name, world: clone(world.state) }),
			restore: (snap) => {
				world.state = clone(snap.world);
				if (!world.state.hosts[name]) world.state.hosts[name] = newHostState(world, name, 'linux', {});
			},
			state: () => view(st()),
			complete: (line) => completeLine(st(), line),
			writeFile: (path, content) => {
				st().files[path.replace(/^\.\//, '')] = content;
			},
			files: () => ({ ...st().files }),
			facts: () => hostFacts(world, st()),
			http: (url) => httpProbe(world, st(), url),
			readFile: (container, path) => containerFile(st(), container, path),
			volumeFile: (volume, path) => volumeFile(st(), volume, path),
			logs: (container) => containerLogs(st(), container),
		};
	};
	return {
		host(opts: HostOptions): Host {
			const platform: Platform = PLATFORMS.includes(opts.platform) ? opts.platform : 'linux';
			let name = opts.name ?? (world.state.hostOrder.length === 0 ? 'host' : `host-${world.state.hostOrder.length + 1}`);
			while (world.state.hosts[name]) name += '-2';
			world.state.hosts[name] = newHostState(world, name, platform, opts.files ?? {});
			world.state.hostOrder.push(name);
			const h = makeHandle(name);
			handles.push(h);
			return h;
		},
		hosts: () => [...handles],
		snapshot: () => clone(world.state),
		restore: (s) => {
			world.state = clone(s);
		},
		now: () => world.now(),
	};
}

function view(h: HostState): HostView {
	const now = Object.values(h.containers).reduce((t, c) => Math.max(t, c.created, c.started, c.finished), 0);
	return {
		platform: h.platform,
		attached: h.attached ? { container: h.containers[h.attached.containerId]?.name ?? '', shell: h.attached.shell } : null,
		images: allImages(h).map((i) => ({ id: shortId(i.id), tags: [...i.repoTags], size: humanSize(imageSize(i), 3), bytes: imageSize(i), created: i.created, platform: `${i.os}/${i.arch}` })),
		containers: Object.values(h.containers)
			.sort((a, b) => b.created - a.created)
			.map((c) => ({ id: c.id.slice(0, 12), name: c.name, image: c.image, command: commandString(c), status: c.status, statusText: statusString(c, Math.max(now, c.finished, c.started)), exitCode: c.exitCode, ports: portsString(c) })),
		volumes: Object.values(h.volumes).sort((a, b) => (a.name < b.name ? -1 : 1)).map((v) => ({ name: v.name, anonymous: v.anonymous, usedBy: Object.values(h.containers).filter((c) => c.mounts.some((m) => m.source === v.name)).map((c) => c.name) })),
		networks: Object.values(h.networks).sort((a, b) => (a.name < b.name ? -1 : 1)).map((n) => ({ id: n.id.slice(0, 12), name: n.name, driver: n.driver, builtin: n.builtin })),
		files: Object.keys(h.files).sort(),
		xray: xray(h),
	};
}

/** Completion candidates for a partial line on a host (same as host.complete). */
export function complete(host: Host, line: string): string[] {
	return host.complete(line);
}

