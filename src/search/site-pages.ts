/**
 * The site's pages as the search dialog needs them (build side, plain Node: also used by tests):
 * each docs page's title, and for walkthroughs each `docker …` step of its terminal session with
 * a link to the section of the page that explains that command. Titles feed compound splitting
 * and 초성 matching; steps are where task queries (`컨테이너를 지우려면`, `open a port`) land.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Lang, SearchPage, SearchStep } from './concepts';

const DOCS = 'src/content/docs';
const SESSIONS = 'src/content/sessions';

function mdxFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? mdxFiles(join(dir, d.name)) : /\.mdx?$/.test(d.name) ? [join(dir, d.name)] : [],
	);
}

/** `title:` from the frontmatter, without quotes. */
function titleOf(source: string): string | undefined {
	const front = /^---\n([\s\S]*?)\n---/.exec(source)?.[1];
	const raw = front && /^title:\s*(.+)$/m.exec(front)?.[1];
	return raw ? String(parse(`t: ${raw}`).t) : undefined;
}

/**
 * The id of the section (`## … {#id}` or `### … {#id}`) where the page first shows `cmd`, or
 * failing that its command (`docker rm`, `docker volume create`); undefined if neither appears.
 */
export function sectionOf(body: string, cmd: string): string | undefined {
	const words = cmd.split(/\s+/);
	const head = words[0] === 'docker' ? words.slice(0, /^(volume|image|container|network)$/.test(words[1] ?? '') ? 3 : 2).join(' ') : words[0];
	for (const needle of [cmd, head]) {
		const at = body.indexOf(needle);
		if (at < 0) continue;
		const before = body.slice(0, at);
		const ids = [...before.matchAll(/^#{2,3} .*\{#([\w-]+)\}\s*$/gm)];
		return ids.at(-1)?.[1];
	}
	return undefined;
}

interface Session {
	steps: { cmd: string; concepts?: string[] }[];
}

/** Every docs page of `lang`, with walkthrough steps. `root`: the repository. */
export function sitePages(lang: Lang, root = process.cwd()): SearchPage[] {
	const dir = join(root, DOCS, lang);
	const pages: SearchPage[] = [];
	for (const file of mdxFiles(dir).sort()) {
		const source = readFileSync(file, 'utf8');
		const title = titleOf(source);
		if (!title) continue;
		const slug = file.slice(dir.length + 1).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
		const href = `/${lang}/${slug ? `${slug}/` : ''}`;
		const steps: SearchStep[] = [];
		// Steps of walkthroughs only: other pages embed a session as an illustration.
		for (const [, id] of slug.startsWith('walkthroughs/') ? source.matchAll(/<Terminal[^>]*session="([^"]+)"/g) : []) {
			const path = join(root, SESSIONS, `${id}.yaml`);
			if (!existsSync(path)) continue;
			const session = parse(readFileSync(path, 'utf8')) as Session;
			for (const step of session.steps) {
				if (!/^docker\s/.test(step.cmd) || steps.some((s) => s.cmd === step.cmd)) continue;
				const section = sectionOf(source, step.cmd);
				steps.push({ cmd: step.cmd, concepts: step.concepts ?? [], href: section ? `${href}#${section}` : href });
			}
		}
		pages.push(steps.length ? { href, title, steps } : { href, title });
	}
	return pages;
}

/** `en/foundations/hypervisors` → title, for pages that exist (the glossary's concept links). */
export function pageTitles(root = process.cwd()): Map<string, string> {
	const out = new Map<string, string>();
	for (const lang of ['en', 'ko'] as const) for (const p of sitePages(lang, root)) out.set(p.href.slice(1).replace(/\/$/, ''), p.title);
	return out;
}
