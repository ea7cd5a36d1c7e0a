// The reader at the keyboard: one simulated host behind an xterm.js terminal, with line editing,
// history, completion, Ctrl-C / Ctrl-L and inert paste. Used by "Try it yourself" and the
// playground. Output only ever reaches the terminal, never the page's HTML.
import type { Terminal } from '@xterm/xterm';
import type { Host, HostView } from '../sim/index';
export { renderState } from './state-panel';
import { LineEditor, commonPrefix } from './line-editor';

export class LiveShell {
	readonly editor = new LineEditor();

	constructor(
		private readonly term: Terminal,
		readonly host: Host,
		/** After each command: the line, the machine, and what the command printed (raw). */
		private readonly onRun: (line: string, state: HostView, output: string) => void,
	) {}

	/** Starts the prompt (after an optional dim hint line). */
	start(hint?: string) {
		this.term.options.disableStdin = false;
		if (this.term.textarea) this.term.textarea.tabIndex = 0;
		this.term.options.cursorBlink = true;
		this.term.write(`${hint ? `\r\n\x1b[2m# ${hint}\x1b[0m\r\n` : ''}${this.host.prompt()}`);
	}

	stop() {
		if (this.term.textarea) this.term.textarea.tabIndex = -1;
		this.term.options.disableStdin = true;
		this.term.options.cursorBlink = false;
	}

	/** Runs a line as if typed, showing it after the prompt (used to replay a shared playground). */
	replay(line: string) {
		this.term.write(line);
		this.run(line);
	}

	input(data: string) {
		for (const event of this.editor.input(data)) {
			switch (event.type) {
				case 'write':
					this.term.write(event.data);
					break;
				case 'submit':
					this.run(event.line);
					break;
				case 'interrupt':
					this.term.write(`^C\r\n${this.host.prompt()}`);
					break;
				case 'clear':
					this.term.write(`\x1b[H\x1b[2J${this.host.prompt()}${this.editor.redraw()}`);
					break;
				case 'complete':
					this.complete(event.line);
					break;
			}
		}
	}

	private run(line: string) {
		this.term.write('\r\n');
		const { output } = this.host.exec(line, { tty: true, cols: this.term.cols });
		this.term.write(output);
		const prompt = this.host.prompt();
		// An empty prompt means docker asked a y/N question: the answer goes on its line.
		if (output && !output.endsWith('\n') && prompt !== '') this.term.write('\r\n');
		this.term.write(prompt);
		this.onRun(line, this.host.state(), output);
	}

	private complete(line: string) {
		const partial = /(\S*)$/.exec(line)?.[1] ?? '';
		const candidates = [...new Set(this.host.complete(line))].filter((c) => c.startsWith(partial));
		const base = line.slice(0, line.length - partial.length);
		const replace = (text: string) => {
			for (const e of this.editor.replace(text)) if (e.type === 'write') this.term.write(e.data);
		};
		if (candidates.length === 1) replace(`${base}${candidates[0]} `);
		else if (candidates.length > 1) {
			const prefix = commonPrefix(candidates);
			if (prefix.length > partial.length) replace(base + prefix);
			else this.term.write(`\r\n${candidates.slice(0, 60).join('  ')}\r\n${this.host.prompt()}${this.editor.redraw()}`);
		}
	}
}
