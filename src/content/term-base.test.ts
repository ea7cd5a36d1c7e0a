// The Korean term base (src/content/term-base/ko.yaml): one preferred term per concept. Lists, as
// file:line, every avoided variant on a Korean page (outside code), in the glossary's Korean term,
// short and definition, and in the Korean sidebar labels; and every 에게 after an inanimate noun.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Entry {
	concept: string;
	preferred: string;
	avoid: string[];
	allow?: string[];
	note?: string;
}
interface TermBase {
	terms: Entry[];
	'no-ege-after': string[];
}

const ROOT = join(import.meta.dirname, '..', '..');
const base = parse(readFileSync(join(import.meta.dirname, 'term-base', 'ko.yaml'), 'utf8')) as TermBase;
// The Sources page quotes the articles' titles as they were published.
const SKIP = new Set(['src/content/docs/ko/reference/sources.mdx']);

interface Text {
	file: string;
	line: number;
	text: string;
}

/** Prose lines of an MDX page: no front-matter keys other than title and description, no code, no imports, no link targets. */
function pageLines(file: string, source: string): Text[] {
	const out: Text[] = [];
	let fence: string | null = null;
	let inFrontmatter = false;
	source.split('\n').forEach((raw, i) => {
		if (i === 0 && raw === '---') return void (inFrontmatter = true);
		if (inFrontmatter) {
			if (raw === '---') inFrontmatter = false;
			else if (/^(title|description|\s+tagline|\s+- text):/.test(raw)) out.push({ file, line: i + 1, text: raw });
			return;
		}
		const marker = /^\s*(```+|~~~+)/.exec(raw)?.[1];
		if (marker) {
			if (!fence) fence = marker;
			else if (marker.startsWith(fence)) fence = null;
			return;
		}
		if (fence || raw.startsWith('import ')) return;
		const text = raw
			.replace(/`[^`]*`/g, ' ')
			.replace(/\]\([^)]*\)/g, ']')
			.replace(/<[A-Za-z][^>]*>/g, ' ');
		out.push({ file, line: i + 1, text });
	});
	return out;
}

/** Korean prose in a glossary file: the term, short and definition, not the aliases. */
function glossaryLines(file: string, source: string): Text[] {
	const out: Text[] = [];
	let block = '';
	source.split('\n').forEach((raw, i) => {
		const top = /^([a-z]+):/.exec(raw)?.[1];
		if (top) block = top;
		if (block === 'aliases' || block === 'pages' || block === 'related') return;
		if (block === 'term') {
			const ko = /ko: ([^}]*)\}/.exec(raw)?.[1];
			if (ko) out.push({ file, line: i + 1, text: ko });
			return;
		}
		out.push({ file, line: i + 1, text: raw.replace(/`[^`]*`/g, ' ') });
	});
	// Only the Korean halves: drop the English lines of short and definition.
	return out.filter((t) => /[\uac00-\ud7a3]/.test(t.text));
}

function sidebarLines(): Text[] {
	const file = 'astro.config.mjs';
	return readFileSync(join(ROOT, file), 'utf8')
		.split('\n')
		.flatMap((raw, i) => [...raw.matchAll(/group\('[^']*', '([^']*)'/g)].map((m) => ({ file, line: i + 1, text: m[1]! })));
}

function files(dir: string, ext: RegExp): string[] {
	return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && ext.test(e.name))
		.map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

const texts: Text[] = [
	...files('src/content/docs/ko', /\.mdx?$/)
		.filter((f) => !SKIP.has(f))
		.flatMap((f) => pageLines(f, readFileSync(join(ROOT, f), 'utf8'))),
	...files('src/content/glossary', /\.ya?ml$/).flatMap((f) => glossaryLines(f, readFileSync(join(ROOT, f), 'utf8'))),
	...sidebarLines(),
];

describe('Korean term base', () => {
	it('is well formed', () => {
		expect(base.terms.length).toBeGreaterThan(5);
		for (const t of base.terms) {
			expect(t.preferred, t.concept).toBeTruthy();
			expect(t.avoid.length, t.concept).toBeGreaterThan(0);
			for (const a of t.avoid) expect(t.preferred.includes(a), `${t.concept}: "${a}" is part of the preferred term`).toBe(false);
		}
	});

	it('reads some Korean text', () => {
		expect(texts.length).toBeGreaterThan(500);
	});

	it('finds no avoided variant on Korean pages, in the glossary or in the sidebar', () => {
		const found: string[] = [];
		for (const t of base.terms) {
			for (const { file, line, text } of texts) {
				let rest = text;
				for (const phrase of t.allow ?? []) rest = rest.split(phrase).join(' ');
				for (const a of t.avoid) if (rest.includes(a)) found.push(`${file}:${line}: "${a}" → "${t.preferred}" (${t.concept})`);
			}
		}
		expect(found).toEqual([]);
	});

	it('uses 에, not 에게, after inanimate nouns', () => {
		const words = base['no-ege-after'].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
		const pattern = new RegExp(`(?:${words.join('|')})에게`);
		const found = texts.filter((t) => pattern.test(t.text)).map((t) => `${t.file}:${t.line}: ${pattern.exec(t.text)![0]}`);
		expect(found).toEqual([]);
	});
});
