// Explanations in "Try it yourself": the tokens this widget's transcript explains become links in
// xterm.js (pointer and touch, as in the replay rows); activating one opens the same popover.
import type { IDisposable, ILink, Terminal } from '@xterm/xterm';
import { compileRules, splitTokens, type TokenRule } from './explain-tokens';

export function explainLinks(term: Terminal, root: HTMLElement): IDisposable | undefined {
	const box = root.querySelector<HTMLElement>('.tr-explains');
	const rules = compileRules(JSON.parse(box?.dataset.rules ?? '[]') as TokenRule[]);
	if (!box || !rules.length) return undefined;
	const popover = (id: string) => box.querySelector<HTMLElement>(`#${CSS.escape(`${root.dataset.session}-explain-${id}`)}`);
	return term.registerLinkProvider({
		provideLinks(y, callback) {
			const line = term.buffer.active.getLine(y - 1);
			if (!line) return callback(undefined);
			// The line's text, and for each of its characters the (1-based) cell it starts in:
			// a Korean syllable is one character over two cells.
			let text = '';
			const cellOf: number[] = [];
			for (let x = 0; x < line.length; x++) {
				const cell = line.getCell(x);
				if (!cell || cell.getWidth() === 0) continue;
				const chars = cell.getChars() || ' ';
				for (let k = 0; k < chars.length; k++) cellOf.push(x + 1);
				text += chars;
			}
			text = text.replace(/ +$/, '');
			const links: ILink[] = [];
			let at = 0;
			for (const piece of splitTokens(text, rules)) {
				const target = piece.id ? popover(piece.id) : null;
				if (target) {
					links.push({
						range: { start: { x: cellOf[at]!, y }, end: { x: cellOf[at + piece.text.length - 1]!, y } },
						text: piece.text,
						decorations: { pointerCursor: true, underline: true },
						// xterm.js activates a link before the click ends, and the browser's light
						// dismiss of popovers would close it again on pointerup: open after the click.
						activate: () => {
							const open = () => setTimeout(() => target.matches(':popover-open') || target.showPopover());
							window.addEventListener('click', open, { once: true, capture: true });
							setTimeout(() => window.removeEventListener('click', open, { capture: true }), 2000);
						},
					});
				}
				at += piece.text.length;
			}
			callback(links.length ? links : undefined);
		},
	});
}
