// "Try it yourself": loaded only when the reader presses it. Opens xterm.js in the screen box at
// the replay's font size, writes exactly what the replay wrote (so the screen is the same one),
// rebuilds the machine by running the steps shown so far, and hands the keyboard to a LiveShell.
// Owns the terminal and its listeners; dispose() releases them and shows the replay's rows again.
import type { HostView } from '../sim/index';
import type { Probe } from '../sim/check/check';
import { Disposables } from './lifecycle';
import { LiveShell } from './live';
import { rebuild } from './rebuild';
import type { WidgetTimeline } from './timeline';
import { explainTerminal } from './explain-xterm';
import { escapeTo, openTerminal } from './xterm';

export interface Takeover {
	focus(): void;
	/** Types lines into the live shell as if the reader did, one every `gapMs` (a challenge's solution). */
	type(lines: readonly string[], gapMs?: number): void;
	dispose(): void;
}

/** Dispatched (bubbling) from the screen after take-over starts and after every command run live:
 * the machine itself, for a challenge to check (src/challenges). `line` is null at the start. */
export const COMMAND_EVENT = 'terminal-command';
export interface CommandDetail {
	line: string | null;
	probe: Probe;
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
	const store = new Disposables();
	const { term, element } = openTerminal(options.screenBox, {
		rows: options.rows,
		cols: options.timeline.cols,
		fontSize: parseFloat(options.rowsFont) || 14,
	});
	store.add(() => element.remove());
	store.own(term);
	term.write(options.written);
	const host = rebuild(options.timeline, options.at, options.rows);
	const announce = (line: string | null) =>
		options.screenBox.dispatchEvent(new CustomEvent<CommandDetail>(COMMAND_EVENT, { bubbles: true, detail: { line, probe: host } }));
	const explain = options.explainRoot && explainTerminal(term, options.explainRoot, options.screenBox);
	if (explain) store.own(explain);
	store.add(escapeTo(term, options.screenBox));
	const shell = new LiveShell(term, host, (line, state, output) => {
		options.onState(state);
		explain?.show(output);
		announce(line);
	});
	store.own(term.onData((data) => shell.input(data)));
	store.add(() => shell.stop());
	shell.start(options.hint);
	options.onState(host.state());
	announce(null);
	return {
		focus: () => term.focus(),
		type(lines, gapMs = 450) {
			lines.forEach((line, i) => store.timeout(() => shell.replay(line), gapMs * (i + 1)));
		},
		dispose: () => store.dispose(),
	};
}
