// The replay's driver: player states and their transitions, pure. Time comes from an injected
// scheduler (timers in the browser, a simulated clock in tests); what it shows goes to a view.
import { BETWEEN_STEPS_MS, batchFrames, type ReplayStep, stepFrames, stepHead, stepText } from './timing';

/**
 * Player states and the events that move between them:
 *   IDLE    --play-->  PLAYING            (nothing played yet: the first command is shown)
 *   PLAYING --pause--> PAUSED             (the step under way is completed at once)
 *   PLAYING --last step done--> ENDED
 *   PAUSED  --play-->  PLAYING;  ENDED --play--> PLAYING from the first step
 *   any replay state --seek(k)--> PAUSED (IDLE when k = 0, ENDED when k = last)
 *   any replay state --try--> STARTING --xterm.js and the machine ready--> LIVE
 *   STARTING / LIVE --seek / play--> replay states (the take-over is left)
 */
export const IDLE = 'idle';
export const PLAYING = 'playing';
export const PAUSED = 'paused';
export const ENDED = 'ended';
export const STARTING = 'starting';
export const LIVE = 'live';
export type State = typeof IDLE | typeof PLAYING | typeof PAUSED | typeof ENDED | typeof STARTING | typeof LIVE;

export interface Scheduler {
	after(ms: number, fn: () => void): void;
	cancelAll(): void;
}

export interface DriverView {
	/** Clear the screen. */
	reset(): void;
	write(data: string): void;
	/** Step `index` is the one under way or last shown. */
	step(index: number): void;
	state(state: State, position: number): void;
	/** The take-over is left (seek or play from STARTING / LIVE). */
	leaveLive(): void;
}

export class Driver {
	/** Steps fully shown. */
	position = 0;
	state: State = IDLE;
	speed = 1;
	/** A step is being typed or printed. */
	private stepping = false;

	constructor(
		private readonly steps: ReplayStep[],
		private readonly view: DriverView,
		private readonly scheduler: Scheduler,
		/** Whether to animate typing (off with reduced motion). */
		private readonly typing: () => boolean,
		/** Writes are gathered into ticks this long (the view's shortest redraw interval); 0: one write per frame. */
		private readonly tickMs = 0,
	) {}

	get isLive(): boolean {
		return this.state === STARTING || this.state === LIVE;
	}

	private set(state: State) {
		this.state = state;
		this.view.state(state, this.position);
	}

	seek(k: number) {
		if (this.isLive) this.view.leaveLive();
		this.scheduler.cancelAll();
		this.stepping = false;
		k = Math.max(0, Math.min(this.steps.length, k));
		this.view.reset();
		if (k === 0) {
			const { prompt, typed } = stepHead(this.steps[0]!);
			this.view.write(prompt + typed);
		} else this.view.write(this.steps.slice(0, k).map(stepText).join(''));
		this.position = k;
		this.set(k === 0 ? IDLE : k === this.steps.length ? ENDED : PAUSED);
		this.view.step(Math.max(0, k - 1));
	}

	/** The step after the one shown, or after the one under way. */
	next() {
		this.seek((this.stepping ? this.position + 1 : this.position) + 1);
	}

	previous() {
		this.seek((this.stepping ? this.position + 1 : this.position) - 1);
	}

	play() {
		if (this.state === PLAYING) return;
		if (this.isLive || this.position >= this.steps.length) this.seek(0);
		if (this.position === 0) this.view.reset();
		this.set(PLAYING);
		this.runStep();
	}

	pause() {
		if (this.state !== PLAYING) return;
		// Finish the step under way at once, so the screen always shows whole steps.
		this.seek(this.stepping ? this.position + 1 : this.position);
	}

	toggle() {
		if (this.state === PLAYING) this.pause();
		else this.play();
	}

	/** "Try it yourself" pressed: whole steps on screen, then STARTING. Returns the step taken over. */
	startLive(): number {
		if (this.state === PLAYING) this.pause();
		this.set(STARTING);
		return this.position;
	}

	/** The take-over is ready. */
	live() {
		if (this.state === STARTING) this.set(LIVE);
	}

	private runStep() {
		const index = this.position;
		const step = this.steps[index];
		if (!step) return this.set(ENDED);
		this.stepping = true;
		this.view.step(index);
		const timed = stepFrames(step, this.typing()).map((f) => ({ at: f.at / this.speed, data: f.data }));
		const frames = batchFrames(timed, this.tickMs);
		for (const frame of frames) this.scheduler.after(frame.at, () => this.view.write(frame.data));
		this.scheduler.after(frames.at(-1)!.at, () => {
			this.stepping = false;
			this.position = index + 1;
			if (this.position >= this.steps.length) this.set(ENDED);
			else {
				this.view.state(this.state, this.position);
				this.scheduler.after(BETWEEN_STEPS_MS / this.speed, () => this.runStep());
			}
		});
	}
}
