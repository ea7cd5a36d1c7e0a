// The "plain Starlight" peer: a minimal Starlight site, generated at run time, whose one page
// carries the text of our doc page. It answers "what does Dockside cost over a stock Starlight
// page with the same words?".
//
// The Markdown comes from our built page: Chromium walks its `.sl-markdown-content` and writes
// headings, paragraphs, lists, tables, code blocks and blockquotes/asides as Markdown (inline
// links, code and emphasis are kept; diagrams become their accessible text as a paragraph; our
// custom elements become their text). Rough, but the same words and structure.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkNodeModules } from './build.mjs';
import { REPO } from './lib.mjs';

export const PEER_DIR = '/tmp/dockside-bench-peer';
export const PEER_SLUG = 'what-is-virtualization';
// Listing the dependencies matters: without them Vite externalises Starlight in the SSR build
// and rendering fails on `astro:` imports.
const PEER_PACKAGE = { name: 'dockside-bench-peer', private: true, type: 'module', dependencies: { astro: '*', '@astrojs/starlight': '*' } };

/** Runs inside the page: DOM → Markdown. Kept self-contained (it is serialised by Playwright). */
function toMarkdown() {
	const root = document.querySelector('.sl-markdown-content');
	if (!root) return undefined;
	// Hidden popovers (glossary cards), anchor links and screen-reader-only text are not page text.
	const SKIP = 'script, style, template, button, [hidden], .sr-only, .sl-anchor-link';
	const clean = (s) => s.replace(/\s+/g, ' ').trim();
	const inline = (node) => {
		let out = '';
		for (const n of node.childNodes) {
			if (n.nodeType === Node.TEXT_NODE) out += n.textContent.replace(/\s+/g, ' ');
			else if (n.nodeType !== Node.ELEMENT_NODE) continue;
			else if (n.matches('a[href]')) out += `[${inline(n).trim()}](${n.getAttribute('href')})`;
			else if (n.matches('code')) out += `\`${n.textContent}\``;
			else if (n.matches('strong, b')) out += `**${inline(n).trim()}**`;
			else if (n.matches('em, i')) out += `*${inline(n).trim()}*`;
			else if (n.matches('br')) out += ' ';
			else if (n.matches('svg')) out += clean(n.getAttribute('aria-label') ?? n.querySelector('title')?.textContent ?? '');
			else if (n.matches(SKIP)) continue;
			else out += inline(n);
		}
		return out.replace(/\|/g, '\\|');
	};
	const blocks = [];
	const walk = (node) => {
		for (const el of node.children) {
			const tag = el.tagName.toLowerCase();
			if (el.matches(SKIP)) continue;
			if (/^h[1-6]$/.test(tag)) blocks.push(`${'#'.repeat(Number(tag[1]))} ${clean(inline(el))}`);
			else if (el.matches('.sl-heading-wrapper')) walk(el);
			else if (tag === 'p') {
				const text = clean(inline(el));
				if (text) blocks.push(text);
			} else if (tag === 'ul' || tag === 'ol') {
				const items = [...el.children].filter((li) => li.tagName === 'LI');
				blocks.push(items.map((li, i) => `${tag === 'ol' ? `${i + 1}.` : '-'} ${clean(inline(li))}`).join('\n'));
			} else if (tag === 'table') {
				const rows = [...el.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => clean(inline(c))));
				if (rows.length === 0) continue;
				const width = Math.max(...rows.map((r) => r.length));
				const line = (r) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
				blocks.push([line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n'));
			} else if (tag === 'pre' || el.matches('.expressive-code')) {
				const pre = tag === 'pre' ? el : el.querySelector('pre');
				const code = pre ? [...pre.querySelectorAll('.ec-line')].map((l) => l.textContent).join('\n') || pre.textContent : '';
				blocks.push(`\`\`\`\n${code.replace(/\n$/, '')}\n\`\`\``);
			} else if (tag === 'blockquote' || tag === 'aside') {
				const text = clean(inline(el));
				if (text) blocks.push(`> ${text}`);
			} else if (tag === 'figure' || tag === 'div' || tag === 'section' || tag.includes('-')) {
				// Diagrams and components: their own blocks if they have any, else their text.
				if (el.querySelector('p, h2, h3, table, ul, ol, pre')) walk(el);
				else {
					const text = clean(inline(el));
					if (text) blocks.push(text);
				}
			} else if (tag === 'details') {
				walk(el);
			} else if (tag === 'summary') {
				blocks.push(`**${clean(inline(el))}**`);
			} else if (tag !== 'script' && tag !== 'style' && tag !== 'hr') {
				const text = clean(inline(el));
				if (text) blocks.push(text);
			}
		}
	};
	walk(root);
	const title = clean(document.querySelector('h1')?.textContent ?? 'Page');
	const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
	return { title, description, markdown: blocks.join('\n\n') };
}

/** Writes the peer project (our page's text as Markdown) and hard-links node_modules into it. */
export async function writePeer(browser, docURL) {
	const context = await browser.newContext({ javaScriptEnabled: false });
	let page;
	try {
		const tab = await context.newPage();
		await tab.goto(docURL, { timeout: 30_000 });
		page = await tab.evaluate(toMarkdown);
	} finally {
		await context.close().catch(() => {});
	}
	if (!page) throw new Error(`no .sl-markdown-content on ${docURL}`);
	rmSync(PEER_DIR, { recursive: true, force: true });
	mkdirSync(join(PEER_DIR, 'src/content/docs'), { recursive: true });
	writeFileSync(join(PEER_DIR, 'package.json'), JSON.stringify(PEER_PACKAGE, null, 2));
	writeFileSync(
		join(PEER_DIR, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	integrations: [starlight({ title: 'Plain Starlight' })],
});
`,
	);
	writeFileSync(
		join(PEER_DIR, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	const yaml = (s) => JSON.stringify(s); // a JSON string is a valid YAML scalar
	writeFileSync(
		join(PEER_DIR, `src/content/docs/${PEER_SLUG}.md`),
		`---\ntitle: ${yaml(page.title)}\ndescription: ${yaml(page.description)}\n---\n\n${page.markdown}\n`,
	);
	// Starlight's home: without it / is a 404 and the static server refuses to start.
	writeFileSync(join(PEER_DIR, 'src/content/docs/index.md'), `---\ntitle: Plain Starlight\n---\n\nSee [the page](/${PEER_SLUG}/).\n`);
	// A stock Starlight project ships a favicon; without one the page logs a 404.
	mkdirSync(join(PEER_DIR, 'public'), { recursive: true });
	copyFileSync(join(REPO, 'public/favicon.svg'), join(PEER_DIR, 'public/favicon.svg'));
	linkNodeModules(PEER_DIR);
	return { dir: PEER_DIR, path: `/${PEER_SLUG}/`, words: page.markdown.split(/\s+/).length };
}
