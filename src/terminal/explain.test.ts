import { describe, expect, it } from 'vitest';
import { readGlossary } from '../glossary/read';
import { nodeTimelines } from '../loaders/sessions';
import { compileRules, splitTokens } from './explain-tokens';
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
