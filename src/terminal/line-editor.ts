// The reader's command line in "Try it yourself": editing, history and paste, as plain data in
// and terminal bytes out. Nothing typed is ever interpreted as markup: it only reaches xterm.js.

/** Columns a character takes in the terminal (Unicode 11 East Asian wide ranges count two). */
export function cellWidth(ch: string): number {
	const cp = ch.codePointAt(0) ?? 0;
	if (cp < 0x1100) return 1;
	const wide =
		(cp >= 0x1100 && cp <= 0x115f) ||
		(cp >= 0x2e80 && cp <= 0xa4cf) ||
		(cp >= 0xac00 && cp <= 0xd7a3) ||
		(cp >= 0xf900 && cp <= 0xfaff) ||
		(cp >= 0xfe30 && cp <= 0xfe4f) ||
		(cp >= 0xff00 && cp <= 0xff60) ||
		(cp >= 0xffe0 && cp <= 0xffe6) ||
		(cp >= 0x1f300 && cp <= 0x1f64f) ||
		(cp >= 0x20000 && cp <= 0x3fffd);
	return wide ? 2 : 1;
}

const width = (s: string) => [...s].reduce((n, ch) => n + cellWidth(ch), 0);
const left = (n: number) => (n > 0 ? `\x1b[${n}D` : '');

/** Removes escape sequences and control characters from pasted text; keeps line breaks and tabs as spaces. */
export function neutralise(text: string): string {
	return text
		.replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '')
		.replace(/\x1b\][^\x07\x1b]*(\x07|\x1b\\)?/g, '')
		.replace(/\x1b[@-_]?/g, '')
		.replace(/\t/g, ' ')
		.replace(/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]/g, '');
}

export type EditorEvent =
	| { type: 'write'; data: string }
	| { type: 'submit'; line: string }
	| { type: 'complete'; line: string }
	| { type: 'interrupt' }
	| { type: 'clear' };

const MAX_LINE = 4096;

export class LineEditor {
	private chars: string[] = [];
	private cursor = 0;
	private history: string[] = [];
	private historyIndex = 0;
	private draft = '';

	get line(): string {
		return this.chars.join('');
	}

	/** Turns one chunk of terminal input (a key, or a paste) into events. */
	input(data: string): EditorEvent[] {
		switch (data) {
			case '\r':
				return this.submit();
			case '\x7f':
			case '\b':
				return this.backspace();
			case '\x1b[3~':
				return this.deleteForward();
			case '\x1b[D':
				return this.move(-1);
			case '\x1b[C':
				return this.move(1);
			case '\x1b[H':
			case '\x1bOH':
			case '\x01':
				return this.move(-this.cursor);
			case '\x1b[F':
			case '\x1bOF':
			case '\x05':
				return this.move(this.chars.length - this.cursor);
			case '\x1b[A':
				return this.recall(-1);
			case '\x1b[B':
				return this.recall(1);
			case '\t':
				return [{ type: 'complete', line: this.line }];
			case '\x03':
				this.reset();
				return [{ type: 'interrupt' }];
			case '\x0c':
				return [{ type: 'clear' }];
			case '\x15':
				return this.replace('');
		}
		// Anything else is text: typed or pasted. Line breaks in a paste submit each line in turn.
		const events: EditorEvent[] = [];
		const parts = neutralise(data.replace(/\r\n?/g, '\n')).split('\n');
		parts.forEach((part, i) => {
			events.push(...this.insert(part));
			if (i < parts.length - 1) events.push(...this.submit());
		});
		return events;
	}

	/** Redraws the line after the prompt, e.g. after a completion list or a clear. */
	redraw(): string {
		return this.line + left(width(this.chars.slice(this.cursor).join('')));
	}

	/** Replaces the line (history, completion). */
	replace(text: string): EditorEvent[] {
		const erase = left(width(this.chars.slice(0, this.cursor).join(''))) + '\x1b[K';
		this.chars = [...text].slice(0, MAX_LINE);
		this.cursor = this.chars.length;
		return [{ type: 'write', data: erase + this.line }];
	}

	reset(): void {
		this.chars = [];
		this.cursor = 0;
		this.historyIndex = this.history.length;
		this.draft = '';
	}

	private insert(text: string): EditorEvent[] {
		const add = [...text].slice(0, MAX_LINE - this.chars.length);
		if (add.length === 0) return [];
		const tail = this.chars.slice(this.cursor).join('');
		this.chars.splice(this.cursor, 0, ...add);
		this.cursor += add.length;
		return [{ type: 'write', data: add.join('') + tail + left(width(tail)) }];
	}

	private backspace(): EditorEvent[] {
		if (this.cursor === 0) return [];
		const [gone] = this.chars.splice(this.cursor - 1, 1);
		this.cursor--;
		const tail = this.chars.slice(this.cursor).join('');
		return [{ type: 'write', data: left(cellWidth(gone)) + tail + '\x1b[K' + left(width(tail)) }];
	}

	private deleteForward(): EditorEvent[] {
		if (this.cursor >= this.chars.length) return [];
		this.chars.splice(this.cursor, 1);
		const tail = this.chars.slice(this.cursor).join('');
		return [{ type: 'write', data: tail + '\x1b[K' + left(width(tail)) }];
	}

	private move(by: number): EditorEvent[] {
		const to = Math.max(0, Math.min(this.chars.length, this.cursor + by));
		if (to === this.cursor) return [];
		const span = width(this.chars.slice(Math.min(to, this.cursor), Math.max(to, this.cursor)).join(''));
		this.cursor = to;
		return [{ type: 'write', data: by < 0 ? left(span) : `\x1b[${span}C` }];
	}

	private recall(direction: -1 | 1): EditorEvent[] {
		const next = this.historyIndex + direction;
		if (next < 0 || next > this.history.length) return [];
		if (this.historyIndex === this.history.length) this.draft = this.line;
		this.historyIndex = next;
		return this.replace(next === this.history.length ? this.draft : this.history[next]);
	}

	private submit(): EditorEvent[] {
		const line = this.line;
		if (line.trim() && this.history.at(-1) !== line) this.history.push(line);
		this.reset();
		return [{ type: 'submit', line }];
	}
}

/** The longest common prefix of completion candidates. */
export function commonPrefix(words: string[]): string {
	if (words.length === 0) return '';
	let prefix = words[0];
	for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
	return prefix;
}
