// Compose v2.40.3's progress display (pkg/progress): on a TTY a block that redraws in place,
// `[+] Running 3/3` and one line per resource with a spinner or ✔, its status and a timer;
// off a TTY (plainWriter) one line per event: fmt.Fprintln(out, prefix, e.ID, e.Text, e.StatusText).
// Time is the simulator's clock, so timers are deterministic.

export type Status = 'working' | 'done' | 'warning' | 'error';

export interface ComposeEvent {
	id: string;
	parent?: string;
	/** Event.Text (pull events put their words here). */
	text?: string;
	/** Event.StatusText (resource events put their words here). */
	status?: string;
	state: Status;
}

interface Tracked {
	id: string;
	parent: string;
	text: string;
	statusText: string;
	state: Status;
	start: number;
	end: number;
	/** Spinner frame while working. */
	spin: number;
}

// pkg/progress/colors.go (aec): DoneColor/TimerColor blue, CountColor yellow, Success green,
// Warning yellow bold, Error red bold.
const BLUE = (s: string) => `\x1b[34m${s}\x1b[0m`;
const GREEN = (s: string) => `\x1b[32m${s}\x1b[0m`;
const YELLOW = (s: string) => `\x1b[33m${s}\x1b[0m`;
const YELLOW_BOLD = (s: string) => `\x1b[33;1m${s}\x1b[0m`;
const RED_BOLD = (s: string) => `\x1b[31;1m${s}\x1b[0m`;
// pkg/progress/spinner.go
const SPIN = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

function utf8Len(s: string): number {
	let n = 0;
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
	}
	return n;
}

function lenAnsi(s: string): number {
	return [...s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')].length;
}

export class ComposeProgress {
	out = '';
	private readonly events = new Map<string, Tracked>();
	private readonly order: string[] = [];
	private numLines = 0;
	private repeated = false;
	private readonly tail: string[] = [];
	private started = false;

	readonly tty: boolean;
	readonly cols: number;
	readonly rows: number;
	readonly title: string;
	private readonly now: () => number;

	constructor(tty: boolean, cols: number, rows: number, title: string, now: () => number) {
		this.tty = tty;
		this.cols = cols;
		this.rows = rows;
		this.title = title;
		this.now = now;
	}

	event(e: ComposeEvent): void {
		const t = this.now();
		if (!this.tty) {
			// plain.go: Println(prefix, ID, Text, StatusText) — operands joined by spaces.
			this.out += ['', e.id, e.text ?? '', e.status ?? ''].join(' ') + '\n';
			return;
		}
		this.started = true;
		const last = this.events.get(e.id);
		if (!this.order.includes(e.id)) this.order.push(e.id);
		if (last) {
			if (e.state !== 'working' && last.state !== e.state) last.end = t;
			if (e.state === 'working') last.end = 0;
			last.state = e.state;
			last.text = e.text ?? '';
			last.statusText = e.status ?? '';
			if (!last.parent || !e.parent) last.parent = e.parent ?? '';
		} else {
			this.events.set(e.id, { id: e.id, parent: e.parent ?? '', text: e.text ?? '', statusText: e.status ?? '', state: e.state, start: t, end: e.state === 'done' || e.state === 'error' ? t : 0, spin: 0 });
		}
	}

	/** TailMsgf: printed after the block (plain: at once). */
	tailMsg(msg: string): void {
		if (this.tty) this.tail.push(msg);
		else this.out += msg + '\n';
	}

	/** One redraw of the block (the ticker fires every 100 ms). */
	frame(): void {
		if (!this.tty || !this.started || this.order.length === 0) return;
		const width = this.cols;
		let b = '';
		for (let i = 0; i <= this.numLines; i++) b += '\x1b[1A';
		if (!this.repeated) b += '\x1b[1B';
		this.repeated = true;
		this.out += b + '\x1b[0G' + '\x1b[?25l';
		const all = this.order.map((id) => this.events.get(id)!);
		const done = all.filter((e) => e.state !== 'working').length;
		let first = `[+] ${this.title} ${done}/${all.length}`;
		if (this.numLines !== 0 && done === this.numLines) first = BLUE(first);
		this.out += first + '\n';
		let statusPadding = 0;
		for (const e of all) {
			const l = `${e.id} ${e.text}`.length;
			if (statusPadding < l) statusPadding = l;
			if (e.parent) statusPadding -= 2;
		}
		const skipChildren = all.length > this.rows - 2;
		let lines = 0;
		for (const e of all) {
			if (e.parent) continue;
			this.out += this.line(e, '', width, statusPadding);
			lines++;
			for (const c of all) {
				if (c.parent !== e.id || skipChildren) continue;
				this.out += this.line(c, '  ', width, statusPadding);
				lines++;
			}
		}
		for (let i = lines; i < this.numLines; i++) {
			if (lines < this.rows - 2) {
				this.out += ' '.repeat(width) + '\n';
				lines++;
			}
		}
		this.numLines = lines;
		this.out += '\x1b[?25h';
		for (const e of all) if (e.state === 'working') e.spin = (e.spin + 1) % SPIN.length;
	}

	private line(e: Tracked, pad: string, width: number, statusPadding: number): string {
		const end = e.state === 'working' ? this.now() : e.end || e.start;
		const elapsed = Math.max(0, end - e.start) / 1000;
		let completion: string[] = [];
		if (e.state === 'working') {
			for (const c of this.order.map((id) => this.events.get(id)!)) if (c.parent === e.id) completion.push(c.state === 'working' ? '⠀' : '⣿');
		} else completion = [];
		const txt = completion.length ? `${e.id} [${GREEN(completion.join(''))}] ${e.text}` : `${e.id} ${e.text}`;
		// Go's len(): bytes, escape codes and all.
		const textLen = utf8Len(txt);
		const padding = Math.max(0, statusPadding - textLen);
		const maxStatusLen = width - textLen - statusPadding - 15;
		let status = e.statusText;
		if (maxStatusLen > 0 && status.length > maxStatusLen) status = status.slice(0, maxStatusLen) + '...';
		const spinner = e.state === 'done' ? GREEN('✔') : e.state === 'warning' ? YELLOW_BOLD('!') : e.state === 'error' ? RED_BOLD('✘') : YELLOW(SPIN[e.spin]!);
		const colour = e.state === 'done' ? GREEN : e.state === 'warning' ? YELLOW_BOLD : e.state === 'error' ? RED_BOLD : (s: string) => s;
		const text = `${pad} ${spinner} ${txt}${' '.repeat(padding)} ${colour(status)}`;
		const timer = BLUE(`${elapsed.toFixed(1)}s `);
		const count = width - lenAnsi(text) - lenAnsi(timer);
		return `${text}${count > 0 ? ' '.repeat(count) : ''}${timer}\n`;
	}

	/** Writer.Stop: the last redraw, then the tail messages. */
	finish(): string {
		this.frame();
		for (const m of this.tail) this.out += m + '\n';
		return this.out;
	}
}
