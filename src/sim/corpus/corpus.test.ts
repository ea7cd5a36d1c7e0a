// The learner corpus (README.md beside this file): every session replayed through the simulator
// and compared, line by line, with what real docker prints. The share of typed lines whose whole
// output and exit code match must stay at or above the target; every mismatch is printed.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { lineMatches, mismatchReport, parseSession, scoreCorpus, type CorpusSession } from './corpus.ts';

const DIR = new URL('./', import.meta.url);
const TARGET = 0.95;

function sessions(): CorpusSession[] {
	return readdirSync(DIR)
		.filter((f) => /^\d\d-.*\.txt$/.test(f))
		.sort()
		.map((f) => parseSession(readFileSync(new URL(f, DIR), 'utf8'), `src/sim/corpus/${f}`));
}

test('the corpus is big enough and every group cites a source', () => {
	const all = sessions();
	expect(all.length).toBeGreaterThanOrEqual(10);
	const steps = all.flatMap((s) => s.steps);
	expect(steps.length).toBeGreaterThanOrEqual(300);
	for (const s of steps) expect(s.source, `${s.input} has a source`).not.toBe('');
});

test('placeholders match only what they name', () => {
	expect(lineMatches('{id}', 'a1b2c3d4e5f6')).toBe(true);
	expect(lineMatches('{id}', 'a1b2c3d4e5f')).toBe(false);
	expect(lineMatches('Digest: {digest}', `Digest: sha256:${'ab'.repeat(32)}`)).toBe(true);
	expect(lineMatches('{ago} ago', 'About a minute ago')).toBe(true);
	expect(lineMatches('{ago} ago', 'soon ago')).toBe(false);
	expect(lineMatches('a{_}b', 'a   b')).toBe(true);
	expect(lineMatches('a{_}b', 'ab')).toBe(false);
	expect(lineMatches('x (y)', 'x (y)')).toBe(true);
});

test(`the simulator matches real docker on at least ${TARGET * 100} % of the corpus`, () => {
	const score = scoreCorpus(sessions());
	const report = mismatchReport(score);
	console.log(
		`corpus: ${score.sessions} sessions, ${score.steps} typed lines, ${score.stepsMatched} match (${(score.share * 100).toFixed(1)} %); ` +
			`output lines ${score.outputLinesMatched}/${score.outputLines}` + (report ? `\nmismatches:${report}` : ''),
	);
	expect(score.share).toBeGreaterThanOrEqual(TARGET);
});
