import type { APIRoute, GetStaticPaths } from 'astro';
import { WIDTHS, getTimeline, sessionIds } from '../../../terminal/sessions';

/** Each session's precomputed timeline at each width, fetched by the widget when it nears the
 * viewport: it takes the widest that fits its box, so output is never scaled down. */
export const getStaticPaths: GetStaticPaths = async () =>
	(await sessionIds()).flatMap((id) => WIDTHS.map((cols) => ({ params: { id, cols: String(cols) } })));

export const GET: APIRoute = async ({ params }) =>
	new Response(JSON.stringify(await getTimeline(params.id!, Number(params.cols))), {
		headers: { 'Content-Type': 'application/json' },
	});
