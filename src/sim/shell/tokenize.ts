// Text → tokens: a bash-like reading of one input line. Quotes ('…', "…", \x), `;`, `&&`,
// `||`, `|`, `#` comments, redirections (> >> 2>&1 <), $VAR, $(…) and $((…)) expansions, and
// NAME=value prefixes. Unbalanced input gives bash's own syntax error text.

export type Part = { t: 'lit'; v: string } | { t: 'sub'; v: string; q: boolean } | { t: 'var'; v: string; q: boolean } | { t: 'arith'; v: string; q: boolean };
export interface Word {
	parts: Part[];
	/** The word had quotes, so it survives even when it expands to nothing. */
	quoted: boolean;
	/** Source offset, for completion. */
	start: number;
}
export interface Redirect {
	fd: number;
	op: '>' | '>>' | '<' | '>&';
	target: Word;
}
export interface SimpleCommand {
	words: Word[];
	redirects: Redirect[];
}
export interface Pipeline {
	commands: SimpleCommand[];
}
export interface ListItem {
	/** The connector before this pipeline (';' for the first). */
	op: ';' | '&&' | '||';
	pipeline: Pipeline;
}
export type ParseResult = { ok: true; list: ListItem[] } | { ok: false; error: string };

const isSpace = (c: string) => c === ' ' || c === '\t';
const VAR_START = /[A-Za-z_]/;
const VAR_CHAR = /[A-Za-z0-9_]/;

/** Find the `)` closing a `$(` that starts at i (the index after `$(`), or -1. */
function matchParen(s: string, i: number): number {
	let depth = 1;
	let q = '';
	for (; i < s.length; i++) {
		const c = s[i]!;
		if (q === "'") {
			if (c === "'") q = '';
			continue;
		}
		if (c === '\\') {
			i++;
			continue;
		}
		if (q === '"') {
			if (c === '"') q = '';
			continue;
		}
		if (c === "'" || c === '"') q = c;
		else if (c === '(') depth++;
		else if (c === ')' && --depth === 0) return i;
	}
	return -1;
}

export function parseLine(line: string): ParseResult {
	const list: ListItem[] = [];
	let pipeline: Pipeline = { commands: [] };
	let cmd: SimpleCommand = { words: [], redirects: [] };
	let word: Word | null = null;
	let pendingRedirect: { fd: number; op: Redirect['op'] } | null = null;
	let nextOp: ListItem['op'] = ';';
	let lastToken = '';
	const s = line;
	const n = s.length;

	const lit = (v: string, at: number) => {
		if (!word) word = { parts: [], quoted: false, start: at };
		const last = word.parts[word.parts.length - 1];
		if (last && last.t === 'lit') last.v += v;
		else word.parts.push({ t: 'lit', v });
	};
	const endWord = () => {
		if (!word) return;
		if (pendingRedirect) {
			cmd.redirects.push({ ...pendingRedirect, target: word });
			pendingRedirect = null;
		} else cmd.words.push(word);
		word = null;
		lastToken = 'word';
	};
	const syntax = (tok: string): ParseResult => ({ ok: false, error: `bash: syntax error near unexpected token \`${tok}'` });
	const endCommand = (tok: string): ParseResult | null => {
		endWord();
		if (pendingRedirect) return syntax(tok === '' ? 'newline' : tok);
		if (cmd.words.length === 0 && cmd.redirects.length === 0) return syntax(tok === '' ? 'newline' : tok);
		pipeline.commands.push(cmd);
		cmd = { words: [], redirects: [] };
		return null;
	};
	const endPipeline = (tok: string, op: ListItem['op']): ParseResult | null => {
		const err = endCommand(tok);
		if (err) return err;
		list.push({ op: nextOp, pipeline });
		pipeline = { commands: [] };
		nextOp = op;
		return null;
	};

	let i = 0;
	while (i < n) {
		const c = s[i]!;
		if (isSpace(c)) {
			endWord();
			i++;
			continue;
		}
		if (c === '#' && !word) break;
		if (c === '\n' || c === ';' || c === '&' || c === '|') {
			const two = s.slice(i, i + 2);
			let tok: string = c;
			let op: ListItem['op'] = ';';
			if (two === '&&') { tok = '&&'; op = '&&'; }
			else if (two === '||') { tok = '||'; op = '||'; }
			else if (two === ';;') return syntax(';;');
			if (c === '&' && s[i + 1] === '>') {
				// &> file: both streams.
				endWord();
				pendingRedirect = { fd: 3, op: '>' };
				i += 2;
				continue;
			}
			if (c === '\n' && cmd.words.length === 0 && !word && pipeline.commands.length === 0) {
				i++;
				continue;
			}
			if (tok === '|') {
				const err = endCommand('|');
				if (err) return err;
				i++;
				lastToken = '|';
				continue;
			}
			const err = endPipeline(tok, op);
			if (err) return err;
			lastToken = tok;
			i += tok.length;
			continue;
		}
		if (c === '>' || c === '<') {
			let fd = c === '<' ? 0 : 1;
			const w = word as Word | null;
			if (w && w.parts.length === 1 && !w.quoted && w.parts[0]!.t === 'lit' && /^[0-9]$/.test(w.parts[0]!.v)) {
				fd = Number(w.parts[0]!.v);
				word = null;
			}
			endWord();
			if (pendingRedirect) return syntax(c);
			let op: Redirect['op'] = c === '<' ? '<' : '>';
			i++;
			if (c === '>' && s[i] === '>') {
				op = '>>';
				i++;
			} else if (c === '>' && s[i] === '&') {
				op = '>&';
				i++;
			}
			pendingRedirect = { fd, op };
			continue;
		}
		if (c === "'") {
			const end = s.indexOf("'", i + 1);
			if (end < 0) return { ok: false, error: "bash: unexpected EOF while looking for matching `''" };
			lit(s.slice(i + 1, end), i);
			word!.quoted = true;
			i = end + 1;
			continue;
		}
		if (c === '"') {
			if (!word) word = { parts: [], quoted: true, start: i };
			word.quoted = true;
			i++;
			let closed = false;
			while (i < n) {
				const d = s[i]!;
				if (d === '"') {
					closed = true;
					i++;
					break;
				}
				if (d === '\\' && i + 1 < n && '"\\$`\n'.includes(s[i + 1]!)) {
					if (s[i + 1] !== '\n') lit(s[i + 1]!, i);
					i += 2;
					continue;
				}
				if (d === '$' && s[i + 1] === '(' && s[i + 2] === '(') {
					const end = matchParen(s, i + 2);
					if (end < 0 || s[end - 1] !== ')') return { ok: false, error: "bash: unexpected EOF while looking for matching `)'" };
					word.parts.push({ t: 'arith', v: s.slice(i + 3, end - 1), q: true });
					i = end + 1;
					continue;
				}
				if (d === '$' && s[i + 1] === '(') {
					const end = matchParen(s, i + 2);
					if (end < 0) return { ok: false, error: "bash: unexpected EOF while looking for matching `)'" };
					word.parts.push({ t: 'sub', v: s.slice(i + 2, end), q: true });
					i = end + 1;
					continue;
				}
				if (d === '$' && (s[i + 1] === '{' || /[?0-9#@*]/.test(s[i + 1] ?? '') || VAR_START.test(s[i + 1] ?? ''))) {
					const r = readVar(s, i);
					if (!r) return { ok: false, error: "bash: unexpected EOF while looking for matching `}'" };
					word.parts.push({ t: 'var', v: r.name, q: true });
					i = r.end;
					continue;
				}
				lit(d, i);
				i++;
			}
			if (!closed) return { ok: false, error: 'bash: unexpected EOF while looking for matching `"\'' };
			continue;
		}
		if (c === '\\') {
			if (i + 1 < n) {
				if (s[i + 1] !== '\n') lit(s[i + 1]!, i);
			}
			i += 2;
			continue;
		}
		if (c === '$' && s[i + 1] === '(' && s[i + 2] === '(') {
			const end = matchParen(s, i + 2);
			if (end < 0 || s[end - 1] !== ')') return { ok: false, error: "bash: unexpected EOF while looking for matching `)'" };
			if (!word) word = { parts: [], quoted: false, start: i };
			word.parts.push({ t: 'arith', v: s.slice(i + 3, end - 1), q: false });
			i = end + 1;
			continue;
		}
		if (c === '$' && s[i + 1] === '(') {
			const end = matchParen(s, i + 2);
			if (end < 0) return { ok: false, error: "bash: unexpected EOF while looking for matching `)'" };
			if (!word) word = { parts: [], quoted: false, start: i };
			word.parts.push({ t: 'sub', v: s.slice(i + 2, end), q: false });
			i = end + 1;
			continue;
		}
		if (c === '`') {
			const end = s.indexOf('`', i + 1);
			if (end < 0) return { ok: false, error: "bash: unexpected EOF while looking for matching ``'" };
			if (!word) word = { parts: [], quoted: false, start: i };
			word.parts.push({ t: 'sub', v: s.slice(i + 1, end), q: false });
			i = end + 1;
			continue;
		}
		if (c === '$' && (s[i + 1] === '{' || /[?0-9#@*]/.test(s[i + 1] ?? '') || VAR_START.test(s[i + 1] ?? ''))) {
			const r = readVar(s, i);
			if (!r) return { ok: false, error: "bash: unexpected EOF while looking for matching `}'" };
			if (!word) word = { parts: [], quoted: false, start: i };
			word.parts.push({ t: 'var', v: r.name, q: false });
			i = r.end;
			continue;
		}
		if ((c === '(' || c === ')') && !word) return syntax(c);
		lit(c, i);
		i++;
	}
	endWord();
	if (pendingRedirect) return syntax('newline');
	if (cmd.words.length > 0 || cmd.redirects.length > 0) {
		pipeline.commands.push(cmd);
		list.push({ op: nextOp, pipeline });
	} else if (pipeline.commands.length > 0 || (lastToken === '&&' || lastToken === '||')) {
		// `a |` or `a &&` with nothing after: bash waits for more input; one line cannot.
		return { ok: false, error: 'bash: syntax error: unexpected end of file' };
	}
	return { ok: true, list };
}

function readVar(s: string, i: number): { name: string; end: number } | null {
	if (s[i + 1] === '{') {
		const end = s.indexOf('}', i + 2);
		if (end < 0) return null;
		return { name: s.slice(i + 2, end), end: end + 1 };
	}
	if (s[i + 1] === '?') return { name: '?', end: i + 2 };
	// Positional and special parameters: $0 … $9 (one digit, as in sh), $#, $@, $*.
	if (/[0-9#@*]/.test(s[i + 1] ?? '')) return { name: s[i + 1]!, end: i + 2 };
	let j = i + 1;
	while (j < s.length && VAR_CHAR.test(s[j]!)) j++;
	return { name: s.slice(i + 1, j), end: j };
}

/** Split unquoted expansion results on whitespace, as bash's word splitting does. */
export function splitFields(text: string): string[] {
	return text.split(/[ \t\n]+/).filter((x) => x !== '');
}
