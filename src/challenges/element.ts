// <dockside-challenges>: the challenges under a walkthrough's terminal. Reads its data from
// `dataset`, writes only through textContent. The checker (src/sim/check/check.ts) is imported
// when the reader first takes over, with the simulator already loaded for take-over; until
// then nothing of it ships. The terminal and this element talk through two events on the
// <terminal-replay>: `terminal-command` (the machine, after each live command) and
// `terminal-type` (lines to type, for "Show a solution").
import type { ClientChallenge } from './data';
import { doneIds, markDone, PROGRESS_EVENT } from './progress';
import type { ChallengeStrings } from './strings';
import type { CommandDetail } from '../terminal/takeover';

/** Resolves once the terminal's player is loaded (`data-ready`), or never if this element goes away first. */
function ready(terminal: HTMLElement, signal: AbortSignal): Promise<void> {
	if (terminal.hasAttribute('data-ready')) return Promise.resolve();
	return new Promise((resolve) => {
		const observer = new MutationObserver(() => {
			if (!terminal.hasAttribute('data-ready')) return;
			observer.disconnect();
			resolve();
		});
		observer.observe(terminal, { attributes: true, attributeFilter: ['data-ready'] });
		signal.addEventListener('abort', () => observer.disconnect(), { once: true });
	});
}

class DocksideChallenges extends HTMLElement {
	private abort = new AbortController();

	connectedCallback() {
		this.abort = new AbortController();
		const { signal } = this.abort;
		const t: ChallengeStrings = JSON.parse(this.dataset.strings ?? '{}');
		const challenges: ClientChallenge[] = JSON.parse(this.dataset.challenges ?? '[]');
		const terminal = document.querySelector<HTMLElement>(`terminal-replay[data-session="${this.dataset.session}"]`);
		const items = new Map<string, HTMLElement>();
		for (const li of this.querySelectorAll<HTMLElement>('.ch-item')) items.set(li.dataset.id!, li);
		const part = <T extends HTMLElement>(li: HTMLElement, sel: string) => li.querySelector<T>(sel)!;

		const showDone = () => {
			const done = doneIds();
			for (const [id, li] of items) {
				part(li, '.ch-badge').hidden = !done.has(id);
				li.dataset.done = String(done.has(id));
			}
		};
		showDone();
		window.addEventListener(PROGRESS_EVENT, showDone, { signal });
		window.addEventListener('storage', showDone, { signal });

		for (const c of challenges) {
			const li = items.get(c.id);
			if (!li) continue;
			const status = part(li, '.ch-status');
			status.textContent = doneIds().has(c.id) ? t.doneBefore : t.notStarted;
			part(li, '.ch-hints-static').hidden = true;
			const shown = part<HTMLOListElement>(li, '.ch-hints-shown');
			shown.setAttribute('aria-live', 'polite');
			part(li, '.ch-actions').hidden = false;
			const hint = part<HTMLButtonElement>(li, '[data-ch="hint"]');
			hint.addEventListener('click', () => {
				const n = shown.children.length;
				if (n >= c.hints.length) return;
				const item = document.createElement('li');
				const label = document.createElement('span');
				label.className = 'ch-hint-label';
				label.textContent = `${t.hintOf.replace('{n}', String(n + 1)).replace('{total}', String(c.hints.length))}: `;
				item.append(label, document.createTextNode(c.hints[n]!));
				shown.append(item);
				shown.hidden = false;
				if (n + 1 >= c.hints.length) hint.disabled = true;
				else hint.textContent = t.moreHint;
			}, { signal });
			const solve = part<HTMLButtonElement>(li, '[data-ch="solve"]');
			solve.disabled = !terminal;
			solve.addEventListener('click', async () => {
				if (!terminal) return;
				status.textContent = t.solutionPlaying;
				// Near the viewport, the terminal loads its player (element.ts); it listens from then on.
				terminal.scrollIntoView({ block: 'nearest' });
				await ready(terminal, signal);
				terminal.dispatchEvent(new CustomEvent('terminal-type', { detail: { lines: c.solution } }));
			}, { signal });
		}

		let checker: Promise<typeof import('../sim/check/check')> | undefined;
		terminal?.addEventListener('terminal-command', async (event) => {
			const { probe } = (event as CustomEvent<CommandDetail>).detail;
			const { check } = await (checker ??= import('../sim/check/check'));
			for (const c of challenges) {
				const li = items.get(c.id);
				if (!li) continue;
				const result = check(c.check, probe);
				li.dataset.passing = String(result.passed);
				if (result.passed) markDone(c.id);
				part(li, '.ch-status').textContent = result.passed ? t.doneStatus : `${t.notYet} ${c.fail[result.failed]}`;
			}
		}, { signal });
	}

	disconnectedCallback() {
		this.abort.abort();
	}
}

if (!customElements.get('dockside-challenges')) customElements.define('dockside-challenges', DocksideChallenges);
