// Seeded randomness. The generator's whole state is one 32-bit number kept in the world's
// plain-data state, so a snapshot captures it and a restore replays the same ids and names.
import { ADJECTIVES, SURNAMES } from './names.ts';

export interface RngState {
	seed: number;
}

/** mulberry32: advances state.seed and returns a float in [0, 1). */
export function next(state: RngState): number {
	state.seed = (state.seed + 0x6d2b79f5) | 0;
	let t = state.seed;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function int(state: RngState, n: number): number {
	return Math.floor(next(state) * n);
}

export function hex(state: RngState, length: number): string {
	let s = '';
	while (s.length < length) s += (Math.floor(next(state) * 0x10000) | 0).toString(16).padStart(4, '0');
	return s.slice(0, length);
}

/** moby's namesgenerator: left_right, re-rolling boring_wozniak; a digit is added on a clash. */
export function containerName(state: RngState, taken: (name: string) => boolean): string {
	for (let retry = 0; retry < 50; retry++) {
		let name = `${ADJECTIVES[int(state, ADJECTIVES.length)]}_${SURNAMES[int(state, SURNAMES.length)]}`;
		if (name === 'boring_wozniak') continue;
		if (retry > 0) name += String(int(state, 10));
		if (!taken(name)) return name;
	}
	return `container_${hex(state, 8)}`;
}
