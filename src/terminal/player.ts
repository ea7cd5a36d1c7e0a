// The replay player: the precomputed timeline drawn as text rows (no terminal emulator), and
// "Try it yourself", which loads xterm.js and the simulator only when pressed (takeover.ts) and
// hands them exactly the screen that was showing. Loaded only when a widget nears the viewport.
import { renderState } from './state-panel';
import { RowsView } from './rows-view';
import { Screen } from './screen';
import type { TerminalStrings } from './strings';
import type { WidgetStep, WidgetTimeline } from './timeline';
import { BETWEEN_STEPS_MS, stepFrames, stepHead, stepText } from './timing';
import type { Takeover } from './takeover';
import type { HostView } from '../sim/index';

/**
 * Player states and the events that move between them:
 *   IDLE    --play-->  PLAYING            (nothing played yet: the first command is shown)
 *   PLAYING --pause--> PAUSED             (the step under way is completed at once)
 *   PLAYING --last step done--> ENDED
 *   PAUSED  --play-->  PLAYING;  ENDED --play--> PLAYING from the first step
 *   any replay state --seek(k)--> PAUSED (IDLE when k = 0)
 *   any replay state --try--> STARTING --xterm.js and the machine ready--> LIVE
 *   LIVE --reset--> LIVE (the machine as at the step taken over);  LIVE --seek / play--> replay states
 */
export const IDLE = 'idle';
export const PLAYING = 'playing';
export const PAUSED = 'paused';
export const ENDED = 'ended';
export const STARTING = 'starting';
export const LIVE = 'live';
export type State = typeof IDLE | typeof PLAYING | typeof PAUSED | typeof ENDED | typeof STARTING | typeof LIVE;

/** A width choice the CSS makes (see terminal.css: --tr-pick), read so both agree. */
export function pickWidth(root: HTMLElement, widths: number[]): number {
	const picked = Number(getComputedStyle(root.querySelector('.tr-screen')!).getPropertyValue('--tr-pick'));
	return widths.includes(picked) ? picked : Math.max(...widths);
}

export class Player {
	/** Steps fully shown. */
	position = 0;
	private state: State = IDLE;
	private speed = 1;
	private timers = new Set<ReturnType<typeof setTimeout>>();
	private readonly abort = new AbortController();
	private readonly t: TerminalStrings;
	private readonly lang: 'en' | 'ko';
	private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
	private readonly screen: Screen;
	private readonly view: RowsView;
	private live: { takeover?: Takeover; at: number } | undefined;
	private stepping = false;
	/** Set by the reader's first action: from then on the URL names the step shown (see stepLink). */
	private touched = false;

	private constructor(
		private readonly root: HTMLElement,
		private readonly timeline: WidgetTimeline,
	) {
		this.t = JSON.parse(root.dataset.strings ?? '{}');
		this.lang = root.dataset.lang === 'ko' ? 'ko' : 'en';
		const screenBox = this.q('.tr-screen');
		// The font is fitted to the box for the session's width (terminal.css), so rows never wrap.
		screenBox.style.setProperty('--tr-cols', String(timeline.cols));
		const pre = document.createElement('pre');
		pre.className = 'tr-rows';
		pre.setAttribute('aria-hidden', 'true');
		screenBox.append(pre);
		this.screen = new Screen(timeline.cols, Number(root.dataset.rows ?? 18));
		this.view = new RowsView(pre, this.screen, screenBox);
		root.dataset.state = IDLE;
		root.dataset.ready = '';
		this.wireControls();
	}

	static async create(root: HTMLElement, step: number): Promise<Player> {
		const widths = (root.dataset.widths ?? '80').split(' ').map(Number);
		const url = `${root.dataset.src}${pickWidth(root, widths)}.json`;
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
		const player = new Player(root, (await response.json()) as WidgetTimeline);
		player.seek(step);
		player.view.flush();
		return player;
	}

	/** In "Try it yourself": the reader's machine lives here, so the widget is not released. */
	get isLive(): boolean {
		return this.live !== undefined;
	}

	dispose() {
		this.clearTimers();
		this.abort.abort();
		this.leaveLive();
		this.view.dispose();
		this.view.pre.remove();
		for (const el of this.controls()) el.disabled = true;
		delete this.root.dataset.ready;
		this.root.dataset.state = 'released';
	}

	// --- replay -------------------------------------------------------------------------------

	private get steps(): WidgetStep[] {
		return this.timeline.steps;
	}

	private write(data: string) {
		this.screen.write(data);
		this.view.schedule();
	}

	seek(k: number) {
		this.leaveLive();
		this.clearTimers();
		this.stepping = false;
		k = Math.max(0, Math.min(this.steps.length, k));
		this.screen.reset();
		if (k === 0) {
			const { prompt, typed } = stepHead(this.steps[0]!);
			this.write(prompt + typed);
		} else this.write(this.steps.slice(0, k).map(stepText).join(''));
		this.position = k;
		this.setState(k === 0 ? IDLE : k === this.steps.length ? ENDED : PAUSED);
		this.showStep(Math.max(0, k - 1));
	}

	play() {
		if (this.state === PLAYING) return;
		if (this.live || this.position >= this.steps.length) this.seek(0);
		if (this.position === 0) {
			this.screen.reset();
			this.view.schedule();
		}
		this.setState(PLAYING);
		this.runStep();
	}

	pause() {
		if (this.state !== PLAYING) return;
		// Finish the step under way at once, so the screen always shows whole steps.
		this.seek(this.stepping ? this.position + 1 : this.position);
	}

	private runStep() {
		const index = this.position;
		const step = this.steps[index];
		if (!step) return this.setState(ENDED);
		this.stepping = true;
		this.showStep(index);
		const frames = stepFrames(step, !this.reducedMotion.matches);
		for (const frame of frames) this.later(frame.at / this.speed, () => this.write(frame.data));
		this.later(frames.at(-1)!.at / this.speed, () => {
			this.stepping = false;
			this.position = index + 1;
			this.syncProgress();
			if (this.position >= this.steps.length) this.setState(ENDED);
			else this.later(BETWEEN_STEPS_MS / this.speed, () => this.runStep());
		});
	}

	// --- try it yourself ----------------------------------------------------------------------

	async tryIt() {
		if (this.state === PLAYING) this.pause();
		const at = this.position;
		this.view.flush();
		const live: { takeover?: Takeover; at: number } = { at };
		this.live = live;
		this.setState(STARTING);
		const { startTakeover } = await import('./takeover');
		// Seeking or releasing while xterm.js loaded cancels the take-over.
		if (this.live !== live) return;
		live.takeover = startTakeover({
			screenBox: this.q('.tr-screen'),
			rowsFont: getComputedStyle(this.view.pre).fontSize,
			written: this.screen.written,
			timeline: this.timeline,
			at,
			rows: Number(this.root.dataset.rows ?? 18),
			hint: this.t.liveHint,
			onState: (state) => this.renderState(state),
		});
		this.setState(LIVE);
		live.takeover.focus();
	}

	private resetLive() {
		if (!this.live) return;
		const at = this.live.at;
		this.seek(at);
		void this.tryIt();
	}

	private leaveLive() {
		this.live?.takeover?.dispose();
		this.live = undefined;
	}

	// --- view ---------------------------------------------------------------------------------

	private q<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.root.querySelector<T>(selector)!;
	}

	private controls() {
		return this.root.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('[data-action], .tr-progress, .tr-copy');
	}

	private later(ms: number, fn: () => void) {
		const id = setTimeout(() => {
			this.timers.delete(id);
			fn();
		}, ms);
		this.timers.add(id);
	}

	private clearTimers() {
		for (const id of this.timers) clearTimeout(id);
		this.timers.clear();
	}

	private setState(state: State) {
		this.state = state;
		this.root.dataset.state = state;
		const play = this.q<HTMLButtonElement>('[data-action="play"]');
		const label = state === PLAYING ? this.t.pause : this.t.play;
		play.setAttribute('aria-label', label);
		play.title = label;
		const tryButton = this.q<HTMLButtonElement>('[data-action="try"]');
		tryButton.textContent = state === LIVE ? this.t.reset : this.t.tryIt;
		this.syncProgress();
	}

	private showStep(index: number) {
		const step = this.steps[index];
		if (!step) return;
		this.q('.tr-stepno').textContent = `${this.t.step} ${index + 1} / ${this.steps.length}`;
		this.q('.tr-caption-text').textContent = step.caption[this.lang];
		this.renderState(step.state);
		this.root.dataset.step = String(index);
		// The page listens (the architecture diagram follows the command); the player queries nothing outside itself.
		this.root.dispatchEvent(new CustomEvent('terminal-step', { detail: { index, concepts: step.concepts, command: step.command }, bubbles: true }));
	}

	/** This page's URL with a fragment naming this session and the step shown, e.g. #pull-2. */
	stepLink(): URL {
		const url = new URL(location.href);
		url.hash = this.position > 0 ? `${this.root.dataset.session}-${this.position}` : '';
		return url;
	}

	private syncProgress() {
		// Keeping the URL on the step lets the language picker (it sets only the path) keep it too.
		if (this.touched && location.hash !== this.stepLink().hash) history.replaceState(history.state, '', this.stepLink());
		const progress = this.q<HTMLInputElement>('.tr-progress');
		progress.value = String(this.position);
		progress.setAttribute('aria-valuetext', `${this.t.step} ${this.position} / ${this.steps.length}`);
	}

	private renderState(view: HostView) {
		this.q<HTMLDetailsElement>('.tr-state').hidden = false;
		renderState(this.q('.tr-state-body'), view, this.t, this.lang);
	}

	private wireControls() {
		const { signal } = this.abort;
		const on = (el: Element, type: string, fn: (e: Event) => void) => el.addEventListener(type, fn, { signal });
		for (const el of this.controls()) el.disabled = false;
		on(this.q('[data-action="play"]'), 'click', () => (this.state === PLAYING ? this.pause() : this.play()));
		on(this.q('[data-action="prev"]'), 'click', () => this.seek((this.stepping ? this.position + 1 : this.position) - 1));
		on(this.q('[data-action="next"]'), 'click', () => this.seek((this.stepping ? this.position + 1 : this.position) + 1));
		on(this.q('[data-action="restart"]'), 'click', () => this.seek(0));
		on(this.q('[data-action="try"]'), 'click', () => (this.state === LIVE ? this.resetLive() : this.state === STARTING ? undefined : void this.tryIt()));
		on(this.q('[data-action="link"]'), 'click', async (e) => {
			const button = e.currentTarget as HTMLButtonElement;
			await navigator.clipboard.writeText(this.stepLink().href);
			button.dataset.copied = '';
			this.later(1500, () => delete button.dataset.copied);
		});
		// Any control the reader uses marks the widget as theirs (capture: before the control acts).
		for (const type of ['click', 'keydown', 'input']) this.root.addEventListener(type, () => (this.touched = true), { signal, capture: true });
		on(this.q('[data-action="speed"]'), 'change', (e) => (this.speed = Number((e.target as HTMLSelectElement).value) || 1));
		on(this.q('.tr-progress'), 'input', (e) => this.seek(Number((e.target as HTMLInputElement).value)));
		for (const button of this.root.querySelectorAll<HTMLButtonElement>('.tr-copy')) {
			on(button, 'click', async () => {
				await navigator.clipboard.writeText(button.dataset.copy ?? '');
				button.dataset.copied = '';
				this.later(1500, () => delete button.dataset.copied);
			});
		}
		on(this.root, 'keydown', (event) => {
			const e = event as KeyboardEvent;
			const target = e.target as HTMLElement;
			if (this.live && target.closest('.tr-xterm')) return;
			if (target.closest('select, input, .tr-transcript, a') || e.altKey || e.ctrlKey || e.metaKey) return;
			// Space on a button already presses that button.
			if (e.key === ' ' && target.closest('button')) return;
			const actions: Record<string, () => void> = {
				' ': () => (this.state === PLAYING ? this.pause() : this.play()),
				ArrowLeft: () => this.q<HTMLButtonElement>('[data-action="prev"]').click(),
				ArrowRight: () => this.q<HTMLButtonElement>('[data-action="next"]').click(),
				Home: () => this.seek(0),
			};
			const action = actions[e.key];
			if (!action) return;
			e.preventDefault();
			action();
		});
		this.q<HTMLDetailsElement>('.tr-transcript').open = false;
	}
}
