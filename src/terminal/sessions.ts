// Build time only: every session file, run through the simulator once and cached. A bad file
// stops the build with `src/content/sessions/<id>.yaml:<line>: <message>` from the loader.
import { readGlossary } from '../glossary/read';
import { loadSession, type Timeline } from '../sim/session/load';

/** Widths every session is rendered at: a desktop column, and a phone held upright. */
export const WIDTHS = [80, 40] as const;
export const COLS = WIDTHS[0];
export const ROWS = 18;

const sources = import.meta.glob<string>('../content/sessions/*.yaml', { query: '?raw', import: 'default', eager: true });
const cache = new Map<string, Timeline>();
let concepts: Set<string> | undefined;

export function sessionIds(): string[] {
	return Object.keys(sources)
		.map((p) => /([^/]+)\.yaml$/.exec(p)![1])
		.sort();
}

export function getTimeline(id: string, cols: number = COLS): Timeline | undefined {
	const key = `../content/sessions/${id}.yaml`;
	if (!(key in sources)) return undefined;
	let timeline = cache.get(`${id}@${cols}`);
	if (!timeline) {
		concepts ??= new Set(readGlossary().map((e) => e.id));
		timeline = loadSession(sources[key], `src/content/sessions/${id}.yaml`, { knownConcepts: concepts, cols, rows: ROWS });
		cache.set(`${id}@${cols}`, timeline);
	}
	return timeline;
}
