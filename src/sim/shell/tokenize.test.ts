import { expect, test } from 'vitest';
import { parseLine } from './tokenize.ts';

function words(line: string): string[][] {
	const r = parseLine(line);
	if (!r.ok) throw new Error(r.error);
	return r.list.map((i) => i.pipeline.commands.flatMap((c) => c.words.map((w) => w.parts.map((p) => (p.t === 'lit' ? p.v : `<${p.t}:${p.v}>`)).join(''))));
}

test('quotes, escapes and empty strings', () => {
	expect(words(`echo 'a  b' "c $HOME" d\\ e ""`)).toEqual([['echo', 'a  b', 'c <var:HOME>', 'd e', '']]);
});

test('lists with ;, && and ||, and # comments', () => {
	const r = parseLine('a && b || c ; d # not this');
	expect(r.ok && r.list.map((i) => [i.op, i.pipeline.commands[0]!.words.length])).toEqual([[';', 1], ['&&', 1], ['||', 1], [';', 1]]);
	expect(words('echo a#b # c')).toEqual([['echo', 'a#b']]);
});

test('pipes, redirections and substitutions', () => {
	const r = parseLine('echo hi | docker login --password-stdin > out.txt 2>&1');
	expect(r.ok).toBe(true);
	if (!r.ok) return;
	const cmds = r.list[0]!.pipeline.commands;
	expect(cmds).toHaveLength(2);
	expect(cmds[1]!.redirects.map((x) => [x.fd, x.op])).toEqual([[1, '>'], [2, '>&']]);
	expect(words('docker rm -f $(docker ps -aq)')).toEqual([['docker', 'rm', '-f', '<sub:docker ps -aq>']]);
});

test("bash's errors for unbalanced input", () => {
	expect(parseLine('echo "abc')).toEqual({ ok: false, error: 'bash: unexpected EOF while looking for matching `"\'' });
	expect(parseLine("echo 'abc")).toEqual({ ok: false, error: "bash: unexpected EOF while looking for matching `''" });
	expect(parseLine('echo $(ls')).toEqual({ ok: false, error: "bash: unexpected EOF while looking for matching `)'" });
	expect(parseLine('&& ls')).toEqual({ ok: false, error: 'bash: syntax error near unexpected token `&&\'' });
	expect(parseLine('ls |')).toEqual({ ok: false, error: 'bash: syntax error: unexpected end of file' });
	expect(parseLine('echo >')).toEqual({ ok: false, error: "bash: syntax error near unexpected token `newline'" });
});

test('an empty or comment-only line is an empty list', () => {
	expect(parseLine('')).toEqual({ ok: true, list: [] });
	expect(parseLine('   # just a comment')).toEqual({ ok: true, list: [] });
});
