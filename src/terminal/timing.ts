// How a timeline becomes frames in time: typing of each command, then its output line by line.
// Pure and shared by the player (browser) and the .cast export (build), so both replay alike.

/** The parts of a timeline step the replay needs. */
export interface ReplayStep {
	kind: 'cmd' | 'edit';
	prompt: string;
	command: string | null;
	file: string | null;
	output: string;
}

export interface Frame {
	/** Milliseconds from the start of the step, at 1× speed. */
	at: number;
	data: string;
}

export const TYPE_MS = 42;
export const AFTER_TYPING_MS = 320;
export const CHUNK_MS = 28;
export const BETWEEN_STEPS_MS = 1400;

const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/** What the terminal shows for a step before its output: the prompt and the command (or an edit note). */
export function stepHead(step: ReplayStep): { prompt: string; typed: string } {
	if (step.kind === 'edit') return { prompt: '', typed: `${DIM}# edited ${step.file ?? ''}${RESET}` };
	return { prompt: step.prompt, typed: step.command ?? '' };
}

/**
 * Splits output where a terminal would visibly update: after each newline, and before each
 * carriage return or cursor-up (progress bars redrawn in place).
 */
export function outputChunks(output: string): string[] {
	const chunks: string[] = [];
	let start = 0;
	for (let i = 0; i < output.length; i++) {
		const c = output[i];
		if (c === '\n' || (c === '\r' && output[i + 1] !== '\n' && i > start)) {
			const end = c === '\n' ? i + 1 : i;
			if (end > start) chunks.push(output.slice(start, end));
			start = end;
		}
	}
	if (start < output.length) chunks.push(output.slice(start));
	return chunks;
}

/** The frames of one step. With `typing` off (reduced motion), the step is one frame. */
export function stepFrames(step: ReplayStep, typing: boolean): Frame[] {
	const { prompt, typed } = stepHead(step);
	if (!typing) return [{ at: 0, data: `${prompt}${typed}\r\n${step.output}` }];
	const frames: Frame[] = [{ at: 0, data: prompt }];
	let at = 0;
	if (step.kind === 'edit') frames.push({ at, data: typed });
	else for (const ch of typed) frames.push({ at: (at += TYPE_MS), data: ch });
	at += AFTER_TYPING_MS;
	frames.push({ at, data: '\r\n' });
	for (const chunk of outputChunks(step.output)) frames.push({ at: (at += CHUNK_MS), data: chunk });
	return frames;
}

/**
 * Frames gathered into ticks of `tickMs`: each batch is due at the first multiple of `tickMs` at
 * or after its frames (never sooner than any of them, never later than the last frame, so the
 * step ends when it did) and carries their data in order. A view that redraws at most once per
 * tick shows the same screens with one timer per tick instead of one per character. `tickMs` 0
 * leaves the frames as they are.
 */
export function batchFrames(frames: readonly Frame[], tickMs: number): Frame[] {
	if (!(tickMs > 0)) return frames.map((f) => ({ ...f }));
	const end = frames.at(-1)?.at ?? 0;
	const batches: Frame[] = [];
	for (const frame of frames) {
		const at = Math.min(Math.ceil(frame.at / tickMs) * tickMs, end);
		const last = batches.at(-1);
		if (last && last.at === at) last.data += frame.data;
		else batches.push({ at, data: frame.data });
	}
	return batches;
}

/** The step written whole, as when seeking. */
export function stepText(step: ReplayStep): string {
	return stepFrames(step, false)[0].data;
}

/** An asciicast v2 recording of the whole session, timed as the player plays it at 1×. */
export function toAsciicast(
	steps: ReplayStep[],
	meta: { cols: number; rows: number; title: string; timestamp: number },
): string {
	const lines = [JSON.stringify({ version: 2, width: meta.cols, height: meta.rows, timestamp: meta.timestamp, title: meta.title })];
	let base = 0;
	for (const step of steps) {
		const frames = stepFrames(step, true);
		for (const f of frames) lines.push(JSON.stringify([Number(((base + f.at) / 1000).toFixed(3)), 'o', f.data]));
		base += frames.at(-1)!.at + BETWEEN_STEPS_MS;
	}
	return `${lines.join('\n')}\n`;
}
