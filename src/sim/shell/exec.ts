// Command → transition: runs a parsed line (lists, pipelines, redirections, expansions) over
// a table of programs. The same executor drives the reader's host shell, the small shells
// inside containers, and Dockerfile RUN lines; each supplies its own programs and files.
import { arith, testExpr } from './arith.ts';
import { parseLine, splitFields, type ListItem, type Redirect, type SimpleCommand, type Word } from './tokenize.ts';

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
	/** The positional parameters ($1 …), so a quoted "$@" gives one word each. */
	getArgs?(): string[];
	readFile(path: string): string | null;
	/** Write a file; returns an error message (`bash: x: No such file or directory`) or null. */
	writeFile(path: string, content: string, append: boolean): string | null;
	/** Name used in syntax and redirection errors (`bash`, `/bin/sh`, `sh`). */
	shellName: string;
	/** Whether the shell has been asked to stop (exit, attach) — stops the rest of the line. */
	stopped(): boolean;
	/** Set a shell variable (`x=5`, `export X=1`); without it assignments are dropped. */
	setVar?(name: string, value: string, exported: boolean): void;
	/** `sleep N`: let N seconds of simulated time pass. */
	sleep?(seconds: number): void;
	/** File tests for `[ -f x ]`; default: a readable file exists. */
	isDir?(path: string): boolean;
	/** Seconds of `sleep` one line may spend before the reader presses Ctrl-C (default: no limit). */
	sleepBudget?: number;
	/** Loop iterations one line may run (default MAX_ITERATIONS). */
	maxIterations?: number;
}

/** A parsed line with its compound commands (if / while / until / for) put together. */
type Node =
	| { op: ListItem['op']; kind: 'item'; item: ListItem }
	| { op: ListItem['op']; kind: 'if'; clauses: Array<{ cond: Node[]; body: Node[] }>; orelse: Node[] | null }
	| { op: ListItem['op']; kind: 'loop'; until: boolean; cond: Node[]; body: Node[] }
	| { op: ListItem['op']; kind: 'for'; name: string; words: Word[]; body: Node[] };

const KEYWORDS = new Set(['if', 'then', 'elif', 'else', 'fi', 'for', 'while', 'until', 'do', 'done']);
/** Loop iterations one line may run before the reader presses Ctrl-C. */
const MAX_ITERATIONS = 1000;

type Tok = { kw: string; op: ListItem['op']; name?: string; words?: Word[]; item?: undefined } | { kw: ''; op: ListItem['op']; item: ListItem };

function literal(w: Word | undefined): string | null {
	if (!w || w.quoted || w.parts.length !== 1 || w.parts[0]!.t !== 'lit') return null;
	return w.parts[0]!.v;
}

/** Split reserved words off the front of each command: `do echo $i` → do, `echo $i`. */
function tokens(list: ListItem[]): Tok[] | string {
	const out: Tok[] = [];
	for (const item of list) {
		let op = item.op;
		let cur: ListItem | null = item;
		while (cur) {
			const first: SimpleCommand = cur.pipeline.commands[0]!;
			const kw = literal(first.words[0]);
			if (kw === null || !KEYWORDS.has(kw) || (cur.pipeline.commands.length > 1 && first.words.length === 1)) {
				out.push({ kw: '', op, item: cur });
				break;
			}
			if (kw === 'for') {
				const name = literal(first.words[1]) ?? '';
				if (!/^[A-Za-z_]\w*$/.test(name)) return `\`${name}': not a valid identifier`;
				const inAt = literal(first.words[2]) === 'in' ? 3 : first.words.length;
				out.push({ kw, op, name, words: first.words.slice(inAt) });
				break;
			}
			out.push({ kw, op });
			const rest: SimpleCommand = { ...first, words: first.words.slice(1) };
			if (rest.words.length === 0 && rest.redirects.length === 0 && cur.pipeline.commands.length === 1) break;
			if (rest.words.length === 0) return `syntax error near unexpected token \`|'`;
			cur = { op: ';', pipeline: { commands: [rest, ...cur.pipeline.commands.slice(1)] } };
			op = ';';
		}
	}
	return out;
}

function buildTree(list: ListItem[]): { ok: true; nodes: Node[] } | { ok: false; error: string } {
	const toks = tokens(list);
	if (typeof toks === 'string') return { ok: false, error: toks };
	let i = 0;
	const EOF = 'syntax error: unexpected end of file';
	const expect = (kw: string) => {
		const t = toks[i];
		if (!t) throw EOF;
		if (t.kw !== kw) throw `syntax error near unexpected token \`${t.kw || 'newline'}'`;
		i++;
	};
	const seq = (stops: string[]): Node[] => {
		const nodes: Node[] = [];
		while (i < toks.length) {
			const t = toks[i]!;
			if (t.item) {
				nodes.push({ op: t.op, kind: 'item', item: t.item });
				i++;
				continue;
			}
			if (stops.includes(t.kw)) {
				if (nodes.length === 0) throw `syntax error near unexpected token \`${t.kw}'`;
				return nodes;
			}
			i++;
			if (t.kw === 'if') {
				const clauses: Array<{ cond: Node[]; body: Node[] }> = [];
				let cond = seq(['then']);
				expect('then');
				let body = seq(['elif', 'else', 'fi']);
				clauses.push({ cond, body });
				while (toks[i]?.kw === 'elif') {
					i++;
					cond = seq(['then']);
					expect('then');
					body = seq(['elif', 'else', 'fi']);
					clauses.push({ cond, body });
				}
				let orelse: Node[] | null = null;
				if (toks[i]?.kw === 'else') {
					i++;
					orelse = seq(['fi']);
				}
				expect('fi');
				nodes.push({ op: t.op, kind: 'if', clauses, orelse });
			} else if (t.kw === 'while' || t.kw === 'until') {
				const cond = seq(['do']);
				expect('do');
				const body = seq(['done']);
				expect('done');
				nodes.push({ op: t.op, kind: 'loop', until: t.kw === 'until', cond, body });
			} else if (t.kw === 'for' && 'name' in t) {
				expect('do');
				const body = seq(['done']);
				expect('done');
				nodes.push({ op: t.op, kind: 'for', name: t.name ?? '', words: t.words ?? [], body });
			} else throw `syntax error near unexpected token \`${t.kw}'`;
		}
		if (stops.length) throw EOF;
		return nodes;
	};
	try {
		return { ok: true, nodes: seq([]) };
	} catch (e) {
		return { ok: false, error: typeof e === 'string' ? e : EOF };
	}
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
	/** Set when a loop ran past its budget: the line ends as if the reader pressed Ctrl-C. */
	interrupted = false;
	private iterations = 0;
	private slept = 0;
	private breaking = 0;

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
		const tree = buildTree(parsed.list);
		if (!tree.ok) {
			io.err(`${this.hooks.shellName}: ${tree.error}\n`);
			return 2;
		}
		return this.runNodes(tree.nodes, io);
	}

	runList(list: ListItem[], io: Io): number {
		return this.runNodes(list.map((item) => ({ op: item.op, kind: 'item', item }) as Node), io);
	}

	private halted(): boolean {
		return this.hooks.stopped() || this.interrupted || this.breaking > 0;
	}

	private runNodes(nodes: Node[], io: Io): number {
		let status = 0;
		let first = true;
		for (const node of nodes) {
			if (this.halted()) break;
			if (!first) {
				if (node.op === '&&' && status !== 0) continue;
				if (node.op === '||' && status === 0) continue;
			}
			first = false;
			status = this.runNode(node, io);
		}
		return status;
	}

	/** Count one loop iteration; false when the line has used its budget (Ctrl-C). */
	private tick(): boolean {
		if (++this.iterations > (this.hooks.maxIterations ?? MAX_ITERATIONS) || this.slept > (this.hooks.sleepBudget ?? Infinity)) {
			this.interrupted = true;
			return false;
		}
		return true;
	}

	private runNode(node: Node, io: Io): number {
		if (node.kind === 'item') return this.runPipeline(node.item.pipeline.commands, io);
		if (node.kind === 'if') {
			for (const c of node.clauses) {
				if (this.runNodes(c.cond, io) === 0) return this.halted() ? 0 : this.runNodes(c.body, io);
				if (this.halted()) return 0;
			}
			return node.orelse ? this.runNodes(node.orelse, io) : 0;
		}
		let status = 0;
		if (node.kind === 'for') {
			const values: string[] = [];
			for (const w of node.words) values.push(...this.expandWord(w));
			for (const v of values) {
				if (this.halted() || !this.tick()) break;
				this.hooks.setVar?.(node.name, v, false);
				status = this.runNodes(node.body, io);
				if (this.breaking > 0) {
					this.breaking--;
					break;
				}
			}
			return status;
		}
		while (!this.halted() && this.tick()) {
			const c = this.runNodes(node.cond, io);
			if (this.halted() || (node.until ? c === 0 : c !== 0)) break;
			status = this.runNodes(node.body, io);
			if (this.breaking > 0) {
				this.breaking--;
				break;
			}
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
			if (p.t === 'var' && p.v === '@' && p.q && this.hooks.getArgs) {
				// "$@": each parameter its own word; none at all when there are none.
				const args = this.hooks.getArgs();
				if (args.length === 0 && w.parts.length === 1) return [];
				args.forEach((a, i) => (i === 0 ? (fields[fields.length - 1] += a) : fields.push(a)));
				continue;
			}
			const value = p.t === 'var' ? this.hooks.getVar(p.v) : p.t === 'arith' ? this.arithmetic(p.v) : this.substitute(p.v);
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

	private arithmetic(expr: string): string {
		const r = arith(expr, (n) => this.hooks.getVar(n));
		if (r.ok) return String(r.value);
		this.arithError = r.error;
		return '';
	}

	private arithError = '';

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
		const env: Record<string, string> = {};
		let k = 0;
		// NAME=value words before the command: expanded without word splitting.
		for (; k < words.length; k++) {
			const head = words[k]!.parts[0];
			if (!head || head.t !== 'lit' || !/^[A-Za-z_][A-Za-z0-9_]*=/.test(head.v)) break;
			const text = this.expandWord(words[k]!).join(' ');
			const eq = text.indexOf('=');
			env[text.slice(0, eq)] = text.slice(eq + 1);
		}
		for (const w of words.slice(k)) argv.push(...this.expandWord(w));
		if (this.arithError) {
			io.err(`${this.hooks.shellName}: ${this.arithError}\n`);
			this.arithError = '';
			return 1;
		}
		if (argv.length === 0 && !redirects.length) {
			for (const [n, v] of Object.entries(env)) this.hooks.setVar?.(n, v, false);
			return 0;
		}
		const builtin = this.builtin(argv, io);
		if (builtin !== null) return builtin;
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

	/** Builtins every shell here shares: export, unset, break/continue, test/[, sleep. */
	private builtin(argv: string[], io: Io): number | null {
		const name = argv[0]!;
		const h = this.hooks;
		if (name === 'export' && h.setVar) {
			for (const a of argv.slice(1)) {
				if (a === '-p' || a === '-n') continue;
				const eq = a.indexOf('=');
				const n = eq < 0 ? a : a.slice(0, eq);
				if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) {
					io.err(`${h.shellName}: export: \`${a}': not a valid identifier\n`);
					return 1;
				}
				h.setVar(n, eq < 0 ? h.getVar(n) : a.slice(eq + 1), true);
			}
			return 0;
		}
		if (name === 'unset' && h.setVar) {
			for (const a of argv.slice(1)) if (!a.startsWith('-')) h.setVar(a, '', false);
			return 0;
		}
		if (name === 'break' || name === 'continue') {
			if (name === 'break') this.breaking = 1;
			return 0;
		}
		if (name === '[' || name === 'test') {
			let args = argv.slice(1);
			if (name === '[') {
				if (args[args.length - 1] !== ']') {
					io.err(`${h.shellName}: [: missing \`]'\n`);
					return 2;
				}
				args = args.slice(0, -1);
			}
			const isDir = (p: string) => h.isDir?.(p) ?? false;
			return testExpr(args, { exists: (p) => isDir(p) || h.readFile(p) !== null, isDir, isFile: (p) => !isDir(p) && h.readFile(p) !== null }, (m) => io.err(`${h.shellName}: ${name}: ${m}\n`));
		}
		if (name === 'sleep' && h.sleep) {
			const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(argv[1] ?? '');
			if (!m) {
				io.err(argv[1] === undefined ? 'sleep: missing operand\nTry \'sleep --help\' for more information.\n' : `sleep: invalid time interval '${argv[1]}'\nTry 'sleep --help' for more information.\n`);
				return 1;
			}
			const sec = Number(m[1]) * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 } as Record<string, number>)[m[2]!]!;
			const budget = h.sleepBudget ?? Infinity;
			const take = Math.min(sec, Math.max(0, budget - this.slept + 1));
			this.slept += sec;
			h.sleep(take);
			if (this.slept > budget) this.interrupted = true;
			return this.interrupted ? 130 : 0;
		}
		return null;
	}
}
