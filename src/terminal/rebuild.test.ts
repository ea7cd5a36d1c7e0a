import { describe, expect, it } from 'vitest';
import { rebuild } from './rebuild';
import { nodeTimelines } from '../loaders/sessions';
import { ROWS, WIDTHS } from './geometry';

const { getTimeline, sessionIds } = nodeTimelines();


describe('rebuild: steps 0..k run again give the loader\'s snapshot', () => {
	for (const id of sessionIds()) {
		for (const cols of WIDTHS) {
			it(`${id} at ${cols} columns`, () => {
				const timeline = getTimeline(id, cols)!;
				timeline.steps.forEach((step, i) => {
					const host = rebuild(timeline, i + 1, ROWS);
					expect(host.snapshot(), `after step ${i + 1}`).toEqual(step.snapshot);
					expect(host.state()).toEqual(step.state);
				});
			});
		}
	}
});
