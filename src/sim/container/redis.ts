// redis-cli against a container's redis-server: a few commands with redis's real replies, in
// the two forms redis-cli prints them. On a terminal (the REPL, `exec -it`) replies are typed:
// `"v"`, `(integer) 1`, `(nil)`, `(error) ERR …`; when stdout is not a terminal (`docker exec
// cache redis-cli get k`) redis-cli prints them raw: `v`, `1`, an empty line, `ERR …`.

type Reply = { kind: 'status' | 'string' | 'int' | 'nil' | 'error'; text: string } | { kind: 'array'; items: string[] };

const ARITY: Record<string, number> = { ping: 0, set: 2, get: 1, del: 1, exists: 1, incr: 1, keys: 1, flushall: 0, dbsize: 0 };

function reply(kv: Record<string, string>, words: string[]): Reply {
	const cmd = words[0]!.toLowerCase();
	const args = words.slice(1);
	if (!(cmd in ARITY)) return { kind: 'error', text: `ERR unknown command '${words[0]}', with args beginning with: ${args.map((x) => `'${x}' `).join('')}` };
	if (cmd === 'ping' ? args.length > 1 : cmd === 'set' ? args.length < 2 : cmd === 'del' || cmd === 'exists' ? args.length < 1 : args.length !== ARITY[cmd]) {
		return { kind: 'error', text: `ERR wrong number of arguments for '${cmd}' command` };
	}
	if (cmd === 'ping') return args[0] !== undefined ? { kind: 'string', text: args[0] } : { kind: 'status', text: 'PONG' };
	if (cmd === 'set') {
		kv[args[0]!] = args[1]!;
		return { kind: 'status', text: 'OK' };
	}
	if (cmd === 'get') return kv[args[0]!] === undefined ? { kind: 'nil', text: '' } : { kind: 'string', text: kv[args[0]!]! };
	if (cmd === 'del' || cmd === 'exists') {
		const n = args.filter((k) => kv[k] !== undefined).length;
		if (cmd === 'del') for (const k of args) delete kv[k];
		return { kind: 'int', text: String(n) };
	}
	if (cmd === 'incr') {
		const cur = kv[args[0]!] ?? '0';
		if (!/^-?\d+$/.test(cur)) return { kind: 'error', text: 'ERR value is not an integer or out of range' };
		kv[args[0]!] = String(Number(cur) + 1);
		return { kind: 'int', text: kv[args[0]!]! };
	}
	if (cmd === 'keys') {
		const re = new RegExp('^' + args[0]!.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
		return { kind: 'array', items: Object.keys(kv).filter((k) => re.test(k)).sort() };
	}
	if (cmd === 'dbsize') return { kind: 'int', text: String(Object.keys(kv).length) };
	for (const k of Object.keys(kv)) delete kv[k];
	return { kind: 'status', text: 'OK' };
}

/** Run one redis command over `kv` (mutated) and return what redis-cli prints for it. */
export function redisCommand(kv: Record<string, string>, words: string[], tty: boolean): string {
	if (words.length === 0) return '';
	const r = reply(kv, words);
	const q = (v: string) => JSON.stringify(v);
	if (r.kind === 'array') {
		if (!tty) return r.items.map((k) => `${k}\n`).join('');
		return r.items.length ? r.items.map((k, i) => `${i + 1}) ${q(k)}\n`).join('') : '(empty array)\n';
	}
	if (!tty) return `${r.text}\n`;
	if (r.kind === 'string') return `${q(r.text)}\n`;
	if (r.kind === 'int') return `(integer) ${r.text}\n`;
	if (r.kind === 'nil') return '(nil)\n';
	if (r.kind === 'error') return `(error) ${r.text}\n`;
	return `${r.text}\n`;
}
