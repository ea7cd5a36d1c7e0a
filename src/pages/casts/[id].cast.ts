import type { APIRoute, GetStaticPaths } from 'astro';
import { ROWS, getTimeline, sessionIds } from '../../terminal/sessions';
import { toAsciicast } from '../../terminal/timing';

/** Each session as an asciicast v2 file, so it also plays in asciinema. */
export const getStaticPaths: GetStaticPaths = async () => (await sessionIds()).map((id) => ({ params: { id } }));

// A fixed timestamp keeps the file identical on every build.
const RECORDED = Date.UTC(2026, 0, 1) / 1000;

export const GET: APIRoute = async ({ params }) => {
	const timeline = await getTimeline(params.id!);
	const cast = toAsciicast(timeline.steps, { cols: timeline.cols, rows: ROWS, title: timeline.title.en, timestamp: RECORDED });
	return new Response(cast, { headers: { 'Content-Type': 'application/x-asciicast' } });
};
