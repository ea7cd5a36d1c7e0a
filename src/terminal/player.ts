// The replay player: xterm.js over a precomputed timeline, and "Try it yourself", which hands the
// reader the same simulated machine. Loaded only when a widget nears the viewport.
import { FitAddon } from '@xterm/addon-fit';
import { Unicode11Addon } from '@xterm/addon-unicode11';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import type { Host, HostView } from '../sim/index';
import type { Timeline, TimelineStep } from '../sim/session/load';
import { LineEditor, commonPrefix } from './line-editor';
import type { TerminalStrings } from './strings';
import { BETWEEN_STEPS_MS, stepFrames, stepHead, stepText } from './timing';

/**
 * Player states and the events that move between them:
 *   IDLE    --play-->  PLAYING            (nothing played yet: the first command is shown)
 *   PLAYING --pause--> PAUSED             (the step under way is completed at once)
 *   PLAYING --last step done--> ENDED
 *   PAUSED  --play-->  PLAYING;  ENDED --play--> PLAYING from the first step
 *   any replay state --seek(k)--> PAUSED (IDLE when k = 0)
 *   any replay state --try--> LIVE;  LIVE --reset--> LIVE;  LIVE --seek / play--> replay states
 */
export const IDLE = 'idle';
export const PLAYING = 'playing';
export const PAUSED = 'paused';
export const ENDED = 'ended';
export const LIVE = 'live';
type State = typeof IDLE | typeof PLAYING | typeof PAUSED | typeof ENDED | typeof LIVE;

const THEME = {
	background: '#0d1117',
	foreground: '#e6edf3',
	cursor: '#e6edf3',
	selectionBackground: '#264f78',
	black: '#484f58',
	red: '#ff7b72',
	green: '#3fb950',
	yellow: '#d29922',
	blue: '#58a6ff',
	magenta: '#bc8cff',
	cyan: '#39c5cf',
	white: '#b1bac4',
	brightBlack: '#6e7681',
	brightRed: '#ffa198',
	brightGreen: '#56d364',
	brightYellow: '#e3b341',
	brightBlue: '#79c0ff',
	brightMagenta: '#d2a8ff',
	brightCyan: '#56d4dd',
	brightWhite: '#ffffff',
};

const CONCEPT_OF = { images: 'image', containers: 'container', volumes: 'volume', networks: 'network' } as const;

export class Player {
	/** Steps fully shown. */
	position = 0;
	private state: State = IDLE;
	private speed = 1;
	private timers = new Set<ReturnType<typeof setTimeout>>();
	private readonly abort = new AbortController();
	private readonly term: Terminal;
	private readonly t: TerminalStrings;
	private readonly lang: 'en' | 'ko';
	private readonly reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
	private live: { host: Host; editor: LineEditor; snapshotStep: number } | undefined;
	private stepping = false;

	private constructor(
		private readonly root: HTMLElement,
		private readonly timeline: Timeline,
	) {
		this.t = JSON.parse(root.dataset.strings ?? '{}');
		this.lang = root.dataset.lang === 'ko' ? 'ko' : 'en';
		const screen = this.q('.tr-screen');
		this.term = new Terminal({
			cols: timeline.cols,
			rows: Number(root.dataset.rows ?? 18),
			allowProposedApi: true,
			disableStdin: true,
			cursorBlink: false,
			convertEol: false,
			fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK KR", monospace',
			fontSize: 14,
			lineHeight: 1.2,
			scrollback: 1000,
			theme: THEME,
		});
		const unicode = new Unicode11Addon();
		this.term.loadAddon(unicode);
		this.term.unicode.activeVersion = '11';
		const fit = new FitAddon();
		this.term.loadAddon(fit);
		const host = document.createElement('div');
		host.className = 'tr-xterm';
		screen.append(host);
		this.term.open(host);
		// Keep the session's width (output was produced at it); fit only the number of rows.
		const rows = fit.proposeDimensions()?.rows;
		if (rows && rows > 4) this.term.resize(timeline.cols, rows);
		root.dataset.state = IDLE;
		root.dataset.ready = '';
		this.term.onData((data) => this.onLiveInput(data));
		this.wireControls();
	}

	static async create(root: HTMLElement, step: number): Promise<Player> {
		const response = await fetch(root.dataset.src!);
		if (!response.ok) throw new Error(`${root.dataset.src}: HTTP ${response.status}`);
		const player = new Player(root, (await response.json()) as Timeline);
		player.seek(step);
		return player;
	}

	dispose() {
		this.clearTimers();
		this.abort.abort();
		this.term.dispose();
		this.q('.tr-xterm').remove();
		for (const el of this.root.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('[data-action], .tr-progress, .tr-copy')) {
			el.disabled = true;
		}
		delete this.root.dataset.ready;
		this.root.dataset.state = 'released';
	}

	// --- replay -------------------------------------------------------------------------------

	private get steps(): TimelineStep[] {
		return this.timeline.steps;
	}

	seek(k: number) {
		this.leaveLive();
		this.clearTimers();
		this.stepping = false;
		k = Math.max(0, Math.min(this.steps.length, k));
		this.term.reset();
		if (k === 0) {
			const { prompt, typed } = stepHead(this.steps[0]);
			this.term.write(prompt + typed);
		} else {
			this.term.write(this.steps.slice(0, k).map(stepText).join(''));
		}
		this.position = k;
		this.setState(k === 0 ? IDLE : k === this.steps.length ? ENDED : PAUSED);
		this.showStep(Math.max(0, k - 1));
	}

	play() {
		if (this.state === PLAYING) return;
		if (this.state === LIVE || this.position >= this.steps.length) this.seek(0);
		if (this.position === 0) this.term.reset();
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
		for (const frame of frames) this.later(frame.at / this.speed, () => this.term.write(frame.data));
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
		const sim = await import('../sim/index');
		const world = sim.createWorld();
		const hosts: Record<string, Host> = {
			main: world.host({ platform: this.timeline.host, files: this.timeline.files, name: 'main' }),
		};
		for (const [name, platform] of Object.entries(this.timeline.hosts ?? {})) {
			if (name !== 'main') hosts[name] = world.host({ platform, name });
		}
		const snapshot = at > 0 ? this.steps[at - 1].snapshot : undefined;
		const host = hosts[snapshot?.host ?? 'main'] ?? hosts.main;
		if (snapshot) host.restore(snapshot);
		this.live = { host, editor: new LineEditor(), snapshotStep: at };
		this.setState(LIVE);
		this.term.options.disableStdin = false;
		this.term.options.cursorBlink = true;
		this.term.write(`\r\n\x1b[2m# ${this.t.liveHint}\x1b[0m\r\n${host.prompt()}`);
		this.renderState(host.state());
		this.term.focus();
	}

	private resetLive() {
		if (!this.live) return;
		const at = this.live.snapshotStep;
		this.leaveLive();
		this.seek(at);
		void this.tryIt();
	}

	private leaveLive() {
		if (!this.live) return;
		this.live = undefined;
		this.term.options.disableStdin = true;
		this.term.options.cursorBlink = false;
	}

	private onLiveInput(data: string) {
		const live = this.live;
		if (!live || this.state !== LIVE) return;
		const { host, editor } = live;
		for (const event of editor.input(data)) {
			switch (event.type) {
				case 'write':
					this.term.write(event.data);
					break;
				case 'submit': {
					this.term.write('\r\n');
					const result = host.exec(event.line, { tty: true, cols: this.term.cols });
					const out = result.output;
					this.term.write(out);
					if (out && !out.endsWith('\n')) this.term.write('\r\n');
					this.term.write(host.prompt());
					this.renderState(host.state());
					break;
				}
				case 'interrupt':
					this.term.write(`^C\r\n${host.prompt()}`);
					break;
				case 'clear':
					this.term.write(`\x1b[H\x1b[2J${host.prompt()}${editor.redraw()}`);
					break;
				case 'complete': {
					const partial = /(\S*)$/.exec(event.line)?.[1] ?? '';
					const candidates = [...new Set(host.complete(event.line))].filter((c) => c.startsWith(partial));
					const base = event.line.slice(0, event.line.length - partial.length);
					if (candidates.length === 1) {
						for (const e of editor.replace(`${base}${candidates[0]} `)) if (e.type === 'write') this.term.write(e.data);
					} else if (candidates.length > 1) {
						const prefix = commonPrefix(candidates);
						if (prefix.length > partial.length) {
							for (const e of editor.replace(base + prefix)) if (e.type === 'write') this.term.write(e.data);
						} else {
							this.term.write(`\r\n${candidates.slice(0, 60).join('  ')}\r\n${host.prompt()}${editor.redraw()}`);
						}
					}
					break;
				}
			}
		}
	}

	// --- view ---------------------------------------------------------------------------------

	private q<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.root.querySelector<T>(selector)!;
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
		this.root.dispatchEvent(new CustomEvent('terminal-step', { detail: { index, concepts: step.concepts }, bubbles: true }));
	}

	private syncProgress() {
		const progress = this.q<HTMLInputElement>('.tr-progress');
		progress.value = String(this.position);
		progress.setAttribute('aria-valuetext', `${this.t.step} ${this.position} / ${this.steps.length}`);
	}

	private renderState(view: HostView) {
		const panel = this.q<HTMLDetailsElement>('.tr-state');
		panel.hidden = false;
		const body = this.q('.tr-state-body');
		const groups: Array<[keyof typeof CONCEPT_OF, string[]]> = [
			['images', view.images.map((i) => (i.tags.length ? i.tags.join(', ') : `<none> ${i.id.slice(0, 12)}`) + ` · ${i.size}`)],
			['containers', view.containers.map((c) => `${c.name} · ${c.image} · ${c.statusText}${c.ports ? ` · ${c.ports}` : ''}`)],
			['volumes', view.volumes.map((v) => v.name + (v.usedBy.length ? ` · ${v.usedBy.join(', ')}` : ''))],
			['networks', view.networks.filter((n) => !n.builtin).map((n) => `${n.name} · ${n.driver}`)],
		];
		const fragment = document.createDocumentFragment();
		for (const [key, items] of groups) {
			const section = document.createElement('div');
			section.className = 'tr-state-group';
			const title = document.createElement('a');
			title.href = `/${this.lang}/reference/glossary/#${CONCEPT_OF[key]}`;
			title.textContent = `${this.t[key]} (${items.length})`;
			const list = document.createElement('ul');
			for (const item of items.length ? items : [this.t.none]) {
				const li = document.createElement('li');
				li.textContent = item;
				list.append(li);
			}
			section.append(title, list);
			fragment.append(section);
		}
		body.replaceChildren(fragment);
	}

	private wireControls() {
		const { signal } = this.abort;
		const on = (el: Element, type: string, fn: (e: Event) => void) => el.addEventListener(type, fn, { signal });
		for (const el of this.root.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('[data-action], .tr-progress, .tr-copy')) {
			el.disabled = false;
		}
		on(this.q('[data-action="play"]'), 'click', () => (this.state === PLAYING ? this.pause() : this.play()));
		on(this.q('[data-action="prev"]'), 'click', () => this.seek((this.stepping ? this.position + 1 : this.position) - 1));
		on(this.q('[data-action="next"]'), 'click', () => this.seek((this.stepping ? this.position + 1 : this.position) + 1));
		on(this.q('[data-action="restart"]'), 'click', () => this.seek(0));
		on(this.q('[data-action="try"]'), 'click', () => (this.state === LIVE ? this.resetLive() : void this.tryIt()));
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
			if (this.state === LIVE && target.closest('.tr-xterm')) return;
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
