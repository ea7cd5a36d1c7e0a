// The learner corpus: sessions of lines learners type, each with what real docker prints
// (see README.md beside this file for the format, the placeholders and the sources).
// Pure: parsing and matching only; the test and the bench read the files.
import { createWorld, finalScreen, type Platform } from '../index.ts';

export interface CorpusStep {
	/** 1-based line of the `$ ` line in the session file. */
	line: number;
	input: string;
	/** Expected output lines (placeholders unexpanded). */
	expected: string[];
	exitCode: number;
	/** The source cited for this step's group (the last `#: source:` above it). */
	source: string;
}

export interface CorpusSession {
	path: string;
	title: string;
	platform: Platform;
	files: Record<string, string>;
	steps: CorpusStep[];
}

export interface StepResult {
	step: CorpusStep;
	actual: string[];
	actualExit: number;
	/** Whole step matched: every output line and the exit code. */
	match: boolean;
	/** Output lines (expected side) that matched exactly, position by position. */
	linesMatched: number;
	linesTotal: number;
}

const PLATFORMS: readonly Platform[] = ['linux', 'macos', 'windows', 'windows-containers'];

/** Parse one session file. Throws `path:line: message` on a malformed file. */
export function parseSession(text: string, path: string): CorpusSession {
	const lines = text.replace(/\r\n/g, '\n').split('\n');
	if (lines.at(-1) === '') lines.pop();
	const session: CorpusSession = { path, title: '', platform: 'linux', files: {}, steps: [] };
	let source = '';
	let current: CorpusStep | null = null;
	let file: string | null = null;
	const fail = (i: number, message: string): never => {
		throw new Error(`${path}:${i + 1}: ${message}`);
	};
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		if (l.startsWith('#:')) {
			const body = l.slice(2).replace(/^ /, '');
			if (file !== null && body.startsWith('| ')) {
				session.files[file] += body.slice(2) + '\n';
				continue;
			}
			if (file !== null && body === '|') {
				session.files[file] += '\n';
				continue;
			}
			file = null;
			const m = /^([a-z]+):\s*(.*)$/.exec(body);
			if (!m) continue; // a free comment
			const [, key, value] = m;
			if (key === 'session') session.title = value;
			else if (key === 'source') source = value;
			else if (key === 'host') {
				if (!PLATFORMS.includes(value as Platform)) fail(i, `unknown host ${value}`);
				session.platform = value as Platform;
			} else if (key === 'file') {
				if (current) fail(i, 'files are declared before the first step');
				file = value;
				session.files[file] = '';
			} else if (key === 'exit') {
				if (!current) fail(i, 'exit: before any step');
				if (!/^\d+$/.test(value)) fail(i, `exit: needs a number, not ${value}`);
				current!.exitCode = Number(value);
			} else fail(i, `unknown directive ${key}`);
			continue;
		}
		file = null;
		if (l.startsWith('$ ') || l === '$') {
			if (!source) fail(i, 'a step needs a `#: source:` above it');
			current = { line: i + 1, input: l.slice(2), expected: [], exitCode: 0, source };
			session.steps.push(current);
			continue;
		}
		if (!current) {
			if (l.trim() === '') continue;
			fail(i, 'output before the first `$ ` line');
		}
		current!.expected.push(l.replace(/\s+$/, ''));
	}
	if (!session.title) throw new Error(`${path}:1: missing #: session:`);
	return session;
}

// Placeholders. Everything outside them matches byte for byte.
const HUMAN_DURATION = '(?:Less than a second|1 second|\\d+ seconds|About a minute|\\d+ minutes|About an hour|\\d+ hours|\\d+ days|\\d+ weeks|\\d+ months|\\d+ years)';
const PLACEHOLDERS: Record<string, string> = {
	id: '[0-9a-f]{12}',
	id64: '[0-9a-f]{64}',
	digest: 'sha256:[0-9a-f]{64}',
	ago: HUMAN_DURATION,
	size: '\\d+(?:\\.\\d+)?(?:B|kB|MB|GB|TB)',
	n: '\\d+(?:\\.\\d+)?',
	name: '[a-z]+_[a-z]+\\d?',
	_: ' +',
	'*': '.*',
};

const compiled = new Map<string, RegExp | string>();

/** A golden line as a matcher: a string when it has no placeholder, else an anchored RegExp. */
export function lineMatcher(golden: string): RegExp | string {
	let m = compiled.get(golden);
	if (m !== undefined) return m;
	if (!/\{(?:id|id64|digest|ago|size|n|name|_|\*)\}/.test(golden)) m = golden;
	else {
		let re = '';
		let rest = golden;
		const token = /\{(id|id64|digest|ago|size|n|name|_|\*)\}/;
		for (let t = token.exec(rest); t; t = token.exec(rest)) {
			re += escape(rest.slice(0, t.index)) + PLACEHOLDERS[t[1]];
			rest = rest.slice(t.index + t[0].length);
		}
		m = new RegExp(`^${re}${escape(rest)}$`);
	}
	compiled.set(golden, m);
	return m;
}

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function lineMatches(golden: string, actual: string): boolean {
	const m = lineMatcher(golden);
	return typeof m === 'string' ? m === actual : m.test(actual);
}

/** The screen lines a learner sees for one step: TTY final screen, trailing newline dropped. */
export function screenLines(output: string): string[] {
	const screen = finalScreen(output);
	if (screen === '') return [];
	const lines = screen.split('\n');
	if (lines.at(-1) === '') lines.pop();
	return lines.map((l) => l.replace(/\s+$/, ''));
}

/** Whether `golden` is a repeat line: `{+}` first, so it stands for one or more lines like it. */
function repeat(golden: string): string | null {
	return golden.startsWith('{+}') ? golden.slice(3) : null;
}

/**
 * Compare a step's screen with its golden lines. A `{+}` line consumes one or more actual lines
 * that match it. Returns the golden lines matched in order (for the per-line share) and whether
 * the whole output matched.
 */
export function compareLines(expected: string[], actual: string[]): { matched: number; all: boolean } {
	let a = 0;
	let matched = 0;
	let all = true;
	for (let k = 0; k < expected.length; k++) {
		const e = expected[k];
		const r = repeat(e);
		if (r !== null) {
			// Lazy: stop as soon as the next golden line matches, so `{+}#4 {*}` leaves `#4 DONE` alone.
			const next = expected[k + 1];
			let n = 0;
			while (a < actual.length && lineMatches(r, actual[a]) && !(n > 0 && next !== undefined && lineMatches(next, actual[a]))) {
				a++;
				n++;
			}
			if (n > 0) matched++;
			else all = false;
			continue;
		}
		if (a < actual.length && lineMatches(e, actual[a])) matched++;
		else all = false;
		a++;
	}
	return { matched, all: all && a === actual.length };
}

/** Run one session on a fresh world (default seed) and compare, step by step. */
export function runSession(session: CorpusSession, cols = 100): StepResult[] {
	const world = createWorld();
	const host = world.host({ platform: session.platform, files: session.files });
	return session.steps.map((step) => {
		const r = host.exec(step.input, { tty: true, cols });
		const actual = screenLines(r.output);
		const { matched, all } = compareLines(step.expected, actual);
		return { step, actual, actualExit: r.exitCode, match: all && r.exitCode === step.exitCode, linesMatched: matched, linesTotal: step.expected.length };
	});
}

export interface CorpusScore {
	sessions: number;
	steps: number;
	stepsMatched: number;
	outputLines: number;
	outputLinesMatched: number;
	/** Share of typed lines whose whole output and exit code match. */
	share: number;
	results: Array<{ session: CorpusSession; results: StepResult[] }>;
}

export function scoreCorpus(sessions: CorpusSession[]): CorpusScore {
	const results = sessions.map((session) => ({ session, results: runSession(session) }));
	let steps = 0;
	let stepsMatched = 0;
	let outputLines = 0;
	let outputLinesMatched = 0;
	for (const { results: rs } of results)
		for (const r of rs) {
			steps++;
			if (r.match) stepsMatched++;
			outputLines += r.linesTotal;
			outputLinesMatched += r.linesMatched;
		}
	return { sessions: sessions.length, steps, stepsMatched, outputLines, outputLinesMatched, share: steps ? stepsMatched / steps : 0, results };
}

/** A readable report of every mismatching step: expected vs actual, with the cited source. */
export function mismatchReport(score: CorpusScore): string {
	let out = '';
	for (const { session, results } of score.results)
		for (const r of results) {
			if (r.match) continue;
			out += `\n${session.path}:${r.step.line}: $ ${r.step.input}   [${r.step.source}]\n`;
			if (r.actualExit !== r.step.exitCode) out += `  exit: expected ${r.step.exitCode}, got ${r.actualExit}\n`;
			for (const e of r.step.expected) out += `  - ${e}\n`;
			for (const a of r.actual) out += `  + ${a}\n`;
		}
	return out;
}
