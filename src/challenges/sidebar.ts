// A done mark on each walkthrough in Starlight's sidebar whose challenges are all done. The
// sidebar is Starlight's, so the mark is added by link address; `data-challenge-totals` on
// `source` (src/components/Sidebar.astro) says how many challenges each walkthrough has.
import { doneIds, PROGRESS_EVENT } from './progress';

export function markSidebar(signal: AbortSignal, source: HTMLElement) {
	const totals: Record<string, number> = JSON.parse(source.dataset.challengeTotals ?? '{}');
	const label = source.dataset.doneLabel ?? '';
	const lang = document.documentElement.lang.startsWith('ko') ? 'ko' : 'en';
	const paint = () => {
		const done = doneIds();
		for (const [session, total] of Object.entries(totals)) {
			const link = document.querySelector<HTMLAnchorElement>(`nav.sidebar a[href="/${lang}/walkthroughs/${session}/"], #starlight__sidebar a[href="/${lang}/walkthroughs/${session}/"]`);
			if (!link) continue;
			const count = [...done].filter((id) => id.startsWith(`${session}/`)).length;
			let mark = link.querySelector<HTMLElement>('.ch-sidebar-mark');
			if (count >= total) {
				if (!mark) {
					mark = document.createElement('span');
					mark.className = 'ch-sidebar-mark';
					mark.textContent = '✓';
					mark.setAttribute('aria-hidden', 'true');
					const sr = document.createElement('span');
					sr.className = 'sr-only';
					sr.textContent = ` (${label})`;
					link.append(mark, sr);
					sr.dataset.chMark = '';
				}
			} else {
				mark?.remove();
				link.querySelector('[data-ch-mark]')?.remove();
			}
		}
	};
	paint();
	window.addEventListener(PROGRESS_EVENT, paint, { signal });
	// Another tab completed one, or cleared progress.
	window.addEventListener('storage', paint, { signal });
}
