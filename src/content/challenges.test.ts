// Every challenge, proved on the simulator in Node: the machine the session leaves behind does
// not pass yet, the reference solution passes, and the plausible wrong attempt fails with the
// message its file names. (The build's loader refuses a file that breaks any of these; this says
// it again where a failing challenge is easiest to read.)
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readChallenges, sessionEnd, typeLines } from '../loaders/challenges';
import { check } from '../sim/check/check';

const entries = readChallenges();
const walkthroughs = readdirSync('src/content/docs/en/walkthroughs').map((f) => f.replace(/\.mdx?$/, '')).sort();

describe('challenges', () => {
	it('every walkthrough has at least two, in both languages', () => {
		expect(entries.map((e) => e.id).sort()).toEqual(walkthroughs);
		for (const e of entries) {
			expect(e.data.challenges.length).toBeGreaterThanOrEqual(2);
			for (const c of e.data.challenges) for (const t of [c.title, c.goal, ...c.hints, ...c.check.map((k) => k.fail)]) expect(t.ko).toMatch(/[가-힣]/);
		}
	});

	for (const { id: session, data } of entries) {
		const start = sessionEnd(process.cwd(), session);
		for (const c of data.challenges) {
			describe(c.id, () => {
				const conditions = c.check.map((k) => k.condition);
				it('does not pass where the session ends', () => {
					expect(check(conditions, start()).passed).toBe(false);
				});
				it('passes after the reference solution', () => {
					const host = start();
					typeLines(host, c.solution);
					expect(check(conditions, host)).toEqual({ passed: true, failed: -1 });
				});
				it('fails the wrong attempt with its message', () => {
					const host = start();
					typeLines(host, c.wrong.commands);
					const result = check(conditions, host);
					expect(result.passed).toBe(false);
					expect(c.check[result.failed]!.fail.en).toBe(c.check[c.wrong.fails - 1]!.fail.en);
				});
			});
		}
	}
});
