// A small terminal screen model for the replay: enough of a VT to show what xterm.js would show
// for the simulator's output (carriage returns, cursor moves, erases, auto-wrap at the session's
// width, bold/dim/colour), kept as rows of styled cells with all scrollback. Pure: no DOM, so the
// build renders the poster with it and Node tests it. The player draws its rows as text
// (src/terminal/rows-view.ts); xterm.js loads only when the reader takes over.

/** A run of cells with the same style; `cls` is a space-separated list of `tr-*` classes. */
export interface Run {
	text: string;
	cls: string;
}

interface Cell {
	/** '' for the second half of a double-width character. */
	ch: string;
	cls: string;
}

/** East Asian wide characters (Hangul, CJK, full-width forms) take two cells, as in xterm.js's Unicode 11 widths. */
export function charWidth(code: number): 1 | 2 {
	return (code >= 0x1100 && code <= 0x115f) ||
		(code >= 0x2e80 && code <= 0xa4cf) ||
		(code >= 0xac00 && code <= 0xd7a3) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xfe30 && code <= 0xfe4f) ||
		(code >= 0xff00 && code <= 0xff60) ||
		(code >= 0xffe0 && code <= 0xffe6) ||
		(code >= 0x1f300 && code <= 0x1faff) ||
		(code >= 0x20000 && code <= 0x3fffd)
		? 2
		: 1;
}

export class Screen {
	private lines: Cell[][] = [[]];
	private row = 0;
	private col = 0;
	private bold = false;
	private dim = false;
	private fg = -1;
	/** Rows changed since the last `takeDirty()`. */
	private dirty = new Set<number>();
	/** Everything written since the last reset: handed to xterm.js on take-over, byte for byte. */
	written = '';

	constructor(
		readonly cols: number,
		readonly viewRows: number,
	) {}

	reset() {
		this.lines = [[]];
		this.row = this.col = 0;
		this.bold = this.dim = false;
		this.fg = -1;
		this.written = '';
		this.dirty = new Set([0]);
		this.shrunk = true;
	}

	/** Set when rows were removed, so a view redraws from scratch. */
	shrunk = false;

	get length(): number {
		return this.lines.length;
	}

	/** Row indexes changed since the last call (and whether rows were removed). */
	takeDirty(): { rows: number[]; shrunk: boolean } {
		const rows = [...this.dirty].filter((r) => r < this.lines.length).sort((a, b) => a - b);
		const shrunk = this.shrunk;
		this.dirty.clear();
		this.shrunk = false;
		return { rows, shrunk };
	}

	private get top(): number {
		return Math.max(0, this.lines.length - this.viewRows);
	}

	private line(): Cell[] {
		while (this.lines.length <= this.row) {
			this.dirty.add(this.lines.length);
			this.lines.push([]);
		}
		this.dirty.add(this.row);
		return this.lines[this.row]!;
	}

	private cls(): string {
		const parts: string[] = [];
		if (this.bold) parts.push('tr-b');
		if (this.dim) parts.push('tr-d');
		if (this.fg >= 0) parts.push(`tr-f${this.fg}`);
		return parts.join(' ');
	}

	private sgr(params: number[]) {
		if (params.length === 0) params = [0];
		for (const p of params) {
			if (p === 0 || Number.isNaN(p)) {
				this.bold = this.dim = false;
				this.fg = -1;
			} else if (p === 1) this.bold = true;
			else if (p === 2) this.dim = true;
			else if (p === 22) this.bold = this.dim = false;
			else if (p >= 30 && p <= 37) this.fg = p - 30;
			else if (p >= 90 && p <= 97) this.fg = p - 90 + 8;
			else if (p === 39) this.fg = -1;
		}
	}

	write(data: string) {
		this.written += data;
		const n = data.length;
		let i = 0;
		while (i < n) {
			const ch = data[i]!;
			if (ch === '\x1b') {
				if (data[i + 1] === '[') {
					let j = i + 2;
					let params = '';
					while (j < n && /[0-9;?]/.test(data[j]!)) params += data[j++];
					const final = data[j] ?? '';
					i = j + 1;
					if (params.startsWith('?')) continue;
					const nums = params === '' ? [] : params.split(';').map((p) => (p === '' ? NaN : parseInt(p, 10)));
					this.csi(final, nums);
				} else i += 2;
				continue;
			}
			const code = data.codePointAt(i)!;
			i += code > 0xffff ? 2 : 1;
			if (ch === '\n') {
				this.row++;
				if (this.col > this.cols) this.col = this.cols;
				this.line();
			} else if (ch === '\r') this.col = 0;
			else if (ch === '\b') this.col = Math.max(0, Math.min(this.col, this.cols) - 1);
			else if (ch === '\t') this.col = Math.min((Math.floor(this.col / 8) + 1) * 8, this.cols - 1);
			else if (code >= 0x20 && code !== 0x7f) this.put(String.fromCodePoint(code), charWidth(code));
		}
	}

	private put(ch: string, width: 1 | 2) {
		// Auto-wrap: a character written past the last column starts the next row.
		if (this.col + width > this.cols) {
			this.row++;
			this.col = 0;
		}
		const l = this.line();
		const cls = this.cls();
		while (l.length < this.col) l.push({ ch: ' ', cls: '' });
		l[this.col] = { ch, cls };
		if (width === 2) l[this.col + 1] = { ch: '', cls };
		this.col += width;
	}

	private csi(final: string, nums: number[]) {
		const a = Math.max(1, Number.isNaN(nums[0] ?? NaN) ? 1 : nums[0]!);
		const mode = Number.isNaN(nums[0] ?? NaN) ? 0 : nums[0]!;
		switch (final) {
			case 'm':
				return this.sgr(nums);
			case 'A':
				this.row = Math.max(this.top, this.row - a);
				break;
			case 'B':
				this.row += a;
				this.line();
				break;
			case 'C':
				this.col = Math.min(this.col + a, this.cols - 1);
				break;
			case 'D':
				this.col = Math.max(0, Math.min(this.col, this.cols - 1) - a);
				break;
			case 'E':
				this.row += a;
				this.col = 0;
				this.line();
				break;
			case 'F':
				this.row = Math.max(this.top, this.row - a);
				this.col = 0;
				break;
			case 'G':
				this.col = Math.min(a - 1, this.cols - 1);
				break;
			case 'H':
			case 'f': {
				const r = Math.max(1, Number.isNaN(nums[0] ?? NaN) ? 1 : nums[0]!);
				const c = Math.max(1, Number.isNaN(nums[1] ?? NaN) ? 1 : nums[1]!);
				this.row = this.top + r - 1;
				this.col = Math.min(c - 1, this.cols - 1);
				this.line();
				break;
			}
			case 'K': {
				const l = this.line();
				if (mode === 0) l.length = Math.min(l.length, this.col);
				else if (mode === 1) for (let k = 0; k <= this.col && k < l.length; k++) l[k] = { ch: ' ', cls: '' };
				else l.length = 0;
				break;
			}
			case 'J': {
				if (mode === 3) {
					// Erase scrollback: the rows above the viewport go.
					const top = this.top;
					this.lines.splice(0, top);
					this.row -= top;
					this.shrunk = true;
				} else {
					const from = mode === 2 ? this.top : this.row;
					for (let r = from; r < this.lines.length; r++) {
						if (mode === 0 && r === this.row) this.lines[r]!.length = Math.min(this.lines[r]!.length, this.col);
						else this.lines[r] = [];
						this.dirty.add(r);
					}
				}
				break;
			}
		}
	}

	/** Row `r` as runs of equally styled text, trailing blanks dropped. */
	runs(r: number): Run[] {
		const runs: Run[] = [];
		const cells = this.lines[r] ?? [];
		let end = cells.length;
		// Only bold, dim and foreground colours are modelled, none of which shows on a blank, so a
		// styled trailing blank (Compose's timer ends in one) is dropped like a plain one.
		while (end > 0 && cells[end - 1]!.ch === ' ') end--;
		for (let k = 0; k < end; k++) {
			const { ch, cls } = cells[k]!;
			const last = runs.at(-1);
			if (last && last.cls === cls) last.text += ch;
			else runs.push({ text: ch, cls });
		}
		return runs;
	}

	/** The plain text of every row, as a terminal's buffer reads (trailing blanks trimmed). */
	text(): string[] {
		return this.lines.map((_, r) => this.runs(r).map((x) => x.text).join(''));
	}
}

/** Every row of `data` written to a fresh screen: the poster, rendered at build time. */
export function screenRows(data: string, cols: number, rows: number): Run[][] {
	const screen = new Screen(cols, rows);
	screen.write(data);
	return Array.from({ length: screen.length }, (_, r) => screen.runs(r));
}
