// A small subset of Go text/template as docker's --format uses it: {{.Field}}, nested
// {{.A.B}}, {{json .X}}, {{index .Map "key"}}, {{upper}}/{{lower}}, {{range}}/{{if}}/{{with}}
// … {{end}}, and the `table` prefix.
import { goJson, table } from './format.ts';

function lookup(obj: unknown, path: string): unknown {
	if (path === '.' || path === '') return obj;
	let cur: unknown = obj;
	for (const seg of path.replace(/^\./, '').split('.')) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<string, unknown>)[seg];
	}
	return cur;
}

const STRUCT = Symbol('go struct');

/**
 * Mark an object as a Go struct rather than a map: text/template prints a struct as its field
 * values in declaration order, `{ 8080}` for nat.PortBinding{HostIP: "", HostPort: "8080"},
 * where a map prints `map[k:v]`. The mark is a symbol, so JSON output is unchanged.
 */
export function goStruct<T extends object>(o: T): T {
	Object.defineProperty(o, STRUCT, { value: true, enumerable: false });
	return o;
}

function show(v: unknown): string {
	if (v === undefined) return '<no value>';
	if (v === null) return '<nil>';
	if (typeof v === 'string') return v;
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	if (Array.isArray(v)) return `[${v.map(show).join(' ')}]`;
	if ((v as Record<symbol, unknown>)[STRUCT]) return `{${Object.values(v as Record<string, unknown>).map(show).join(' ')}}`;
	return `map[${Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => `${k}:${show(x)}`).join(' ')}]`;
}

export type TemplateResult = { ok: true; text: string } | { ok: false; error: string };

type Tok = { text: string } | { action: string };

/** Split a template into text and actions; Go's parse errors carry cli's `template parsing error: ` prefix. */
function lex(tpl: string): Tok[] | string {
	const toks: Tok[] = [];
	let i = 0;
	while (i < tpl.length) {
		const open = tpl.indexOf('{{', i);
		if (open < 0) {
			toks.push({ text: tpl.slice(i) });
			break;
		}
		let text = tpl.slice(i, open);
		const close = tpl.indexOf('}}', open + 2);
		if (close < 0) return 'template: :1: unclosed action';
		let body = tpl.slice(open + 2, close);
		if (body.startsWith('-')) text = text.replace(/\s+$/, '');
		if (text) toks.push({ text });
		const trimRight = body.endsWith('-');
		body = body.replace(/^-\s*|\s*-$/g, '').trim();
		toks.push({ action: body });
		i = close + 2;
		if (trimRight) while (i < tpl.length && /\s/.test(tpl[i]!)) i++;
	}
	return toks;
}

function items(v: unknown): unknown[] {
	if (Array.isArray(v)) return v;
	if (v && typeof v === 'object') return Object.keys(v as object).sort().map((k) => (v as Record<string, unknown>)[k]);
	return [];
}

function truthy(v: unknown): boolean {
	if (Array.isArray(v)) return v.length > 0;
	if (v && typeof v === 'object') return Object.keys(v).length > 0;
	return v !== undefined && v !== null && v !== false && v !== 0 && v !== '';
}

/** Find the `end` (and top-level `else`) closing the block that starts after index i. */
function block(toks: Tok[], i: number): { elseAt: number; endAt: number } | null {
	let depth = 0;
	let elseAt = -1;
	for (let j = i; j < toks.length; j++) {
		const t = toks[j]!;
		if (!('action' in t)) continue;
		const w = t.action.split(/\s+/)[0];
		if (w === 'range' || w === 'if' || w === 'with') depth++;
		else if (w === 'else' && depth === 0 && elseAt < 0) elseAt = j;
		else if (w === 'end') {
			if (depth === 0) return { elseAt, endAt: j };
			depth--;
		}
	}
	return null;
}

function evalAction(action: string, dot: unknown): { ok: true; value: unknown } | { ok: false; error: string } {
	const words = action.split(/\s+/);
	const arg = (w: string | undefined) => (w === undefined ? undefined : w.startsWith('"') ? w.replace(/^"|"$/g, '') : lookup(dot, w));
	if (words[0] === 'json') return { ok: true, value: JSON.stringify(arg(words[1]) ?? null) };
	if (words[0] === 'upper' || words[0] === 'lower') {
		const v = show(arg(words[1]));
		return { ok: true, value: words[0] === 'upper' ? v.toUpperCase() : v.toLowerCase() };
	}
	if (words[0] === 'len') return { ok: true, value: items(arg(words[1])).length || String(arg(words[1]) ?? '').length };
	if (words[0] === 'join') return { ok: true, value: items(arg(words[1])).map(show).join(String(arg(words[2]) ?? '')) };
	if (words[0] === 'index' && words[1] && words[2]) {
		const m = arg(words[1]);
		const key = words[2].replace(/^"|"$/g, '');
		return { ok: true, value: m && typeof m === 'object' ? (m as Record<string, unknown>)[key] : undefined };
	}
	if (words[0]!.startsWith('.') || words[0] === '.') return { ok: true, value: lookup(dot, words[0]!) };
	if (words[0]!.startsWith('"')) return { ok: true, value: words.join(' ').replace(/^"|"$/g, '') };
	return { ok: false, error: `template parsing error: template: :1: function "${words[0]}" not defined` };
}

function run(toks: Tok[], from: number, to: number, dot: unknown): TemplateResult {
	let out = '';
	for (let i = from; i < to; i++) {
		const t = toks[i]!;
		if ('text' in t) {
			out += t.text;
			continue;
		}
		const words = t.action.split(/\s+/);
		if (words[0] === 'range' || words[0] === 'if' || words[0] === 'with') {
			const b = block(toks, i + 1);
			if (!b) return { ok: false, error: 'template parsing error: template: :1: unexpected EOF' };
			const v = evalAction(words.slice(1).join(' ') || '.', dot);
			if (!v.ok) return v;
			const bodyEnd = b.elseAt >= 0 ? b.elseAt : b.endAt;
			if (words[0] === 'range') {
				const list = items(v.value);
				for (const el of list) {
					const r = run(toks, i + 1, bodyEnd, el);
					if (!r.ok) return r;
					out += r.text;
				}
				if (list.length === 0 && b.elseAt >= 0) {
					const r = run(toks, b.elseAt + 1, b.endAt, dot);
					if (!r.ok) return r;
					out += r.text;
				}
			} else {
				const yes = truthy(v.value);
				const r = yes ? run(toks, i + 1, bodyEnd, words[0] === 'with' ? v.value : dot) : b.elseAt >= 0 ? run(toks, b.elseAt + 1, b.endAt, dot) : { ok: true as const, text: '' };
				if (!r.ok) return r;
				out += r.text;
			}
			i = b.endAt;
			continue;
		}
		if (words[0] === 'end' || words[0] === 'else') return { ok: false, error: `template parsing error: template: :1: unexpected {{${words[0]}}}` };
		const v = evalAction(t.action, dot);
		if (!v.ok) return v;
		out += typeof v.value === 'string' && words[0] === 'json' ? v.value : show(v.value);
	}
	return { ok: true, text: out };
}

export function renderTemplate(tpl: string, obj: unknown): TemplateResult {
	const toks = lex(tpl.replace(/\\t/g, '\t').replace(/\\n/g, '\n'));
	if (typeof toks === 'string') return { ok: false, error: `template parsing error: ${toks}` };
	return run(toks, 0, toks.length, obj);
}

/**
 * `--format json`: docker/cli formatter.MarshalJSON puts each row's fields in a map and calls
 * json.Marshal, so keys come out sorted and `<`, `>`, `&` are escaped as Go does.
 */
export function marshalRow(row: Record<string, unknown>): string {
	const sorted: Record<string, unknown> = {};
	for (const k of Object.keys(row).sort()) sorted[k] = row[k];
	return JSON.stringify(sorted).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Render rows with --format; `table …` adds a header row and aligns like tabwriter. */
export function formatRows(format: string, rows: Array<Record<string, unknown>>, headers: Record<string, string>): TemplateResult {
	const isTable = format.startsWith('table');
	const tpl = isTable ? format.slice(5).trim() : format;
	if (format === 'json') return { ok: true, text: rows.map((r) => marshalRow(r)).join('\n') + (rows.length ? '\n' : '') };
	const lines: string[] = [];
	for (const r of rows) {
		const res = renderTemplate(tpl, r);
		if (!res.ok) return res;
		lines.push(res.text);
	}
	if (!isTable) return { ok: true, text: lines.map((l) => l + '\n').join('') };
	// The header row is the template run over the header map: `{{if .Current}} *{{end}}` is
	// false there (no such header), so `NAME{{if .Current}} *{{end}}` heads the column as NAME.
	const head = tpl
		.replace(/\{\{\s*if\s+\.(\w+)\s*\}\}(.*?)\{\{\s*end\s*\}\}/g, (_m, f: string, body: string) => (headers[f] ? body : ''))
		.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_m, f: string) => headers[f] ?? f.toUpperCase());
	return { ok: true, text: table([head, ...lines].map((l) => l.replace(/\\t/g, '\t').split('\t'))) };
}

export { goJson };
