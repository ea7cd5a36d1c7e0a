/**
 * Stops the build when a page embeds `<Terminal session="…">` (or `<Playground session="…">`)
 * with an id that has no src/content/sessions/<id>.yaml, naming the page's file and line:
 * `src/content/docs/en/walkthroughs/pull.mdx:14: unknown session "pul" (sessions: build, …)`.
 * Runs when the config is set up, so before any page renders, in `astro build` and `astro dev`.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentError, type ContentIssue } from '../loaders/yaml';

const EMBED = /<(Terminal|Playground)\b[^>]*?\bsession=(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g;

/** Every `session` a page's source names, with its line. */
export function embeddedSessions(text: string): Array<{ id: string; line: number }> {
	return [...text.matchAll(EMBED)].map((m) => ({
		id: m[2] ?? m[3] ?? m[4] ?? '',
		line: text.slice(0, m.index).split('\n').length,
	}));
}

export function unknownSessions(pages: Array<{ file: string; text: string }>, ids: readonly string[]): ContentIssue[] {
	const known = new Set(ids);
	return pages.flatMap(({ file, text }) =>
		embeddedSessions(text)
			.filter((e) => !known.has(e.id))
			.map((e) => ({ file, line: e.line, message: `unknown session "${e.id}" (sessions: ${[...known].sort().join(', ')})` })),
	);
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? walk(join(dir, d.name)) : /\.mdx?$/.test(d.name) ? [join(dir, d.name)] : [],
	);
}

/** Checks every page under `docsDir` against the session files in `sessionsDir`; throws a ContentError. */
export function checkTerminalSessions(root: string, docsDir = 'src/content/docs', sessionsDir = 'src/content/sessions'): void {
	const ids = readdirSync(join(root, sessionsDir))
		.filter((f) => /\.ya?ml$/.test(f))
		.map((f) => f.replace(/\.ya?ml$/, ''));
	const pages = walk(join(root, docsDir)).map((abs) => ({ file: relative(root, abs), text: readFileSync(abs, 'utf8') }));
	const issues = unknownSessions(pages, ids);
	if (issues.length > 0) throw new ContentError(issues);
}

export default function terminalSessions(): AstroIntegration {
	return {
		name: 'dockside:terminal-sessions',
		hooks: {
			'astro:config:setup': ({ config }) => checkTerminalSessions(fileURLToPath(config.root)),
		},
	};
}
