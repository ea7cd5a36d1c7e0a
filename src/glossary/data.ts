/**
 * The glossary inside Astro (pages, components, integrations that run at build time):
 * entries come from the `glossary` content collection, already validated by the loader.
 * Plain Node code (scripts, tests) uses `readGlossary()` from ./read instead.
 */
import { getCollection, getEntry } from 'astro:content';
import type { GlossaryEntry, Lang } from './validate';

export type { GlossaryEntry, Lang } from './validate';

/** Every concept, sorted by id. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
	const entries = await getCollection('glossary');
	return entries.map(({ id, data }) => ({ id, ...data })).sort((a, b) => a.id.localeCompare(b.id));
}

/** One concept, or undefined if the id is unknown. */
export async function getConcept(id: string): Promise<GlossaryEntry | undefined> {
	const entry = await getEntry('glossary', id);
	return entry ? { id: entry.id, ...entry.data } : undefined;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `/ko/reference/glossary/#hypervisor` */
export function glossaryHref(lang: Lang, id: string): string {
	return `${base}${lang}/reference/glossary/#${id}`;
}

/** `foundations/hypervisors#type-1` → `/ko/foundations/hypervisors/#type-1` */
export function pageHref(lang: Lang, page: string): string {
	const [slug, anchor] = page.split('#');
	return `${base}${lang}/${slug}/${anchor ? `#${anchor}` : ''}`;
}

let titles: Promise<Map<string, string>> | undefined;
/** Title of every docs page that exists, keyed `en/foundations/hypervisors`. */
export function docTitles(): Promise<Map<string, string>> {
	titles ??= getCollection('docs').then(
		(docs) => new Map(docs.map((d) => [d.id.replace(/\/index$/, ''), d.data.title] as const)),
	);
	return titles;
}

export interface ConceptLink {
	page: string;
	href: string;
	title: string;
}

/**
 * The concept's pages that exist in `lang`, with their titles. Slugs whose page is not written
 * yet are left out (and reported once), so a link is never broken while the docs grow.
 */
export async function conceptPages(entry: GlossaryEntry, lang: Lang): Promise<ConceptLink[]> {
	const known = await docTitles();
	const links: ConceptLink[] = [];
	for (const page of entry.pages) {
		const title = known.get(`${lang}/${page.split('#')[0]}`);
		if (title === undefined) {
			warnOnce(`glossary: "${entry.id}" lists page "${page}", which has no ${lang} page yet`);
			continue;
		}
		links.push({ page, href: pageHref(lang, page), title });
	}
	return links;
}

/**
 * Where a mention of the concept points: its first page other than the one being read,
 * otherwise its glossary entry.
 */
export async function conceptHref(entry: GlossaryEntry, lang: Lang, currentPath: string): Promise<string> {
	const here = currentPath.replace(/\/?$/, '/');
	const page = (await conceptPages(entry, lang)).find((p) => p.href.split('#')[0] !== here);
	return page?.href ?? glossaryHref(lang, entry.id);
}

const warned = new Set<string>();
function warnOnce(message: string) {
	if (warned.has(message)) return;
	warned.add(message);
	console.warn(message);
}
