import type { APIRoute, GetStaticPaths } from 'astro';
import { WIDTHS, getTimeline, sessionIds } from '../../../terminal/sessions';
import { toWidgetTimeline } from '../../../terminal/timeline';

/** Each session's precomputed timeline at each width, fetched by the widget when it nears the
 * viewport (the width its box fits at a readable size). No world snapshots: take-over rebuilds
 * the machine by running the steps again. */
export const getStaticPaths: GetStaticPaths = async () =>
	(await sessionIds()).flatMap((id) => WIDTHS.map((cols) => ({ params: { id, cols: String(cols) } })));

export const GET: APIRoute = async ({ params }) =>
	new Response(JSON.stringify(toWidgetTimeline(await getTimeline(params.id!, Number(params.cols)))), {
		headers: { 'Content-Type': 'application/json' },
	});
