import { conceptPages, getGlossary, glossaryHref } from '../glossary/data';
import { slimConcept, type Lang, type SearchConcept, type SearchData } from './concepts';
import { sitePages } from './site-pages';

/** The slim concept list the search dialog needs in one language: terms, aliases, the one-line
 * definition and the page that treats each concept. Served as /search/concepts-<lang>.json. */
export async function conceptData(lang: Lang): Promise<SearchConcept[]> {
	const glossary = await getGlossary();
	return Promise.all(
		glossary.map(async (entry) => {
			const [first] = await conceptPages(entry, lang);
			const link = first ?? { href: glossaryHref(lang, entry.id), title: entry.term[lang] };
			return slimConcept(entry, lang, link);
		}),
	);
}

/** Everything the dialog fetches: the concepts, and the pages with their walkthrough steps. */
export async function searchData(lang: Lang): Promise<SearchData> {
	return { concepts: await conceptData(lang), pages: sitePages(lang) };
}
