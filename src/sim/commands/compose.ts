// docker compose — the Compose v2 CLI plugin (v2.40.3, the version `docker info` lists). It
// reads compose.yaml from the host's files (compose/project.ts) and drives the same engine as
// the docker commands: networks `<project>_default`, volumes `<project>_<name>`, containers
// `<project>-<service>-1` labelled com.docker.compose.*. Progress goes to stderr as Compose's
// pkg/progress prints it (render/compose.ts); errors are printed bare, exit 1.
import { loadProject, type ComposeProject, type ComposeService } from '../compose/project.ts';
import { catchUp } from '../container/runtime.ts';
import { findImageByRef, localLayers, resolveRemote } from '../engine/images.ts';
import { sha256 } from '../engine/sha256.ts';
import { familiarString, parseReference, type Reference } from '../engine/reference.ts';
import type { Container, Network } from '../engine/types.ts';
import { allocIp, newNetwork } from '../engine/world.ts';
import { ComposeProgress } from '../render/compose.ts';
import { goJson, goQuote, humanDuration, rfc3339, table } from '../render/format.ts';
import { formatRows } from '../render/template.ts';
import type { Io } from '../shell/exec.ts';
import { flagUsages, parseFlags, type FlagSpec, type Parsed } from '../shell/flags.ts';
import { list, str } from './common.ts';
import { commandString, portsString, statusString } from './ps.ts';
import { pullImage } from './pull.ts';
import { createContainer, removeContainer, startContainer } from './run.ts';
import { stopOne } from './stop.ts';
import type { CommandDef, Ctx } from './types.ts';

export const COMPOSE_VERSION = '2.40.3';
const LABEL = 'com.docker.compose';

type Runner = (ctx: Ctx, p: Parsed, g: Parsed) => number;

interface Sub {
	def: CommandDef;
	run: Runner;
}

/** The docker CLI's `docker` entry point, handed in by the registry (no import cycle). */
export type DockerFn = (base: Omit<Ctx, 'path' | 'useLine'>, args: string[]) => number;
let dockerCli: DockerFn | null = null;
export function setDocker(fn: DockerFn): void {
	dockerCli = fn;
}

// cmd/compose/compose.go root flags.
const GLOBAL: FlagSpec[] = [
	{ long: 'all-resources', type: 'bool', usage: 'Include all resources, even those not used by services' },
	{ long: 'ansi', type: 'string', usage: 'Control when to print ANSI control characters ("never"|"always"|"auto")', defValue: 'auto' },
	{ long: 'compatibility', type: 'bool', usage: 'Run compose in backward compatibility mode' },
	{ long: 'dry-run', type: 'bool', usage: 'Execute command in dry run mode' },
	{ long: 'env-file', type: 'list', varName: 'stringArray', usage: 'Specify an alternate environment file' },
	{ long: 'file', short: 'f', type: 'list', varName: 'stringArray', usage: 'Compose configuration files' },
	{ long: 'parallel', type: 'int', usage: 'Control max parallelism, -1 for unlimited', defValue: '-1' },
	{ long: 'profile', type: 'list', varName: 'stringArray', usage: 'Specify a profile to enable' },
	{ long: 'progress', type: 'string', usage: 'Set type of progress output (auto, tty, plain, json, quiet)' },
	{ long: 'project-directory', type: 'string', usage: 'Specify an alternate working directory\n(default: the path of the, first specified, Compose file)' },
	{ long: 'project-name', short: 'p', type: 'string', usage: 'Project name' },
	{ long: 'version', short: 'v', type: 'bool', usage: 'Show the Docker Compose version information', hidden: true },
];

// ----- output helpers -----

/** logrus TextFormatter: `WARN[0000] msg` on a terminal, key=value pairs otherwise. */
function warn(ctx: Ctx, msg: string): void {
	if (ctx.io.tty) ctx.io.err(`\x1b[33mWARN\x1b[0m[0000] ${msg}\n`);
	else ctx.io.err(`time="${rfc3339(ctx.world.now()).replace(/\.\d+Z$/, 'Z')}" level=warning msg=${goQuote(msg)}\n`);
}

function progress(ctx: Ctx, title: string): ComposeProgress {
	return new ComposeProgress(ctx.io.tty, ctx.io.cols, ctx.io.rows, title, () => ctx.world.now());
}

function flush(ctx: Ctx, w: ComposeProgress): void {
	const text = w.finish();
	if (text) ctx.io.err(text);
}

function fail(ctx: Ctx, message: string): number {
	ctx.io.err(message + '\n');
	return 1;
}

/** An io that records what a docker command would print (errors are re-worded by Compose). */
function sinkIo(io: Io): Io & { text: string } {
	const sink = { tty: false, cols: io.cols, rows: io.rows, stdin: '', text: '', out(t: string) { sink.text += t; }, err(t: string) { sink.text += t; } };
	return sink;
}

function hostEnv(ctx: Ctx): Record<string, string> {
	const env: Record<string, string> = {};
	for (const n of ctx.host.exported ?? []) env[n] = ctx.host.vars?.[n] ?? '';
	return { ...env, ...ctx.env };
}

function project(ctx: Ctx, g: Parsed): ComposeProject | null {
	const root = `${ctx.facts.hostHome}/project`;
	const r = loadProject({ files: ctx.host.files, root, cwd: ctx.host.cwd, env: hostEnv(ctx) }, { files: list(g.flags.file), projectName: str(g.flags['project-name']), projectDirectory: str(g.flags['project-directory']) });
	for (const w of r.ok ? r.project.warnings : r.warnings) warn(ctx, w);
	if (!r.ok) {
		fail(ctx, r.error);
		return null;
	}
	return r.project;
}

function labelsOf(c: Container): Record<string, string> {
	return c.labels ?? {};
}

function projectContainers(ctx: Ctx, name: string, oneOff = false): Container[] {
	return Object.values(ctx.host.containers)
		.filter((c) => labelsOf(c)[`${LABEL}.project`] === name && (oneOff || labelsOf(c)[`${LABEL}.oneoff`] !== 'True'))
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function serviceOf(c: Container): string {
	return labelsOf(c)[`${LABEL}.service`] ?? '';
}

function containerName(p: ComposeProject, s: ComposeService): string {
	return s.containerName || `${p.name}-${s.name}-1`;
}

function imageName(p: ComposeProject, s: ComposeService): string {
	return s.image || `${p.name}-${s.name}`;
}

/** Services named on the line, or all; unknown names fail as compose-go's GetService does. */
function selected(ctx: Ctx, p: ComposeProject, names: string[], withDeps: boolean): ComposeService[] | null {
	for (const n of names) {
		// compose-go types/project.go: fmt.Errorf("no such service: %s", name)
		if (!p.services.some((s) => s.name === n)) {
			fail(ctx, `no such service: ${n}`);
			return null;
		}
	}
	if (!names.length) return order(p, p.services);
	const want = new Set(names);
	if (withDeps) {
		let grew = true;
		while (grew) {
			grew = false;
			for (const s of p.services) if (want.has(s.name)) for (const d of s.dependsOn) if (!want.has(d.service)) (want.add(d.service), (grew = true));
		}
	}
	return order(p, p.services.filter((s) => want.has(s.name)));
}

/** Dependency order (InDependencyOrder): a service after everything it depends on. */
function order(p: ComposeProject, services: ComposeService[]): ComposeService[] {
	const out: ComposeService[] = [];
	const seen = new Set<string>();
	const visit = (s: ComposeService, depth: number) => {
		if (seen.has(s.name) || depth > 64) return;
		seen.add(s.name);
		for (const d of s.dependsOn) {
			const dep = services.find((x) => x.name === d.service);
			if (dep) visit(dep, depth + 1);
		}
		out.push(s);
	};
	for (const s of services) visit(s, 0);
	void p;
	return out;
}

/** com.docker.compose.config-hash: a digest of the service's configuration. */
function configHash(s: ComposeService): string {
	return sha256(JSON.stringify([s.image, s.build, s.command, s.entrypoint, s.ports, s.expose, s.volumes, s.environment, s.networks, s.restart, s.hostname, s.workingDir, s.user]));
}

// ----- resources -----

function findNet(ctx: Ctx, name: string): Network | undefined {
	return Object.values(ctx.host.networks).find((n) => n.name === name);
}

function ensureNetworks(ctx: Ctx, p: ComposeProject, services: ComposeService[], w: ComposeProgress): string | null {
	const keys = new Set(services.flatMap((s) => s.networks.map((n) => n.name)));
	for (const [key, n] of Object.entries(p.networks)) {
		if (!keys.has(key) || findNet(ctx, n.name)) continue;
		// compose-go/compose create.go resolveExternalNetwork
		if (n.external) return `network ${n.name} declared as external, but could not be found`;
		const id = `Network ${n.name}`;
		w.event({ id, status: 'Creating', state: 'working' });
		w.frame();
		const used = new Set(Object.values(ctx.host.networks).map((x) => x.subnet));
		let idx = 1;
		while (used.has(`172.${17 + idx}.0.0/16`) && idx < 14) idx++;
		const net = newNetwork(ctx.world, n.name, n.driver === 'bridge' ? 'bridge' : n.driver, idx, false);
		net.labels = { [`${LABEL}.config-hash`]: '', [`${LABEL}.network`]: key, [`${LABEL}.project`]: p.name, [`${LABEL}.version`]: COMPOSE_VERSION };
		ctx.host.networks[net.id] = net;
		ctx.world.advance(100);
		w.event({ id, status: 'Created', state: 'done' });
	}
	return null;
}

function ensureVolumes(ctx: Ctx, p: ComposeProject, services: ComposeService[], w: ComposeProgress): string | null {
	const keys = new Set(services.flatMap((s) => s.volumes.filter((v) => v.type === 'volume' && v.source).map((v) => v.source)));
	for (const [key, v] of Object.entries(p.volumes)) {
		if (!keys.has(key) || ctx.host.volumes[v.name]) continue;
		// compose create.go: fmt.Errorf("external volume %q not found", ...)
		if (v.external) return `external volume "${v.name}" not found`;
		const id = `Volume ${v.name}`;
		w.event({ id, status: 'Creating', state: 'working' });
		ctx.host.volumes[v.name] = { name: v.name, created: ctx.world.now(), anonymous: false, files: {}, dirs: [], labels: { [`${LABEL}.config-hash`]: '', [`${LABEL}.project`]: p.name, [`${LABEL}.version`]: COMPOSE_VERSION, [`${LABEL}.volume`]: key } };
		ctx.world.advance(20);
		w.event({ id, status: 'Created', state: 'done' });
	}
	return null;
}

/** pullRequiredImages: one "Running" block, a parent line per service and a child per layer. */
function pullMissing(ctx: Ctx, services: ComposeService[], always: boolean, quiet: boolean, title = 'Running'): string | null {
	const need = services.filter((s) => s.image && (always || !imagePresent(ctx, s.image)) && !(s.build && !always));
	if (!need.length) return null;
	const w = progress(ctx, title);
	let error: string | null = null;
	const seenLayers = new Set<string>();
	for (const s of need) {
		const parsed = parseReference(s.image);
		if (!parsed.ok) {
			error = parsed.error;
			break;
		}
		w.event({ id: s.name, text: 'Pulling', state: 'working' });
		const res = pullWithLayers(ctx, w, s.name, parsed.ref, quiet, seenLayers);
		if (!res.ok) {
			// pull.go: Event{Status: Error, Text: "Error", StatusText: getUnwrappedErrorMessage(err)}
			w.event({ id: s.name, text: 'Error', status: res.message, state: 'error' });
			error = `Error response from daemon: ${res.message}`;
			if (s.build) error = null;
			break;
		}
		w.event({ id: s.name, text: 'Pulled', state: 'done' });
	}
	flush(ctx, w);
	return error;
}

/** pullServiceImage: the daemon's per-layer messages become child events of the service. */
function pullWithLayers(ctx: Ctx, w: ComposeProgress, parent: string, ref: Reference, quiet: boolean, seen: Set<string>): ReturnType<typeof pullImage> {
	const remote = resolveRemote(ctx.world, ctx.facts, ref, '');
	const have = localLayers(ctx.host);
	const layers = remote.ok && !quiet ? remote.remote.image.layers.map((l) => ({ id: l.digest.slice(0, 12), exists: have.has(l.digest) })).filter((l) => !seen.has(l.id) && (seen.add(l.id), true)) : [];
	// pkg/compose/pull.go PullingFsPhase … PullCompletePhase: the texts moby sends.
	for (const l of layers) w.event(l.exists ? { id: l.id, parent, text: 'Already exists', state: 'done' } : { id: l.id, parent, text: 'Pulling fs layer', state: 'working' });
	w.frame();
	const res = pullImage({ ...ctx, io: sinkIo(ctx.io) }, ref, { platform: '', quiet: true, write: () => {} });
	if (!res.ok) return res;
	for (const l of layers) {
		if (!l.exists && !ctx.io.tty) w.event({ id: l.id, parent, text: 'Download complete', state: 'done' });
		if (!l.exists) w.event({ id: l.id, parent, text: 'Pull complete', state: 'done' });
	}
	w.frame();
	return res;
}

function imagePresent(ctx: Ctx, image: string): boolean {
	const r = parseReference(image);
	return r.ok && findImageByRef(ctx.host, r.ref) !== undefined;
}

/** Build the services that need it with the simulator's BuildKit, then `✔ <image> Built`. */
function buildServices(ctx: Ctx, p: ComposeProject, services: ComposeService[], force: boolean, w: ComposeProgress | null): string | null {
	for (const s of services) {
		if (!s.build) continue;
		const image = imageName(p, s);
		if (!force && imagePresent(ctx, image)) continue;
		const root = `${ctx.facts.hostHome}/project`;
		const ctxDir = s.build.context === root ? '.' : s.build.context.startsWith(root + '/') ? s.build.context.slice(root.length + 1) : s.build.context;
		const io = sinkIo(ctx.io);
		io.tty = ctx.io.tty;
		const saved = ctx.host.cwd;
		ctx.host.cwd = '';
		const code = dockerCli ? dockerCli({ world: ctx.world, host: ctx.host, facts: ctx.facts, io, env: ctx.env }, ['build', '-t', image, '-f', `${ctxDir}/${s.build.dockerfile}`, ctxDir]) : 1;
		ctx.host.cwd = saved;
		ctx.io.err(io.text);
		if (code !== 0) return `failed to solve: process did not complete successfully for service ${s.name}`;
		const ev = { id: image, status: 'Built', state: 'done' as const };
		if (w) w.event(ev);
		else {
			const b = progress(ctx, 'Building');
			b.event(ev);
			flush(ctx, b);
		}
	}
	return null;
}

/** Create (or recreate) one service's container; returns an error message or ''. */
function createFor(ctx: Ctx, p: ComposeProject, s: ComposeService, w: ComposeProgress, force: boolean): string {
	const name = containerName(p, s);
	const hash = configHash(s);
	const existing = Object.values(ctx.host.containers).find((c) => c.name === name);
	if (existing) {
		const mine = labelsOf(existing)[`${LABEL}.project`] === p.name;
		// The daemon's conflict, as Compose passes it on.
		if (!mine) return `Error response from daemon: Conflict. The container name "/${name}" is already in use by container "${existing.id}". You have to remove (or rename) that container to be able to reuse that name.`;
		if (!force && labelsOf(existing)[`${LABEL}.config-hash`] === hash) {
			if (existing.status === 'running') w.event({ id: `Container ${name}`, status: 'Running', state: 'done' });
			return '';
		}
		// convergence.go recreateContainer: "Recreate" … "Recreated"
		w.event({ id: `Container ${name}`, status: 'Recreate', state: 'working' });
		w.frame();
		if (existing.status === 'running') stopOne(ctx, existing, 10);
		removeContainer(ctx, existing, false);
		const err = makeContainer(ctx, p, s, name, hash);
		if (err) return err;
		w.event({ id: `Container ${name}`, status: 'Recreated', state: 'done' });
		return '';
	}
	w.event({ id: `Container ${name}`, status: 'Creating', state: 'working' });
	w.frame();
	const err = makeContainer(ctx, p, s, name, hash);
	if (err) return err;
	ctx.world.advance(100);
	w.event({ id: `Container ${name}`, status: 'Created', state: 'done' });
	return '';
}

function runFlags(p: ComposeProject, s: ComposeService, name: string): Record<string, string | boolean | string[]> {
	const netKey = s.networks[0]!.name;
	const flags: Record<string, string | boolean | string[]> = {
		name,
		network: p.networks[netKey]?.name ?? `${p.name}_default`,
		publish: s.ports.map((x) => `${x.hostIp ? x.hostIp + ':' : ''}${x.published ? x.published + ':' : ''}${x.target}/${x.protocol}`),
		volume: s.volumes.map((v) => (v.source ? `${v.type === 'volume' ? p.volumes[v.source]!.name : v.source}:${v.target}${v.readOnly ? ':ro' : ''}` : v.target)),
		env: s.environment.map(([k, v]) => `${k}=${v}`),
		expose: s.expose,
		pull: 'never',
	};
	if (s.restart) flags.restart = s.restart;
	if (s.hostname) flags.hostname = s.hostname;
	if (s.workingDir) flags.workdir = s.workingDir;
	if (s.user) flags.user = s.user;
	return flags;
}

function makeContainer(ctx: Ctx, p: ComposeProject, s: ComposeService, name: string, hash: string, oneOff = false, extra: Partial<Record<string, string | boolean | string[]>> = {}, command: string[] | null = null): string {
	const flags = { ...runFlags(p, s, name), ...extra };
	const img = imageName(p, s);
	const io = sinkIo(ctx.io);
	const cmd = command ?? s.command ?? [];
	const r = createContainer({ ...ctx, io, path: 'docker run', useLine: '' }, { flags: flags as Parsed['flags'], args: [img, ...cmd], help: false, shortHelp: false }, 'run');
	if (!r.ok || !r.container) return io.text.replace(/^docker: /, '').replace(/\n\nRun 'docker run --help' for more information\n$/, '').replace(/\n$/, '');
	const c = r.container;
	if (s.entrypoint) {
		const image = ctx.host.images[c.imageId];
		const argv = [...s.entrypoint, ...(command ?? s.command ?? [])];
		if (argv.length) [c.path, ...c.args] = argv as [string, ...string[]];
		void image;
	}
	c.labels = {
		[`${LABEL}.config-hash`]: hash,
		[`${LABEL}.container-number`]: '1',
		[`${LABEL}.depends_on`]: s.dependsOn.map((d) => `${d.service}:${d.condition}:false`).join(','),
		[`${LABEL}.image`]: `sha256:${c.imageId}`,
		[`${LABEL}.oneoff`]: oneOff ? 'True' : 'False',
		[`${LABEL}.project`]: p.name,
		[`${LABEL}.project.config_files`]: p.files.join(','),
		[`${LABEL}.project.working_dir`]: p.workingDir,
		[`${LABEL}.service`]: s.name,
		[`${LABEL}.version`]: COMPOSE_VERSION,
	};
	if (s.healthcheck && !s.healthcheck.disable) c.health = 'starting';
	// Service-name DNS: every network the service joins knows it by its service name and aliases.
	const first = c.endpoints[0];
	if (first) first.aliases = [name, s.name, ...s.networks[0]!.aliases];
	for (const n of s.networks.slice(1)) {
		const net = findNet(ctx, p.networks[n.name]?.name ?? '');
		if (!net) continue;
		c.endpoints.push({ network: net.name, ip: allocIp(net), mac: `02:42:${ctx.world.hex(8).match(/../g)!.join(':')}`, endpointId: ctx.world.hex(64), aliases: [name, s.name, ...n.aliases] });
	}
	return '';
}

function startFor(ctx: Ctx, p: ComposeProject, s: ComposeService, w: ComposeProgress): string {
	const name = containerName(p, s);
	const c = Object.values(ctx.host.containers).find((x) => x.name === name);
	if (!c) return `service "${s.name}" has no container to start`;
	// convergence.go waitDependencies: service_started does not wait.
	for (const d of s.dependsOn) {
		if (d.condition === 'service_started') continue;
		const dep = p.services.find((x) => x.name === d.service);
		const dc = dep && Object.values(ctx.host.containers).find((x) => x.name === containerName(p, dep));
		if (!dep || !dc) {
			if (d.required) return `${s.name} is missing dependency ${d.service}`;
			continue;
		}
		const id = `Container ${dc.name}`;
		w.event({ id, status: 'Waiting', state: 'working' });
		w.frame();
		if (d.condition === 'service_healthy') {
			if (!dep.healthcheck || dep.healthcheck.disable) {
				// convergence.go isServiceHealthy
				w.event({ id, status: 'Error', state: 'error' });
				return `dependency failed to start: container ${dc.name} has no healthcheck configured`;
			}
			ctx.world.advance(Math.min(30_000, durationMs(dep.healthcheck.interval)) + 500);
			catchUp(ctx.world, ctx.host, dc);
			if (dc.status !== 'running') {
				w.event({ id, status: 'Error', state: 'error' });
				return `dependency failed to start: container ${dc.name} exited (${dc.exitCode})`;
			}
			dc.health = 'healthy';
			w.event({ id, status: 'Healthy', state: 'done' });
		} else {
			ctx.world.advance(500);
			catchUp(ctx.world, ctx.host, dc);
			if (dc.status === 'running') {
				w.event({ id, status: 'Waiting', state: 'working' });
				return `service "${d.service}" didn't complete successfully: exit 0`.replace(' exit 0', ' still running');
			}
			if (dc.exitCode !== 0) {
				const msg = `service "${d.service}" didn't complete successfully: exit ${dc.exitCode}`;
				w.event({ id, status: msg, state: 'error' });
				return msg;
			}
			w.event({ id, status: 'Exited', state: 'done' });
		}
	}
	if (c.status === 'running') return '';
	const id = `Container ${name}`;
	w.event({ id, status: 'Starting', state: 'working' });
	w.frame();
	const res = startContainer(ctx, c, null);
	ctx.world.advance(300);
	if (res.error) return `Error response from daemon: ${res.error}`;
	w.event({ id, status: 'Started', state: 'done' });
	return '';
}

function durationMs(s: string): number {
	let ms = 0;
	for (const m of s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) ms += Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 's' ? 1000 : m[2] === 'm' ? 60_000 : 3_600_000);
	return ms || 30_000;
}

// ----- log printing (cmd/formatter/logs.go) -----

/** pkg/compose/compose.go getContainerNameWithoutProject: `web-1`, or a custom container_name. */
function shortName(c: Container): string {
	const l = labelsOf(c);
	const project = l[`${LABEL}.project`] ?? '';
	const def = `${project}-${l[`${LABEL}.service`] ?? ''}-${l[`${LABEL}.container-number`] ?? '1'}`;
	return c.name !== def || !project ? c.name : c.name.slice(project.length + 1);
}

const RAINBOW = ['36', '33', '32', '35', '34', '36;1', '33;1', '32;1', '35;1', '34;1'];

function printLogs(ctx: Ctx, cs: Container[], opts: { prefix: boolean; color: boolean; timestamps: boolean; tail: number }): void {
	const names = cs.map(shortName);
	const width = Math.max(0, ...names.map((n) => n.length)) + 1;
	const lines: Array<{ time: number; i: number; seq: number; stream: 'stdout' | 'stderr'; text: string }> = [];
	cs.forEach((c, i) => {
		catchUp(ctx.world, ctx.host, c);
		const own: typeof lines = [];
		for (const l of c.logs) {
			const parts = l.text.split('\n');
			if (parts[parts.length - 1] === '') parts.pop();
			for (const t of parts) own.push({ time: l.time, i, seq: own.length, stream: l.stream, text: t.replace(/\r$/, '') });
		}
		lines.push(...(opts.tail >= 0 ? own.slice(Math.max(0, own.length - opts.tail)) : own));
	});
	lines.sort((a, b) => a.time - b.time || a.i - b.i || a.seq - b.seq);
	for (const l of lines) {
		const raw = `${names[l.i]!.padEnd(width)} | `;
		const prefix = !opts.prefix ? '' : opts.color ? `\x1b[${RAINBOW[l.i % RAINBOW.length]}m${raw}\x1b[0m` : raw;
		const ts = opts.timestamps ? rfc3339(l.time).replace(/(\.\d+)?Z$/, (m) => (m.length > 1 ? m.slice(0, -1).padEnd(10, '0') : '.000000000') + 'Z') + ' ' : '';
		(l.stream === 'stderr' ? ctx.io.err : ctx.io.out)(`${prefix}${ts}${l.text}\n`);
	}
}

// ----- the subcommands -----

const upDef: CommandDef = {
	name: 'up', group: 'compose', use: '[OPTIONS] [SERVICE...]', short: 'Create and start containers', flags: [
		{ long: 'abort-on-container-exit', type: 'bool', usage: 'Stops all containers if any container was stopped. Incompatible with -d' },
		{ long: 'build', type: 'bool', usage: 'Build images before starting containers' },
		{ long: 'detach', short: 'd', type: 'bool', usage: 'Detached mode: Run containers in the background' },
		{ long: 'force-recreate', type: 'bool', usage: "Recreate containers even if their configuration and image haven't changed" },
		{ long: 'no-build', type: 'bool', usage: "Don't build an image, even if it's policy" },
		{ long: 'no-deps', type: 'bool', usage: "Don't start linked services" },
		{ long: 'no-log-prefix', type: 'bool', usage: "Don't print prefix in logs" },
		{ long: 'pull', type: 'string', usage: 'Pull image before running ("always"|"missing"|"never")', defValue: 'policy' },
		{ long: 'quiet-pull', type: 'bool', usage: 'Pull without printing progress information' },
		{ long: 'remove-orphans', type: 'bool', usage: 'Remove containers for services not defined in the Compose file' },
		{ long: 'timestamps', type: 'bool', usage: 'Show timestamps' },
		{ long: 'wait', type: 'bool', usage: 'Wait for services to be running|healthy. Implies detached mode.' },
	], run: () => 0,
};

function up(ctx: Ctx, pf: Parsed, g: Parsed): number {
	const detach = pf.flags.detach === true || pf.flags.wait === true;
	// cmd/compose/up.go validate
	if (detach && pf.flags['abort-on-container-exit'] === true) return fail(ctx, '--abort-on-container-exit and --detach are incompatible');
	if (pf.flags.build === true && pf.flags['no-build'] === true) return fail(ctx, '--build and --no-build are incompatible');
	const p = project(ctx, g);
	if (!p) return 1;
	const services = selected(ctx, p, pf.args, pf.flags['no-deps'] !== true);
	if (!services) return 1;
	const pullPolicy = str(pf.flags.pull) || 'policy';
	if (pullPolicy !== 'never') {
		const err = pullMissing(ctx, services, pullPolicy === 'always', pf.flags['quiet-pull'] === true);
		if (err) return fail(ctx, err);
	}
	const w = progress(ctx, 'Running');
	const done = (err: string): number => {
		flush(ctx, w);
		return err ? fail(ctx, err) : 0;
	};
	if (pf.flags['no-build'] !== true) {
		const built = buildServices(ctx, p, services, pf.flags.build === true, w);
		if (built) return done(built);
	}
	for (const s of services) {
		if (!s.build && !imagePresent(ctx, s.image)) return done(`Error response from daemon: No such image: ${s.image}`);
		if (s.build && pf.flags['no-build'] === true && !imagePresent(ctx, imageName(p, s))) return done(`service "${s.name}" has neither an image nor a build context specified: invalid compose project`);
	}
	const e1 = ensureNetworks(ctx, p, services, w) ?? ensureVolumes(ctx, p, services, w);
	if (e1) return done(e1);
	if (pf.flags['remove-orphans'] === true) {
		for (const c of projectContainers(ctx, p.name)) {
			if (p.services.some((s) => s.name === serviceOf(c))) continue;
			const id = `Container ${c.name}`;
			w.event({ id, status: 'Removing', state: 'working' });
			stopOne(ctx, c, 10);
			removeContainer(ctx, c, false);
			w.event({ id, status: 'Removed', state: 'done' });
		}
	} else {
		const orphans = projectContainers(ctx, p.name).filter((c) => !p.services.some((s) => s.name === serviceOf(c)));
		// convergence.go: logrus.Warnf("Found orphan containers (%s) for this project. …")
		if (orphans.length) warn(ctx, `Found orphan containers ([${orphans.map((c) => c.name).join(' ')}]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.`);
	}
	for (const s of services) {
		const err = createFor(ctx, p, s, w, pf.flags['force-recreate'] === true);
		if (err) return done(err);
	}
	w.frame();
	for (const s of services) {
		const err = startFor(ctx, p, s, w);
		if (err) return done(err);
	}
	if (pf.flags.wait === true) {
		for (const s of services) {
			const c = Object.values(ctx.host.containers).find((x) => x.name === containerName(p, s));
			if (!c) continue;
			const id = `Container ${c.name}`;
			w.event({ id, status: 'Waiting', state: 'working' });
			if (c.health) c.health = 'healthy';
			w.event({ id, status: c.status === 'running' ? (c.health ? 'Healthy' : 'Running') : 'Exited', state: 'done' });
		}
	}
	flush(ctx, w);
	if (detach) return 0;
	// Attached: the services' logs, then the reader presses Ctrl-C (a replay cannot block).
	const cs = services.map((s) => Object.values(ctx.host.containers).find((x) => x.name === containerName(p, s))).filter((c): c is Container => !!c);
	// pkg/compose/attach.go: "Attaching to %s"
	ctx.io.out(`Attaching to ${[...cs].sort((a, b) => (a.name < b.name ? -1 : 1)).map(shortName).join(', ')}\n`);
	printLogs(ctx, cs, { prefix: pf.flags['no-log-prefix'] !== true, color: ctx.io.tty, timestamps: pf.flags.timestamps === true, tail: -1 });
	// up.go gracefulTeardown
	ctx.io.out('^CGracefully Stopping... press Ctrl+C again to force\n');
	const stopW = progress(ctx, 'Stopping');
	for (const c of [...cs].reverse()) {
		const id = `Container ${c.name}`;
		stopW.event({ id, status: 'Stopping', state: 'working' });
		stopOne(ctx, c, 10);
		stopW.event({ id, status: 'Stopped', state: 'done' });
	}
	// RunWithLog(…, s.stdinfo(), …): the stop events go where all progress goes, stderr.
	flush(ctx, stopW);
	return 130;
}

const downDef: CommandDef = {
	name: 'down', group: 'compose', use: '[OPTIONS] [SERVICES]', short: 'Stop and remove containers, networks', flags: [
		{ long: 'remove-orphans', type: 'bool', usage: 'Remove containers for services not defined in the Compose file' },
		{ long: 'rmi', type: 'string', usage: 'Remove images used by services. "local" remove only images that don\'t have a custom tag ("local"|"all")' },
		{ long: 'timeout', short: 't', type: 'int', usage: 'Specify a shutdown timeout in seconds' },
		{ long: 'volumes', short: 'v', type: 'bool', usage: 'Remove named volumes declared in the "volumes" section of the Compose file and anonymous volumes attached to containers' },
	], run: () => 0,
};

function down(ctx: Ctx, pf: Parsed, g: Parsed): number {
	const rmi = str(pf.flags.rmi);
	// cmd/compose/down.go: fmt.Errorf("invalid value for --rmi: %q", opts.images)
	if (rmi && rmi !== 'local' && rmi !== 'all') return fail(ctx, `invalid value for --rmi: "${rmi}"`);
	const p = project(ctx, g);
	if (!p) return 1;
	if (pf.args.length && !selected(ctx, p, pf.args, false)) return 1;
	const w = progress(ctx, 'Running');
	const timeout = typeof pf.flags.timeout === 'number' ? pf.flags.timeout : 10;
	const all = projectContainers(ctx, p.name, pf.flags['remove-orphans'] === true);
	const svcOrder = order(p, p.services).map((s) => s.name).reverse();
	const mine = all.filter((c) => !pf.args.length || pf.args.includes(serviceOf(c)));
	const rank = (c: Container) => {
		const i = svcOrder.indexOf(serviceOf(c));
		return i < 0 ? -1 : i;
	};
	const cs = mine.filter((c) => pf.flags['remove-orphans'] === true || p.services.some((s) => s.name === serviceOf(c))).sort((a, b) => rank(a) - rank(b));
	let any = cs.length > 0;
	for (const c of cs) {
		const id = `Container ${c.name}`;
		if (c.status === 'running') {
			w.event({ id, status: 'Stopping', state: 'working' });
			w.frame();
			stopOne(ctx, c, timeout);
			w.event({ id, status: 'Stopped', state: 'done' });
		}
		w.event({ id, status: 'Removing', state: 'working' });
		removeContainer(ctx, c, pf.flags.volumes === true);
		ctx.world.advance(100);
		w.event({ id, status: 'Removed', state: 'done' });
	}
	if (!pf.args.length) {
		for (const [, n] of Object.entries(p.networks)) {
			if (n.external) continue;
			const net = findNet(ctx, n.name);
			if (!net) continue;
			const id = `Network ${n.name}`;
			const users = Object.values(ctx.host.containers).filter((c) => c.endpoints.some((e) => e.network === n.name));
			any = true;
			if (users.length) {
				// down.go: progress.Warning "Resource is still in use"
				w.event({ id, status: 'Resource is still in use', state: 'warning' });
				continue;
			}
			w.event({ id, status: 'Removing', state: 'working' });
			delete ctx.host.networks[net.id];
			ctx.world.advance(100);
			w.event({ id, status: 'Removed', state: 'done' });
		}
		if (rmi) {
			for (const s of p.services) {
				const image = imageName(p, s);
				if (rmi === 'local' && s.image) continue;
				const r = parseReference(image);
				const img = r.ok ? findImageByRef(ctx.host, r.ref) : undefined;
				if (!img || Object.values(ctx.host.containers).some((c) => c.imageId === img.id)) continue;
				const id = `Image ${image}`;
				any = true;
				w.event({ id, status: 'Removing', state: 'working' });
				const key = r.ok ? familiarString(r.ref) : image;
				img.repoTags = img.repoTags.filter((t) => t !== key);
				if (!img.repoTags.length) delete ctx.host.images[img.id];
				w.event({ id, status: 'Removed', state: 'done' });
			}
		}
		if (pf.flags.volumes === true) {
			for (const [, v] of Object.entries(p.volumes)) {
				if (v.external || !ctx.host.volumes[v.name]) continue;
				const id = `Volume ${v.name}`;
				any = true;
				if (Object.values(ctx.host.containers).some((c) => c.mounts.some((m) => m.source === v.name))) {
					w.event({ id, status: 'Resource is still in use', state: 'warning' });
					continue;
				}
				w.event({ id, status: 'Removing', state: 'working' });
				delete ctx.host.volumes[v.name];
				w.event({ id, status: 'Removed', state: 'done' });
			}
		}
	}
	flush(ctx, w);
	// down.go: logrus.Warnf("Warning: No resource found to remove for project %q.", projectName)
	if (!any) warn(ctx, `Warning: No resource found to remove for project "${p.name}".`);
	return 0;
}

const psDef: CommandDef = {
	name: 'ps', group: 'compose', use: '[OPTIONS] [SERVICE...]', short: 'List containers', flags: [
		{ long: 'all', short: 'a', type: 'bool', usage: 'Show all stopped containers (including those created by the run command)' },
		{ long: 'format', type: 'string', usage: "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates", defValue: 'table' },
		{ long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
		{ long: 'quiet', short: 'q', type: 'bool', usage: 'Only display IDs' },
		{ long: 'services', type: 'bool', usage: 'Display services' },
		{ long: 'status', type: 'list', varName: 'stringArray', usage: 'Filter services by status. Values: [paused | restarting | removing | running | dead | created | exited]' },
	], run: () => 0,
};

function ps(ctx: Ctx, pf: Parsed, g: Parsed): number {
	const p = project(ctx, g);
	if (!p) return 1;
	if (pf.args.length && !selected(ctx, p, pf.args, false)) return 1;
	let cs = projectContainers(ctx, p.name, pf.flags.all === true);
	for (const c of cs) catchUp(ctx.world, ctx.host, c);
	if (pf.flags.all !== true) cs = cs.filter((c) => c.status === 'running');
	if (pf.args.length) cs = cs.filter((c) => pf.args.includes(serviceOf(c)));
	const status = list(pf.flags.status);
	if (status.length) cs = cs.filter((c) => status.includes(c.status));
	if (pf.flags.services === true) {
		ctx.io.out([...new Set(cs.map(serviceOf))].map((s) => s + '\n').join(''));
		return 0;
	}
	if (pf.flags.quiet === true) {
		ctx.io.out(cs.map((c) => c.id + '\n').join(''));
		return 0;
	}
	const now = ctx.world.now();
	const fmt = str(pf.flags.format) || 'table';
	if (fmt === 'json') {
		for (const c of cs) ctx.io.out(JSON.stringify({ Command: JSON.parse(JSON.stringify(commandString(c))), CreatedAt: rfc3339(c.created), ExitCode: c.exitCode, Health: c.health ?? '', ID: c.id, Image: c.image, Name: c.name, Project: p.name, Service: serviceOf(c), State: c.status, Status: statusString(c, now) }) + '\n');
		return 0;
	}
	const trunc = (s: string) => (pf.flags['no-trunc'] === true || s.length <= 20 ? s : s.slice(0, 19) + '…');
	if (fmt !== 'table') {
		// A Go template or `table TEMPLATE` over compose's container context (cmd/formatter/container.go).
		const rows = cs.map((c) => ({ ID: c.id.slice(0, 12), Name: c.name, Names: c.name, Image: c.image, Command: JSON.stringify(trunc(commandString(c))), Service: serviceOf(c), Project: p.name, RunningFor: `${humanDuration(now - c.created)} ago`, CreatedAt: rfc3339(c.created), Status: statusString(c, now), State: c.status, Health: c.health ?? '', ExitCode: c.exitCode, Ports: portsString(c) }));
		const res = formatRows(fmt, rows, { ID: 'CONTAINER ID', Name: 'NAME', Names: 'NAMES', Image: 'IMAGE', Command: 'COMMAND', Service: 'SERVICE', Project: 'PROJECT', RunningFor: 'CREATED', CreatedAt: 'CREATED AT', Status: 'STATUS', State: 'STATE', Health: 'HEALTH', ExitCode: 'EXIT CODE', Ports: 'PORTS' });
		if (!res.ok) {
			ctx.io.err(res.error + '\n');
			return 1;
		}
		ctx.io.out(res.text);
		return 0;
	}
	// cmd/formatter/container.go defaultContainerTableFormat
	ctx.io.out(table([['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS'], ...cs.map((c) => [c.name, c.image, JSON.stringify(trunc(commandString(c))), serviceOf(c), `${humanDuration(now - c.created)} ago`, statusString(c, now), portsString(c)])]));
	return 0;
}

const logsDef: CommandDef = {
	name: 'logs', group: 'compose', use: '[OPTIONS] [SERVICE...]', short: 'View output from containers', flags: [
		{ long: 'follow', short: 'f', type: 'bool', usage: 'Follow log output' },
		{ long: 'no-color', type: 'bool', usage: 'Produce monochrome output' },
		{ long: 'no-log-prefix', type: 'bool', usage: "Don't print prefix in logs" },
		{ long: 'tail', short: 'n', type: 'string', usage: 'Number of lines to show from the end of the logs for each container', defValue: 'all' },
		{ long: 'timestamps', short: 't', type: 'bool', usage: 'Show timestamps' },
	], run: () => 0,
};

function logs(ctx: Ctx, pf: Parsed, g: Parsed): number {
	const p = project(ctx, g);
	if (!p) return 1;
	if (pf.args.length && !selected(ctx, p, pf.args, false)) return 1;
	const cs = projectContainers(ctx, p.name).filter((c) => !pf.args.length || pf.args.includes(serviceOf(c)));
	const tail = str(pf.flags.tail) || 'all';
	printLogs(ctx, cs, { prefix: pf.flags['no-log-prefix'] !== true, color: ctx.io.tty && pf.flags['no-color'] !== true, timestamps: pf.flags.timestamps === true, tail: tail === 'all' || !/^\d+$/.test(tail) ? -1 : Number(tail) });
	if (pf.flags.follow === true && cs.some((c) => c.status === 'running')) {
		ctx.io.out('^C');
		return 130;
	}
	return 0;
}

const execDef: CommandDef = {
	name: 'exec', group: 'compose', use: '[OPTIONS] SERVICE COMMAND [ARGS...]', short: 'Execute a command in a running container', args: { min: 2 }, noInterspersed: true, flags: [
		{ long: 'detach', short: 'd', type: 'bool', usage: 'Detached mode: Run command in the background' },
		{ long: 'env', short: 'e', type: 'list', varName: 'stringArray', usage: 'Set environment variables' },
		{ long: 'index', type: 'int', usage: 'Index of the container if service has multiple replicas' },
		{ long: 'no-TTY', short: 'T', type: 'bool', usage: 'Disable pseudo-TTY allocation. By default `docker compose exec` allocates a TTY.', defValue: 'true' },
		{ long: 'privileged', type: 'bool', usage: 'Give extended privileges to the process' },
		{ long: 'user', short: 'u', type: 'string', usage: 'Run the command as this user' },
		{ long: 'workdir', short: 'w', type: 'string', usage: 'Path to workdir directory for this command' },
	], run: () => 0,
};

function running(ctx: Ctx, p: ComposeProject, service: string): Container | null {
	const c = projectContainers(ctx, p.name).find((x) => serviceOf(x) === service && x.status === 'running');
	// pkg/compose/containers.go: fmt.Errorf("service %q is not running", serviceName)
	if (!c) fail(ctx, `service "${service}" is not running`);
	return c ?? null;
}

function execCmd(ctx: Ctx, pf: Parsed, g: Parsed): number {
	const p = project(ctx, g);
	if (!p) return 1;
	const [service, ...argv] = pf.args as [string, ...string[]];
	if (!selected(ctx, p, [service], false)) return 1;
	const c = running(ctx, p, service);
	if (!c) return 1;
	const args = ['exec'];
	if (pf.flags.detach === true) args.push('-d');
	else if (ctx.io.tty && pf.flags['no-TTY'] !== true) args.push('-i', '-t');
	for (const e of list(pf.flags.env)) args.push('-e', e);
	if (str(pf.flags.user)) args.push('-u', str(pf.flags.user));
	if (str(pf.flags.workdir)) args.push('-w', str(pf.flags.workdir));
	return dockerCli ? dockerCli({ world: ctx.world, host: ctx.host, facts: ctx.facts, io: ctx.io, env: ctx.env }, [...args, c.name, ...argv]) : 1;
}

const runDef: CommandDef = {
	name: 'run', group: 'compose', use: '[OPTIONS] SERVICE [COMMAND] [ARGS...]', short: 'Run a one-off command on a service', args: { min: 1 }, noInterspersed: true, flags: [
		{ long: 'detach', short: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
		{ long: 'entrypoint', type: 'string', usage: 'Override the entrypoint of the image' },
		{ long: 'env', short: 'e', type: 'list', varName: 'stringArray', usage: 'Set environment variables' },
		{ long: 'name', type: 'string', usage: 'Assign a name to the container' },
		{ long: 'no-TTY', short: 'T', type: 'bool', usage: 'Disable pseudo-TTY allocation (default: auto-detected)', defValue: 'true' },
		{ long: 'no-deps', type: 'bool', usage: "Don't start linked services" },
		{ long: 'publish', short: 'p', type: 'list', varName: 'stringArray', usage: "Publish a container's port(s) to the host" },
		{ long: 'rm', type: 'bool', usage: 'Automatically remove the container when it exits' },
		{ long: 'service-ports', short: 'P', type: 'bool', usage: "Run command with all service's ports enabled and mapped to the host" },
		{ long: 'user', short: 'u', type: 'string', usage: 'Run as specified username or uid' },
		{ long: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
	], run: () => 0,
};

function runCmd(ctx: Ctx, pf: Parsed, g: Parsed): number {
	const p = project(ctx, g);
	if (!p) return 1;
	const [service, ...argv] = pf.args as [string, ...string[]];
	const svcs = selected(ctx, p, [service], pf.flags['no-deps'] !== true);
	if (!svcs) return 1;
	const s = svcs.find((x) => x.name === service)!;
	const deps = svcs.filter((x) => x.name !== service);
	const pulled = pullMissing(ctx, svcs, false, false);
	if (pulled) return fail(ctx, pulled);
	const w = progress(ctx, 'Running');
	const built = buildServices(ctx, p, svcs, false, w);
	if (built) return (flush(ctx, w), fail(ctx, built));
	const e1 = ensureNetworks(ctx, p, svcs, w) ?? ensureVolumes(ctx, p, svcs, w);
	if (e1) return (flush(ctx, w), fail(ctx, e1));
	for (const d of deps) {
		const err = createFor(ctx, p, d, w, false) || startFor(ctx, p, d, w);
		if (err) return (flush(ctx, w), fail(ctx, err));
	}
	flush(ctx, w);
	// pkg/compose/run.go: one-off containers are <project>-<service>-run-<12 hex>.
	const name = str(pf.flags.name) || `${p.name}-${s.name}-run-${ctx.world.hex(12)}`;
	const err = makeContainer(ctx, p, s, name, configHash(s), true, { publish: pf.flags['service-ports'] === true ? runFlags(p, s, name).publish! : list(pf.flags.publish), env: [...runFlags(p, s, name).env as string[], ...list(pf.flags.env)], ...(str(pf.flags.user) ? { user: str(pf.flags.user) } : {}), ...(str(pf.flags.workdir) ? { workdir: str(pf.flags.workdir) } : {}) }, argv.length ? argv : null);
	if (err) return fail(ctx, err);
	const c = Object.values(ctx.host.containers).find((x) => x.name === name)!;
	if (str(pf.flags.entrypoint)) [c.path, ...c.args] = [str(pf.flags.entrypoint), ...(argv.length ? argv : [])] as [string, ...string[]];
	const tty = ctx.io.tty && pf.flags['no-TTY'] !== true && pf.flags.detach !== true;
	c.tty = tty;
	c.interactive = tty;
	c.autoRemove = pf.flags.rm === true;
	if (pf.flags.detach === true) {
		const res = startContainer(ctx, c, null);
		if (res.error) return fail(ctx, `Error response from daemon: ${res.error}`);
		ctx.io.out(`${c.name}\n`);
		return 0;
	}
	// Reuse docker start -a (and -i for a shell) for the attached one-off.
	return dockerCli ? dockerCli({ world: ctx.world, host: ctx.host, facts: ctx.facts, io: ctx.io, env: ctx.env }, ['start', '-a', ...(tty ? ['-i'] : []), c.name]) === 0 ? finishRun(ctx, c) : finishRun(ctx, c) : 1;
}

function finishRun(ctx: Ctx, c: Container): number {
	const live = ctx.host.containers[c.id];
	if (!live) return c.exitCode;
	if (live.status === 'running') return 0;
	const code = live.exitCode;
	if (live.autoRemove) removeContainer(ctx, live, true);
	return code;
}

const buildDef: CommandDef = {
	name: 'build', group: 'compose', use: '[OPTIONS] [SERVICE...]', short: 'Build or rebuild services', flags: [
		{ long: 'no-cache', type: 'bool', usage: 'Do not use cache when building the image' },
		{ long: 'pull', type: 'bool', usage: 'Always attempt to pull a newer version of the image' },
		{ long: 'quiet', short: 'q', type: 'bool', usage: "Don't print anything to STDOUT" },
	], run: () => 0,
};

function buildCmd(ctx: Ctx, pf: Parsed, g: Parsed): number {
	const p = project(ctx, g);
	if (!p) return 1;
	const svcs = selected(ctx, p, pf.args, false);
	if (!svcs) return 1;
	const err = buildServices(ctx, p, svcs, true, null);
	return err ? fail(ctx, err) : 0;
}

const pullDef: CommandDef = {
	name: 'pull', group: 'compose', use: '[OPTIONS] [SERVICE...]', short: 'Pull service images', flags: [
		{ long: 'ignore-buildable', type: 'bool', usage: 'Ignore images that can be built' },
		{ long: 'ignore-pull-failures', type: 'bool', usage: 'Pull what it can and ignores images with pull failures' },
		{ long: 'include-deps', type: 'bool', usage: 'Also pull services declared as dependencies' },
		{ long: 'quiet', short: 'q', type: 'bool', usage: 'Pull without printing progress information' },
	], run: () => 0,
};

function pullCmd(ctx: Ctx, pf: Parsed, g: Parsed): number {
	const p = project(ctx, g);
	if (!p) return 1;
	const svcs = selected(ctx, p, pf.args, pf.flags['include-deps'] === true);
	if (!svcs) return 1;
	const w = progress(ctx, 'Pulling');
	let error: string | null = null;
	for (const s of svcs) {
		if (!s.image) {
			// pull.go: "Skipped - No image to be pulled"
			w.event({ id: s.name, text: 'Skipped - No image to be pulled', state: 'warning' });
			continue;
		}
		const parsed = parseReference(s.image);
		if (!parsed.ok) {
			error = parsed.error;
			break;
		}
		w.event({ id: s.name, text: 'Pulling', state: 'working' });
		const res = pullWithLayers(ctx, w, s.name, parsed.ref, pf.flags.quiet === true, new Set());
		if (!res.ok) {
			w.event({ id: s.name, text: 'Error', status: res.message, state: 'error' });
			if (pf.flags['ignore-pull-failures'] !== true) error = `Error response from daemon: ${res.message}`;
			if (error) break;
			continue;
		}
		w.event({ id: s.name, text: 'Pulled', state: 'done' });
	}
	if (pf.flags.quiet !== true) flush(ctx, w);
	return error ? fail(ctx, error) : 0;
}

const configDef: CommandDef = {
	name: 'config', group: 'compose', use: '[OPTIONS] [SERVICE...]', short: 'Parse, resolve and render compose file in canonical format', flags: [
		{ long: 'format', type: 'string', usage: 'Format the output. Values: [yaml | json]' },
		{ long: 'images', type: 'bool', usage: 'Print the image names, one per line.' },
		{ long: 'networks', type: 'bool', usage: 'Print the network names, one per line.' },
		{ long: 'quiet', short: 'q', type: 'bool', usage: 'Only validate the configuration, don\'t print anything' },
		{ long: 'services', type: 'bool', usage: 'Print the service names, one per line.' },
		{ long: 'volumes', type: 'bool', usage: 'Print the volume names, one per line.' },
	], run: () => 0,
};

function toYaml(v: unknown, indent: string): string {
	if (Array.isArray(v)) {
		if (!v.length) return ' []\n';
		return '\n' + v.map((x) => `${indent}- ${isPlain(x) ? yamlScalar(x) + '\n' : toYaml(x, indent + '  ').replace(/^\n\s*/, '')}`).join('');
	}
	if (v !== null && typeof v === 'object') {
		const entries = Object.entries(v as Record<string, unknown>);
		if (!entries.length) return ' {}\n';
		return '\n' + entries.map(([k, x]) => `${indent}${k}:${isPlain(x) ? ' ' + yamlScalar(x) + '\n' : toYaml(x, indent + '  ')}`).join('');
	}
	return ' ' + yamlScalar(v) + '\n';
}

function isPlain(v: unknown): boolean {
	return v === null || typeof v !== 'object';
}

/** go-yaml v3 scalars: quote what would read back as another type. */
function yamlScalar(v: unknown): string {
	if (v === null) return 'null';
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	const s = String(v);
	if (s === '' || /^(true|false|yes|no|on|off|null|~|y|n)$/i.test(s) || /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s) || /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(s) || /: |\s#|\s$|\n/.test(s)) return JSON.stringify(s);
	return s;
}

function config(ctx: Ctx, pf: Parsed, g: Parsed): number {
	const p = project(ctx, g);
	if (!p) return 1;
	if (pf.args.length && !selected(ctx, p, pf.args, false)) return 1;
	if (pf.flags.quiet === true) return 0;
	if (pf.flags.services === true) return (ctx.io.out(p.services.map((s) => s.name + '\n').join('')), 0);
	if (pf.flags.volumes === true) return (ctx.io.out(Object.keys(p.volumes).map((s) => s + '\n').join('')), 0);
	if (pf.flags.networks === true) return (ctx.io.out(Object.keys(p.networks).map((s) => s + '\n').join('')), 0);
	if (pf.flags.images === true) return (ctx.io.out(p.services.map((s) => imageName(p, s) + '\n').join('')), 0);
	const model = p.model;
	if (pf.args.length) model.services = Object.fromEntries(Object.entries(model.services as Record<string, unknown>).filter(([k]) => pf.args.includes(k)));
	if (str(pf.flags.format) === 'json') ctx.io.out(goJson(model, '  ') + '\n');
	else ctx.io.out(toYaml(model, '').replace(/^\n/, ''));
	return 0;
}

function lifecycle(title: 'Stopping' | 'Starting' | 'Restarting') {
	return (ctx: Ctx, pf: Parsed, g: Parsed): number => {
		const p = project(ctx, g);
		if (!p) return 1;
		const svcs = selected(ctx, p, pf.args, false);
		if (!svcs) return 1;
		const names = svcs.map((s) => s.name);
		const ordered = title === 'Stopping' ? [...names].reverse() : names;
		const cs = ordered.flatMap((n) => projectContainers(ctx, p.name).filter((c) => serviceOf(c) === n));
		// start.go: fmt.Errorf("service %q has no container to start") when nothing was created.
		if (title === 'Starting' && !projectContainers(ctx, p.name, true).length) return fail(ctx, `service "${svcs[0]?.name ?? ''}" has no container to start`);
		const w = progress(ctx, title === 'Starting' ? 'Running' : title);
		const timeout = typeof pf.flags.timeout === 'number' ? pf.flags.timeout : 10;
		for (const c of cs) {
			const id = `Container ${c.name}`;
			if (title === 'Restarting') w.event({ id, status: 'Restarting', state: 'working' });
			if (title !== 'Starting' && c.status === 'running') {
				if (title === 'Stopping') w.event({ id, status: 'Stopping', state: 'working' });
				w.frame();
				stopOne(ctx, c, timeout);
				if (title === 'Stopping') {
					w.event({ id, status: 'Stopped', state: 'done' });
					continue;
				}
			}
			if (title === 'Stopping') continue;
			if (title === 'Starting' && c.status === 'running') continue;
			if (title === 'Starting') w.event({ id, status: 'Starting', state: 'working' });
			const res = startContainer(ctx, c, null);
			ctx.world.advance(300);
			if (res.error) return (flush(ctx, w), fail(ctx, `Error response from daemon: ${res.error}`));
			w.event({ id, status: 'Started', state: 'done' });
		}
		flush(ctx, w);
		return 0;
	};
}

const stopDef: CommandDef = { name: 'stop', group: 'compose', use: '[OPTIONS] [SERVICE...]', short: 'Stop services', flags: [{ long: 'timeout', short: 't', type: 'int', usage: 'Specify a shutdown timeout in seconds' }], run: () => 0 };
const startDef: CommandDef = { name: 'start', group: 'compose', use: '[SERVICE...]', short: 'Start services', flags: [{ long: 'wait', type: 'bool', usage: 'Wait for services to be running|healthy. Implies detached mode.' }], run: () => 0 };
const restartDef: CommandDef = { name: 'restart', group: 'compose', use: '[OPTIONS] [SERVICE...]', short: 'Restart service containers', flags: [{ long: 'no-deps', type: 'bool', usage: "Don't restart dependent services" }, { long: 'timeout', short: 't', type: 'int', usage: 'Specify a shutdown timeout in seconds' }], run: () => 0 };

const lsDef: CommandDef = {
	name: 'ls', group: 'compose', use: '[OPTIONS]', short: 'List running compose projects', args: { max: 0 }, flags: [
		{ long: 'all', short: 'a', type: 'bool', usage: 'Show all stopped Compose projects' },
		{ long: 'filter', type: 'list', varName: 'filter', usage: 'Filter output based on conditions provided' },
		{ long: 'format', type: 'string', usage: 'Format the output. Values: [table | json]', defValue: 'table' },
		{ long: 'quiet', short: 'q', type: 'bool', usage: 'Only display project names' },
	], run: () => 0,
};

function ls(ctx: Ctx, pf: Parsed): number {
	const byProject = new Map<string, Container[]>();
	for (const c of Object.values(ctx.host.containers)) {
		const name = labelsOf(c)[`${LABEL}.project`];
		if (!name) continue;
		catchUp(ctx.world, ctx.host, c);
		byProject.set(name, [...(byProject.get(name) ?? []), c]);
	}
	const rows: Array<{ name: string; status: string; files: string }> = [];
	for (const [name, cs] of [...byProject.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
		if (pf.flags.all !== true && !cs.some((c) => c.status === 'running')) continue;
		// pkg/compose/ls.go combinedStatus: "%s(%d)" per state, joined by ", ".
		const counts = new Map<string, number>();
		for (const c of cs) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
		const status = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, n]) => `${s}(${n})`).join(', ');
		rows.push({ name, status, files: labelsOf(cs[0]!)[`${LABEL}.project.config_files`] ?? '' });
	}
	if (pf.flags.quiet === true) return (ctx.io.out(rows.map((r) => r.name + '\n').join('')), 0);
	if (str(pf.flags.format) === 'json') return (ctx.io.out(JSON.stringify(rows.map((r) => ({ Name: r.name, Status: r.status, ConfigFiles: r.files }))) + '\n'), 0);
	// cmd/compose/list.go: "NAME", "STATUS", "CONFIG FILES"
	ctx.io.out(table([['NAME', 'STATUS', 'CONFIG FILES'], ...rows.map((r) => [r.name, r.status, r.files])]));
	return 0;
}

const versionDef: CommandDef = { name: 'version', group: 'compose', use: '[OPTIONS]', short: 'Show the Docker Compose version information', args: { max: 0 }, flags: [{ long: 'format', short: 'f', type: 'string', usage: 'Format the output. Values: [pretty | json]. (Default: pretty)' }, { long: 'short', type: 'bool', usage: 'Shows only Compose\'s version number' }], run: () => 0 };

function version(ctx: Ctx, pf: Parsed): number {
	const v = `v${COMPOSE_VERSION}${ctx.facts.desktop ? '-desktop.1' : ''}`;
	if (pf.flags.short === true) ctx.io.out(v.slice(1) + '\n');
	else if (str(pf.flags.format) === 'json') ctx.io.out(`{"version":"${v}"}\n`);
	else ctx.io.out(`Docker Compose version ${v}\n`);
	return 0;
}

const SUBS: Sub[] = [
	{ def: buildDef, run: buildCmd }, { def: configDef, run: config }, { def: downDef, run: down }, { def: execDef, run: execCmd },
	{ def: logsDef, run: logs }, { def: lsDef, run: ls }, { def: psDef, run: ps }, { def: pullDef, run: pullCmd },
	{ def: restartDef, run: lifecycle('Restarting') }, { def: runDef, run: runCmd }, { def: startDef, run: lifecycle('Starting') },
	{ def: stopDef, run: lifecycle('Stopping') }, { def: upDef, run: up }, { def: versionDef, run: version },
];

export const COMPOSE_WORDS = SUBS.map((s) => s.def.name);

function rootHelp(cols: number): string {
	let out = 'Usage:  docker compose [OPTIONS] COMMAND\n\nDefine and run multi-container applications with Docker\n\nOptions:\n';
	out += flagUsages(GLOBAL, cols - 1).replace(/\s+$/, '') + '\n\nCommands:\n';
	for (const s of SUBS) out += `  ${s.def.name.padEnd(11)} ${s.def.short}\n`;
	out += "\nRun 'docker compose COMMAND --help' for more information on a command.\n";
	return out;
}

/** `docker compose …` — args are everything after `compose`. */
export function compose(base: Omit<Ctx, 'path' | 'useLine'>, args: string[]): number {
	const io = base.io;
	const g = parseFlags(args, GLOBAL, false);
	const rootUse = 'docker compose [OPTIONS] COMMAND';
	if (!g.ok) {
		io.err(`${g.error}\n\nUsage:  ${rootUse}\n\nRun 'docker compose --help' for more information\n`);
		return 125;
	}
	const gp = g.parsed;
	const ctx0: Ctx = { ...base, path: 'docker compose', useLine: rootUse };
	if (gp.flags.version === true) return version(ctx0, { flags: {}, args: [], help: false, shortHelp: false });
	const [name, ...rest] = gp.args;
	if (gp.help || name === undefined) {
		io.out(rootHelp(io.cols));
		return 0;
	}
	const sub = SUBS.find((s) => s.def.name === name);
	if (!sub) {
		// docker/cli cobra.go: an unknown plugin subcommand.
		io.err(`unknown docker command: "compose ${name}"\n`);
		return 1;
	}
	const path = `docker compose ${name}`;
	const useLine = `${path} ${sub.def.use}`;
	const ctx: Ctx = { ...base, path, useLine };
	const parsed = parseFlags(rest, sub.def.flags, !sub.def.noInterspersed);
	if (!parsed.ok) {
		io.err(`${parsed.error}\n\nUsage:  ${useLine}\n\nRun '${path} --help' for more information\n`);
		return 125;
	}
	const pf = parsed.parsed;
	if (pf.help) {
		io.out(`Usage:  ${useLine}\n\n${sub.def.short}\n\nOptions:\n${flagUsages(sub.def.flags, io.cols - 1).replace(/\s+$/, '')}\n`);
		return 0;
	}
	const a = sub.def.args;
	if (a?.min !== undefined && pf.args.length < a.min) {
		// cobra.MinimumNArgs wording, as Compose's commands declare it.
		io.err(`requires at least ${a.min} arg(s), only received ${pf.args.length}\n`);
		return 1;
	}
	if (a?.max === 0 && pf.args.length > 0) {
		io.err(`unknown command "${pf.args[0]}" for "${path}"\n`);
		return 1;
	}
	return sub.run(ctx, pf, gp);
}
