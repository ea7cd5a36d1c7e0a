import type { APIRoute, GetStaticPaths } from 'astro';
import { searchData } from '../../search/concept-data';

/** Fetched once by the search dialog when the browser is idle, then cached for every page,
 * instead of inlined into each page's HTML: concepts, page titles and walkthrough steps. */
export const getStaticPaths: GetStaticPaths = () => [{ params: { lang: 'en' } }, { params: { lang: 'ko' } }];

export const GET: APIRoute = async ({ params }) =>
	new Response(JSON.stringify(await searchData(params.lang === 'ko' ? 'ko' : 'en')), {
		headers: { 'Content-Type': 'application/json' },
	});
