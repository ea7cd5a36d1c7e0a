// Golden replays of every scripted session (src/content/sessions/*.yaml).
//
// Each session runs through the simulator at 80 columns and is rendered as a readable
// transcript, compared with src/content/sessions/golden/<id>.txt. A change in a session file,
// in the simulator or in the glossary shows up here as a diff a reviewer can read.
//
// After an intended change, rewrite the golden files and review the diff before committing:
//
//   UPDATE_GOLDEN=1 npx vitest run src/content/sessions.test.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGlossary } from '../glossary/read';
import { loadSession, type Timeline } from '../sim/session/load';

const sessionsDir = new URL('./sessions/', import.meta.url);
const goldenDir = new URL('./sessions/golden/', import.meta.url);
const docsDir = new URL('./docs/', import.meta.url);
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const COLS = 80;

// The sessions the walkthrough pages embed (issue 4, "Sessions are content").
const REQUIRED = ['build', 'debug', 'kernel', 'platforms', 'pull', 'push', 'run', 'tour', 'volumes'];

// Commands a page's ```sh blocks show that its session deliberately types differently, until
// the page is corrected. Remove an entry as soon as the prose matches the session.
const PENDING_PROSE_FIXES: Record<string, string[]> = {
};

const knownConcepts = new Set(readGlossary().map((e) => e.id));
const files = readdirSync(sessionsDir)
	.filter((f) => /\.ya?ml$/.test(f))
	.sort();

function load(file: string): Timeline {
	const path = `src/content/sessions/${file}`;
	return loadSession(readFileSync(new URL(file, sessionsDir), 'utf8'), path, { knownConcepts, cols: COLS });
}

/** A transcript a person can review: per step, the captions, the prompt and command, the final screen. */
function transcript(t: Timeline): string {
	const hosts = Object.entries(t.hosts).map(([name, platform]) => `${name} (${platform})`);
	const out: string[] = [
		`# ${t.id}: ${t.title.en} / ${t.title.ko}`,
		`# host: ${t.host}${hosts.length > 0 ? `; other hosts: ${hosts.join(', ')}` : ''}; ${t.cols} columns`,
	];
	for (const s of t.steps) {
		out.push('', `── step ${s.index + 1} · ${s.host}${s.concepts.length > 0 ? ` · concepts: ${s.concepts.join(', ')}` : ''}`);
		out.push(`en: ${s.caption.en}`, `ko: ${s.caption.ko}`);
		if (s.kind === 'edit') {
			out.push(`# edit ${s.file}`);
			out.push(...(s.content ?? '').replace(/\n$/, '').split('\n').map((l) => `| ${l}`.trimEnd()));
			continue;
		}
		out.push(`${s.prompt}${s.command}`);
		const screen = s.screen.replace(/\n+$/, '');
		if (screen !== '') out.push(screen);
		if (s.exitCode !== 0) out.push(`[exit ${s.exitCode}]`);
	}
	return out.join('\n') + '\n';
}

/** The commands of every ```sh block on a page, in order. */
function pageCommands(mdx: string): string[] {
	const blocks = [...mdx.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
	return blocks.flatMap((b) => b.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')));
}

/** The session ids a page embeds with <Terminal session="…" />. */
function pageSessions(mdx: string): string[] {
	return [...mdx.matchAll(/<Terminal\s+session="([^"]+)"/g)].map((m) => m[1]!);
}

describe('session files', () => {
	it('include every session the docs need', () => {
		const ids = files.map((f) => f.replace(/\.ya?ml$/, ''));
		for (const id of REQUIRED) expect(ids, `missing src/content/sessions/${id}.yaml`).toContain(id);
	});

	it('cover every <Terminal session> that a page embeds', () => {
		for (const lang of ['en', 'ko']) {
			const dir = new URL(`${lang}/walkthroughs/`, docsDir);
			for (const page of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
				for (const id of pageSessions(readFileSync(new URL(page, dir), 'utf8'))) {
					expect(existsSync(new URL(`${id}.yaml`, sessionsDir)), `${lang}/walkthroughs/${page} embeds "${id}"`).toBe(true);
				}
			}
		}
	});
});

describe.each(files)('%s', (file) => {
	const id = file.replace(/\.ya?ml$/, '');
	// Loaded on first use, so a broken file fails its own tests with `path:line: message`
	// instead of stopping the collection of every other session.
	let cached: Timeline | undefined;
	const get = (): Timeline => (cached ??= load(file));

	it('loads', () => {
		expect(get().steps.length).toBeGreaterThan(0);
	});

	it('is named after its file and has 4 to 14 steps', () => {
		const timeline = get();
		expect(timeline.id).toBe(id);
		expect(timeline.steps.length).toBeGreaterThanOrEqual(4);
		expect(timeline.steps.length).toBeLessThanOrEqual(14);
	});

	it('has an English and a Korean caption on every step', () => {
		const timeline = get();
		for (const s of timeline.steps) {
			expect(s.caption.en.trim(), `step ${s.index + 1} (line ${s.line})`).not.toBe('');
			expect(s.caption.ko.trim(), `step ${s.index + 1} (line ${s.line})`).not.toBe('');
			// Korean captions are written in Korean, not copied from English.
			expect(s.caption.ko, `step ${s.index + 1} (line ${s.line})`).toMatch(/[\uac00-\ud7a3]/);
		}
	});

	it('fails only on steps marked expect: error', () => {
		const timeline = get();
		for (const s of timeline.steps) {
			expect({ line: s.line, command: s.command, failed: s.exitCode !== 0 }).toEqual({ line: s.line, command: s.command, failed: s.expectError });
		}
	});

	it('is deterministic: loading it twice gives the same timeline', () => {
		const timeline = get();
		expect(JSON.stringify(load(file))).toBe(JSON.stringify(timeline));
	});

	it('types the commands its walkthrough pages show, in the same order', () => {
		const timeline = get();
		const session = timeline.steps.filter((s) => s.kind === 'cmd').map((s) => s.command!);
		const pending = PENDING_PROSE_FIXES[id] ?? [];
		for (const lang of ['en', 'ko']) {
			const page = new URL(`${lang}/walkthroughs/${id}.mdx`, docsDir);
			if (!existsSync(page)) continue;
			let at = 0;
			for (const cmd of pageCommands(readFileSync(page, 'utf8'))) {
				if (pending.includes(cmd)) continue;
				const found = session.indexOf(cmd, at);
				expect(found, `${lang}/walkthroughs/${id}.mdx shows \`${cmd}\`, which the session does not type (in this order)`).toBeGreaterThanOrEqual(0);
				at = found + 1;
			}
		}
	});

	it('matches its golden transcript', () => {
		const timeline = get();
		const text = transcript(timeline);
		const golden = new URL(`${id}.txt`, goldenDir);
		if (UPDATE) {
			mkdirSync(goldenDir, { recursive: true });
			writeFileSync(golden, text);
			return;
		}
		expect(existsSync(golden), `no golden for ${id}: run UPDATE_GOLDEN=1 npx vitest run src/content/sessions.test.ts`).toBe(true);
		expect(text).toBe(readFileSync(golden, 'utf8'));
	});
});
