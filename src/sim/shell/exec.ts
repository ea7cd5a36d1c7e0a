// Command → transition: runs a parsed line (lists, pipelines, redirections, expansions) over
// a table of programs. The same executor drives the reader's host shell, the small shells
// inside containers, and Dockerfile RUN lines; each supplies its own programs and files.
import { parseLine, splitFields, type ListItem, type Redirect, type Word } from './tokenize.ts';

export interface Io {
	out(text: string): void;
	err(text: string): void;
	tty: boolean;
	cols: number;
	rows: number;
	stdin: string;
}

export interface ShellHooks {
	/** Run one simple command (argv after expansion); returns the exit status. */
	run(argv: string[], io: Io, env: Record<string, string>): number;
	/** Variable lookup ($HOME, $?, …). */
	getVar(name: string): string;
	readFile(path: string): string | null;
	/** Write a file; returns an error message (`bash: x: No such file or directory`) or null. */
	writeFile(path: string, content: string, append: boolean): string | null;
	/** Name used in syntax and redirection errors (`bash`, `/bin/sh`, `sh`). */
	shellName: string;
	/** Whether the shell has been asked to stop (exit, attach) — stops the rest of the line. */
	stopped(): boolean;
}

const MAX_SUB_DEPTH = 4;
const MAX_OUTPUT = 1 << 20;

export function bufferIo(base: Io, stdin = ''): Io & { text: string; errText: string } {
	const b = {
		text: '',
		errText: '',
		tty: false,
		cols: base.cols,
		rows: base.rows,
		stdin,
		out(t: string) {
			if (b.text.length < MAX_OUTPUT) b.text += t;
		},
		err(t: string) {
			if (b.errText.length < MAX_OUTPUT) b.errText += t;
		},
	};
	return b;
}

export class ShellExecutor {
	private depth = 0;
	readonly hooks: ShellHooks;

	constructor(hooks: ShellHooks) {
		this.hooks = hooks;
	}

	/** Parse and run a line; syntax errors print bash's message and give status 2. */
	runLine(line: string, io: Io): number {
		const parsed = parseLine(line);
		if (!parsed.ok) {
			io.err(parsed.error.replace(/^bash:/, `${this.hooks.shellName}:`) + '\n');
			return 2;
		}
		return this.runList(parsed.list, io);
	}

	runList(list: ListItem[], io: Io): number {
		let status = 0;
		let first = true;
		for (const item of list) {
			if (this.hooks.stopped()) break;
			if (!first) {
				if (item.op === '&&' && status !== 0) continue;
				if (item.op === '||' && status === 0) continue;
			}
			first = false;
			status = this.runPipeline(item.pipeline.commands, io);
		}
		return status;
	}

	private runPipeline(commands: ListItem['pipeline']['commands'], io: Io): number {
		let stdin = io.stdin;
		let status = 0;
		commands.forEach((cmd, idx) => {
			const last = idx === commands.length - 1;
			const capture = last ? null : bufferIo(io, stdin);
			const target: Io = capture ?? { ...io, out: io.out, err: io.err, stdin };
			status = this.runSimple(cmd.words, cmd.redirects, target);
			if (capture) {
				io.err(capture.errText);
				stdin = capture.text;
			}
		});
		return status;
	}

	expandWord(w: Word): string[] {
		let fields: string[] = [''];
		let splitAny = false;
		for (const p of w.parts) {
			if (p.t === 'lit') {
				fields[fields.length - 1] += p.v;
				continue;
			}
			const value = p.t === 'var' ? this.hooks.getVar(p.v) : this.substitute(p.v);
			if (p.q) {
				fields[fields.length - 1] += value;
				continue;
			}
			const parts = splitFields(value);
			splitAny = true;
			if (parts.length === 0) continue;
			const leading = /^[ \t\n]/.test(value);
			const trailing = /[ \t\n]$/.test(value);
			if (leading && fields[fields.length - 1] !== '') fields.push('');
			fields[fields.length - 1] += parts[0];
			for (let i = 1; i < parts.length; i++) fields.push(parts[i]!);
			if (trailing) fields.push('');
		}
		if (!w.quoted && splitAny) fields = fields.filter((f) => f !== '');
		return fields;
	}

	private substitute(cmd: string): string {
		if (this.depth >= MAX_SUB_DEPTH) return '';
		this.depth++;
		try {
			const buf = bufferIo({ out() {}, err() {}, tty: false, cols: 80, rows: 24, stdin: '' });
			this.runLine(cmd, buf);
			return buf.text.replace(/\n+$/, '');
		} finally {
			this.depth--;
		}
	}

	private runSimple(words: Word[], redirects: Redirect[], io: Io): number {
		const argv: string[] = [];
		for (const w of words) argv.push(...this.expandWord(w));
		const env: Record<string, string> = {};
		while (argv.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[0]!)) {
			const a = argv.shift()!;
			const eq = a.indexOf('=');
			env[a.slice(0, eq)] = a.slice(eq + 1);
		}
		let out = io.out;
		let err = io.err;
		let stdin = io.stdin;
		const files: Array<{ path: string; append: boolean; text: string }> = [];
		for (const r of redirects) {
			const target = this.expandWord(r.target).join(' ');
			if (r.op === '<') {
				const content = this.hooks.readFile(target);
				if (content === null) {
					io.err(`${this.hooks.shellName}: ${target}: No such file or directory\n`);
					return 1;
				}
				stdin = content;
				continue;
			}
			if (r.op === '>&') {
				if (target === '1' && r.fd === 2) err = out;
				else if (target === '2' && r.fd === 1) out = err;
				continue;
			}
			if (target === '/dev/null') {
				if (r.fd === 1) out = () => {};
				else if (r.fd === 2) err = () => {};
				else out = err = () => {};
				continue;
			}
			if (target === '/dev/stderr') {
				if (r.fd === 1) out = io.err;
				continue;
			}
			if (target === '/dev/stdout') continue;
			const f = { path: target, append: r.op === '>>', text: '' };
			files.push(f);
			const sink = (t: string) => {
				if (f.text.length < MAX_OUTPUT) f.text += t;
			};
			if (r.fd === 1) out = sink;
			else if (r.fd === 2) err = sink;
			else out = err = sink;
		}
		for (const f of files) {
			const e = this.hooks.writeFile(f.path, '', f.append);
			if (e) {
				io.err(e + '\n');
				return 1;
			}
		}
		if (argv.length === 0) return 0;
		const status = this.hooks.run(argv, { ...io, out, err, stdin }, env);
		for (const f of files) this.hooks.writeFile(f.path, f.text, true);
		return status;
	}
}
