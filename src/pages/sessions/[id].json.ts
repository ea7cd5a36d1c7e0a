import type { APIRoute, GetStaticPaths } from 'astro';
import { getTimeline, sessionIds } from '../../terminal/sessions';

/** Each session's precomputed timeline, fetched by the widget when it nears the viewport. */
export const getStaticPaths: GetStaticPaths = () => sessionIds().map((id) => ({ params: { id } }));

export const GET: APIRoute = ({ params }) => new Response(JSON.stringify(getTimeline(params.id!)), {
	headers: { 'Content-Type': 'application/json' },
});
