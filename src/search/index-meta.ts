/**
 * What each page adds to the search index, beside its text, as Pagefind metadata fields (searched
 * with the weights in astro.config.mjs `pagefind.ranking.metaWeights`, never shown: the search
 * client drops them from results, and metadata never appears in excerpts).
 *
 * - `concepts`: names (both languages, terms and aliases) of the glossary concepts whose first page
 *   this is; `mentions`: the same for concepts that list this page further down. So on /ko/ the
 *   Korean hypervisor page answers `hypervisor` and `VMM`, and the page that treats a concept
 *   outranks pages that merely use the word.
 * - `stems`: the page's Korean words without their particles (컨테이너는 → 컨테이너), so a bare
 *   query word matches exactly, not only as a prefix, and ranks the page as it should.
 */
import { koreanStems, words } from './korean';
import type { Lang } from './concepts';

export interface ConceptPages {
	term: { en: string; ko: string };
	aliases: { en: string[]; ko: string[] };
	pages: string[];
}

export interface SearchMeta {
	concepts: string;
	mentions: string;
	stems: string;
}

const join = (list: Iterable<string>) => [...new Set([...list].flatMap((s) => words(s)))].join(' ');

/**
 * @param slug the page without locale, e.g. `foundations/hypervisors`
 * @param text the page's text (source or transcripts; markup is harmless, only Korean words count)
 * @param keep Korean words never to cut (glossary names)
 */
export function searchMeta(entries: ConceptPages[], lang: Lang, slug: string, text: string, keep?: ReadonlySet<string>): SearchMeta {
	const primary: string[] = [];
	const secondary: string[] = [];
	for (const e of entries) {
		const at = e.pages.findIndex((p) => p.split('#')[0] === slug);
		if (at < 0) continue;
		const names = [e.term.en, e.term.ko, ...e.aliases.en, ...e.aliases.ko];
		(at === 0 ? primary : secondary).push(...names);
	}
	const stems = lang === 'ko' ? koreanStems(text, keep).join(' ') : '';
	return { concepts: join(primary), mentions: join(secondary), stems };
}

/** A docs source without what is not prose: frontmatter, imports and the attributes of tags. */
export function proseOf(source: string): string {
	return source
		.replace(/^---[\s\S]*?\n---\n/, '')
		.replace(/^import .*$/gm, '')
		// Inline tags glue to their neighbours as in the HTML (`<Term …>레지스트리</Term>에` → 레지스트리에).
		.replace(/<\/?[A-Za-z][^>]*>/g, '');
}
