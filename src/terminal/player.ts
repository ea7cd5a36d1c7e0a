// The replay player's view: binds the server-rendered controls to the driver (driver.ts, the
// states and their transitions), draws the screen as text rows (no terminal emulator), and on
// "Try it yourself" loads xterm.js and the simulator (takeover.ts), handing them exactly the
// screen that was showing. Loaded only when a widget nears the viewport.
import type { HostView } from '../sim/index';
import { Driver, LIVE, PLAYING, STARTING, type State } from './driver';
import { FRAME_MS, RowsView } from './rows-view';
import { Screen } from './screen';
import { renderState } from './state-panel';
import type { TerminalStrings } from './strings';
import type { Takeover } from './takeover';
import type { WidgetTimeline } from './timeline';
import { bindXray, type XrayToggle } from './xray-toggle';
import { bindRowExplanations } from './explain-rows';
import { Disposables } from './lifecycle';

/** A width choice the CSS makes (see terminal.css: --tr-pick), read so both agree. */
export function pickWidth(root: HTMLElement, widths: number[]): number {
	const picked = Number(getComputedStyle(root.querySelector('.tr-screen')!).getPropertyValue('--tr-pick'));
	return widths.includes(picked) ? picked : Math.max(...widths);
}

export class Player {
	/** Everything the player registered: listeners, timers, the view, a take-over. */
	private readonly store = new Disposables();
	/** The driver's pending steps, cleared on each seek; released with the store. */
	private readonly timers = this.store.own(new Disposables());
	private readonly t: TerminalStrings;
	private readonly lang: 'en' | 'ko';
	private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
	private readonly screen: Screen;
	private readonly view: RowsView;
	private readonly driver: Driver;
	private readonly xray: XrayToggle;
	private takeover: Takeover | undefined;
	/** Bumped when a take-over is left, so one still loading is dropped. */
	private liveRun = 0;
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
		this.store.add(() => pre.remove());
		this.view = this.store.own(new RowsView(pre, this.screen, screenBox, bindRowExplanations(root, pre, this.store.signal)));
		this.xray = bindXray(root, this.store.signal);
		this.store.add(() => this.leaveLive());
		const scheduler = { after: (ms: number, fn: () => void) => void this.timers.timeout(fn, ms), cancelAll: () => this.timers.clear() };
		this.driver = new Driver(
			timeline.steps,
			{
				reset: () => {
					this.screen.reset();
					this.view.schedule();
				},
				write: (data) => this.write(data),
				step: (index) => this.showStep(index),
				state: (state) => this.setState(state),
				leaveLive: () => this.leaveLive(),
			},
			scheduler,
			() => !this.reducedMotion.matches,
			// The view redraws at most once per FRAME_MS: one timer per redraw, not one per character.
			FRAME_MS,
		);
		root.dataset.state = 'idle';
		root.dataset.ready = '';
		this.wireControls();
	}

	static async create(root: HTMLElement, step: number): Promise<Player> {
		const widths = (root.dataset.widths ?? '80').split(' ').map(Number);
		const url = `${root.dataset.src}${pickWidth(root, widths)}.json`;
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
		const player = new Player(root, (await response.json()) as WidgetTimeline);
		player.driver.seek(step);
		player.view.flush();
		return player;
	}

	/** In "Try it yourself": the reader's machine lives here, so the widget is not released. */
	get isLive(): boolean {
		return this.driver.isLive;
	}

	/** Steps fully shown. */
	get position(): number {
		return this.driver.position;
	}

	dispose() {
		this.store.dispose();
		for (const el of this.controls()) el.disabled = true;
		delete this.root.dataset.ready;
		this.root.dataset.state = 'released';
	}

	private get steps() {
		return this.timeline.steps;
	}

	private write(data: string) {
		this.screen.write(data);
		this.view.schedule();
	}

	// --- try it yourself ----------------------------------------------------------------------

	/** Types lines into the live machine (a challenge's "Show a solution"). A challenge starts from
	 * the machine the session leaves behind, and most solutions fail on an earlier step's machine:
	 * unless the reader took over at the end, this takes over again there first. */
	private async typeLines(lines: readonly string[]) {
		if (this.driver.state === STARTING) return;
		if (!this.isLive || this.driver.position < this.steps.length) {
			this.driver.seek(this.steps.length);
			await this.tryIt();
		}
		this.takeover?.type(lines);
	}

	async tryIt() {
		const at = this.driver.startLive();
		this.view.flush();
		const run = ++this.liveRun;
		const { startTakeover } = await import('./takeover');
		// Seeking or releasing while xterm.js loaded cancels the take-over.
		if (run !== this.liveRun || this.driver.state !== STARTING) return;
		this.takeover = startTakeover({
			screenBox: this.q('.tr-screen'),
			rowsFont: getComputedStyle(this.view.pre).fontSize,
			written: this.screen.written,
			timeline: this.timeline,
			at,
			rows: Number(this.root.dataset.rows ?? 18),
			hint: this.t.liveHint,
			onState: (state) => this.renderState(state),
			explainRoot: this.root,
		});
		this.driver.live();
		this.takeover.focus();
	}

	private resetLive() {
		if (!this.isLive) return;
		this.driver.seek(this.driver.position);
		void this.tryIt();
	}

	private leaveLive() {
		this.liveRun++;
		this.takeover?.dispose();
		this.takeover = undefined;
	}

	// --- view ---------------------------------------------------------------------------------

	private q<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.root.querySelector<T>(selector)!;
	}

	private controls() {
		return this.root.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('[data-action], .tr-progress, .tr-copy');
	}

	private setState(state: State) {
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
		url.hash = this.driver.position > 0 ? `${this.root.dataset.session}-${this.driver.position}` : '';
		return url;
	}

	private syncProgress() {
		// Keeping the URL on the step lets the language picker (it sets only the path) keep it too.
		if (this.touched && location.hash !== this.stepLink().hash) history.replaceState(history.state, '', this.stepLink());
		const progress = this.q<HTMLInputElement>('.tr-progress');
		progress.value = String(this.driver.position);
		progress.setAttribute('aria-valuetext', `${this.t.step} ${this.driver.position} / ${this.steps.length}`);
	}

	private renderState(view: HostView) {
		this.q<HTMLDetailsElement>('.tr-state').hidden = false;
		renderState(this.q('.tr-state-body'), view, this.t, this.lang);
		this.xray.update(view);
	}

	private wireControls() {
		const on = (el: Element, type: string, fn: (e: Event) => void) => this.store.listen(el, type, fn);
		for (const el of this.controls()) el.disabled = false;
		const d = this.driver;
		on(this.q('[data-action="play"]'), 'click', () => d.toggle());
		on(this.q('[data-action="prev"]'), 'click', () => d.previous());
		on(this.q('[data-action="next"]'), 'click', () => d.next());
		on(this.q('[data-action="restart"]'), 'click', () => d.seek(0));
		on(this.q('[data-action="try"]'), 'click', () => (d.state === LIVE ? this.resetLive() : d.state === STARTING ? undefined : void this.tryIt()));
		on(this.q('[data-action="link"]'), 'click', async (e) => {
			const button = e.currentTarget as HTMLButtonElement;
			await navigator.clipboard.writeText(this.stepLink().href);
			button.dataset.copied = '';
			this.store.timeout(() => delete button.dataset.copied, 1500);
		});
		// Any control the reader uses marks the widget as theirs (capture: before the control acts).
		for (const type of ['click', 'keydown', 'input']) this.store.listen(this.root, type, () => (this.touched = true), { capture: true });
		// A challenge below the terminal asks it to type a solution (src/challenges/element.ts).
		on(this.root, 'terminal-type', (e) => void this.typeLines((e as CustomEvent<{ lines: string[] }>).detail.lines));
		on(this.q('[data-action="speed"]'), 'change', (e) => (d.speed = Number((e.target as HTMLSelectElement).value) || 1));
		on(this.q('.tr-progress'), 'input', (e) => d.seek(Number((e.target as HTMLInputElement).value)));
		for (const button of this.root.querySelectorAll<HTMLButtonElement>('.tr-copy')) {
			on(button, 'click', async () => {
				await navigator.clipboard.writeText(button.dataset.copy ?? '');
				button.dataset.copied = '';
				this.store.timeout(() => delete button.dataset.copied, 1500);
			});
		}
		on(this.root, 'keydown', (event) => {
			const e = event as KeyboardEvent;
			const target = e.target as HTMLElement;
			// Live, the screen belongs to the shell: its keys type, and Escape / Enter move in and out.
			if (d.isLive && target.closest('.tr-screen')) return;
			if (target.closest('select, input, .tr-transcript, a') || e.altKey || e.ctrlKey || e.metaKey) return;
			// Space on a button already presses that button.
			if (e.key === ' ' && target.closest('button')) return;
			const actions: Record<string, () => void> = {
				' ': () => d.toggle(),
				ArrowLeft: () => this.q<HTMLButtonElement>('[data-action="prev"]').click(),
				ArrowRight: () => this.q<HTMLButtonElement>('[data-action="next"]').click(),
				Home: () => d.seek(0),
			};
			const action = actions[e.key];
			if (!action) return;
			e.preventDefault();
			action();
		});
		this.q<HTMLDetailsElement>('.tr-transcript').open = false;
	}
}
