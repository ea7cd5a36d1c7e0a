/**
 * The reader query set (./reader-queries.json, issue 17) against the concept layer: for each
 * query, the links the dialog shows above Pagefind's results (task answers first, then concept
 * cards) must include the page that answers within the first three. The hit rate is printed and
 * must be at least 95 % in each language.
 */
import { describe, expect, it } from 'vitest';
import { readGlossary } from '../glossary/read';
import { analyse, indexConcepts, slimConcept, type Lang } from './concepts';
import { pageTitles, sitePages } from './site-pages';
import set from './reader-queries.json';

const glossary = readGlossary();
const titles = pageTitles();
const index = (lang: Lang) => {
	const concepts = glossary.map((e) => {
		const page = e.pages.find((p) => titles.has(`${lang}/${p.split('#')[0]}`));
		const [slug, anchor] = (page ?? 'reference/glossary').split('#');
		const href = `/${lang}/${slug}/${anchor ? `#${anchor}` : ''}`;
		return slimConcept(e, lang, { href, title: titles.get(`${lang}/${slug}`) ?? e.term[lang] });
	});
	return indexConcepts(concepts, sitePages(lang));
};
const indexes = { en: index('en'), ko: index('ko') };

/** The first three links the layer shows, as paths. */
export function layerLinks(q: string, lang: Lang): string[] {
	const a = analyse(q, indexes[lang], lang);
	return [...(a.answers ?? []).map((x) => x.href), ...a.concepts.map((c) => c.href)].map((h) => h.split('#')[0]).slice(0, 3);
}

describe('reader query set', () => {
	for (const lang of ['ko', 'en'] as const) {
		it(`finds the answering page in the top 3 (${lang}, ≥ 95 %)`, () => {
			const queries = set.queries.filter((q) => q.lang === lang);
			const misses = queries.filter((q) => !layerLinks(q.q, lang).includes(q.expect));
			const rate = (queries.length - misses.length) / queries.length;
			const byKind = Object.entries(Object.groupBy(queries, (q) => q.kind)).map(
				([kind, list]) => `${kind} ${list!.filter((q) => !misses.includes(q)).length}/${list!.length}`,
			);
			console.log(`reader queries (${lang}): ${queries.length - misses.length}/${queries.length} (${(rate * 100).toFixed(1)} %): ${byKind.join(', ')}`);
			if (misses.length) console.log(misses.map((q) => `  "${q.q}" → [${layerLinks(q.q, lang).join(', ')}], wanted ${q.expect}`).join('\n'));
			expect(queries.length).toBeGreaterThanOrEqual(60);
			expect(rate, misses.map((q) => q.q).join(', ')).toBeGreaterThanOrEqual(0.95);
		});
	}
});
