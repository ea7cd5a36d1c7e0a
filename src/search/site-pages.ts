/**
 * The site's pages as the search dialog needs them (build side, plain Node: also used by tests):
 * each docs page's title, and for walkthroughs each `docker …` step of its terminal session with
 * its caption and a link that opens the walkthrough's terminal at that step (`#<session>-<k>`,
 * the widget's step link). Titles feed compound splitting and 초성 matching; steps are where task
 * queries (`컨테이너를 지우려면`, `open a port`) land.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseYaml } from '../loaders/yaml';
import { SESSIONS_DIR, sessionSchema } from '../loaders/sessions';
import type { Lang, SearchPage, SearchStep } from './concepts';

const DOCS = 'src/content/docs';

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
			const file = `${SESSIONS_DIR}/${id}.yaml`;
			if (!existsSync(join(root, file))) continue;
			// The collection's own schema and error path; the simulator is not needed here.
			const session = parseYaml(file, readFileSync(join(root, file), 'utf8'), sessionSchema).data;
			session.steps.forEach((step, i) => {
				const cmd = step.cmd;
				if (cmd === undefined || !/^docker\s/.test(cmd) || steps.some((s) => s.cmd === cmd)) return;
				// Step k of the widget's link is the step shown whole after k steps.
				steps.push({ cmd, caption: step.caption[lang], concepts: step.concepts ?? [], href: `${href}#${id}-${i + 1}` });
			});
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
