// <dockside-challenge-list>: the Challenges page's marks (done, next), its count and "Clear progress".
import { clearProgress, doneIds, PROGRESS_EVENT } from './progress';
import type { ChallengeStrings } from './strings';

class DocksideChallengeList extends HTMLElement {
	private abort = new AbortController();

	connectedCallback() {
		this.abort = new AbortController();
		const { signal } = this.abort;
		const t: ChallengeStrings = JSON.parse(this.dataset.strings ?? '{}');
		const count = this.querySelector<HTMLElement>('.chl-count')!;
		const clear = this.querySelector<HTMLButtonElement>('[data-chl="clear"]')!;
		const paint = () => {
			const done = doneIds();
			let next: HTMLElement | undefined;
			let n = 0;
			for (const li of this.querySelectorAll<HTMLElement>('li[data-id]')) {
				const isDone = done.has(li.dataset.id!);
				if (isDone) n++;
				li.querySelector<HTMLElement>('.ch-badge')!.hidden = !isDone;
				if (!isDone && !next) next = li;
				li.classList.toggle('chl-next', li === next);
				li.querySelector<HTMLElement>('.chl-next-label')!.hidden = li !== next;
			}
			const total = Number(this.dataset.total ?? 0);
			count.textContent = n >= total ? `${t.progress.replace('{n}', String(n)).replace('{total}', String(total))}. ${t.allDone}` : t.progress.replace('{n}', String(n)).replace('{total}', String(total));
			clear.disabled = n === 0;
		};
		clear.hidden = false;
		clear.addEventListener('click', () => {
			clearProgress();
			count.textContent = t.cleared;
			clear.disabled = true;
		}, { signal });
		window.addEventListener(PROGRESS_EVENT, paint, { signal });
		// Another tab completed one.
		window.addEventListener('storage', paint, { signal });
		paint();
	}

	disconnectedCallback() {
		this.abort.abort();
	}
}

if (!customElements.get('dockside-challenge-list')) customElements.define('dockside-challenge-list', DocksideChallengeList);
