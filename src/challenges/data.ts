// Build time only: the challenges collection (src/loaders/challenges.ts), and the slice of it a
// page hands its element: what the browser needs to check, hint and solve, as plain JSON.
import { getCollection, getEntry } from 'astro:content';
import type { Challenge } from '../loaders/challenges';
import type { Condition } from '../sim/check/check';

export async function sessionChallenges(session: string): Promise<Challenge[]> {
	return (await getEntry('challenges', session))?.data.challenges ?? [];
}

export async function allChallenges(): Promise<Challenge[]> {
	return (await getCollection('challenges')).sort((a, b) => a.id.localeCompare(b.id)).flatMap((e) => e.data.challenges);
}

/** What the element reads from `data-challenges`, in the page's language. */
export interface ClientChallenge {
	id: string;
	session: string;
	title: string;
	goal: string;
	hints: string[];
	solution: string[];
	check: Condition[];
	fail: string[];
}

export function forClient(c: Challenge, lang: 'en' | 'ko'): ClientChallenge {
	return {
		id: c.id,
		session: c.session,
		title: c.title[lang],
		goal: c.goal[lang],
		hints: c.hints.map((h) => h[lang]),
		solution: c.solution,
		check: c.check.map((k) => k.condition),
		fail: c.check.map((k) => k.fail[lang]),
	};
}
