// The timeline as the widget receives it: the loader's Timeline without world snapshots. The
// replay needs none (it shows precomputed output and state panels); "Try it yourself" rebuilds
// the machine by running steps 0..k again in the deterministic simulator (rebuild.ts).
import type { Timeline, TimelineStep } from '../sim/session/load';

export type WidgetStep = Omit<TimelineStep, 'snapshot'>;
export interface WidgetTimeline extends Omit<Timeline, 'steps'> {
	steps: WidgetStep[];
}

export function toWidgetTimeline(timeline: Timeline): WidgetTimeline {
	return { ...timeline, steps: timeline.steps.map(({ snapshot: _snapshot, ...step }) => step) };
}
