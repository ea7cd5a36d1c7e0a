// Tokens → command: spf13/pflag's parsing rules as docker/cli uses them (long and short
// flags, `-abc` bundles, `--flag=value`, `-pVALUE`, `--`, interspersed or not), cobra's
// usage errors, and the help text layout of docker/cli's usage template.

export type FlagType = 'bool' | 'string' | 'list' | 'int' | 'map';

export interface FlagSpec {
	long: string;
	short?: string;
	type: FlagType;
	/** The value name shown in help (`string`, `list`, `int`, `bytes`…). */
	varName?: string;
	usage: string;
	/** Default shown in help as (default "x") or (default x). */
	defValue?: string;
	hidden?: boolean;
}

export type FlagValues = Record<string, string | boolean | string[] | number>;

export interface Parsed {
	flags: FlagValues;
	args: string[];
	help: boolean;
	/** Set when `-h` was used (cobra prints a deprecation note). */
	shortHelp: boolean;
}

export type ParseFlagsResult = { ok: true; parsed: Parsed } | { ok: false; error: string };

const TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

function parseBool(v: string): boolean | null {
	if (TRUE.includes(v)) return true;
	if (FALSE.includes(v)) return false;
	return null;
}

function flagName(f: FlagSpec): string {
	return f.short ? `-${f.short}, --${f.long}` : `--${f.long}`;
}

function setValue(out: FlagValues, f: FlagSpec, value: string): string | null {
	switch (f.type) {
		case 'bool': {
			const b = parseBool(value);
			if (b === null) return `invalid argument "${value}" for "${flagName(f)}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`;
			out[f.long] = b;
			return null;
		}
		case 'int': {
			if (!/^[+-]?[0-9]+$/.test(value)) return `invalid argument "${value}" for "${flagName(f)}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`;
			out[f.long] = Number(value);
			return null;
		}
		case 'list':
		case 'map': {
			const prev = out[f.long];
			out[f.long] = Array.isArray(prev) ? [...prev, value] : [value];
			return null;
		}
		default:
			out[f.long] = value;
			return null;
	}
}

export function parseFlags(tokens: string[], specs: FlagSpec[], interspersed: boolean): ParseFlagsResult {
	const flags: FlagValues = {};
	const args: string[] = [];
	let help = false;
	let shortHelp = false;
	const byLong = (name: string) => specs.find((f) => f.long === name);
	const byShort = (c: string) => specs.find((f) => f.short === c);
	for (let i = 0; i < tokens.length; i++) {
		const tok = tokens[i]!;
		if (tok === '--') {
			args.push(...tokens.slice(i + 1));
			break;
		}
		if (tok.startsWith('--') && tok.length > 2) {
			const eq = tok.indexOf('=');
			const name = eq >= 0 ? tok.slice(2, eq) : tok.slice(2);
			if (name === 'help') {
				help = true;
				continue;
			}
			const f = byLong(name);
			if (!f) return { ok: false, error: `unknown flag: --${name}` };
			if (f.type === 'bool') {
				const err = setValue(flags, f, eq >= 0 ? tok.slice(eq + 1) : 'true');
				if (err) return { ok: false, error: err };
				continue;
			}
			let value: string;
			if (eq >= 0) value = tok.slice(eq + 1);
			else if (i + 1 < tokens.length) value = tokens[++i]!;
			else return { ok: false, error: `flag needs an argument: --${name}` };
			const err = setValue(flags, f, value);
			if (err) return { ok: false, error: err };
			continue;
		}
		if (tok.startsWith('-') && tok.length > 1 && tok !== '--') {
			const chars = [...tok.slice(1)];
			for (let k = 0; k < chars.length; k++) {
				const c = chars[k]!;
				if (c === 'h' && !byShort('h')) {
					help = true;
					shortHelp = true;
					continue;
				}
				const f = byShort(c);
				if (!f) return { ok: false, error: `unknown shorthand flag: '${c}' in ${tok}` };
				if (f.type === 'bool') {
					if (chars[k + 1] === '=') {
						const err = setValue(flags, f, chars.slice(k + 2).join(''));
						if (err) return { ok: false, error: err };
						break;
					}
					flags[f.long] = true;
					continue;
				}
				let value = chars.slice(k + 1).join('');
				if (value.startsWith('=')) value = value.slice(1);
				else if (value === '') {
					if (i + 1 < tokens.length) value = tokens[++i]!;
					else return { ok: false, error: `flag needs an argument: '${c}' in -${c}` };
				}
				const err = setValue(flags, f, value);
				if (err) return { ok: false, error: err };
				break;
			}
			continue;
		}
		args.push(tok);
		if (!interspersed) {
			args.push(...tokens.slice(i + 1));
			break;
		}
	}
	return { ok: true, parsed: { flags, args, help, shortHelp } };
}

// ----- help text (pflag FlagUsagesWrapped) -----

function wrapN(i: number, slop: number, s: string): [string, string] {
	if (i + slop > s.length) return [s, ''];
	const head = s.slice(0, i);
	const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
	if (w <= 0) return [s, ''];
	const nl = head.lastIndexOf('\n');
	if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
	return [s.slice(0, w), s.slice(w + 1)];
}

function wrap(i: number, w: number, s: string): string {
	if (w === 0) return s.replaceAll('\n', '\n' + ' '.repeat(i));
	let wrapW = w - i;
	let r = '';
	if (wrapW < 24) {
		i = 16;
		wrapW = w - i;
		r += '\n' + ' '.repeat(i);
	}
	if (wrapW < 24) return s.replaceAll('\n', r);
	const slop = 5;
	wrapW -= slop;
	let [l, rest] = wrapN(wrapW, slop, s);
	r += l.replaceAll('\n', '\n' + ' '.repeat(i));
	while (rest !== '') {
		let t: string;
		[t, rest] = wrapN(wrapW, slop, rest);
		r += '\n' + ' '.repeat(i) + t.replaceAll('\n', '\n' + ' '.repeat(i));
	}
	return r;
}

export function flagUsages(specs: FlagSpec[], cols: number): string {
	const lines: string[] = [];
	let maxlen = 0;
	const sorted = [...specs].filter((f) => !f.hidden).sort((a, b) => (a.long < b.long ? -1 : a.long > b.long ? 1 : 0));
	for (const f of sorted) {
		let line = f.short ? `  -${f.short}, --${f.long}` : `      --${f.long}`;
		const varName = f.varName ?? (f.type === 'bool' ? '' : f.type === 'map' ? 'list' : f.type);
		if (varName) line += ' ' + varName;
		line += '\x00';
		if (line.length > maxlen) maxlen = line.length;
		let usage = f.usage;
		if (f.defValue !== undefined) usage += f.type === 'string' ? ` (default "${f.defValue}")` : ` (default ${f.defValue})`;
		lines.push(line + usage);
	}
	let out = '';
	for (const line of lines) {
		const sidx = line.indexOf('\x00');
		const spacing = ' '.repeat(maxlen - sidx);
		out += line.slice(0, sidx) + ' ' + spacing + ' ' + wrap(maxlen + 2, cols, line.slice(sidx + 1)) + '\n';
	}
	return out;
}
