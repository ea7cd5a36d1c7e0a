// A host: the reader's machine with its shell, its files (the build context) and its
// Docker engine. exec() runs one typed line; while a container shell is attached, lines
// go to that shell until `exit`.
import { columns, echoText, evalSimple, scriptPrints } from './container/programs.ts';
import { containerShell, fsOf, httpFromHost, stopProcess } from './container/runtime.ts';
import { docker } from './commands/registry.ts';
import { removeContainer } from './commands/run.ts';
import type { Ctx } from './commands/types.ts';
import { platformFacts, type PlatformFacts } from './engine/platform.ts';
import type { Attached, HostState } from './engine/types.ts';
import type { World } from './engine/world.ts';
import { dateCommand, unixDate } from './render/format.ts';
import { ShellExecutor, type Io } from './shell/exec.ts';
import { printfText, runText, TEXT_TOOLS } from './shell/text.ts';
import { redisCommand } from './container/redis.ts';

export const MAX_STREAM = 256 * 1024;

export interface ExecOptions {
	/** Render as a terminal would (progress redraws, colours, CRLF). Default false. */
	tty?: boolean;
	/** Terminal width (default 80). */
	cols?: number;
	/** Terminal height (default 24). */
	rows?: number;
}

export interface ExecResult {
	stdout: string;
	stderr: string;
	exitCode: number;
	/** stdout and stderr interleaved as a terminal shows them. */
	output: string;
}

interface Sink {
	stdout: string;
	stderr: string;
	output: string;
}

function sinkIo(sink: Sink, tty: boolean, cols: number, rows: number): Io {
	return {
		tty,
		cols,
		rows,
		stdin: '',
		out(t) {
			if (sink.stdout.length >= MAX_STREAM) return;
			sink.stdout += t;
			sink.output += t;
		},
		err(t) {
			if (sink.stderr.length >= MAX_STREAM) return;
			sink.stderr += t;
			sink.output += t;
		},
	};
}

/** The programs the reader's machine has (for sudo and which). */
const HOST_COMMANDS = ['docker', 'echo', 'printf', 'clear', 'help', 'pwd', 'whoami', 'hostname', 'date', 'true', 'false', 'sleep', 'export', 'exit', 'uname', 'cd', 'ls', 'cat', 'mkdir', 'touch', 'rm', 'curl', 'node', 'python', 'python3', 'env', 'which', 'sudo', 'history'];

const HOST_HELP = `Dockside simulated shell. Commands:
  docker ...        the Docker CLI (try: docker --help)
  ls, cat, echo     list, show and write the project's files (> and >> redirect)
  curl URL          fetch a page, e.g. curl http://localhost:8080
  grep, head, tail, wc, sort, uniq   filter output: docker ps | grep web
  cd, pwd, mkdir, touch, rm, env, which, sudo, history, uname [-a], clear, help
Variables (x=5; echo $x; export X), $((1+2)), if/for/while loops.
Quote with '...' or "...", chain with && ; and |, comment with #.
`;

export function hostPrompt(state: HostState): string {
	// A y/N question is on screen: the reader types its answer after it, on the same line.
	if (state.pendingPrompt) return '';
	const a = state.attached;
	if (a) {
		const c = state.containers[a.containerId];
		if (a.shell === 'bash') return `root@${c?.hostname ?? 'container'}:${a.cwd === '/root' ? '~' : a.cwd.startsWith('/root/') ? '~' + a.cwd.slice(5) : a.cwd}# `;
		if (a.shell === 'sh') return `${a.cwd} # `;
		if (a.shell === 'python') return '>>> ';
		if (a.shell === 'node') return '> ';
		if (a.shell === 'redis') return '127.0.0.1:6379> ';
		return `${a.cwd}>`;
	}
	const dir = state.cwd ? `~/project/${state.cwd}` : '~/project';
	if (state.platform === 'macos') return `dev@dockside ${dir.split('/').pop()} % `;
	if (state.platform === 'linux') return `dev@dockside:${dir}$ `;
	return `dev@DOCKSIDE MINGW64 ${dir} $ `;
}

export class HostRunner {
	readonly world: World;
	readonly name: string;

	constructor(world: World, name: string) {
		this.world = world;
		this.name = name;
	}

	get state(): HostState {
		return this.world.state.hosts[this.name]!;
	}

	exec(line: string, opts: ExecOptions = {}): ExecResult {
		const tty = opts.tty === true;
		const cols = Math.max(20, Math.min(1000, Math.floor(opts.cols ?? 80) || 80));
		const rows = Math.max(5, Math.min(500, Math.floor(opts.rows ?? 24) || 24));
		const sink: Sink = { stdout: '', stderr: '', output: '' };
		const io = sinkIo(sink, tty, cols, rows);
		let exitCode: number;
		const input = typeof line === 'string' ? line : '';
		this.world.advance(this.world.state.stepMs);
		try {
			const pending = this.state.pendingPrompt;
			if (pending) {
				this.state.pendingPrompt = null;
				// prompt.Confirm: strings.EqualFold(answer, "y"); anything else cancels silently.
				exitCode = input.trim().toLowerCase() === 'y' ? docker(this.ctxBase(io, pending.env), [...pending.argv]) : 0;
			} else if (this.state.attached) exitCode = this.attachedLine(input, io);
			else {
				const hist = (this.state.history ??= []);
				if (input.trim() !== '' && input.length <= 4096) {
					hist.push(input);
					if (hist.length > 500) hist.shift();
				}
				exitCode = this.hostLine(input, io);
			}
		} catch (e) {
			io.err(`dockside: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
			exitCode = 1;
		}
		this.state.lastStatus = exitCode;
		const fix = (s: string) => (tty ? s.replace(/\r?\n/g, '\r\n') : s);
		return { stdout: fix(sink.stdout), stderr: fix(sink.stderr), exitCode, output: fix(sink.output) };
	}

	private facts(): PlatformFacts {
		return platformFacts(this.state.platform);
	}

	private projectDir(): string {
		return `${this.facts().hostHome}/project`;
	}

	/** Host path → key in state.files (relative to the project), or null if outside it. */
	private rel(path: string): string | null {
		const home = this.facts().hostHome;
		let abs = path.startsWith('/') ? path : path.startsWith('~') ? home + path.slice(1) : `${this.projectDir()}/${this.state.cwd ? this.state.cwd + '/' : ''}${path}`;
		const parts: string[] = [];
		for (const seg of abs.split('/')) {
			if (seg === '' || seg === '.') continue;
			if (seg === '..') parts.pop();
			else parts.push(seg);
		}
		abs = '/' + parts.join('/');
		const root = this.projectDir();
		if (abs === root) return '';
		if (abs.startsWith(root + '/')) return abs.slice(root.length + 1);
		return null;
	}

	private isDir(rel: string): boolean {
		if (rel === '') return true;
		return Object.keys(this.state.files).some((k) => k.startsWith(rel + '/')) || this.state.files[rel + '/.keep'] !== undefined;
	}

	private list(rel: string): string[] {
		const pre = rel === '' ? '' : rel + '/';
		const names = new Set<string>();
		for (const k of Object.keys(this.state.files)) {
			if (!k.startsWith(pre)) continue;
			const n = k.slice(pre.length).split('/')[0];
			if (n && n !== '.keep') names.add(n);
		}
		return [...names].sort((a, b) => a.localeCompare(b, 'en'));
	}

	private ctxBase(io: Io, env: Record<string, string>): Omit<Ctx, 'path' | 'useLine'> {
		return { world: this.world, host: this.state, facts: this.facts(), io, env };
	}

	private hostLine(line: string, io: Io): number {
		const f = this.facts();
		const zsh = f.shell === 'zsh';
		const shell = zsh ? 'zsh' : 'bash';
		let stop = false;
		const exec: ShellExecutor = new ShellExecutor({
			shellName: shell,
			stopped: () => stop || this.state.attached !== null,
			getVar: (name) => {
				if (name === '?') return String(this.state.lastStatus);
				// An interactive shell has no arguments: $0 is its name.
				if (name === '0') return shell;
				if (name === '#') return '0';
				const v = this.state.vars?.[name];
				if (v !== undefined) return v;
				if (name === 'HOME') return f.hostHome;
				if (name === 'PWD') return this.projectDir() + (this.state.cwd ? '/' + this.state.cwd : '');
				if (name === 'USER') return 'dev';
				if (name === 'SHELL') return zsh ? '/bin/zsh' : '/bin/bash';
				if (name === 'BASH_VERSION' && !zsh) return '5.2.21(1)-release';
				return '';
			},
			readFile: (p) => {
				const r = this.rel(p);
				return r === null ? null : (this.state.files[r] ?? null);
			},
			isDir: (p) => {
				const r = this.rel(p);
				return r !== null && this.isDir(r);
			},
			setVar: (name, value, exported) => {
				(this.state.vars ??= {})[name] = value;
				const ex = (this.state.exported ??= []);
				if (exported && !ex.includes(name)) ex.push(name);
			},
			sleep: (seconds) => this.world.advance(seconds * 1000),
			// A reader presses Ctrl-C after about ten seconds of a loop that sleeps.
			sleepBudget: 10,
			writeFile: (p, content, append) => {
				const r = this.rel(p);
				if (r === null || r === '' || this.isDir(r)) return `${shell}: ${p}: ${r !== null && this.isDir(r) ? 'Is a directory' : 'Permission denied'}`;
				const parent = r.includes('/') ? r.slice(0, r.lastIndexOf('/')) : '';
				if (parent && !this.isDir(parent)) return zsh ? `zsh: no such file or directory: ${p}` : `bash: ${p}: No such file or directory`;
				this.state.files[r] = (append ? (this.state.files[r] ?? '') : '') + content;
				return null;
			},
			run: (argv, pio, prefix) => {
				const [cmd, ...args] = argv as [string, ...string[]];
				const env = { ...this.exportedVars(), ...prefix };
				if (TEXT_TOOLS.includes(cmd)) return runText(argv, { stdin: pio.stdin, read: (p) => exec.hooks.readFile(p), out: pio.out, err: pio.err, style: this.state.platform === 'macos' ? 'bsd' : 'gnu' });
				switch (cmd) {
					case 'docker':
						return docker(this.ctxBase(pio, env), args);
					case 'sudo': {
						const rest = args.filter((a, i) => !(a.startsWith('-') && args.slice(0, i).every((b) => b.startsWith('-'))));
						if (rest.length === 0) {
							pio.err('usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user]\n            [-u user] [command [arg ...]]\nusage: sudo [-ABbEHkNnPS] [-r role] [-t type] [-C num] [-D directory]\n            [-g group] [-h host] [-p prompt] [-R directory] [-T timeout]\n            [-u user] [VAR=value] [-i | -s] [command [arg ...]]\nusage: sudo -e [-ABkNnS] [-r role] [-t type] [-C num] [-D directory]\n            [-g group] [-h host] [-p prompt] [-R directory] [-T timeout]\n            [-u user] file ...\n');
							return 1;
						}
						if (!HOST_COMMANDS.includes(rest[0]!) && !TEXT_TOOLS.includes(rest[0]!)) {
							pio.err(`sudo: ${rest[0]}: command not found\n`);
							return 1;
						}
						return exec.hooks.run(rest, pio, prefix);
					}
					case 'env':
						if (args.length) return exec.hooks.run(args.filter((a) => !a.includes('=')), pio, { ...prefix, ...Object.fromEntries(args.filter((a) => a.includes('=')).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)])) });
						pio.out(Object.entries({ ...this.baseEnv(), ...env }).map(([k, v]) => `${k}=${v}\n`).join(''));
						return 0;
					case 'which': {
						let status = 0;
						for (const n of args.filter((a) => !a.startsWith('-'))) {
							const path = this.whichPath(n);
							if (path) pio.out(path + '\n');
							else {
								if (this.state.platform === 'macos') pio.out(`${n} not found\n`);
								status = 1;
							}
						}
						return status;
					}
					case 'history': {
						const h = this.state.history ?? [];
						if (args[0] === '-c') {
							this.state.history = [];
							return 0;
						}
						const n = args[0] && /^\d+$/.test(args[0]) ? Number(args[0]) : h.length;
						const start = Math.max(0, h.length - n);
						pio.out(h.slice(start).map((l, i) => `${String(start + i + 1).padStart(5)}  ${l}\n`).join(''));
						return 0;
					}
					case 'echo':
						pio.out(echoText(args));
						return 0;
					case 'printf':
						pio.out(printfText(args));
						return 0;
					case 'clear':
						pio.out('\x1b[H\x1b[2J\x1b[3J');
						return 0;
					case 'help':
						pio.out(HOST_HELP);
						return 0;
					case 'pwd':
						pio.out(this.projectDir() + (this.state.cwd ? '/' + this.state.cwd : '') + '\n');
						return 0;
					case 'whoami':
						pio.out('dev\n');
						return 0;
					case 'hostname':
						pio.out(this.state.platform === 'linux' ? 'dockside\n' : this.state.platform === 'macos' ? 'dockside.local\n' : 'DOCKSIDE\n');
						return 0;
					case 'date':
						pio.out(dateCommand(this.world.now(), args));
						return 0;
					case 'true':
					case 'sleep':
						return 0;
					case 'false':
						return 1;
					case 'exit':
						stop = true;
						return Number(args[0] ?? 0) & 255;
					case 'uname': {
						const flag = args.join('');
						if (flag.includes('a')) pio.out(f.unameHost + '\n');
						else if (flag.includes('r')) pio.out(f.unameHost.split(' ')[2] + '\n');
						else if (flag.includes('m')) pio.out((this.state.platform === 'macos' ? 'arm64' : 'x86_64') + '\n');
						else pio.out(f.unameHost.split(' ')[0] + '\n');
						return 0;
					}
					case 'cd': {
						const target = args[0] === undefined || args[0] === '~' ? '' : this.rel(args[0]);
						if (target === null || !this.isDir(target)) {
							pio.err(zsh ? `cd: no such file or directory: ${args[0]}\n` : `bash: cd: ${args[0]}: No such file or directory\n`);
							return 1;
						}
						this.state.cwd = target;
						return 0;
					}
					case 'ls':
						return this.ls(args, pio);
					case 'cat': {
						if (args.length === 0) {
							pio.out(pio.stdin);
							return 0;
						}
						let status = 0;
						for (const a of args) {
							const r = this.rel(a);
							if (r !== null && this.isDir(r)) {
								pio.err(`cat: ${a}: Is a directory\n`);
								status = 1;
								continue;
							}
							const text = r === null ? undefined : this.state.files[r];
							if (text === undefined) {
								pio.err(`cat: ${a}: No such file or directory\n`);
								status = 1;
								continue;
							}
							pio.out(text);
						}
						return status;
					}
					case 'mkdir':
					case 'touch':
					case 'rm': {
						let status = 0;
						for (const a of args.filter((x) => !x.startsWith('-'))) {
							const r = this.rel(a);
							if (r === null || r === '') {
								pio.err(`${cmd}: ${a}: Permission denied\n`);
								status = 1;
								continue;
							}
							if (cmd === 'mkdir') this.state.files[r + '/.keep'] = '';
							else if (cmd === 'touch') this.state.files[r] = this.state.files[r] ?? '';
							else if (this.isDir(r) && args.some((x) => /^-\w*r/.test(x))) {
								for (const k of Object.keys(this.state.files)) if (k.startsWith(r + '/')) delete this.state.files[k];
							} else if (this.state.files[r] !== undefined) delete this.state.files[r];
							else {
								pio.err(f.shell === 'zsh' ? `rm: ${a}: No such file or directory\n` : `rm: cannot remove '${a}': No such file or directory\n`);
								status = 1;
							}
						}
						return status;
					}
					case 'curl':
						return this.curl(args, pio);
					case 'node':
					case 'python':
					case 'python3': {
						const file = args.find((a) => !a.startsWith('-'));
						const src = file ? this.state.files[this.rel(file) ?? ''] : undefined;
						if (file && src !== undefined) pio.out(scriptPrints(src, cmd === 'node' ? 'node' : 'python'));
						return 0;
					}
					default:
						pio.err(zsh ? `zsh: command not found: ${cmd}\n` : `bash: ${cmd}: command not found\n`);
						return 127;
				}
			},
		});
		const status = exec.runLine(line, io);
		if (exec.interrupted) {
			io.out('^C\n');
			return 130;
		}
		return status;
	}

	private exportedVars(): Record<string, string> {
		const out: Record<string, string> = {};
		for (const n of this.state.exported ?? []) out[n] = this.state.vars?.[n] ?? '';
		return out;
	}

	private baseEnv(): Record<string, string> {
		const f = this.facts();
		const mac = this.state.platform === 'macos';
		return {
			SHELL: f.shell === 'zsh' ? '/bin/zsh' : '/bin/bash',
			...(mac ? {} : { LANG: 'en_US.UTF-8' }),
			PWD: this.projectDir() + (this.state.cwd ? '/' + this.state.cwd : ''),
			HOME: f.hostHome,
			TERM: 'xterm-256color',
			USER: 'dev',
			LOGNAME: 'dev',
			PATH: mac ? '/opt/homebrew/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin' : this.state.platform === 'linux' ? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' : '/mingw64/bin:/usr/bin:/c/Windows/system32:/c/Windows:/c/Program Files/Docker/Docker/resources/bin',
		};
	}

	private whichPath(name: string): string | null {
		if (!HOST_COMMANDS.includes(name) && !TEXT_TOOLS.includes(name)) return null;
		const p = this.state.platform;
		if (name === 'docker') return p === 'linux' ? '/usr/bin/docker' : p === 'macos' ? '/usr/local/bin/docker' : '/c/Program Files/Docker/Docker/resources/bin/docker';
		if (['cd', 'pwd', 'echo', 'printf', 'export', 'history', 'exit', 'help', 'true', 'false'].includes(name) && p === 'macos' && ['cd', 'export', 'history', 'exit', 'help'].includes(name)) return `${name}: shell built-in command`;
		if (['cd', 'export', 'history', 'exit', 'help'].includes(name)) return null;
		if (p === 'macos') return ['ls', 'cat', 'echo', 'pwd', 'mkdir', 'rm', 'date', 'sleep', 'hostname', 'uname', 'test', 'true', 'false'].includes(name) ? `/bin/${name}` : `/usr/bin/${name}`;
		return `/usr/bin/${name}`;
	}

	private ls(args: string[], io: Io): number {
		const flags = args.filter((a) => a.startsWith('-')).join('');
		const paths = args.filter((a) => !a.startsWith('-'));
		if (paths.length === 0) paths.push('.');
		const mac = this.state.platform === 'macos';
		let status = 0;
		paths.forEach((p, i) => {
			const r = this.rel(p);
			const exists = r !== null && (this.isDir(r) || this.state.files[r] !== undefined);
			if (!exists) {
				io.err(mac ? `ls: ${p}: No such file or directory\n` : `ls: cannot access '${p}': No such file or directory\n`);
				status = mac ? 1 : 2;
				return;
			}
			let names = this.isDir(r) ? this.list(r) : [p];
			if (!flags.includes('a')) names = names.filter((n) => !n.startsWith('.'));
			else names = ['.', '..', ...names];
			if (paths.length > 1) io.out(`${i > 0 ? '\n' : ''}${p}:\n`);
			if (flags.includes('l')) {
				if (this.isDir(r)) io.out(`total ${names.length * 8}\n`);
				const date = unixDate(this.world.now()).slice(4, 16);
				for (const n of names) {
					const key = this.isDir(r) ? (r ? r + '/' : '') + n : r;
					const dir = n === '.' || n === '..' || this.isDir(key);
					const size = dir ? 4096 : (this.state.files[key] ?? '').length;
					io.out(`${dir ? 'drwxr-xr-x' : '-rw-r--r--'}  1 dev  ${mac ? 'staff' : 'dev  '} ${String(size).padStart(5)} ${date} ${n}\n`);
				}
				return;
			}
			if (io.tty && !flags.includes('1')) io.out(columns(names, io.cols, false));
			else if (names.length) io.out(names.join('\n') + '\n');
		});
		return status;
	}

	private curl(args: string[], io: Io): number {
		const url = args.find((a) => !a.startsWith('-') && a !== 'GET');
		const flags = args.filter((a) => a.startsWith('-')).join('');
		if (!url) {
			io.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
			return 2;
		}
		const m = /^(?:(https?):\/\/)?(\[[^\]]+\]|[^/:]+)(?::(\d+))?(\/.*)?$/.exec(url);
		if (!m) {
			io.err('curl: (3) URL rejected: Malformed input to a URL function\n');
			return 3;
		}
		const port = m[3] ? Number(m[3]) : m[1] === 'https' ? 443 : 80;
		const res = httpFromHost(this.world, this.state, m[2]!, port, m[4] ?? '/', flags.includes('I') ? 'HEAD' : 'GET');
		if (!res.ok) {
			if (!flags.includes('s') || flags.includes('S')) io.err(res.message + '\n');
			return res.code;
		}
		const head = `HTTP/1.1 ${res.status} ${res.reason}\r\n` + res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('') + '\r\n';
		if (flags.includes('I')) io.out(head);
		else io.out((flags.includes('i') ? head : '') + res.body);
		return 0;
	}

	// ----- attached to a container -----

	private attachedLine(line: string, io: Io): number {
		const a = this.state.attached!;
		const c = this.state.containers[a.containerId];
		if (!c || c.status !== 'running') {
			this.state.attached = null;
			return this.hostLine(line, io);
		}
		if (a.shell === 'python' || a.shell === 'node') return this.repl(a, line, io);
		if (a.shell === 'redis') return this.redisCli(a, line, io);
		if (a.shell === 'cmd') return this.cmdLine(a, line, io);
		const fs = fsOf(this.state, c);
		const sh = containerShell(this.world, this.state, c, io, fs, { interactive: true, cwd: a.cwd, extraProcs: a.exec ? [a.shell] : [], env: a.env, vars: a.vars ?? {}, argv0: a.exec ? undefined : c.path });
		sh.ctx.env = { ...sh.ctx.env, ...a.env };
		let status = line.trim() === '' ? a.lastStatus : sh.executor.runLine(line, io);
		if (sh.executor.interrupted) {
			io.out('^C\n');
			status = 130;
		}
		a.cwd = sh.ctx.cwd;
		a.env = sh.ctx.env;
		a.vars = sh.vars;
		if (sh.exited !== null) {
			if (a.shell === 'bash') io.out('exit\n');
			this.detach(a, sh.exited);
			return sh.exited;
		}
		a.lastStatus = status;
		return status;
	}

	private detach(a: Attached, code: number): void {
		const c = this.state.containers[a.containerId];
		this.state.attached = null;
		if (!c || a.exec) return;
		stopProcess(this.world, this.state, c, 'stop');
		c.exitCode = code;
		if (c.autoRemove) {
			const io = sinkIo({ stdout: '', stderr: '', output: '' }, false, 80, 24);
			removeContainer({ ...this.ctxBase(io, {}), path: 'docker rm', useLine: '' }, c, true);
		}
	}

	private repl(a: Attached, line: string, io: Io): number {
		const src = line.trim();
		const py = a.shell === 'python';
		if (src === '') return 0;
		if (py ? /^(exit|quit)\(\)$/.test(src) : src === '.exit' || /^process\.exit\(\)$/.test(src)) {
			this.detach(a, 0);
			return 0;
		}
		if (py ? src === 'exit' || src === 'quit' : src === 'exit') {
			if (py) io.out('Use exit() or Ctrl-D (i.e. EOF) to exit\n');
			else {
				this.detach(a, 0);
			}
			return 0;
		}
		const print = py ? /^print\((.*)\)$/.exec(src) : /^console\.log\((.*)\)$/.exec(src);
		const expr = print ? print[1]! : src;
		const value = evalSimple(expr);
		if (value === null) {
			const name = /^[A-Za-z_]\w*/.exec(expr)?.[0] ?? expr.slice(0, 20);
			if (py) io.err(`Traceback (most recent call last):\n  File "<python-input-0>", line 1, in <module>\n    ${src}\n${name === expr ? '' : ''}NameError: name '${name}' is not defined\n`);
			else io.err(`Uncaught ReferenceError: ${name} is not defined\n`);
			return 1;
		}
		if (print) io.out(`${typeof value === 'string' ? value : String(value)}\n${py ? '' : 'undefined\n'}`);
		else io.out(typeof value === 'string' ? (py ? `'${value}'\n` : `'${value}'\n`) : `${value}\n`);
		return 0;
	}

	/** redis-cli against the container's server: a few commands with their real replies. */
	private redisCli(a: Attached, line: string, io: Io): number {
		const c = this.state.containers[a.containerId]!;
		const words = (line.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^(["'])(.*)\1$/, '$2'));
		if (words.length === 0) return 0;
		const cmd = words[0]!.toLowerCase();
		if (cmd === 'quit' || cmd === 'exit') {
			this.detach(a, 0);
			return 0;
		}
		io.out(redisCommand((c.kv ??= {}), words, true));
		return 0;
	}

	private cmdLine(a: Attached, line: string, io: Io): number {
		const c = this.state.containers[a.containerId]!;
		const words = line.trim().split(/\s+/).filter(Boolean);
		const name = (words[0] ?? '').toLowerCase();
		const out = (t: string) => io.out(t.replace(/\n/g, '\r\n'));
		if (name === '') return 0;
		if (name === 'exit') {
			this.detach(a, Number(words[1] ?? 0) || 0);
			return 0;
		}
		if (name === 'ver') out(`\nMicrosoft Windows [Version ${this.state.images[c.imageId]?.osVersion || '10.0.20348.4294'}]\n\n`);
		else if (name === 'hostname') out(c.hostname + '\n\n');
		else if (name === 'echo') out(line.trim().slice(5) + '\n\n');
		else if (name === 'whoami') out('user manager\\containeruser\n\n');
		else if (name === 'cls') io.out('\x1b[H\x1b[2J');
		else if (name === 'dir') out(` Volume in drive C has no label.\n Volume Serial Number is 5A3C-9F0E\n\n Directory of ${a.cwd}\n\n10/09/2025  04:12 PM             5,645 License.txt\n10/09/2025  04:14 PM    <DIR>          Program Files\n10/09/2025  04:13 PM    <DIR>          Users\n10/09/2025  04:14 PM    <DIR>          Windows\n               1 File(s)          5,645 bytes\n               3 Dir(s)  21,294,247,936 bytes free\n\n`);
		else {
			out(`'${words[0]}' is not recognized as an internal or external command,\noperable program or batch file.\n\n`);
			return 1;
		}
		return 0;
	}
}

export { evalSimple };
