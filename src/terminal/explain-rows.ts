// Explanations in the replay's rows: marks the same tokens as the transcript (the widget's rules
// arrive as patterns in `.tr-explains[data-rules]`) and opens the page's explanation popover on
// a click or tap. The rows are a visual copy of the screen (aria-hidden), so keyboard and screen
// reader users reach the same explanations through the transcript's buttons.
import { compileRules, splitTokens, type TokenRule } from './explain-tokens';

export function bindRowExplanations(root: HTMLElement, pre: HTMLElement, signal: AbortSignal): ((row: HTMLElement) => void) | undefined {
	const box = root.querySelector<HTMLElement>('.tr-explains');
	const rules = compileRules(JSON.parse(box?.dataset.rules ?? '[]') as TokenRule[]);
	if (!box || !rules.length) return undefined;
	pre.addEventListener(
		'click',
		(e) => {
			const token = (e.target as Element).closest<HTMLElement>('.tr-tok');
			const popover = token && box.querySelector<HTMLElement>(`#${CSS.escape(`${root.dataset.session}-explain-${token.dataset.x}`)}`);
			if (popover && !popover.matches(':popover-open')) popover.showPopover();
		},
		{ signal },
	);
	return (row) => {
		for (const node of [...row.childNodes]) {
			const text = node.textContent ?? '';
			const pieces = splitTokens(text, rules);
			if (!pieces.some((p) => p.id)) continue;
			const parts = pieces.map((p) => {
				if (!p.id) return p.text;
				const span = document.createElement('span');
				span.className = 'tr-tok';
				span.dataset.x = p.id;
				span.textContent = p.text;
				return span;
			});
			if (node.nodeType === Node.TEXT_NODE) (node as Text).replaceWith(...parts);
			else (node as Element).replaceChildren(...parts);
		}
	};
}
