// moby pkg/jsonmessage as the docker CLI renders pull and push progress. On a TTY every
// layer id owns a line, rewritten in place (ESC[2K, \r, ESC[nA / ESC[nB); off a TTY each
// status prints as a plain line and events that carry a byte count are dropped.
import { humanSize } from './format.ts';

export interface JsonProgress {
	current: number;
	total: number;
	/** Seconds left, for the ETA box (only while under 100%). */
	etaSeconds?: number;
}

export interface JsonMessage {
	id?: string;
	status: string;
	/** A per-layer status: carries a (possibly empty) progress object. */
	progress?: JsonProgress | 'none';
}

export function goDuration(seconds: number): string {
	const s = Math.max(0, Math.floor(seconds));
	if (s < 60) return `${s}s`;
	const m = Math.floor(s / 60);
	if (m < 60) return `${m}m${s % 60}s`;
	return `${Math.floor(m / 60)}h${m % 60}m${s % 60}s`;
}

/** JSONProgress.String(). */
export function progressString(p: JsonProgress, width: number): string {
	if (p.current <= 0 && p.total <= 0) return '';
	if (p.total <= 0) return humanSize(p.current).padStart(8, ' ');
	let percentage = Math.floor(Math.floor((p.current / p.total) * 100) / 2);
	if (percentage > 50) percentage = 50;
	let pbBox = '';
	if (width > 110) pbBox = `[${'='.repeat(percentage)}>${' '.repeat(Math.max(0, 50 - percentage))}] `;
	let numbers = `${humanSize(p.current).padStart(8, ' ')}/${humanSize(p.total)}`;
	if (p.current > p.total) numbers = humanSize(p.current).padStart(8, ' ');
	let left = '';
	if (p.current > 0 && percentage < 50 && p.etaSeconds !== undefined && width > 50) left = ' ' + goDuration(p.etaSeconds);
	return pbBox + numbers + left;
}

export class JsonMessageWriter {
	private ids: Record<string, number> = {};
	private count = 0;
	out = '';
	readonly tty: boolean;
	readonly width: number;

	constructor(tty: boolean, width: number) {
		this.tty = tty;
		this.width = width;
	}

	write(m: JsonMessage): void {
		const hasProgress = m.progress !== undefined;
		let diff = 0;
		if (m.id && hasProgress) {
			let line = this.ids[m.id];
			if (line === undefined) {
				line = this.count;
				this.ids[m.id] = line;
				this.count++;
				if (this.tty) this.out += '\n';
			}
			diff = this.count - line;
			if (this.tty && diff > 0) this.out += `\x1b[${diff}A`;
		} else {
			this.ids = {};
			this.count = 0;
		}
		this.display(m, hasProgress);
		if (m.id && hasProgress && this.tty && diff > 0) this.out += `\x1b[${diff}B`;
	}

	private display(m: JsonMessage, hasProgress: boolean): void {
		const p = m.progress !== undefined && m.progress !== 'none' ? m.progress : undefined;
		const progress = p ? progressString(p, this.width) : '';
		let endl = '';
		if (this.tty && hasProgress) {
			this.out += '\x1b[2K\r';
			endl = '\r';
		} else if (hasProgress && progress !== '') {
			return;
		}
		if (m.id) this.out += `${m.id}: `;
		if (hasProgress && this.tty) this.out += `${m.status} ${progress}${endl}`;
		else this.out += `${m.status}${endl}\n`;
	}
}
