// Build time only: session timelines from the `sessions` content collection (computed once by
// its loader, src/loaders/sessions.ts). An unknown id stops the build: pages are also checked
// at file:line by the remark plugin in src/integrations/terminal-sessions.ts.
import { getCollection, getEntry } from 'astro:content';
import type { Timeline } from '../sim/session/load';
import { COLS } from './geometry';

export { COLS, ROWS, WIDTHS } from './geometry';

export async function sessionIds(): Promise<string[]> {
	return (await getCollection('sessions')).map((e) => e.id).sort();
}

/** The session's timeline at `cols` columns; throws, naming the id, when there is no such session. */
export async function getTimeline(id: string, cols: number = COLS): Promise<Timeline> {
	const entry = await getEntry('sessions', id);
	if (!entry) {
		const known = await sessionIds();
		throw new Error(`unknown session "${id}": no src/content/sessions/${id}.yaml (sessions: ${known.join(', ')})`);
	}
	const timeline: Timeline | undefined = entry.data.timelines[String(cols)];
	if (!timeline) throw new Error(`session "${id}" is not rendered at ${cols} columns`);
	return timeline;
}
