// $((…)): shell integer arithmetic (bash's subset learners use): + - * / % **, comparisons,
// && || !, parentheses, unary minus, and variables by name or $name. Division truncates.

export type ArithResult = { ok: true; value: number } | { ok: false; error: string };

const TOKEN = /\s*(\d+|[A-Za-z_]\w*|\*\*|<=|>=|==|!=|&&|\|\||[-+*/%()<>!])/y;

export function arith(expr: string, getVar: (name: string) => string): ArithResult {
	const src = expr.replace(/\$\{?([A-Za-z_]\w*)\}?/g, '$1');
	const tokens: string[] = [];
	TOKEN.lastIndex = 0;
	let pos = 0;
	while (pos < src.length) {
		if (/^\s*$/.test(src.slice(pos))) break;
		TOKEN.lastIndex = pos;
		const m = TOKEN.exec(src);
		if (!m) return { ok: false, error: `${expr.trim()}: syntax error: invalid arithmetic operator (error token is "${src.slice(pos).trim()}")` };
		tokens.push(m[1]!);
		pos = TOKEN.lastIndex;
		if (tokens.length > 500) return { ok: false, error: `${expr.trim()}: expression too long` };
	}
	let i = 0;
	let error = '';
	const fail = (msg: string): number => {
		if (!error) error = msg;
		return 0;
	};
	const value = (name: string, depth: number): number => {
		const v = getVar(name).trim();
		if (v === '') return 0;
		if (/^-?\d+$/.test(v)) return Number(v);
		if (depth < 3 && /^[A-Za-z_]\w*$/.test(v)) return value(v, depth + 1);
		return fail(`${v}: syntax error: operand expected (error token is "${v}")`);
	};
	const primary = (): number => {
		const t = tokens[i];
		if (t === undefined) return fail(`${expr.trim()}: syntax error: operand expected (error token is "${expr.trim()}")`);
		i++;
		if (t === '(') {
			const v = or();
			if (tokens[i] !== ')') return fail(`${expr.trim()}: syntax error: missing \`)'`);
			i++;
			return v;
		}
		if (t === '-') return -unary();
		if (t === '+') return unary();
		if (t === '!') return unary() === 0 ? 1 : 0;
		if (/^\d+$/.test(t)) return Number(t);
		if (/^[A-Za-z_]/.test(t)) return value(t, 0);
		return fail(`${expr.trim()}: syntax error: operand expected (error token is "${tokens.slice(i - 1).join('')}")`);
	};
	const unary = (): number => primary();
	const power = (): number => {
		const b = unary();
		if (tokens[i] === '**') {
			i++;
			const e = power();
			return e < 0 ? fail('exponent less than 0') : Math.trunc(b ** e);
		}
		return b;
	};
	const mul = (): number => {
		let v = power();
		while (tokens[i] === '*' || tokens[i] === '/' || tokens[i] === '%') {
			const op = tokens[i++];
			const r = power();
			if ((op === '/' || op === '%') && r === 0) return fail(`${expr.trim()}: division by 0 (error token is "${tokens.slice(i - 1).join('')}")`);
			v = op === '*' ? v * r : op === '/' ? Math.trunc(v / r) : v % r;
		}
		return v;
	};
	const add = (): number => {
		let v = mul();
		while (tokens[i] === '+' || tokens[i] === '-') v = tokens[i++] === '+' ? v + mul() : v - mul();
		return v;
	};
	const cmp = (): number => {
		let v = add();
		while (['<', '>', '<=', '>=', '==', '!='].includes(tokens[i] ?? '')) {
			const op = tokens[i++];
			const r = add();
			v = Number(op === '<' ? v < r : op === '>' ? v > r : op === '<=' ? v <= r : op === '>=' ? v >= r : op === '==' ? v === r : v !== r);
		}
		return v;
	};
	const and = (): number => {
		let v = cmp();
		while (tokens[i] === '&&') {
			i++;
			const r = cmp();
			v = Number(v !== 0 && r !== 0);
		}
		return v;
	};
	const or = (): number => {
		let v = and();
		while (tokens[i] === '||') {
			i++;
			const r = and();
			v = Number(v !== 0 || r !== 0);
		}
		return v;
	};
	if (tokens.length === 0) return { ok: true, value: 0 };
	const v = or();
	if (!error && i < tokens.length) error = `${expr.trim()}: syntax error in expression (error token is "${tokens.slice(i).join(' ')}")`;
	if (error) return { ok: false, error };
	if (!Number.isFinite(v)) return { ok: true, value: 0 };
	return { ok: true, value: Math.abs(v) > 2 ** 63 ? 0 : v };
}

/** `test` / `[ … ]`: file tests, string and integer comparisons, `!`. Returns the status. */
export function testExpr(args: string[], files: { exists(p: string): boolean; isDir(p: string): boolean; isFile(p: string): boolean }, err: (msg: string) => void): number {
	const a = [...args];
	let negate = false;
	while (a[0] === '!' && a.length > 1) {
		negate = !negate;
		a.shift();
	}
	const res = (b: boolean) => (b !== negate ? 0 : 1);
	if (a.length === 0) return res(false);
	if (a.length === 1) return res(a[0] !== '');
	if (a.length === 2) {
		const [op, x] = a as [string, string];
		if (op === '-z') return res(x === '');
		if (op === '-n') return res(x !== '');
		if (op === '-e') return res(files.exists(x));
		if (op === '-f') return res(files.isFile(x));
		if (op === '-d') return res(files.isDir(x));
		if (op === '-s' || op === '-r' || op === '-w' || op === '-x') return res(files.exists(x));
		err(`${op}: unary operator expected`);
		return 2;
	}
	if (a.length === 3) {
		const [x, op, y] = a as [string, string, string];
		if (op === '=' || op === '==') return res(x === y);
		if (op === '!=') return res(x !== y);
		const ints: Record<string, (p: number, q: number) => boolean> = { '-eq': (p, q) => p === q, '-ne': (p, q) => p !== q, '-lt': (p, q) => p < q, '-le': (p, q) => p <= q, '-gt': (p, q) => p > q, '-ge': (p, q) => p >= q };
		const f = ints[op];
		if (f) {
			for (const v of [x, y]) {
				if (!/^\s*-?\d+\s*$/.test(v)) {
					err(`${v}: integer expression expected`);
					return 2;
				}
			}
			return res(f(Number(x), Number(y)));
		}
		err(`${op}: binary operator expected`);
		return 2;
	}
	err('too many arguments');
	return 2;
}
