// Explanations in "Try it yourself" and the playground. For pointer and touch, the tokens this
// widget explains become links in xterm.js, as in the replay rows. For the keyboard and screen
// readers, a row of buttons after the screen names the explainable tokens of the last command's
// output (Escape leaves the terminal, Tab reaches them). Either opens the same popover.
import type { IDisposable, ILink, Terminal } from '@xterm/xterm';
import { compileRules, splitTokens, type TokenRule } from './explain-tokens';
import { screenRows } from './screen';

export interface TerminalExplanations extends IDisposable {
	/** Offers the explanations of what a command just printed (raw terminal output). */
	show(output: string): void;
}

/** The first token of each kind in `output` as the screen shows it (escapes and redraws resolved),
 * in reading order: every token of a kind opens the same explanation, so one button a kind. */
export function outputTokens(output: string, cols: number, rows: number, rules: Array<{ id: string; re: RegExp }>): Array<{ text: string; id: string }> {
	const lines = screenRows(output, cols, rows).map((runs) => runs.map((r) => r.text).join(''));
	const seen = new Set<string>();
	const tokens: Array<{ text: string; id: string }> = [];
	for (const line of lines) {
		for (const piece of splitTokens(line.trimEnd(), rules)) {
			if (!piece.id || seen.has(piece.id)) continue;
			seen.add(piece.id);
			tokens.push({ text: piece.text, id: piece.id });
		}
	}
	return tokens;
}

export function explainTerminal(term: Terminal, root: HTMLElement, screen: HTMLElement): TerminalExplanations | undefined {
	const box = root.querySelector<HTMLElement>('.tr-explains');
	const rules = compileRules(JSON.parse(box?.dataset.rules ?? '[]') as TokenRule[]);
	if (!box || !rules.length) return undefined;
	const idOf = (id: string) => `${root.dataset.session}-explain-${id}`;
	const popover = (id: string) => box.querySelector<HTMLElement>(`#${CSS.escape(idOf(id))}`);

	const list = document.createElement('div');
	list.className = 'tr-explain-last';
	list.setAttribute('role', 'group');
	list.setAttribute('aria-label', box.dataset.label ?? 'Explain');
	list.hidden = true;
	screen.after(list);
	const show = (output: string) => {
		const tokens = outputTokens(output, term.cols, term.rows, rules).filter((t) => popover(t.id));
		const label = document.createElement('span');
		label.className = 'tr-explain-last-label';
		label.textContent = box.dataset.label ?? 'Explain';
		label.setAttribute('aria-hidden', 'true');
		const buttons = tokens.map((t) => {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'tr-tok';
			button.setAttribute('popovertarget', idOf(t.id));
			button.textContent = t.text;
			return button;
		});
		list.replaceChildren(label, ...buttons);
		list.hidden = buttons.length === 0;
	};

	const links = term.registerLinkProvider({
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
	return {
		show,
		dispose: () => {
			links.dispose();
			list.remove();
		},
	};
}
