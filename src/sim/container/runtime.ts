// Containers as processes: which program an argv starts, what it logs, how it stops, the
// names it can reach on its networks, and the little shells a reader can attach to.
import { platformFacts, type PlatformFacts } from '../engine/platform.ts';
import type { Container, FsFamily, HostState, Image, LogLine } from '../engine/types.ts';
import type { World } from '../engine/world.ts';
import { httpDate } from '../render/format.ts';
import { ShellExecutor, type Io } from '../shell/exec.ts';
import { serverStart, SERVERS, helloText, helloWindowsText, httpdStart, mysqlNoPassword, mysqlStart, nginxAccess, nginxStart, nginxStop, postgresStart, POSTGRES_NO_PASSWORD, redisStart, redisStop } from './behaviour.ts';
import { ContainerFs, normPath, type MountView } from './fs.ts';
import { lookupUser } from './users.ts';
import { hasProgram, runProgram, scriptPrints, type HttpResult, type ProgramCtx, type Proc } from './programs.ts';
import { rootFs } from './rootfs.ts';

export type ProgramKind = 'hello' | 'nginx' | 'httpd' | 'redis' | 'postgres' | 'mysql' | 'server' | 'script' | 'shell' | 'repl' | 'cmd' | 'app' | 'idle' | 'oneshot';

const ENTRYPOINT_SCRIPTS = ['/docker-entrypoint.sh', 'docker-entrypoint.sh', '/usr/local/bin/docker-entrypoint.sh', '/entrypoint.sh', 'entrypoint.sh', '/__cacert_entrypoint.sh', 'docker-php-entrypoint', 'dockerd-entrypoint.sh', '/startup/docker-entrypoint.sh', '/usr/local/bin/mvn-entrypoint.sh'];
const INITS = ['tini', '/bin/tini', '/sbin/tini', '/usr/bin/tini'];

/** A saved redis snapshot: the file's magic, then the keys (as JSON in the simulator). */
const RDB_MAGIC = 'REDIS0012';

export function mainArgv(c: Container): string[] {
	return [c.path, ...c.args];
}

/** The program an argv really runs (entrypoint scripts exec "$@"). */
export function effectiveArgv(c: Container): string[] {
	let argv = mainArgv(c);
	for (let i = 0; i < 3; i++) {
		if (INITS.includes(argv[0]!)) {
			const dash = argv.indexOf('--');
			argv = dash > 0 ? argv.slice(dash + 1) : argv.slice(1).filter((a) => !/^-[gsvw]$/.test(a));
		} else if (ENTRYPOINT_SCRIPTS.includes(argv[0]!)) {
			if (argv.length > 1) argv = argv.slice(1);
			else if (argv[0] === 'dockerd-entrypoint.sh') argv = ['dockerd'];
			else break;
		} else break;
	}
	// The registry's entrypoint runs `registry serve CONFIG` for a config file argument.
	if (argv.length >= 1 && /\.ya?ml$/.test(argv[0]!)) argv = ['registry', 'serve', ...argv];
	return argv;
}

export function kindOf(argv: string[], fs: ContainerFs | null, cwd = '/'): ProgramKind {
	const name = (argv[0] ?? '').split(/[\\/]/).pop()!.toLowerCase();
	const rest = argv.slice(1);
	if (name === 'hello' || name === 'hello.exe') return 'hello';
	const versionFlag = rest.some((a) => ['-v', '-V', '-t', '-T', '--version', '-h', '--help'].includes(a));
	if (name === 'nginx') return versionFlag ? 'oneshot' : 'nginx';
	if (name === 'redis-server' && versionFlag) return 'oneshot';
	if (name === 'httpd-foreground' || name === 'httpd') return 'httpd';
	if (name === 'redis-server') return 'redis';
	if (name === 'postgres') return 'postgres';
	if (name === 'mysqld') return 'mysql';
	if (SERVERS.includes(name) && !rest.some((a) => a === '--version' || a === '-v' || a === '-V' || a === '-h' || a === '--help')) return 'server';
	if (name === 'cmd' || name === 'cmd.exe') return rest.some((a) => a.toLowerCase() === '/c') ? 'oneshot' : 'cmd';
	// `sh -c …` and `sh FILE …` run and end; a bare `sh` waits for its input.
	if (name === 'bash' || name === 'sh' || name === 'ash') return loopScript(argv) !== null ? 'script' : rest.includes('-c') || (rest[0] !== undefined && !rest[0].startsWith('-')) ? 'oneshot' : 'shell';
	if (name === 'python3' || name === 'python' || name === 'node') {
		const file = rest.find((a) => !a.startsWith('-'));
		if (rest.length === 0) return 'repl';
		if (file && !rest.includes('-c') && !rest.includes('-e') && fs) {
			const src = fs.read(normPath(file, cwd || '/')) ?? '';
			if (/\.listen\(|app\.run\(|http\.server|serve_forever|uvicorn/.test(src)) return 'app';
		}
		return 'oneshot';
	}
	if (name === 'sleep' || (name === 'tail' && rest.includes('-f')) || name === 'top') return 'idle';
	if (name === 'npm' && (rest[0] === 'start' || rest[0] === 'run')) return 'app';
	return 'oneshot';
}

/** The script of `sh -c "while …; do …; done"`: a shell as PID 1 that keeps running over time. */
export function loopScript(argv: string[]): string | null {
	const name = (argv[0] ?? '').split('/').pop()!;
	if (!['sh', 'bash', 'ash'].includes(name) || argv[1] !== '-c') return null;
	const script = argv[2] ?? '';
	return /\b(while|until|for)\b[\s\S]*\bdo\b|\bsleep\s+\d/.test(script) ? script : null;
}

export function imageOf(host: HostState, c: Container): Image | undefined {
	return host.images[c.imageId];
}

export function mountsOf(host: HostState, c: Container): MountView[] {
	const views: MountView[] = [];
	for (const m of c.mounts) {
		const readOnly = m.readOnly === true;
		if (m.type === 'volume') {
			const v = host.volumes[m.source];
			if (v) views.push({ dest: m.destination, files: v.files, dirs: v.dirs, prefix: '', readOnly });
		} else if (m.type === 'tmpfs') {
			m.tmpfs ??= { files: {}, dirs: [] };
			views.push({ dest: m.destination, files: m.tmpfs.files, dirs: m.tmpfs.dirs, prefix: '', readOnly });
		} else {
			const cwd = `${platformFacts(host.platform).hostHome}/project`;
			const inside = m.source === cwd ? '' : m.source.startsWith(cwd + '/') ? m.source.slice(cwd.length + 1) + '/' : null;
			if (inside === null) views.push({ dest: m.destination, files: {}, dirs: [], prefix: '', readOnly });
			else views.push({ dest: m.destination, files: host.files, dirs: [], prefix: inside, readOnly });
		}
	}
	return views;
}

export function fsOf(host: HostState, c: Container): ContainerFs {
	const img = imageOf(host, c);
	return new ContainerFs({
		family: img?.family ?? 'scratch',
		image: { files: img?.files ?? {}, dirs: img?.dirs ?? [] },
		upper: { files: c.files, dirs: c.dirs },
		mounts: mountsOf(host, c),
	});
}

/**
 * The process environment in moby's order (container.CreateDaemonEnvironment): PATH, HOSTNAME,
 * TERM=xterm with a TTY, then the image's and the user's variables replacing or appended; runc
 * adds HOME last when none is set. Keys keep their first position, as ReplaceOrAppendEnvValues does.
 */
export function envOf(c: Container): Record<string, string> {
	const env: Record<string, string> = {};
	if (!c.platform.startsWith('windows')) {
		env.PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
		env.HOSTNAME = c.hostname;
		if (c.tty) env.TERM = 'xterm';
	}
	for (const e of c.env) {
		const eq = e.indexOf('=');
		if (eq > 0) env[e.slice(0, eq)] = e.slice(eq + 1);
	}
	env.HOSTNAME ??= c.hostname;
	if (!env.HOME) env.HOME = '/root';
	return env;
}

function userNetworks(c: Container): string[] {
	return c.endpoints.map((e) => e.network).filter((n) => n !== 'bridge' && n !== 'host' && n !== 'none' && n !== 'nat');
}

/** Resolve a name as Docker's embedded DNS does: only on user-defined networks. */
export function resolveFrom(host: HostState, from: Container | null, name: string): { ip: string; target: Container | null } | null {
	if (name === 'localhost' || name === '127.0.0.1') return { ip: '127.0.0.1', target: from };
	if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) {
		const target = Object.values(host.containers).find((c) => c.status === 'running' && c.endpoints.some((e) => e.ip === name)) ?? null;
		return { ip: name, target };
	}
	if (from && (name === from.hostname || name === from.name)) return { ip: from.endpoints[0]?.ip || '127.0.0.1', target: from };
	if (!from) return null;
	// --network host: the host's resolver, which knows no container names.
	if (from.networkMode === 'host' || from.networkMode === 'none') return null;
	const nets = userNetworks(from);
	for (const c of Object.values(host.containers)) {
		if (c.status !== 'running') continue;
		for (const ep of c.endpoints) {
			if (!nets.includes(ep.network)) continue;
			if (c.name === name || ep.aliases.includes(name) || c.id.startsWith(name) && name.length >= 12) return { ip: ep.ip, target: c };
		}
	}
	if (name === 'host.docker.internal' && platformFacts(host.platform).desktop) return { ip: '192.168.65.254', target: null };
	return null;
}

const NGINX_404 = '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.29.3</center>\r\n</body>\r\n</html>\r\n';

function appBody(src: string): string {
	const m = /(?:res\.(?:send|end)|return)\s*\(?\s*(['"`])((?:(?!\1).)*)\1/.exec(src);
	return m ? m[2]! : 'Hello World!';
}

/** Serve one HTTP request inside a container listening on `port`. */
export function serve(world: World, host: HostState, c: Container, port: number, path: string, method: string, fromIp: string, agent: string): HttpResult {
	const reset: HttpResult = { ok: false, code: 56, message: 'curl: (56) Recv failure: Connection reset by peer' };
	if (c.status !== 'running') return reset;
	const kind = kindOf(effectiveArgv(c), fsOf(host, c), c.workdir);
	const now = world.now();
	const fs = fsOf(host, c);
	const p = path.split('?')[0] || '/';
	if ((kind === 'nginx' || kind === 'httpd') && port === 80) {
		const root = kind === 'nginx' ? '/usr/share/nginx/html' : '/usr/local/apache2/htdocs';
		let file = normPath('.' + p, root);
		if (fs.isDir(file)) file = normPath('index.html', file);
		const body = fs.read(file);
		const status = body === null ? 404 : 200;
		const text = body ?? (kind === 'nginx' ? NGINX_404 : '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n');
		const ct = file.endsWith('.css') ? 'text/css' : file.endsWith('.js') ? 'application/javascript' : file.endsWith('.json') ? 'application/json' : file.endsWith('.txt') ? 'text/plain' : 'text/html';
		const headers: Array<[string, string]> = kind === 'nginx'
			? [['Server', 'nginx/1.29.3'], ['Date', httpDate(now)], ['Content-Type', status === 200 ? ct : 'text/html'], ['Content-Length', String(text.length)], ...(status === 200 ? ([['Last-Modified', 'Tue, 28 Oct 2025 12:05:10 GMT'], ['Connection', 'keep-alive'], ['ETag', `"6900b1a6-${text.length.toString(16)}"`], ['Accept-Ranges', 'bytes']] as Array<[string, string]>) : ([['Connection', 'keep-alive']] as Array<[string, string]>))]
			: [['Date', httpDate(now)], ['Server', 'Apache/2.4.65 (Unix)'], ['Last-Modified', 'Mon, 11 Jun 2007 18:53:14 GMT'], ['ETag', '"2d-432a5e4a73a80"'], ['Accept-Ranges', 'bytes'], ['Content-Length', String(text.length)], ['Content-Type', ct]];
		if (kind === 'nginx') c.logs.push(nginxAccess(now, fromIp, method, path, status, method === 'HEAD' ? 0 : text.length, agent));
		else c.logs.push({ stream: 'stdout', text: `${fromIp} - - [${nginxAccess(now, '', '', '', 0, 0, '').text.match(/\[(.*?)\]/)![1]}] "${method} ${path} HTTP/1.1" ${status} ${text.length}\n`, time: now });
		return { ok: true, status, reason: status === 200 ? 'OK' : 'Not Found', headers, body: method === 'HEAD' ? '' : text };
	}
	if (kind === 'app') {
		const argv = effectiveArgv(c);
		const file = argv.slice(1).find((a) => !a.startsWith('-')) ?? 'server.js';
		const src = fs.read(normPath(file, c.workdir || '/')) ?? '';
		if (isFlask(src)) return flaskServe(world, host, c, src, port, path, method, fromIp);
		const listen = /\.listen\(\s*(\d+)/.exec(src)?.[1] ?? /port\s*=\s*(\d+)/i.exec(src)?.[1] ?? (argv[0]!.includes('python') ? '5000' : '3000');
		if (Number(listen) !== port) return reset;
		const body = appBody(src);
		return { ok: true, status: 200, reason: 'OK', headers: [['X-Powered-By', 'Express'], ['Content-Type', 'text/html; charset=utf-8'], ['Content-Length', String(body.length)], ['Date', httpDate(now)], ['Connection', 'keep-alive'], ['Keep-Alive', 'timeout=5']], body };
	}
	return reset;
}

function isFlask(src: string): boolean {
	return /from flask import|import flask/.test(src);
}

/** app.run(port=N), else Flask's default 5000. */
function flaskPort(src: string): number {
	return Number(/\.run\([^)]*port\s*=\s*(\d+)/.exec(src)?.[1] ?? 5000);
}

/** Werkzeug's access log time: 12/Nov/2025 09:00:16. */
function werkzeugTime(ms: number): string {
	const d = new Date(ms);
	const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
	const p2 = (n: number) => String(n).padStart(2, '0');
	return `${p2(d.getUTCDate())}/${mon}/${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

const FLASK_500 = '<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n';

/**
 * A Flask app on Werkzeug's development server. A view that returns an f-string answers with
 * it; `redis.Redis(host=…)` plus `.incr('key')` counts in that redis container's keys, found by
 * name the way the container's own DNS would (so on the default bridge it fails with a 500).
 */
function flaskServe(world: World, host: HostState, c: Container, src: string, port: number, path: string, method: string, fromIp: string): HttpResult {
	if (port !== flaskPort(src)) return { ok: false, code: 56, message: 'curl: (56) Recv failure: Connection reset by peer' };
	const now = world.now();
	const py = (c.env.find((e) => e.startsWith('PYTHON_VERSION=')) ?? 'PYTHON_VERSION=3.13.9').slice(15);
	const log = (status: number) => c.logs.push({ stream: 'stderr', text: `${fromIp} - - [${werkzeugTime(now)}] "${method} ${path} HTTP/1.1" ${status} -\n`, time: now });
	const respond = (status: number, body: string): HttpResult => {
		log(status);
		return { ok: true, status, reason: status === 200 ? 'OK' : status === 404 ? 'NOT FOUND' : 'INTERNAL SERVER ERROR', headers: [['Server', `Werkzeug/3.1.3 Python/${py}`], ['Date', httpDate(now)], ['Content-Type', 'text/html; charset=utf-8'], ['Content-Length', String(body.length)], ['Connection', 'close']], body: method === 'HEAD' ? '' : body };
	};
	const routes = [...src.matchAll(/@app\.route\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
	const p = path.split('?')[0] || '/';
	if (!routes.includes(p)) return respond(404, '<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n');
	const ret = /return\s+f?(['"])((?:(?!\1).)*)\1/.exec(src);
	let body = (ret?.[2] ?? 'Hello World!').replace(/\\n/g, '\n');
	const redisHost = /redis\.Redis\(\s*host\s*=\s*['"]([^'"]+)['"]/.exec(src)?.[1];
	const key = /\.incr\(\s*['"]([^'"]+)['"]/.exec(src)?.[1];
	if (redisHost && key) {
		const r = resolveFrom(host, c, redisHost);
		const target = r?.target;
		if (!target || target.status !== 'running' || kindOf(effectiveArgv(target), null) !== 'redis') {
			// redis-py: ConnectionError, Flask logs the traceback and answers 500.
			c.logs.push({ stream: 'stderr', text: `[${new Date(now).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '').replace(/Z$/, '')},${String(now % 1000).padStart(3, '0')}] ERROR in app: Exception on ${p} [${method}]\nredis.exceptions.ConnectionError: Error ${r ? '111 connecting to ' + redisHost + ':6379. Connection refused' : '-2 connecting to ' + redisHost + ':6379. Name or service not known'}.\n`, time: now });
			return respond(500, FLASK_500);
		}
		const kv = (target.kv ??= {});
		const n = Number(kv[key] ?? '0') + 1;
		kv[key] = String(n);
		const countVar = /(\w+)\s*=\s*[\w.]*\.incr\(|(\w+)\s*=\s*get_hit_count\(\)/.exec(src);
		const name = countVar?.[1] ?? countVar?.[2] ?? 'count';
		body = body.replace(new RegExp(`\\{${name}\\}`, 'g'), String(n));
	}
	return respond(200, body);
}

export function httpFromHost(world: World, host: HostState, name: string, port: number, path: string, method: string): HttpResult {
	const local = ['localhost', '127.0.0.1', '0.0.0.0', '[::1]', '::1'].includes(name);
	if (!local) {
		if (/^\d+\.\d+\.\d+\.\d+$/.test(name) && host.platform === 'linux') {
			const target = Object.values(host.containers).find((c) => c.status === 'running' && c.endpoints.some((e) => e.ip === name));
			if (target) return serve(world, host, target, port, path, method, target.endpoints[0]?.ip.replace(/\.\d+$/, '.1') ?? '172.17.0.1', 'curl/8.5.0');
			return { ok: false, code: 7, message: `curl: (7) Failed to connect to ${name} port ${port} after 0 ms: Couldn't connect to server` };
		}
		return { ok: false, code: 6, message: `curl: (6) Could not resolve host: ${name}` };
	}
	const target = Object.values(host.containers).find((c) => c.status === 'running' && c.ports.some((p) => p.hostPort === port));
	if (!target && platformFacts(host.platform).os === 'linux' && !platformFacts(host.platform).desktop) {
		// --network host on a Linux engine: a server in the container listens on the host itself.
		for (const c of Object.values(host.containers)) {
			if (c.status !== 'running' || c.networkMode !== 'host') continue;
			const res = serve(world, host, c, port, path, method, '127.0.0.1', host.platform === 'linux' ? 'curl/8.5.0' : 'curl/8.7.1');
			if (res.ok) return res;
		}
	}
	if (!target) return { ok: false, code: 7, message: `curl: (7) Failed to connect to ${name === '[::1]' ? '::1' : name} port ${port} after 0 ms: Couldn't connect to server` };
	const binding = target.ports.find((p) => p.hostPort === port)!;
	const facts = platformFacts(host.platform);
	const from = facts.desktop ? '192.168.65.1' : (target.endpoints[0]?.ip.replace(/\.\d+$/, '.1') ?? '172.17.0.1');
	const agent = host.platform === 'macos' ? 'curl/8.7.1' : host.platform === 'linux' ? 'curl/8.5.0' : 'curl/8.15.0';
	return serve(world, host, target, binding.containerPort, path, method, from, agent);
}

export function httpFromContainer(world: World, host: HostState, from: Container, name: string, port: number, path: string, method: string): HttpResult {
	const r = resolveFrom(host, from, name);
	if (!r) return { ok: false, code: 6, message: `curl: (6) Could not resolve host: ${name}` };
	if (from.networkMode === 'none' && r.target !== from) return { ok: false, code: 7, message: `curl: (7) Failed to connect to ${name} port ${port} after 0 ms: Couldn't connect to server` };
	if (from.networkMode === 'host' && r.target === from && r.ip === '127.0.0.1') {
		// localhost inside a host-network container is the host: its published ports and host-mode servers.
		return httpFromHost(world, host, name, port, path, method);
	}
	if (!r.target) return { ok: false, code: 7, message: `curl: (7) Failed to connect to ${name} port ${port} after 0 ms: Couldn't connect to server` };
	const res = serve(world, host, r.target, port, path, method, from.endpoints[0]?.ip ?? '127.0.0.1', 'curl/8.14.1');
	if (!res.ok && res.code === 56) return { ok: false, code: 7, message: `curl: (7) Failed to connect to ${name} port ${port} after 0 ms: Couldn't connect to server` };
	return res;
}

// ----- the shells inside containers -----

export interface ShellOptions {
	interactive: boolean;
	cwd: string;
	/** Extra processes shown by ps (an exec'd shell). */
	extraProcs: string[];
	build?: { grow(bytes: number): void };
	env?: Record<string, string>;
	/** Root filesystem family when the container's image is not in the store (a build step). */
	family?: FsFamily;
	/** A virtual clock for replaying a script as PID 1: `sleep` moves it, and the script stops at `until`. */
	clock?: { now: number; until: number };
	/** Non-exported shell variables (an attached shell keeps them between lines). */
	vars?: Record<string, string>;
	/** argv[0] of an interactive BusyBox/dash shell: its error prefix (`/bin/sh: bash: not found`). */
	argv0?: string;
	/** `docker exec --user`: who this command runs as, instead of the container's user. */
	user?: string;
}

export interface ContainerShell {
	executor: ShellExecutor;
	ctx: ProgramCtx;
	vars: Record<string, string>;
	/** Set by `exit`: the status to leave with. */
	exited: number | null;
}

export function containerShell(world: World, host: HostState, c: Container, io: Io, fs: ContainerFs, opts: ShellOptions): ContainerShell {
	const hostFacts: PlatformFacts = platformFacts(host.platform);
	const img = imageOf(host, c);
	// Under emulation (an amd64 image on Apple silicon) the container sees the image's machine.
	const facts: PlatformFacts = c.emulated && img ? { ...hostFacts, arch: img.arch, machine: img.arch === 'amd64' ? 'x86_64' : 'aarch64' } : hostFacts;
	const family = opts.family ?? img?.family ?? 'scratch';
	const root = rootFs(family);
	const shellName = root.shell === 'bash' && opts.interactive ? 'bash' : opts.interactive ? (opts.argv0 ?? 'sh') : root.shName.replace(/:$/, '');
	const env = { ...envOf(c), ...(opts.env ?? {}) };
	const state: ContainerShell = { executor: null as unknown as ShellExecutor, ctx: null as unknown as ProgramCtx, exited: null, vars: { ...(opts.vars ?? {}) } };
	// $0, $1 …: the shell's name until `sh -c SCRIPT NAME ARGS…` or a script file sets them.
	let positional: string[] = [shellName === 'bash' ? 'bash' : shellName.replace(/:.*$/, '')];
	/** A shell script the kernel would run by its #! line: by its path, or found on PATH. */
	const scriptText = (name: string): string | null => {
		const paths = name.includes('/') ? [normPath(name, ctx.cwd)] : ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'].map((d) => `${d}/${name}`);
		for (const p of paths) {
			const text = fs.read(p);
			if (text !== null && /^#!\s*\/(usr\/)?bin\/(env )?(ba|a)?sh\b/.test(text)) return text;
		}
		return null;
	};
	/** Runs shell text with its own positional parameters, as `sh -c` and a script file do. */
	const withArgs = (args: string[], text: string, pio: Io): number => {
		const saved = positional;
		positional = args;
		try {
			return state.executor.runLine(scriptLine(text), pio);
		} finally {
			positional = saved;
		}
	};
	const clock = opts.clock;
	let lastStatus = 0;
	let pid = 7;
	const ctx: ProgramCtx = {
		fs,
		io,
		env,
		cwd: opts.cwd,
		setCwd(p) {
			ctx.cwd = p;
		},
		hostname: c.hostname,
		get redis() {
			return (c.kv ??= {});
		},
		facts,
		family,
		now: clock ? clock.now : world.now(),
		interactive: opts.interactive,
		user: opts.user ?? c.user ?? '',
		notFoundPrefix: shellName,
		processes(): Proc[] {
			const main = effectiveArgv(c).join(' ');
			const list: Proc[] = [{ pid: 1, cmd: main, start: c.started }];
			for (const p of opts.extraProcs) list.push({ pid: pid++, cmd: p, start: world.now() });
			list.push({ pid: pid + 3, cmd: 'ps', start: world.now() });
			return list;
		},
		http: (name, port, path, method) => httpFromContainer(world, host, c, name, port, path, method),
		resolve: (name) => resolveFrom(host, c, name)?.ip ?? null,
		offline: c.networkMode === 'none',
		exit(code) {
			state.exited = code;
		},
		grow(bytes) {
			opts.build?.grow(bytes);
		},
		build: !!opts.build,
	};
	state.ctx = ctx;
	const notFound = (name: string, err: (t: string) => void): number => {
		if (root.shell === 'bash' && opts.interactive) err(`bash: ${name}: command not found\n`);
		else if (family === 'debian' || family === 'ubuntu') err(`/bin/sh: 1: ${name}: not found\n`);
		// BusyBox ash prefixes errors with argv[0] (ash.c: arg0 = argv[0]): `sh` or `/bin/sh`.
		else if (opts.interactive) err(`${opts.argv0 ?? 'sh'}: ${name}: not found\n`);
		else err(`/bin/sh: ${name}: not found\n`);
		return 127;
	};
	state.executor = new ShellExecutor({
		shellName: shellName === 'bash' ? 'bash' : shellName === 'sh' ? 'sh' : '/bin/sh',
		stopped: () => state.exited !== null || (clock !== undefined && clock.now > clock.until),
		getVar(name) {
			if (name === '?') return String(lastStatus);
			if (/^[0-9]$/.test(name)) return positional[Number(name)] ?? '';
			if (name === '#') return String(positional.length - 1);
			if (name === '@' || name === '*') return positional.slice(1).join(' ');
			if (name === 'PWD') return ctx.cwd;
			return state.vars[name] ?? ctx.env[name] ?? '';
		},
		getArgs: () => positional.slice(1),
		setVar(name, value, exported) {
			if (exported || ctx.env[name] !== undefined) {
				ctx.env[name] = value;
				delete state.vars[name];
			} else state.vars[name] = value;
		},
		isDir: (p) => fs.isDir(normPath(p, ctx.cwd)),
		...(clock ? { sleep: (sec: number) => void (clock.now += Math.round(sec * 1000)) } : opts.interactive ? { sleep: (sec: number) => world.advance(sec * 1000), sleepBudget: 10 } : {}),
		...(clock ? { maxIterations: 3000 } : {}),
		readFile: (p) => fs.read(normPath(p, ctx.cwd)),
		writeFile(p, content, append) {
			const abs = normPath(p, ctx.cwd);
			const prev = append ? (fs.read(abs) ?? '') : '';
			const e = fs.write(abs, prev + content);
			return e ? `${shellName === 'bash' ? 'bash' : '/bin/sh'}: ${p}: ${e}` : null;
		},
		run(argv, pio, envPrefix) {
			const name = argv[0]!;
			ctx.io = pio;
			ctx.now = clock ? clock.now : world.now();
			let status: number;
			let script: string | null;
			if (name === 'exit') {
				status = Number(argv[1] ?? lastStatus) & 255;
				state.exited = Number.isNaN(status) ? 2 : status;
				return state.exited;
			}
			if (name === 'cd') {
				const target = normPath(argv[1] === undefined || argv[1] === '~' ? (ctx.env.HOME ?? '/root') : argv[1] === '-' ? ctx.cwd : argv[1], ctx.cwd);
				if (!fs.isDir(target)) {
					pio.err(`${shellName === 'bash' ? 'bash: cd' : 'sh: cd'}: ${argv[1]}: No such file or directory\n`);
					status = 1;
				} else {
					ctx.cwd = target;
					status = 0;
				}
			} else if (name === 'export') {
				for (const a of argv.slice(1)) {
					const eq = a.indexOf('=');
					if (eq > 0) ctx.env[a.slice(0, eq)] = a.slice(eq + 1);
				}
				status = 0;
			} else if (name === 'help' && root.shell === 'bash') {
				pio.out('GNU bash, version 5.2.21(1)-release (x86_64-pc-linux-gnu)\nThese shell commands are defined internally.  Type `help\' to see this list.\n\n cd [dir]    echo [arg ...]    exit [n]    export [name[=value] ...]    pwd    help\n');
				status = 0;
			} else if (name === 'bash' || name === 'sh') {
				if (!fs.hasCommand(name)) status = notFound(name, pio.err);
				else if (argv[1] === '-c') status = withArgs(argv.length > 3 ? argv.slice(3) : [name], argv[2] ?? '', pio);
				else if (argv[1] && fs.read(normPath(argv[1], ctx.cwd)) !== null) status = withArgs(argv.slice(1), fs.read(normPath(argv[1], ctx.cwd))!, pio);
				else status = 0;
			} else if ((script = scriptText(name)) !== null) {
				// A shell script (an entrypoint script, ./run.sh): the kernel hands it to its #! line's shell.
				status = withArgs(argv, script, pio);
			} else if (!fs.hasCommand(name) || !hasProgram(name)) {
				if (fs.hasCommand(name) && !hasProgram(name)) status = 0;
				else status = notFound(name, pio.err);
			} else {
				const saved = ctx.env;
				if (Object.keys(envPrefix).length) ctx.env = { ...saved, ...envPrefix };
				status = runProgram(argv, ctx);
				ctx.env = saved;
			}
			lastStatus = status;
			return status;
		},
	});
	return state;
}

// ----- lifecycle -----

/**
 * Start a container's main process. Writes the output an attached client would see to `io`
 * (when given) and records everything in the container's logs.
 */
export function startProcess(world: World, host: HostState, c: Container, io: Io | null): { kind: ProgramKind; error: string; exitCode: number } {
	const facts = platformFacts(host.platform);
	const now = world.now();
	const fs = fsOf(host, c);
	const argv = effectiveArgv(c);
	const kind = kindOf(argv, fs, c.workdir);
	// A tmpfs mount is made afresh on each start: what was written there went with the last stop.
	for (const m of c.mounts) if (m.type === 'tmpfs') delete m.tmpfs;
	c.started = now;
	c.status = 'running';
	const push = (lines: LogLine[]) => {
		for (const l of lines) {
			c.logs.push(c.tty ? { ...l, stream: 'stdout' } : l);
			if (io) (l.stream === 'stderr' && !c.tty ? io.err : io.out)(l.text);
		}
	};
	const exit = (code: number) => {
		c.status = 'exited';
		c.exitCode = code;
		c.finished = world.now();
	};
	// The daemon resolves --user / USER in the container's own /etc/passwd when it starts it.
	if (c.user && family(host, c) !== 'windows') {
		const who = lookupUser(fs, c.user);
		if ('error' in who) return { kind, error: who.error, exitCode: 125 };
	}
	if (c.emulated && !facts.emulation) {
		const main = mainArgv(c)[0]!;
		const path = main.includes('/') ? main : (['/usr/local/bin', '/usr/bin', '/bin'].map((d) => `${d}/${main}`).find((p) => fs.read(p) !== null) ?? `/usr/local/bin/${main}`);
		push([{ stream: 'stderr', text: `exec ${path}: exec format error\n`, time: now }]);
		exit(255);
		return { kind, error: '', exitCode: 255 };
	}
	const env = envOf(c);
	switch (kind) {
		case 'hello':
			push([{ stream: 'stdout', text: facts.os === 'windows' ? helloWindowsText(facts.helloArch) : helloText(facts.helloArch), time: now }]);
			exit(0);
			return { kind, error: '', exitCode: 0 };
		case 'nginx':
			push(nginxStart(now, facts, imageOf(host, c)?.family === 'alpine'));
			return { kind, error: '', exitCode: 0 };
		case 'httpd':
			push(httpdStart(now, c.endpoints[0]?.ip ?? '172.17.0.2'));
			return { kind, error: '', exitCode: 0 };
		case 'redis': {
			// The default config saves an RDB snapshot on shutdown; a restart on the same /data loads it.
			const rdb = fs.read('/data/dump.rdb');
			let keys: Record<string, string> | null = null;
			if (rdb !== null && rdb.startsWith(RDB_MAGIC)) {
				try {
					const parsed = JSON.parse(rdb.slice(RDB_MAGIC.length)) as unknown;
					if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) keys = Object.fromEntries(Object.entries(parsed as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
				} catch {
					keys = null;
				}
			}
			const lines = redisStart(now);
			if (keys) {
				c.kv = keys;
				const ts = lines[lines.length - 1]!.text.slice(4, 28);
				lines.splice(lines.length - 1, 0, ...[`Loading RDB produced by version 8.2.3`, `RDB age ${Math.max(0, Math.round((now - Number(/"\$saved":"(\d+)"/.exec(rdb!)?.[1] ?? now)) / 1000))} seconds`, 'RDB memory usage when created 0.90 Mb', `Done loading RDB, keys loaded: ${Object.keys(keys).filter((k) => k !== '$saved').length}, keys expired: 0.`, 'DB loaded from disk: 0.000 seconds'].map((t) => ({ stream: 'stdout' as const, text: `1:M ${ts} * ${t}\n`, time: now })));
				delete c.kv.$saved;
			}
			push(lines);
			return { kind, error: '', exitCode: 0 };
		}
		case 'postgres':
			if (!env.POSTGRES_PASSWORD && env.POSTGRES_HOST_AUTH_METHOD !== 'trust') {
				push([{ stream: 'stderr', text: POSTGRES_NO_PASSWORD, time: now }]);
				exit(1);
				return { kind, error: '', exitCode: 1 };
			}
			push(postgresStart(now, fs.read('/var/lib/postgresql/18/docker/PG_VERSION') !== null));
			fs.write('/var/lib/postgresql/18/docker/PG_VERSION', '18\n');
			return { kind, error: '', exitCode: 0 };
		case 'mysql': {
			const version = imageOf(host, c)?.config.env.find((e) => e.startsWith('MYSQL_VERSION='))?.slice(14) ?? '9.5.0-1.el9';
			if (!env.MYSQL_ROOT_PASSWORD && !env.MYSQL_ALLOW_EMPTY_PASSWORD && !env.MYSQL_RANDOM_ROOT_PASSWORD) {
				push(mysqlNoPassword(now, version));
				exit(1);
				return { kind, error: '', exitCode: 1 };
			}
			push(mysqlStart(now, version));
			return { kind, error: '', exitCode: 0 };
		}
		case 'server': {
			const r = serverStart(argv[0]!.split('/').pop()!, now, env, facts, c.endpoints[0]?.ip ?? '172.17.0.2');
			push(r.lines);
			if (r.exitCode !== null) exit(r.exitCode);
			return { kind, error: '', exitCode: r.exitCode ?? 0 };
		}
		case 'script': {
			if (!fs.hasCommand(argv[0]!.split('/').pop()!)) return { kind, error: ociNotFound(argv[0]!), exitCode: 127 };
			c.scriptBase = c.logs.length;
			// In the foreground the reader watches about ten seconds before pressing Ctrl-C.
			if (io) {
				const t0 = world.now();
				catchUp(world, host, c, t0 + 10_000);
				world.advance((c.status as string) === 'exited' ? c.finished - t0 : 10_000);
				for (const l of c.logs.slice(c.scriptBase)) (l.stream === 'stderr' && !c.tty ? io.err : io.out)(l.text);
			} else catchUp(world, host, c);
			return { kind, error: '', exitCode: (c.status as string) === 'exited' ? c.exitCode : 0 };
		}
		case 'shell':
		case 'repl':
		case 'cmd': {
			const name = argv[0]!.split(/[\\/]/).pop()!;
			if (kind === 'shell' && !fs.hasCommand(name)) return { kind, error: ociNotFound(name), exitCode: 127 };
			if (c.interactive && c.tty) return { kind, error: '', exitCode: 0 };
			if (c.interactive && kind === 'shell' && io && io.stdin) {
				const sh = containerShell(world, host, c, { ...io, tty: false }, fs, { interactive: false, cwd: c.workdir || '/', extraProcs: [] });
				const status = sh.executor.runLine(io.stdin.replace(/\n/g, ';').replace(/;+$/, ''), sh.executor.hooks ? captureIo(io, c, now) : io);
				exit(sh.exited ?? status);
				return { kind, error: '', exitCode: c.exitCode };
			}
			exit(0);
			return { kind, error: '', exitCode: 0 };
		}
		case 'idle':
			return { kind, error: '', exitCode: 0 };
		case 'app': {
			const file = argv.slice(1).find((a) => !a.startsWith('-') && a !== 'start');
			const src = file ? (fs.read(normPath(file, c.workdir || '/')) ?? '') : '';
			const lang = argv[0]!.includes('python') ? 'python' : 'node';
			if (lang === 'python' && isFlask(src)) {
				// Werkzeug's development server banner (stderr), as `python app.py` prints it.
				const port = flaskPort(src);
				const all = /\.run\([^)]*host\s*=\s*['"]0\.0\.0\.0['"]/.test(src);
				const ip = c.endpoints[0]?.ip || '127.0.0.1';
				const text = ` * Serving Flask app '${(file ?? 'app').split('/').pop()!.replace(/\.py$/, '')}'\n * Debug mode: off\nWARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\n${all ? ` * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:${port}\n * Running on http://${ip}:${port}\n` : ` * Running on http://127.0.0.1:${port}\n`}Press CTRL+C to quit\n`;
				push([{ stream: 'stderr', text, time: now }]);
				return { kind, error: '', exitCode: 0 };
			}
			const text = scriptPrints(src, lang);
			if (text) push([{ stream: 'stdout', text, time: now }]);
			return { kind, error: '', exitCode: 0 };
		}
		default: {
			const name = argv[0]!;
			if (family(host, c) === 'windows') {
				const out = windowsOneShot(argv, c);
				push([{ stream: 'stdout', text: out, time: now }]);
				exit(0);
				return { kind, error: '', exitCode: 0 };
			}
			if (!fs.hasCommand(name)) return { kind, error: ociNotFound(name), exitCode: 127 };
			const buf = captureIo(io, c, now);
			const sh = containerShell(world, host, c, buf, fs, { interactive: false, cwd: c.workdir || '/', extraProcs: [] });
			const status = sh.executor.hooks.run(argv, buf, {});
			exit(sh.exited ?? status);
			return { kind, error: '', exitCode: c.exitCode };
		}
	}
}

/** A script file as one line for the executor: comments and blank lines dropped, lines joined by
 * `;`, except after words that continue a command (`then`, `do`, `else`, `{`, `&&`, `|`). */
export function scriptLine(text: string): string {
	let line = '';
	for (const raw of text.split('\n')) {
		const l = raw.trim();
		if (l === '' || l.startsWith('#')) continue;
		line += line === '' ? l : /(?:^|\s)(?:then|do|else|\{)$|&&$|\|\|?$/.test(line) ? ` ${l}` : `; ${l}`;
	}
	return line;
}

function family(host: HostState, c: Container) {
	return imageOf(host, c)?.family ?? 'scratch';
}

function windowsOneShot(argv: string[], c: Container): string {
	const i = argv.findIndex((a) => a.toLowerCase() === '/c');
	const cmd = i >= 0 ? argv.slice(i + 1) : argv;
	const name = (cmd[0] ?? '').toLowerCase();
	if (name === 'echo') return cmd.slice(1).join(' ') + '\r\n';
	if (name === 'ver') return `\r\nMicrosoft Windows [Version ${c.platform.includes('26100') ? '10.0.26100.6899' : '10.0.20348.4294'}]\r\n`;
	if (name === 'hostname') return c.hostname + '\r\n';
	return `'${cmd[0] ?? ''}' is not recognized as an internal or external command,\r\noperable program or batch file.\r\n`;
}

/** An Io that records container output in its logs and forwards it to an attached client. */
function captureIo(io: Io | null, c: Container, now: number): Io {
	return {
		tty: c.tty,
		cols: io?.cols ?? 80,
		rows: io?.rows ?? 24,
		stdin: '',
		out(t) {
			c.logs.push({ stream: 'stdout', text: t, time: now });
			io?.out(t);
		},
		err(t) {
			c.logs.push({ stream: c.tty ? 'stdout' : 'stderr', text: t, time: now });
			(c.tty ? io?.out : io?.err)?.(t);
		},
	};
}

export function ociNotFound(name: string): string {
	return `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${name}": executable file not found in $PATH: unknown`;
}

/**
 * Bring a looping script's logs up to the present: replay it from its start on a virtual
 * clock (sleep moves it) until now; a script that ends by then exits at its own end time.
 */
export function catchUp(world: World, host: HostState, c: Container, horizon = world.now()): void {
	if (c.status !== 'running' || c.scriptBase === undefined) return;
	const script = loopScript(effectiveArgv(c));
	if (script === null) return;
	const clock = { now: c.started, until: horizon };
	c.logs = c.logs.slice(0, c.scriptBase);
	const io: Io = {
		tty: c.tty, cols: 80, rows: 24, stdin: '',
		out(t) {
			if (c.logs.length < 20_000) c.logs.push({ stream: 'stdout', text: t, time: clock.now });
		},
		err(t) {
			if (c.logs.length < 20_000) c.logs.push({ stream: c.tty ? 'stdout' : 'stderr', text: t, time: clock.now });
		},
	};
	const sh = containerShell(world, host, c, io, fsOf(host, c), { interactive: false, cwd: c.workdir || '/', extraProcs: [], clock });
	const status = sh.executor.runLine(script, io);
	if (sh.exited !== null || (clock.now <= clock.until && !sh.executor.interrupted)) {
		c.status = 'exited';
		c.exitCode = sh.exited ?? status;
		c.finished = Math.min(clock.now, horizon);
	}
}

/** Stop the main process as `docker stop` (SIGTERM / the image's STOPSIGNAL) or Ctrl-C would. */
export function stopProcess(world: World, host: HostState, c: Container, how: 'stop' | 'kill' | 'interrupt'): void {
	if (how !== 'interrupt') catchUp(world, host, c);
	if (c.status !== 'running') return;
	const facts = platformFacts(host.platform);
	const now = world.now();
	const kind = kindOf(effectiveArgv(c), fsOf(host, c), c.workdir);
	let code = 0;
	if (how === 'kill') code = 137;
	else if (kind === 'nginx') c.logs.push(...nginxStop(now, how === 'interrupt' ? 'SIGINT' : 'SIGQUIT', facts));
	else if (kind === 'redis') {
		c.logs.push(...redisStop(now));
		fsOf(host, c).write('/data/dump.rdb', RDB_MAGIC + JSON.stringify({ ...(c.kv ?? {}), $saved: String(now) }));
	}
	else if (kind === 'shell' || kind === 'repl' || kind === 'idle' || kind === 'script') code = how === 'interrupt' ? 130 : 137;
	else if (kind === 'app') code = how === 'interrupt' ? 130 : 137;
	else if (kind === 'httpd') code = 0;
	c.status = 'exited';
	c.paused = false;
	c.exitCode = code;
	c.finished = now;
	if (host.attached && host.attached.containerId === c.id) host.attached = null;
}
