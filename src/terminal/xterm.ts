// One place that knows how a Dockside terminal looks: font, colours, Unicode 11 widths (Korean
// is double-width), and rows fitted to the reserved box.
import { FitAddon } from '@xterm/addon-fit';
import { Unicode11Addon } from '@xterm/addon-unicode11';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';

const THEME = {
	background: '#0d1117',
	foreground: '#e6edf3',
	cursor: '#e6edf3',
	selectionBackground: '#264f78',
	black: '#484f58',
	red: '#ff7b72',
	green: '#3fb950',
	yellow: '#d29922',
	blue: '#58a6ff',
	magenta: '#bc8cff',
	cyan: '#39c5cf',
	white: '#b1bac4',
	brightBlack: '#6e7681',
	brightRed: '#ffa198',
	brightGreen: '#56d364',
	brightYellow: '#e3b341',
	brightBlue: '#79c0ff',
	brightMagenta: '#d2a8ff',
	brightCyan: '#56d4dd',
	brightWhite: '#ffffff',
};

/**
 * Opens a terminal in `screen`. With `cols`, the width is fixed (a replay keeps the width its
 * output was produced at); without, the terminal takes the width of its box, so the reader's
 * own commands are rendered at the terminal's real width.
 */
export function openTerminal(screen: HTMLElement, options: { rows: number; cols?: number; fontSize?: number }): { term: Terminal; element: HTMLElement } {
	const term = new Terminal({
		cols: options.cols ?? 80,
		rows: options.rows,
		allowProposedApi: true,
		disableStdin: true,
		cursorBlink: false,
		fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK KR", monospace',
		fontSize: options.fontSize ?? 14,
		lineHeight: 1.2,
		scrollback: 1000,
		theme: THEME,
	});
	term.loadAddon(new Unicode11Addon());
	term.unicode.activeVersion = '11';
	const fit = new FitAddon();
	term.loadAddon(fit);
	const element = document.createElement('div');
	element.className = 'tr-xterm';
	screen.append(element);
	term.open(element);
	// Until the reader takes over, the terminal only displays: keep its input out of the Tab order.
	if (term.textarea) term.textarea.tabIndex = -1;
	const proposed = fit.proposeDimensions();
	if (proposed && proposed.rows > 4) term.resize(options.cols ?? Math.max(20, proposed.cols), proposed.rows);
	return { term, element };
}

/**
 * Escape hands the keyboard back to the page. xterm.js keeps Tab (the shell completes with it), so
 * without a way out a keyboard user would be held in the terminal. Escape moves focus to `region`
 * (the screen's focusable box) and takes the terminal's input out of the Tab order, so Tab goes on
 * from there to the explanations of the last output and the controls, and Shift+Tab comes back to
 * the box. Enter on the box, or a click in the terminal, types again.
 */
export function escapeTo(term: Terminal, region: HTMLElement): () => void {
	const input = term.textarea;
	term.attachCustomKeyEventHandler((e) => {
		if (e.key !== 'Escape' || e.isComposing || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return true;
		if (e.type === 'keydown') {
			e.preventDefault();
			if (input) input.tabIndex = -1;
			region.focus();
		}
		return false;
	});
	const back = (e: KeyboardEvent) => {
		if (e.target !== region || e.key !== 'Enter') return;
		e.preventDefault();
		term.focus();
	};
	// Focus in the terminal again (Enter, a click): its input is in the Tab order while it types.
	const typing = () => {
		if (input && !term.options.disableStdin) input.tabIndex = 0;
	};
	region.addEventListener('keydown', back);
	input?.addEventListener('focus', typing);
	return () => {
		term.attachCustomKeyEventHandler(() => true);
		region.removeEventListener('keydown', back);
		input?.removeEventListener('focus', typing);
	};
}
