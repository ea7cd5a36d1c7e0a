// A small subset of Go text/template as docker's --format uses it: {{.Field}}, nested
// {{.A.B}}, {{json .X}}, {{index .Map "key"}}, {{upper}}/{{lower}}, and the `table` prefix.
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

function show(v: unknown): string {
	if (v === undefined) return '<no value>';
	if (v === null) return '<nil>';
	if (typeof v === 'string') return v;
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	if (Array.isArray(v)) return `[${v.map(show).join(' ')}]`;
	return `map[${Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => `${k}:${show(x)}`).join(' ')}]`;
}

export type TemplateResult = { ok: true; text: string } | { ok: false; error: string };

export function renderTemplate(tpl: string, obj: unknown): TemplateResult {
	let out = '';
	let i = 0;
	const unescaped = tpl.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
	while (i < unescaped.length) {
		const open = unescaped.indexOf('{{', i);
		if (open < 0) {
			out += unescaped.slice(i);
			break;
		}
		out += unescaped.slice(i, open);
		const close = unescaped.indexOf('}}', open + 2);
		if (close < 0) return { ok: false, error: `template: :1: unclosed action` };
		const action = unescaped.slice(open + 2, close).trim().replace(/^-\s*|\s*-$/g, '');
		const words = action.split(/\s+/);
		if (words[0] === 'json' && words[1]) out += JSON.stringify(lookup(obj, words[1]) ?? null);
		else if ((words[0] === 'upper' || words[0] === 'lower') && words[1]) {
			const v = show(lookup(obj, words[1]));
			out += words[0] === 'upper' ? v.toUpperCase() : v.toLowerCase();
		} else if (words[0] === 'index' && words[1] && words[2]) {
			const m = lookup(obj, words[1]);
			const key = words[2].replace(/^"|"$/g, '');
			out += show(m && typeof m === 'object' ? (m as Record<string, unknown>)[key] : undefined);
		} else if (words[0]!.startsWith('.')) out += show(lookup(obj, words[0]!));
		else return { ok: false, error: `template: :1: function "${words[0]}" not defined` };
		i = close + 2;
	}
	return { ok: true, text: out };
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
	const head = tpl.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_m, f: string) => headers[f] ?? f.toUpperCase());
	return { ok: true, text: table([head, ...lines].map((l) => l.replace(/\\t/g, '\t').split('\t'))) };
}

export { goJson };
