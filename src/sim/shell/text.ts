// Text filters learners pipe into (`docker ps | grep web`, `docker images | head -3`):
// grep, head, tail, wc, sort, uniq over stdin or files, with GNU, BSD (macOS) or BusyBox
// wording where they differ.

import { byteLength } from '../engine/sha256.ts';

export type Style = 'gnu' | 'bsd' | 'busybox';
export interface TextIo {
	stdin: string;
	read(path: string): string | null;
	out(t: string): void;
	err(t: string): void;
	style: Style;
}

export const TEXT_TOOLS = ['grep', 'head', 'tail', 'wc', 'sort', 'uniq', 'tr'];

function lines(text: string): string[] {
	const l = text.split('\n');
	if (l[l.length - 1] === '') l.pop();
	return l;
}

function sources(files: string[], t: TextIo, tool: string): Array<{ name: string; text: string }> | null {
	if (files.length === 0) return [{ name: '', text: t.stdin }];
	const out: Array<{ name: string; text: string }> = [];
	for (const f of files) {
		const text = f === '-' ? t.stdin : t.read(f);
		if (text === null) {
			if (tool === 'head' || tool === 'tail') t.err(t.style === 'gnu' ? `${tool}: cannot open '${f}' for reading: No such file or directory\n` : `${tool}: ${f}: No such file or directory\n`);
			else if (tool === 'grep' || tool === 'wc' || tool === 'sort' || tool === 'uniq') t.err(t.style === 'gnu' && tool === 'sort' ? `sort: cannot read: ${f}: No such file or directory\n` : `${tool}: ${f}: No such file or directory\n`);
			return null;
		}
		out.push({ name: f, text });
	}
	return out;
}

function grep(argv: string[], t: TextIo): number {
	const opts = new Set<string>();
	const rest: string[] = [];
	let pattern: string | null = null;
	for (let i = 1; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '-e') pattern = argv[++i] ?? '';
		else if (a.startsWith('--')) opts.add(a);
		else if (a.startsWith('-') && a.length > 1) for (const ch of a.slice(1)) opts.add(ch);
		else rest.push(a);
	}
	if (pattern === null) pattern = rest.shift() ?? null;
	if (pattern === null) {
		t.err(t.style === 'gnu' ? "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n" : t.style === 'bsd' ? 'usage: grep [-abcdDEFGHhIiJLlMmnOopqRSsUVvwXxZz] [-A num] [-B num] [-C[num]]\n\t[-e pattern] [-f file] [--binary-files=value] [--color=when]\n\t[--context[=num]] [--directories=action] [--label] [--line-buffered]\n\t[--null] [pattern] [file ...]\n' : 'BusyBox v1.37.0 (2025-08-05 16:40:33 UTC) multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFE] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n');
		return 2;
	}
	const src = sources(rest, t, 'grep');
	if (!src) return 2;
	const flags = opts.has('i') ? 'i' : '';
	let re: RegExp;
	try {
		const p = opts.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : opts.has('E') ? pattern : pattern.replace(/\\([|(){}+?])/g, '$1').replace(/(^|[^\\])([+?(){}|])/g, '$1\\$2');
		re = new RegExp(opts.has('w') ? `\\b(?:${p})\\b` : p, flags);
	} catch {
		re = new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
	}
	let total = 0;
	for (const s of src) {
		let count = 0;
		lines(s.text).forEach((l, idx) => {
			if (re.test(l) === opts.has('v')) return;
			count++;
			if (opts.has('q') || opts.has('c')) return;
			t.out(`${src.length > 1 ? s.name + ':' : ''}${opts.has('n') ? `${idx + 1}:` : ''}${l}\n`);
		});
		if (opts.has('c') && !opts.has('q')) t.out(`${src.length > 1 ? s.name + ':' : ''}${count}\n`);
		total += count;
	}
	return total > 0 ? 0 : 1;
}

function headTail(argv: string[], t: TextIo, head: boolean): number {
	let n = 10;
	let from = false;
	const files: string[] = [];
	for (let i = 1; i < argv.length; i++) {
		const a = argv[i]!;
		const v = a === '-n' ? argv[++i] ?? '' : a.startsWith('-n') ? a.slice(2) : /^-\d+$/.test(a) ? a.slice(1) : null;
		if (v !== null) {
			if (!/^[+-]?\d+$/.test(v)) {
				t.err(t.style === 'gnu' ? `${argv[0]}: invalid number of lines: '${v}'\n` : `${argv[0]}: illegal line count -- ${v}\n`);
				return 1;
			}
			from = v.startsWith('+');
			n = Math.abs(Number(v));
		} else if (a === '-f' || a === '-F') continue;
		else files.push(a);
	}
	const src = sources(files, t, argv[0]!);
	if (!src) return 1;
	src.forEach((s, k) => {
		if (src.length > 1) t.out(`${k > 0 ? '\n' : ''}==> ${s.name} <==\n`);
		const l = lines(s.text);
		const pick = head ? l.slice(0, n) : from ? l.slice(Math.max(0, n - 1)) : l.slice(Math.max(0, l.length - n));
		if (pick.length) t.out(pick.join('\n') + '\n');
	});
	return 0;
}

function wc(argv: string[], t: TextIo): number {
	const opts = new Set<string>();
	const files: string[] = [];
	for (const a of argv.slice(1)) {
		if (a.startsWith('-') && a.length > 1) for (const ch of a.slice(1)) opts.add(ch);
		else files.push(a);
	}
	const src = sources(files, t, 'wc');
	if (!src) return 1;
	const want = opts.size ? ['l', 'w', 'c', 'm'].filter((o) => opts.has(o)) : ['l', 'w', 'c'];
	const rows = src.map((s) => {
		const counts: Record<string, number> = { l: (s.text.match(/\n/g) ?? []).length, w: s.text.split(/\s+/).filter(Boolean).length, c: byteLength(s.text), m: [...s.text].length };
		return { name: s.name, nums: want.map((o) => counts[o]!) };
	});
	if (rows.length > 1) rows.push({ name: 'total', nums: want.map((_o, i) => rows.reduce((n, r) => n + r.nums[i]!, 0)) });
	const width = t.style === 'bsd' ? 8 : t.style === 'busybox' ? 7 : want.length === 1 && files.length <= 1 ? 0 : files.length === 0 ? 7 : Math.max(...rows.flatMap((r) => r.nums.map((x) => String(x).length)));
	for (const r of rows) {
		const nums = r.nums.map((x) => String(x).padStart(width));
		t.out(`${t.style === 'bsd' ? nums.join('') : nums.join(' ')}${r.name ? ' ' + r.name : ''}\n`);
	}
	return 0;
}

function sort(argv: string[], t: TextIo): number {
	const opts = new Set<string>();
	const files: string[] = [];
	let key = 0;
	for (let i = 1; i < argv.length; i++) {
		const a = argv[i]!;
		if (a === '-k') key = parseInt(argv[++i] ?? '0', 10) || 0;
		else if (/^-k\d+/.test(a)) key = parseInt(a.slice(2), 10) || 0;
		else if (a.startsWith('-') && a.length > 1) for (const ch of a.slice(1)) opts.add(ch);
		else files.push(a);
	}
	const src = sources(files, t, 'sort');
	if (!src) return 2;
	let all = src.flatMap((s) => lines(s.text));
	const field = (l: string) => (key > 0 ? l.trim().split(/\s+/).slice(key - 1).join(' ') : l);
	const num = (l: string) => parseFloat(field(l)) || 0;
	all.sort((a, b) => {
		const fa = field(a), fb = field(b);
		let c = opts.has('n') ? num(a) - num(b) : (opts.has('f') ? fa.toLowerCase() : fa) < (opts.has('f') ? fb.toLowerCase() : fb) ? -1 : fa === fb ? 0 : 1;
		if (c === 0 && !opts.has('s')) c = a < b ? -1 : a > b ? 1 : 0;
		return opts.has('r') ? -c : c;
	});
	if (opts.has('u')) all = all.filter((l, i) => i === 0 || field(l) !== field(all[i - 1]!));
	if (all.length) t.out(all.join('\n') + '\n');
	return 0;
}

function uniq(argv: string[], t: TextIo): number {
	const opts = new Set(argv.slice(1).filter((a) => a.startsWith('-')).flatMap((a) => [...a.slice(1)]));
	const src = sources(argv.slice(1).filter((a) => !a.startsWith('-')).slice(0, 1), t, 'uniq');
	if (!src) return 1;
	const groups: Array<{ line: string; n: number }> = [];
	for (const l of lines(src[0]!.text)) {
		const g = groups[groups.length - 1];
		if (g && g.line === l) g.n++;
		else groups.push({ line: l, n: 1 });
	}
	for (const g of groups) {
		if (opts.has('d') && g.n < 2) continue;
		if (opts.has('u') && g.n > 1) continue;
		t.out(opts.has('c') ? `${String(g.n).padStart(7)} ${g.line}\n` : `${g.line}\n`);
	}
	return 0;
}

/** A tr set: ranges (a-z), the escapes \n \t \\ and [:upper:]/[:lower:]/[:digit:]/[:space:]. */
function trSet(spec: string): string[] {
	const classes: Record<string, string> = { upper: 'A-Z', lower: 'a-z', digit: '0-9', space: ' \t\n\r\v\f', alpha: 'a-zA-Z', alnum: 'a-zA-Z0-9' };
	const s = spec.replace(/\[:(\w+):\]/g, (m, c: string) => classes[c] ?? m).replace(/\\(n|t|\\)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
	const out: string[] = [];
	const chars = [...s];
	for (let i = 0; i < chars.length; i++) {
		if (chars[i + 1] === '-' && i + 2 < chars.length) {
			for (let c = chars[i]!.codePointAt(0)!; c <= chars[i + 2]!.codePointAt(0)!; c++) out.push(String.fromCodePoint(c));
			i += 2;
		} else out.push(chars[i]!);
	}
	return out;
}

/** tr [-d] SET1 [SET2] over stdin, as POSIX tr: SET2 is padded with its last character. */
function tr(argv: string[], t: TextIo): number {
	const del = argv[1] === '-d';
	const sets = argv.slice(del ? 2 : 1);
	if (sets.length === 0 || (!del && sets.length < 2)) {
		t.err(sets.length === 0 ? "tr: missing operand\nTry 'tr --help' for more information.\n" : `tr: missing operand after '${sets[0]}'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n`);
		return 1;
	}
	const from = trSet(sets[0]!);
	const to = del ? [] : trSet(sets[1]!);
	const map = new Map<string, string>();
	from.forEach((c, i) => map.set(c, del ? '' : (to[i] ?? to[to.length - 1] ?? '')));
	t.out([...t.stdin].map((c) => (map.has(c) ? map.get(c)! : c)).join(''));
	return 0;
}

export function runText(argv: string[], t: TextIo): number {
	switch (argv[0]) {
		case 'tr':
			return tr(argv, t);
		case 'grep':
			return grep(argv, t);
		case 'head':
			return headTail(argv, t, true);
		case 'tail':
			return headTail(argv, t, false);
		case 'wc':
			return wc(argv, t);
		case 'sort':
			return sort(argv, t);
		default:
			return uniq(argv, t);
	}
}

/**
 * printf FORMAT [ARG...] as POSIX specifies it: %s, %d and %% conversions, \n \t \\ escapes,
 * and the format reused as often as needed to consume every argument (`printf "%s\n" a b`
 * prints two lines). A missing argument is empty for %s and 0 for %d.
 */
export function printfText(args: string[]): string {
	const fmt = (args[0] ?? '').replace(/\\(n|t|\\)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
	const rest = args.slice(1);
	let i = 0;
	let out = '';
	do {
		let used = false;
		out += fmt.replace(/%([sd%])/g, (_m, k: string) => {
			if (k === '%') return '%';
			used = true;
			const v = rest[i++];
			return k === 'd' ? String(v === undefined ? 0 : Number.parseInt(v, 10) || 0) : (v ?? '');
		});
		if (!used) break;
	} while (i < rest.length);
	return out;
}
