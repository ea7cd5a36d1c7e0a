// "Try it yourself": loaded only when the reader presses it. Opens xterm.js in the screen box at
// the replay's font size, writes exactly what the replay wrote (so the screen is the same one),
// rebuilds the machine by running the steps shown so far, and hands the keyboard to a LiveShell.
// Owns the terminal and its listeners; dispose() releases them and shows the replay's rows again.
import type { HostView } from '../sim/index';
import { LiveShell } from './live';
import { rebuild } from './rebuild';
import type { WidgetTimeline } from './timeline';
import { openTerminal } from './xterm';
import { explainLinks } from './explain-xterm';

export interface Takeover {
	focus(): void;
	dispose(): void;
}

export function startTakeover(options: {
	screenBox: HTMLElement;
	/** Computed font size of the replay's rows, e.g. "12.6px". */
	rowsFont: string;
	/** Everything the replay wrote to its screen. */
	written: string;
	timeline: WidgetTimeline;
	at: number;
	rows: number;
	hint: string;
	onState: (state: HostView) => void;
	/** The widget whose explanation popovers the terminal's tokens open. */
	explainRoot?: HTMLElement;
}): Takeover {
	const { term, element } = openTerminal(options.screenBox, {
		rows: options.rows,
		cols: options.timeline.cols,
		fontSize: parseFloat(options.rowsFont) || 14,
	});
	term.write(options.written);
	const host = rebuild(options.timeline, options.at, options.rows);
	const shell = new LiveShell(term, host, (_line, state) => options.onState(state));
	const input = term.onData((data) => shell.input(data));
	const links = options.explainRoot && explainLinks(term, options.explainRoot);
	shell.start(options.hint);
	options.onState(host.state());
	return {
		focus: () => term.focus(),
		dispose() {
			shell.stop();
			input.dispose();
			links?.dispose();
			term.dispose();
			element.remove();
		},
	};
}
