/** The real glossary: every concept the pages rely on exists, complete in both languages. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readGlossary } from './read';
import { LANGS } from './validate';

const docsDir = new URL('../content/docs/', import.meta.url);
const pageFiles = (lang: string) =>
	readdirSync(new URL(`${lang}/`, docsDir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
/** Every concept id the pages link to with <Term id="…">, read from the pages themselves. */
const linkedIds = LANGS.flatMap((lang) =>
	pageFiles(lang).flatMap((f) =>
		[...readFileSync(new URL(`${lang}/${f}`, docsDir), 'utf8').matchAll(/<Term\s+id="([^"]+)"/g)].map((m) => ({ id: m[1]!, page: `${lang}/${f}` })),
	),
);

// Throws (failing every test) with file:line messages if any file breaks the contract.
const entries = readGlossary();
const byId = new Map(entries.map((e) => [e.id, e]));

describe('the glossary', () => {
	it('has every concept id the pages link to', () => {
		expect(linkedIds.length).toBeGreaterThan(0);
		expect(linkedIds.filter((l) => !byId.has(l.id)).map((l) => `${l.page}: <Term id="${l.id}">`)).toEqual([]);
	});

	it('has aliases, and Korean written in Korean', () => {
		for (const e of entries) {
			expect(e.aliases.en.length + e.aliases.ko.length, `${e.id} has aliases`).toBeGreaterThan(0);
			// Korean text is Korean: a definition with no Hangul was probably pasted in English.
			expect(e.definition.ko, `${e.id}.definition.ko`).toMatch(/[가-힣]/);
			expect(e.short.ko, `${e.id}.short.ko`).toMatch(/[가-힣]/);
		}
	});

	it('has no island: every concept relates to another or is related to', () => {
		// Each concept is reachable: something relates to it, or it relates to something.
		const linked = new Set(entries.flatMap((e) => (e.related.length > 0 ? [e.id, ...e.related] : [])));
		expect(entries.filter((e) => !linked.has(e.id)).map((e) => e.id)).toEqual([]);
	});

	it('points every concept at pages that exist in both languages, anchors included', () => {
		const broken: string[] = [];
		for (const e of entries) {
			if (e.pages.length === 0) broken.push(`${e.id} has no pages`);
			for (const p of e.pages) {
				const [slug, anchor] = p.split('#');
				for (const lang of LANGS) {
					const file = new URL(`${lang}/${slug}.mdx`, docsDir);
					if (!existsSync(file)) broken.push(`${e.id} → ${lang}/${slug}`);
					else if (anchor && !readFileSync(file, 'utf8').includes(`{#${anchor}}`)) broken.push(`${e.id} → ${lang}/${p}`);
				}
			}
		}
		expect(broken).toEqual([]);
	});

	it('has one meaning per term: no two concepts share a term', () => {
		for (const lang of LANGS) {
			const terms = entries.map((e) => e.term[lang].toLowerCase());
			expect(terms.filter((t, i) => terms.indexOf(t) !== i), lang).toEqual([]);
		}
	});
});
