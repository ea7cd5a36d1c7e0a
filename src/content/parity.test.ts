import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';

/**
 * Both languages, always: every page exists in English and Korean with the same slug, a title
 * and a description, and the same headings (level and anchor) in the same order; every UI
 * string exists in both.
 */
const DOCS = join(import.meta.dirname, 'docs');

function pages(lang: string): string[] {
	const root = join(DOCS, lang);
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
		.map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
		.sort();
}

interface Heading {
	depth: number;
	id: string;
}

/** Headings outside code fences, with their anchor: an explicit `{#id}` or the slug Astro would make. */
export function headings(source: string): Heading[] {
	const slugger = new GithubSlugger();
	const out: Heading[] = [];
	let fence: string | null = null;
	for (const line of source.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n')) {
		const marker = /^\s*(```+|~~~+)/.exec(line)?.[1];
		if (marker) {
			if (!fence) fence = marker;
			else if (marker.startsWith(fence)) fence = null;
			continue;
		}
		if (fence) continue;
		const m = /^(#{2,6})\s+(.*?)\s*$/.exec(line);
		if (!m) continue;
		const explicit = /\{#([^}]+)\}\s*$/.exec(m[2]);
		out.push({ depth: m[1].length, id: explicit ? explicit[1] : slugger.slug(m[2]) });
	}
	return out;
}

function frontmatter(source: string, key: string): string | undefined {
	const fm = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
	return new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(fm)?.[1]?.trim();
}

describe('pages in both languages', () => {
	const en = pages('en');
	const ko = pages('ko');

	it('have the same slugs', () => {
		expect(ko).toEqual(en);
		expect(en.length).toBeGreaterThan(30);
	});

	for (const page of en.filter((p) => ko.includes(p))) {
		it(`${page}: title, description, and the same headings and anchors`, () => {
			const enSource = readFileSync(join(DOCS, 'en', page), 'utf8');
			const koSource = readFileSync(join(DOCS, 'ko', page), 'utf8');
			for (const source of [enSource, koSource]) {
				expect(frontmatter(source, 'title')).toBeTruthy();
				expect(frontmatter(source, 'description')).toBeTruthy();
			}
			expect(headings(koSource)).toEqual(headings(enSource));
			// Korean headings must carry the English anchor, or they would get Korean ids.
			expect(headings(koSource).every((h) => /^[a-z0-9-]+$/.test(h.id))).toBe(true);
		});
	}
});

describe('headings()', () => {
	it('reads explicit anchors, slugs the rest, and skips code fences', () => {
		expect(headings('---\ntitle: x\n---\n## Host and guest\n```sh\n## not a heading\n```\n### 호스트 {#host}\n')).toEqual([
			{ depth: 2, id: 'host-and-guest' },
			{ depth: 3, id: 'host' },
		]);
	});
});

describe('UI strings', () => {
	it('have the same keys in English and Korean', () => {
		const en = JSON.parse(readFileSync(join(import.meta.dirname, 'i18n', 'en.json'), 'utf8'));
		const ko = JSON.parse(readFileSync(join(import.meta.dirname, 'i18n', 'ko.json'), 'utf8'));
		expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
	});
});
