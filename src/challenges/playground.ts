// The playground's `?challenge=<session>/<id>`: the machine the session leaves behind (its
// steps run again, as take-over does), the goal above the terminal, and the check after every
// command. Loaded only when the URL names a challenge.
import type { Host } from '../sim/index';
import { check } from '../sim/check/check';
import { rebuild } from '../terminal/rebuild';
import type { WidgetTimeline } from '../terminal/timeline';
import type { ClientChallenge } from './data';
import { markDone } from './progress';
import type { ChallengeStrings } from './strings';

export interface PlaygroundChallenge {
	machine(): Host;
	check(host: Host): void;
}

export async function playgroundChallenge(root: HTMLElement, id: string, rows: number): Promise<PlaygroundChallenge | null> {
	const box = root.querySelector<HTMLElement>('.pg-challenge')!;
	const t: ChallengeStrings = JSON.parse(box.dataset.strings ?? '{}');
	const all: ClientChallenge[] = JSON.parse(box.dataset.challenges ?? '[]');
	const c = all.find((x) => x.id === id);
	const status = box.querySelector<HTMLElement>('.ch-status')!;
	box.hidden = false;
	if (!c) {
		status.textContent = t.unknown;
		return null;
	}
	const response = await fetch(`/sessions/${c.session}/80.json`);
	if (!response.ok) throw new Error(`/sessions/${c.session}/80.json: HTTP ${response.status}`);
	const timeline = (await response.json()) as WidgetTimeline;
	box.querySelector<HTMLElement>('.ch-title')!.textContent = `${t.playgroundGoal}: ${c.title}`;
	box.querySelector<HTMLElement>('.ch-goal')!.textContent = c.goal;
	const item = box.querySelector<HTMLElement>('.ch-item')!;
	item.dataset.id = c.id;
	return {
		machine: () => rebuild(timeline, timeline.steps.length, rows),
		check(host) {
			const result = check(c.check, host);
			item.dataset.passing = String(result.passed);
			if (result.passed) markDone(c.id);
			status.textContent = result.passed ? t.doneStatus : `${t.notYet} ${c.fail[result.failed]}`;
		},
	};
}
