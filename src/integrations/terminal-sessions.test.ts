import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTerminalSessions, embeddedSessions, unknownSessions } from './terminal-sessions';

describe('terminal sessions named by pages', () => {
	it('finds each embed with its line, in every quoting style', () => {
		const text = `---\ntitle: x\n---\n\n<Terminal session="pull" />\n\ntext\n<Playground session='run' />\n<Terminal\n  session={"tour"} />\n`;
		expect(embeddedSessions(text)).toEqual([
			{ id: 'pull', line: 5 },
			{ id: 'run', line: 8 },
			{ id: 'tour', line: 9 },
		]);
	});

	it('reports an unknown id at the page file and line', () => {
		const pages = [{ file: 'src/content/docs/en/walkthroughs/pull.mdx', text: 'intro\n\n<Terminal session="pul" />\n' }];
		expect(unknownSessions(pages, ['pull', 'build'])).toEqual([
			{ file: 'src/content/docs/en/walkthroughs/pull.mdx', line: 3, message: 'unknown session "pul" (sessions: build, pull)' },
		]);
	});

	it('stops with file:line for a project on disk, and passes the real site', () => {
		const root = mkdtempSync(join(tmpdir(), 'dockside-'));
		mkdirSync(join(root, 'src/content/docs/ko'), { recursive: true });
		mkdirSync(join(root, 'src/content/sessions'), { recursive: true });
		writeFileSync(join(root, 'src/content/sessions/pull.yaml'), 'id: pull\n');
		writeFileSync(join(root, 'src/content/docs/ko/a.mdx'), '# a\n<Terminal session="pull" />\n<Terminal session="tour" />\n');
		expect(() => checkTerminalSessions(root)).toThrow(/^src\/content\/docs\/ko\/a\.mdx:3: unknown session "tour" \(sessions: pull\)$/);
		expect(() => checkTerminalSessions(process.cwd())).not.toThrow();
	});
});
