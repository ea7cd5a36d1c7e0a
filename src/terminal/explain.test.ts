import { describe, expect, it } from 'vitest';
import { readGlossary } from '../glossary/read';
import { nodeTimelines } from '../loaders/sessions';
import { createWorld } from '../sim/index';
import { compileRules, splitTokens } from './explain-tokens';
import { outputTokens } from './explain-xterm';
import { EXPLAIN_RULES, parseTable, TOKEN_RULES } from './explain';
import table from './explain.json';

const rules = compileRules(TOKEN_RULES);

describe('the explanation table', () => {
	it('explains each rule example with that rule, and links concepts the glossary has', () => {
		const concepts = new Set(readGlossary().map((e) => e.id));
		for (const r of EXPLAIN_RULES) {
			const tokens = splitTokens(r.example, rules).filter((p) => p.id);
			expect(tokens[0]?.id, r.id).toBe(r.id);
			expect(concepts.has(r.concept), `${r.id}: concept ${r.concept}`).toBe(true);
		}
	});

	it('stops a bad rule with its name', () => {
		const bad = structuredClone(table);
		bad.rules[3]!.pattern = '(unclosed';
		expect(() => parseTable(bad)).toThrow('src/terminal/explain.json: rule "port-mapping": pattern: not a valid regular expression');
		const twice = structuredClone(table);
		twice.rules.push(twice.rules[0]!);
		expect(() => parseTable(twice)).toThrow('rule "container-id" is defined twice');
		const short = structuredClone(table);
		short.rules[0]!.ko = '짧음';
		expect(() => parseTable(short)).toThrow('rule "container-id": ko:');
	});
});

describe('tokens in real session output', () => {
	const { getTimeline } = nodeTimelines();
	const run = getTimeline('run', 80)!;
	const tokens = run.steps.flatMap((s) => splitTokens(s.screen, rules).filter((p) => p.id).map((p) => `${p.id} ${p.text}`));

	it('marks the run walkthrough: IDs, the port mapping, statuses, digests', () => {
		const container = run.steps[2]!.screen.split('\n').find((l) => /^[0-9a-f]{64}$/.test(l))!;
		expect(tokens).toContain(`container-id ${container}`);
		expect(tokens).toContain(`short-id ${container.slice(0, 12)}`);
		expect(tokens).toContain('port-mapping 0.0.0.0:8080->80/tcp');
		expect(tokens).toContain('port-mapping [::]:8080->80/tcp');
		expect(tokens.some((t) => /^exited-0 Exited \(0\)$/.test(t))).toBe(true);
		expect(tokens.some((t) => /^up Up \d+ seconds$/.test(t))).toBe(true);
		expect(tokens.filter((t) => t.startsWith('digest Digest: sha256:'))).toHaveLength(2);
		expect(tokens).toContain("unable-to-find Unable to find image 'nginx:latest' locally");
	});

	it('splitting gives the text back, and overlapping rules leave one token', () => {
		for (const step of run.steps) expect(splitTokens(step.screen, rules).map((p) => p.text).join('')).toBe(step.screen);
		// "Exited (137)" is both exited-137 and, later in the table, exited-other: the first wins.
		expect(splitTokens('Exited (137) 2 seconds ago', rules)).toEqual([{ text: 'Exited (137)', id: 'exited-137' }, { text: ' 2 seconds ago' }]);
	});
});

describe('the keyboard row of a live terminal: tokens of the last output', () => {
	it('offers the first token of each kind, as the screen shows it after redraws and colours', () => {
		const host = createWorld().host({ platform: 'linux' });
		// A TTY pull redraws its progress lines in place; the screen keeps the final text only.
		const pull = host.exec('docker pull nginx', { tty: true, cols: 80 }).output;
		expect(pull).toContain('\x1b[');
		const first = /^(?:\x1b\[[0-9;]*[A-Za-z])*([0-9a-f]{12}): Pull complete/m.exec(pull)![1];
		const tokens = outputTokens(pull, 80, 24, rules);
		expect(tokens.map((t) => t.id)).toEqual(['layer-id', 'digest']);
		expect(tokens[0]!.text).toBe(first);
		expect(tokens[1]!.text).toMatch(/^Digest: sha256:[0-9a-f]{64}$/);
		host.exec('docker run -d -p 8080:80 nginx', { tty: true, cols: 80 });
		host.exec('docker run -d -p 8081:80 nginx', { tty: true, cols: 80 });
		const ps = host.exec('docker ps', { tty: true, cols: 80 }).output;
		// Two containers, newest first as docker ps lists them: each kind once, from the first row.
		const newest = ps.split('\n')[1]!.slice(0, 12);
		expect(outputTokens(ps, 80, 24, rules)).toEqual([
			{ id: 'short-id', text: newest },
			{ id: 'up', text: expect.stringMatching(/^Up (Less than a second|\d+ seconds?)$/) },
			{ id: 'port-mapping', text: '0.0.0.0:8081->80/tcp' },
		]);
		expect(outputTokens(host.exec('echo hello', { tty: true, cols: 80 }).output, 80, 24, rules)).toEqual([]);
	});
});
