import type { APIRoute } from 'astro';
import { getGlossary } from '../../glossary/data';
import { haystack } from '../../glossary/filter';

/**
 * The glossary filter's haystacks, `{ [id]: [names, all] }` (see src/glossary/filter.ts),
 * fetched by the glossary page in either language when the reader first uses the filter box. Kept out of the page
 * so its HTML carries only what is read: both languages' definitions would double its weight.
 */
export const GET: APIRoute = async () => {
	const data: Record<string, [string, string]> = {};
	for (const e of await getGlossary()) {
		const names = [e.id, ...Object.values(e.term), ...e.aliases.en, ...e.aliases.ko];
		data[e.id] = [haystack(names), haystack([...names, ...Object.values(e.short), ...Object.values(e.definition)])];
	}
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
