// docker run and docker create: find or pull the image, create the container (name, ports,
// volumes, networks), then start it detached, attached (output then ^C for servers), or
// interactive (the reader's next lines go to the container's shell).
import { memoryUse } from '../container/processes.ts';
import { effectiveArgv, envOf, fsOf, kindOf, ociNotFound, startProcess, stopProcess } from '../container/runtime.ts';
import { findImageByRef, imagePlatform, normalizePlatform } from '../engine/images.ts';
import { containerName } from '../engine/rng.ts';
import { allocIp } from '../engine/world.ts';
import { familiarString, parseReference } from '../engine/reference.ts';
import type { Attached, Container, Endpoint, Image, Mount, PortBinding } from '../engine/types.ts';
import type { FlagSpec, Parsed } from '../shell/flags.ts';
import { flagError, list, runError, str } from './common.ts';
import { pullImage } from './pull.ts';
import type { CommandDef, Ctx } from './types.ts';

export const RUN_FLAGS: FlagSpec[] = [
	{ long: 'add-host', type: 'list', usage: 'Add a custom host-to-IP mapping (host:ip)' },
	{ long: 'attach', short: 'a', type: 'list', usage: 'Attach to STDIN, STDOUT or STDERR' },
	{ long: 'cpus', type: 'string', varName: 'decimal', usage: 'Number of CPUs' },
	{ long: 'detach', short: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
	{ long: 'entrypoint', type: 'string', usage: 'Overwrite the default ENTRYPOINT of the image' },
	{ long: 'env', short: 'e', type: 'list', usage: 'Set environment variables' },
	{ long: 'env-file', type: 'list', usage: 'Read in a file of environment variables' },
	{ long: 'expose', type: 'list', usage: 'Expose a port or a range of ports' },
	{ long: 'hostname', short: 'h', type: 'string', usage: 'Container host name' },
	{ long: 'init', type: 'bool', usage: 'Run an init inside the container that forwards signals and reaps processes' },
	{ long: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
	{ long: 'ipc', type: 'string', usage: 'IPC mode to use' },
	{ long: 'label', short: 'l', type: 'list', usage: 'Set meta data on a container' },
	{ long: 'memory', short: 'm', type: 'string', varName: 'bytes', usage: 'Memory limit' },
	{ long: 'mount', type: 'list', varName: 'mount', usage: 'Attach a filesystem mount to the container' },
	{ long: 'name', type: 'string', usage: 'Assign a name to the container' },
	{ long: 'network', type: 'string', varName: 'network', usage: 'Connect a container to a network' },
	{ long: 'pid', type: 'string', usage: 'PID namespace to use' },
	{ long: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
	{ long: 'privileged', type: 'bool', usage: 'Give extended privileges to this container' },
	{ long: 'publish', short: 'p', type: 'list', usage: "Publish a container's port(s) to the host" },
	{ long: 'publish-all', short: 'P', type: 'bool', usage: 'Publish all exposed ports to random ports' },
	{ long: 'pull', type: 'string', usage: 'Pull image before running ("always", "missing", "never")', defValue: 'missing' },
	{ long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the pull output' },
	{ long: 'read-only', type: 'bool', usage: "Mount the container's root filesystem as read only" },
	{ long: 'restart', type: 'string', usage: 'Restart policy to apply when a container exits', defValue: 'no' },
	{ long: 'rm', type: 'bool', usage: 'Automatically remove the container and its associated anonymous volumes when it exits' },
	{ long: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
	{ long: 'user', short: 'u', type: 'string', usage: 'Username or UID (format: <name|uid>[:<group|gid>])' },
	{ long: 'uts', type: 'string', usage: 'UTS namespace to use' },
	{ long: 'volume', short: 'v', type: 'list', usage: 'Bind mount a volume' },
	{ long: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
];

/** go-units RAMInBytes: binary multiples, `512m` = 512 MiB. */
function ramInBytes(text: string): number {
	const m = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?/.exec(text)!;
	const unit = 'bkmgtp'.indexOf((m[2] ?? 'b').toLowerCase());
	return Math.floor(parseFloat(m[1]!) * 1024 ** unit);
}

const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

function parsePorts(specs: string[]): { ok: true; ports: Array<{ ip: string; host: number | null; container: number; proto: string }> } | { ok: false; error: string } {
	const out: Array<{ ip: string; host: number | null; container: number; proto: string }> = [];
	for (const spec of specs) {
		let rest = spec;
		let proto = 'tcp';
		const slash = rest.lastIndexOf('/');
		if (slash >= 0) {
			proto = rest.slice(slash + 1);
			rest = rest.slice(0, slash);
			if (!['tcp', 'udp', 'sctp'].includes(proto)) return { ok: false, error: `invalid proto: ${proto}` };
		}
		const parts = rest.split(':');
		let ip = '';
		let hostPart = '';
		let contPart = '';
		if (parts.length === 1) contPart = parts[0]!;
		else if (parts.length === 2) [hostPart, contPart] = parts as [string, string];
		else if (parts.length === 3) [ip, hostPart, contPart] = parts as [string, string, string];
		else return { ok: false, error: `invalid port format: ${spec}` };
		if (!/^\d+$/.test(contPart) || Number(contPart) < 1 || Number(contPart) > 65535) return { ok: false, error: `invalid containerPort: ${contPart}` };
		if (hostPart !== '' && (!/^\d+$/.test(hostPart) || Number(hostPart) > 65535)) return { ok: false, error: `invalid hostPort: ${hostPart}` };
		if (ip !== '' && !/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return { ok: false, error: `invalid IP address: ${ip}` };
		out.push({ ip, host: hostPart === '' ? null : Number(hostPart), container: Number(contPart), proto });
	}
	return { ok: true, ports: out };
}

/** A host path as the daemon sees it: `~` and `.`-relative paths resolved, `..` and `.` folded. */
function hostPath(ctx: Ctx, src: string): string {
	let rel = src.startsWith('~') ? src.replace(/^~/, ctx.facts.hostHome) : src;
	if (!rel.startsWith('/')) rel = `${hostCwd(ctx)}/${rel}`;
	return '/' + rel.split('/').filter((s) => s && s !== '.').reduce<string[]>((a, s) => (s === '..' ? a.slice(0, -1) : [...a, s]), []).join('/');
}

const volumeNameError = (name: string) =>
	`Error response from daemon: create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`;

/** strconv.ParseBool. */
const parseBool = (v: string) => (/^(1|t|T|TRUE|true|True)$/.test(v) ? true : /^(0|f|F|FALSE|false|False)$/.test(v) ? false : null);

/** Host directories that exist outside the project on every simulated host (for bind sources). */
const HOST_DIRS = ['/', '/tmp', '/etc', '/var', '/usr', '/opt', '/home', '/mnt', '/srv', '/var/run/docker.sock', '/var/log'];

/**
 * `--mount` values: the CLI's opts.MountOpt.Set (a pflag value error), then the daemon's mount
 * validation (volume/mounts/linux_parser.go), worded as each words it.
 */
function parseMounts(ctx: Ctx, specs: string[]): { ok: true; mounts: Mount[] } | { ok: false; flag: boolean; error: string } {
	const mounts: Mount[] = [];
	for (const spec of specs) {
		const flagErr = (e: string) => ({ ok: false as const, flag: true, error: `invalid argument "${spec}" for "--mount" flag: ${e}` });
		let type = 'volume';
		let source = '';
		let target = '';
		let readOnly = false;
		const opts = { volume: false, bind: false, tmpfs: false };
		for (const field of spec.split(',').map((f) => f.replace(/^"(.*)"$/, '$1'))) {
			const eq = field.indexOf('=');
			const key = eq < 0 ? field : field.slice(0, eq);
			const val = eq < 0 ? '' : field.slice(eq + 1);
			if (eq < 0) {
				if (key === 'readonly' || key === 'ro') readOnly = true;
				else if (key === 'volume-nocopy') opts.volume = true;
				else if (key === 'bind-nonrecursive') opts.bind = true;
				else return flagErr(`invalid field '${field}' must be a key=value pair`);
				continue;
			}
			if (key === 'type') type = val.toLowerCase();
			else if (key === 'source' || key === 'src') source = val;
			else if (key === 'target' || key === 'dst' || key === 'destination') target = val;
			else if (key === 'readonly' || key === 'ro' || key === 'volume-nocopy' || key === 'bind-nonrecursive') {
				const b = parseBool(val);
				if (b === null) return flagErr(`invalid value for ${key}: ${val}`);
				if (key === 'volume-nocopy') opts.volume = true;
				else if (key === 'bind-nonrecursive') opts.bind = true;
				else readOnly = b;
			} else if (key === 'consistency') continue;
			else if (key === 'bind-propagation') opts.bind = true;
			else if (key === 'volume-label' || key === 'volume-driver' || key === 'volume-opt') opts.volume = true;
			else if (key === 'tmpfs-size' || key === 'tmpfs-mode') opts.tmpfs = true;
			else return flagErr(`unexpected key '${key}' in '${field}'`);
		}
		if (type === '') return flagErr('type is required');
		if (target === '') return flagErr('target is required');
		for (const kind of ['volume', 'bind', 'tmpfs'] as const) if (opts[kind] && type !== kind) return flagErr(`cannot mix '${kind}-*' options with mount type '${type}'`);
		const daemon = (e: string) => ({ ok: false as const, flag: false, error: `Error response from daemon: invalid mount config for type "${type}": ${e}` });
		if (type !== 'volume' && type !== 'bind' && type !== 'tmpfs') return daemon('mount type unknown');
		if (type === 'tmpfs' && source !== '') return daemon('field Source must not be specified');
		if (type === 'bind' && source === '') return daemon('field Source must not be empty');
		if (!target.startsWith('/')) return daemon(`invalid mount path: '${target}' mount path must be absolute`);
		const ro = readOnly ? { readOnly: true } : {};
		if (type === 'tmpfs') mounts.push({ type: 'tmpfs', source: '', destination: target, viaMount: true, ...ro });
		else if (type === 'bind') {
			// The CLI makes `.` and `./…` absolute; the daemon refuses any other relative source.
			if (!source.startsWith('/') && source !== '.' && !source.startsWith('./')) return daemon(`invalid mount path: '${source}' mount path must be absolute`);
			const home = ctx.facts.hostHome;
			const norm = hostPath(ctx, source);
			const project = hostCwd(ctx);
			const key = norm === project ? '' : norm.startsWith(project + '/') ? norm.slice(project.length + 1) : null;
			const exists = key === null
				? HOST_DIRS.includes(norm) || norm === home
				: key === '' || ctx.host.files[key] !== undefined || Object.keys(ctx.host.files).some((k) => k.startsWith(key + '/'));
			if (!exists) return daemon(`bind source path does not exist: ${norm}`);
			mounts.push({ type: 'bind', source: norm, destination: target, viaMount: true, ...ro });
		} else if (source === '') mounts.push({ type: 'volume', source: ctx.world.hex(64), destination: target, viaMount: true, ...ro });
		else {
			if (!NAME_RE.test(source)) return { ok: false, flag: false, error: volumeNameError(source) };
			mounts.push({ type: 'volume', source, destination: target, viaMount: true, ...ro });
		}
	}
	return { ok: true, mounts };
}

/** Host-side project directory the shell starts in. */
export function hostCwd(ctx: Ctx): string {
	return `${ctx.facts.hostHome}/project`;
}

function parseVolumes(ctx: Ctx, specs: string[]): { ok: true; mounts: Mount[] } | { ok: false; error: string } {
	const mounts: Mount[] = [];
	for (const spec of specs) {
		const parts = spec.split(':');
		let src = '';
		let dst = '';
		if (parts.length === 1) dst = parts[0]!;
		else {
			src = parts[0]!;
			dst = parts[1]!;
			if (parts.length > 3 || (parts[2] !== undefined && !/^(ro|rw|z|Z)(,(ro|rw|z|Z))*$/.test(parts[2]))) return { ok: false, error: `Error response from daemon: invalid volume specification: '${spec}'` };
		}
		const ro = (parts[2] ?? '').split(',').includes('ro') ? { readOnly: true } : {};
		if (!dst.startsWith('/') && !/^[A-Za-z]:\\/.test(dst)) return { ok: false, error: `Error response from daemon: invalid volume specification: '${spec}': invalid mount config for type "${src.startsWith('/') || src.startsWith('.') ? 'bind' : 'volume'}": invalid mount path: '${dst}' mount path must be absolute` };
		if (src === '') {
			mounts.push({ type: 'volume', source: ctx.world.hex(64), destination: dst, ...ro });
		} else if (src.startsWith('/') || src.startsWith('.') || src.startsWith('~')) {
			mounts.push({ type: 'bind', source: hostPath(ctx, src), destination: dst, ...ro });
		} else {
			if (!NAME_RE.test(src)) return { ok: false, error: volumeNameError(src) };
			mounts.push({ type: 'volume', source: src, destination: dst, ...ro });
		}
	}
	return { ok: true, mounts };
}

export interface CreateResult {
	ok: boolean;
	code: number;
	container?: Container;
}

/** Everything `docker create` does; run adds the start. */
export function createContainer(ctx: Ctx, p: Parsed, mode: 'run' | 'create'): CreateResult {
	// opts.MemBytes.Set (units.RAMInBytes): a pflag value error, before anything else runs.
	const memory = str(p.flags.memory);
	if (memory && !/^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.test(memory)) return { ok: false, code: flagError(ctx, `invalid argument "${memory}" for "-m, --memory" flag: invalid size: '${memory}'`) };
	// opts.NanoCPUs.Set: a rational number of CPUs, in whole billionths.
	const cpus = str(p.flags.cpus);
	const nanoCpus = cpus ? Math.round(Number(cpus) * 1e9) : 0;
	if (cpus && (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(cpus) || !Number.isFinite(nanoCpus))) return { ok: false, code: flagError(ctx, `invalid argument "${cpus}" for "--cpus" flag: failed to parse ${cpus} as a rational number`) };
	if (cpus && Math.abs(Number(cpus) * 1e9 - nanoCpus) > 1e-6) return { ok: false, code: flagError(ctx, `invalid argument "${cpus}" for "--cpus" flag: value is too precise`) };
	// cli parse: only the host's namespace (or the default) is valid for these modes here.
	for (const [flag, what, ok] of [['pid', 'PID', ['', 'host']], ['ipc', 'IPC', ['', 'host', 'private', 'shareable', 'none']], ['uts', 'UTS', ['', 'host']]] as const) {
		if (!(ok as readonly string[]).includes(str(p.flags[flag]))) return { ok: false, code: runError(ctx, `--${flag}: invalid ${what} mode`) };
	}
	const memoryBytes = memory ? ramInBytes(memory) : 0;
	// The daemon's verifyPlatformContainerResources, before the image is looked up.
	if (memory && memoryBytes < 6 * 1024 * 1024) return { ok: false, code: runError(ctx, 'Error response from daemon: Minimum memory limit allowed is 6MB') };
	if (nanoCpus < 0 || nanoCpus > ctx.facts.ncpu * 1e9) return { ok: false, code: runError(ctx, `Error response from daemon: range of CPUs is from 0.01 to ${ctx.facts.ncpu}.00, as there are only ${ctx.facts.ncpu} CPUs available`) };
	const imageArg = p.args[0]!;
	const parsed = parseReference(imageArg);
	if (!parsed.ok) return { ok: false, code: runError(ctx, parsed.error) };
	const ref = parsed.ref;
	const name = str(p.flags.name);
	if (name && !NAME_RE.test(name.replace(/^\//, ''))) return { ok: false, code: runError(ctx, `Error response from daemon: Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`) };
	const ports = parsePorts(list(p.flags.publish));
	if (!ports.ok) return { ok: false, code: runError(ctx, ports.error) };
	const vols = parseVolumes(ctx, list(p.flags.volume));
	if (!vols.ok) return { ok: false, code: runError(ctx, vols.error) };
	const mountFlag = parseMounts(ctx, list(p.flags.mount));
	if (!mountFlag.ok) return { ok: false, code: mountFlag.flag ? flagError(ctx, mountFlag.error) : runError(ctx, mountFlag.error) };
	vols.mounts.push(...mountFlag.mounts);
	const platformFlag = str(p.flags.platform);
	if (platformFlag && !normalizePlatform(platformFlag)) return { ok: false, code: runError(ctx, `"${platformFlag}": unknown operating system or architecture: invalid argument`) };
	const netName = str(p.flags.network) || (ctx.facts.os === 'windows' ? 'nat' : 'bridge');
	const net = Object.values(ctx.host.networks).find((n) => n.name === netName || n.id.startsWith(netName));
	const pullPolicy = str(p.flags.pull) || 'missing';
	if (!['always', 'missing', 'never'].includes(pullPolicy)) return { ok: false, code: runError(ctx, `invalid pull option: '${pullPolicy}': must be one of "always", "missing" or "never"`) };

	// cli opts.ParseRestartPolicy, then the daemon's ValidateRestartPolicy (before the image lookup).
	const restart = str(p.flags.restart);
	if (restart) {
		const colon = restart.indexOf(':');
		const policy = colon < 0 ? restart : restart.slice(0, colon);
		const count = colon < 0 ? '' : restart.slice(colon + 1);
		if (colon === 0) return { ok: false, code: runError(ctx, 'invalid restart policy format: no policy provided before colon') };
		if (count !== '' && !/^[+-]?\d+$/.test(count)) return { ok: false, code: runError(ctx, 'invalid restart policy format: maximum retry count must be an integer') };
		const n = count === '' ? 0 : Number(count);
		if (['always', 'unless-stopped', 'no'].includes(policy) && n !== 0) return { ok: false, code: runError(ctx, `Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'${n < 0 ? ' and cannot be negative' : ''}`) };
		if (policy === 'on-failure' && n < 0) return { ok: false, code: runError(ctx, 'Error response from daemon: invalid restart policy: maximum retry count cannot be negative') };
		if (!['always', 'unless-stopped', 'no', 'on-failure', ''].includes(policy)) return { ok: false, code: runError(ctx, `Error response from daemon: invalid restart policy: unknown policy '${policy}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`) };
	}
	let img: Image | undefined = findImageByRef(ctx.host, ref);
	const want = platformFlag ? normalizePlatform(platformFlag) : null;
	if (img && want && (img.os !== want.os || img.arch !== want.arch)) img = undefined;
	if (!img || pullPolicy === 'always') {
		if (pullPolicy === 'never' && !img) return { ok: false, code: runError(ctx, `Error response from daemon: No such image: ${familiarString(ref)}`) };
		if (!img) ctx.io.err(`Unable to find image '${familiarString(ref)}' locally\n`);
		const quiet = p.flags.quiet === true;
		const res = pullImage(ctx, ref, { platform: platformFlag, quiet, write: (t) => ctx.io.err(t) });
		if (!res.ok) return { ok: false, code: runError(ctx, res.inStream ? res.message : `Error response from daemon: ${res.message}`) };
		img = res.image;
	}
	if (!net) return { ok: false, code: runError(ctx, `Error response from daemon: network ${netName} not found`) };
	if (name && Object.values(ctx.host.containers).some((c) => c.name === name)) {
		const other = Object.values(ctx.host.containers).find((c) => c.name === name)!;
		return { ok: false, code: runError(ctx, `Error response from daemon: Conflict. The container name "/${name}" is already in use by container "${other.id}". You have to remove (or rename) that container to be able to reuse that name.`) };
	}
	if (img.os !== ctx.facts.os) {
		return { ok: false, code: runError(ctx, `Error response from daemon: image operating system "${img.os}" cannot be used on this platform: operating system is not supported`) };
	}
	const emulated = img.arch !== ctx.facts.arch;
	if (emulated && !platformFlag) ctx.io.err(`WARNING: The requested image's platform (${imagePlatform(img)}) does not match the detected host platform (${ctx.facts.detectedPlatform}) and no specific platform was requested\n`);

	const world = ctx.world;
	const id = world.id();
	const cmdOverride = p.args.slice(1);
	const entrypointFlag = p.flags.entrypoint;
	const entrypoint = typeof entrypointFlag === 'string' ? (entrypointFlag === '' ? [] : [entrypointFlag]) : (img.config.entrypoint ?? []);
	const cmd = cmdOverride.length ? cmdOverride : typeof entrypointFlag === 'string' ? [] : (img.config.cmd ?? []);
	const argv = [...entrypoint, ...cmd];
	if (argv.length === 0) {
		runError(ctx, 'Error response from daemon: no command specified');
		return { ok: false, code: 125 };
	}
	const env = [...img.config.env];
	for (const e of list(p.flags.env)) {
		const key = e.split('=')[0]!;
		if (!e.includes('=')) continue;
		const i = env.findIndex((x) => x.startsWith(key + '='));
		if (i >= 0) env[i] = e;
		else env.push(e);
	}
	const exposed = [...img.config.exposed];
	for (const e of list(p.flags.expose)) if (!exposed.includes(`${e.replace(/\/.*/, '')}/tcp`)) exposed.push(`${e.replace(/\/.*/, '')}/tcp`);
	for (const pt of ports.ok ? ports.ports : []) if (!exposed.includes(`${pt.container}/${pt.proto}`)) exposed.push(`${pt.container}/${pt.proto}`);

	const mounts = vols.mounts;
	for (const v of img.config.volumes) if (!mounts.some((m) => m.destination === v)) mounts.push({ type: 'volume', source: world.hex(64), destination: v });
	for (const m of mounts) {
		if (m.type === 'volume' && !ctx.host.volumes[m.source]) ctx.host.volumes[m.source] = { name: m.source, created: world.now(), anonymous: /^[0-9a-f]{64}$/.test(m.source), files: {}, dirs: [] };
	}

	const cname = name || containerName(world.state.rng, (n) => Object.values(ctx.host.containers).some((c) => c.name === n));
	const c: Container = {
		id, name: cname, image: imageArg, imageId: img.id, created: world.now(), started: 0, finished: 0, status: 'created', exitCode: 0,
		path: argv[0]!, args: argv.slice(1), env, workdir: str(p.flags.workdir) || img.config.workdir, user: str(p.flags.user) || img.config.user,
		hostname: str(p.flags.hostname) || id.slice(0, 12), ports: [], exposed, mounts, endpoints: [], files: {}, dirs: [], logs: [],
		autoRemove: p.flags.rm === true, tty: p.flags.tty === true, interactive: p.flags.interactive === true, program: '', restartCount: 0, paused: false,
		platform: imagePlatform(img), startError: '', emulated,
	};
	// Only what was asked for is recorded, so containers without limits keep their old shape.
	if (memoryBytes) c.memory = memoryBytes;
	if (nanoCpus) c.nanoCpus = nanoCpus;
	if (str(p.flags.pid) === 'host') c.pidMode = 'host';
	if (str(p.flags.ipc) === 'host') c.ipcMode = 'host';
	if (str(p.flags.uts) === 'host') c.utsMode = 'host';
	const ep: Endpoint = { network: net.name, ip: net.driver === 'bridge' || net.driver === 'nat' ? allocIp(net) : '', mac: '', endpointId: world.hex(64), aliases: [] };
	ep.mac = `${['02', '42'].join(':')}:${world.hex(8).match(/../g)!.join(':')}`;
	if (net.driver !== 'null') c.endpoints.push(ep);
	c.networkMode = net.builtin ? (net.driver === 'null' ? 'none' : net.name) : net.name;
	if (c.hostname !== id.slice(0, 12) || true) c.files['/etc/hostname'] = c.hostname + '\n';
	ctx.host.containers[id] = c;
	// Published ports are bound at start; remember what was asked for.
	const wanted: PortBinding[] = [];
	if (net.driver === 'host' && (ports.ok && ports.ports.length)) ctx.io.err('WARNING: Published ports are discarded when using host network mode\n');
	else {
		for (const pt of ports.ok ? ports.ports : []) {
			const hostPort = pt.host ?? ctx.host.nextHostPort++;
			if (pt.ip) wanted.push({ hostIp: pt.ip, hostPort, containerPort: pt.container, proto: pt.proto });
			else wanted.push({ hostIp: '0.0.0.0', hostPort, containerPort: pt.container, proto: pt.proto }, { hostIp: '::', hostPort, containerPort: pt.container, proto: pt.proto });
		}
		if (p.flags['publish-all'] === true) {
			for (const e of exposed) {
				const [port, proto] = e.split('/') as [string, string];
				if (wanted.some((w) => w.containerPort === Number(port))) continue;
				const hostPort = ctx.host.nextHostPort++;
				wanted.push({ hostIp: '0.0.0.0', hostPort, containerPort: Number(port), proto }, { hostIp: '::', hostPort, containerPort: Number(port), proto });
			}
		}
	}
	c.ports = wanted;
	if (mode === 'create') ctx.io.out(`${id}\n`);
	return { ok: true, code: 0, container: c };
}

/** Bind ports and start the process; returns an error message (daemon wording) or ''. */
export function startContainer(ctx: Ctx, c: Container, io: Ctx['io'] | null): { error: string; code: number } {
	for (const b of c.ports) {
		const clash = Object.values(ctx.host.containers).find((o) => o.id !== c.id && o.status === 'running' && o.ports.some((x) => x.hostPort === b.hostPort && x.proto === b.proto));
		if (clash) {
			return { error: `failed to set up container networking: driver failed programming external connectivity on endpoint ${c.name} (${c.endpoints[0]?.endpointId ?? ctx.world.hex(64)}): Bind for ${b.hostIp === '::' ? '[::]' : b.hostIp}:${b.hostPort} failed: port is already allocated`, code: 125 };
		}
	}
	const res = startProcess(ctx.world, ctx.host, c, io);
	delete c.oomKilled;
	// A program that needs more memory than its cgroup allows is killed by the kernel's OOM
	// killer as soon as it has started: SIGKILL, exit 137, and State.OOMKilled in inspect.
	if (!res.error && c.status === 'running' && c.memory !== undefined && memoryUse(ctx.host, c, kindOf(effectiveArgv(c), fsOf(ctx.host, c), c.workdir)) > c.memory) {
		stopProcess(ctx.world, ctx.host, c, 'kill');
		c.oomKilled = true;
	}
	if (res.error) {
		c.status = 'created';
		c.exitCode = res.exitCode;
		c.startError = res.error;
		return { error: res.error, code: res.exitCode };
	}
	c.startError = '';
	return { error: '', code: 0 };
}

export function removeContainer(ctx: Ctx, c: Container, volumes: boolean): void {
	delete ctx.host.containers[c.id];
	for (const m of c.mounts) {
		const v = ctx.host.volumes[m.source];
		if (m.type === 'volume' && v && (v.anonymous && (volumes || c.autoRemove))) {
			const inUse = Object.values(ctx.host.containers).some((o) => o.mounts.some((x) => x.source === m.source));
			if (!inUse) delete ctx.host.volumes[m.source];
		}
	}
	if (ctx.host.attached?.containerId === c.id) ctx.host.attached = null;
}

export function attachKind(c: Container): Attached['shell'] | null {
	const argv = [c.path, ...c.args];
	const main = argv[0]!.endsWith('docker-entrypoint.sh') && argv.length > 1 ? argv[1]! : argv[0]!;
	const name = main.split(/[\\/]/).pop()!.toLowerCase();
	if (name === 'bash') return 'bash';
	if (name === 'sh' || name === 'ash') return 'sh';
	if (name === 'python3' || name === 'python') return 'python';
	if (name === 'node') return 'node';
	if (name === 'cmd' || name === 'cmd.exe') return 'cmd';
	return null;
}

export function attach(ctx: Ctx, c: Container, exec: boolean, shell: Attached['shell'], io: Ctx['io']): void {
	ctx.host.attached = { containerId: c.id, shell, cwd: c.workdir || (shell === 'cmd' ? 'C:\\' : '/'), exec, detachOnExit: !exec, env: envOf(c), lastStatus: 0 };
	if (shell === 'python') io.out(`Python 3.14.0 (main, Nov  4 2025, 23:41:12) [GCC 14.2.0] on linux\nType "help", "copyright", "credits" or "license" for more information.\n`);
	else if (shell === 'node') io.out('Welcome to Node.js v24.11.1.\nType ".help" for more information.\n');
	else if (shell === 'cmd') io.out(`Microsoft Windows [Version ${c.platform.includes('26100') || ctx.host.images[c.imageId]?.osVersion.startsWith('10.0.26100') ? '10.0.26100.6899' : '10.0.20348.4294'}]\n(c) Microsoft Corporation. All rights reserved.\n\n`);
}

export const run: CommandDef = {
	name: 'run',
	group: 'container',
	top: 'run',
	use: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
	short: 'Create and run a new container from an image',
	args: { min: 1 },
	noInterspersed: true,
	flags: RUN_FLAGS,
	run(ctx: Ctx, p: Parsed): number {
		const interactive = p.flags.interactive === true;
		const tty = p.flags.tty === true;
		const detach = p.flags.detach === true;
		if (tty && !ctx.io.tty && !detach) {
			ctx.io.err('the input device is not a TTY\n');
			return 1;
		}
		const created = createContainer(ctx, p, 'run');
		if (!created.ok || !created.container) return created.code;
		const c = created.container;
		if (detach) {
			const started = startContainer(ctx, c, null);
			ctx.io.out(`${c.id}\n`);
			if (started.error) {
				ctx.io.out('');
				// The daemon removes an --rm container whose start failed (daemon/start.go).
				if (c.autoRemove) removeContainer(ctx, c, true);
				return runError(ctx, `Error response from daemon: ${started.error}`, started.code);
			}
			if (c.status === 'exited' && c.autoRemove) removeContainer(ctx, c, true);
			return 0;
		}
		const io = ctx.io;
		const kind = interactive && tty ? attachKind(c) : null;
		const started = startContainer(ctx, c, kind ? null : io);
		if (started.error) {
			const code = started.error.includes('executable file not found') || started.error.includes('no such file or directory') ? 127 : started.code;
			if (c.autoRemove) removeContainer(ctx, c, true);
			return runError(ctx, `Error response from daemon: ${started.error}`, code);
		}
		if (c.status === 'running' && kind && !(c.emulated && !ctx.facts.emulation)) {
			attach(ctx, c, false, kind, io);
			return 0;
		}
		if (c.status === 'running') {
			// A long-running process in the foreground: the reader presses Ctrl-C.
			io.out('^C');
			const before = c.logs.length;
			ctx.world.advance(1000);
			stopProcess(ctx.world, ctx.host, c, 'interrupt');
			for (const l of c.logs.slice(before)) (l.stream === 'stderr' && !c.tty ? io.err : io.out)(l.text);
			if (c.logs.length === before) io.out('\n');
		}
		const code = c.exitCode;
		if (c.autoRemove) removeContainer(ctx, c, true);
		return code;
	},
};

export const create: CommandDef = {
	name: 'create',
	group: 'container',
	top: 'create',
	use: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
	short: 'Create a new container',
	args: { min: 1 },
	noInterspersed: true,
	flags: RUN_FLAGS.filter((f) => f.long !== 'detach' && f.long !== 'rm' || f.long === 'rm'),
	run(ctx: Ctx, p: Parsed): number {
		const r = createContainer(ctx, p, 'create');
		return r.code;
	},
};

export { ociNotFound };
