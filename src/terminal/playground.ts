// <dockside-playground>: a fresh simulated machine for the reader. Every typed command is kept in
// the URL fragment, so opening a shared link replays them onto the same start and reaches the
// same state.
import type { Terminal } from '@xterm/xterm';
import type { Platform } from '../sim/index';
import { LiveShell, renderState } from './live';
import { PRESETS, type PresetName } from './presets';
import { decodeSession, encodeSession, type SharedSession } from './share';
import type { TerminalStrings } from './strings';
import { explainTerminal } from './explain-xterm';
import { bindXray } from './xray-toggle';
import { Disposables } from './lifecycle';

class DocksidePlayground extends HTMLElement {
	private term: Terminal | undefined;
	private session: SharedSession = decodeSession('');
	/** Everything registered while connected: listeners, the x-ray toggle, the running machine. */
	private store = new Disposables();

	async connectedCallback() {
		this.store = new Disposables();
		const store = this.store;
		const { signal } = store;
		const t: TerminalStrings = JSON.parse(this.dataset.strings ?? '{}');
		const lang = this.dataset.lang === 'ko' ? 'ko' : 'en';
		const [{ createWorld }, { escapeTo, openTerminal }] = await Promise.all([import('../sim/index'), import('./xterm')]);
		if (signal.aborted) return;

		const hostSelect = this.querySelector<HTMLSelectElement>('[data-pg="host"]')!;
		const presetSelect = this.querySelector<HTMLSelectElement>('[data-pg="preset"]')!;
		const status = this.querySelector<HTMLElement>('.pg-status')!;
		const panel = this.querySelector<HTMLElement>('.tr-state-body')!;
		const xray = bindXray(this, signal);
		// One machine at a time: its terminal and what hangs on it, released on restart or disconnect.
		const machine = store.own(new Disposables());

		// `?challenge=run/port-8081` starts from that challenge's machine and checks it (src/challenges/playground.ts).
		const challengeId = new URLSearchParams(location.search).get('challenge');
		const challenge = challengeId ? await (await import('../challenges/playground')).playgroundChallenge(this, challengeId, Number(this.dataset.rows ?? 22)) : null;
		if (signal.aborted) return;

		const start = (session: SharedSession) => {
			this.session = { ...session, commands: [] };
			machine.clear();
			const screen = this.querySelector<HTMLElement>('.pg-screen')!;
			const { term, element } = openTerminal(screen, { rows: Number(this.dataset.rows ?? 22) });
			machine.add(() => element.remove());
			this.term = machine.own(term);
			machine.add(() => (this.term = undefined));
			const explain = explainTerminal(term, this, screen);
			if (explain) machine.own(explain);
			machine.add(escapeTo(term, screen));
			hostSelect.value = session.host;
			presetSelect.value = session.preset;
			const preset = PRESETS[session.preset];
			const host = challenge ? challenge.machine() : createWorld().host({ platform: session.host as Platform, files: { ...preset.files } });
			if (!challenge) for (const command of preset.commands) host.exec(command, { tty: true, cols: term.cols });
			let replaying = true;
			const shell = new LiveShell(term, host, (line, state, output) => {
				renderState(panel, state, t, lang);
				explain?.show(output);
				challenge?.check(host);
				xray.update(state);
				if (replaying) return;
				this.session.commands.push(line);
				history.replaceState(null, '', encodeSession(this.session));
			});
			// One prompt: start() writes it, and each shared command replayed after it ends with the next.
			shell.start();
			for (const command of session.commands) {
				shell.replay(command);
				this.session.commands.push(command);
			}
			replaying = false;
			machine.own(term.onData((data) => shell.input(data)));
			machine.add(() => shell.stop());
			renderState(panel, host.state(), t, lang);
			challenge?.check(host);
			xray.update(host.state());
			history.replaceState(null, '', encodeSession(this.session));
			this.dataset.ready = '';
		};

		const restart = () => start({ host: hostSelect.value as Platform, preset: presetSelect.value as PresetName, commands: [] });
		for (const el of this.querySelectorAll<HTMLButtonElement | HTMLSelectElement>('[data-pg]')) el.disabled = false;
		// A challenge brings its own machine: host and start are the session's.
		if (challenge) hostSelect.disabled = presetSelect.disabled = true;
		store.listen(hostSelect, 'change', restart);
		store.listen(presetSelect, 'change', restart);
		store.listen(this.querySelector('[data-pg="reset"]')!, 'click', restart);
		store.listen(this.querySelector('[data-pg="share"]')!, 'click', async () => {
			await navigator.clipboard.writeText(location.href);
			status.textContent = t.linkCopied;
		});
		start(decodeSession(location.hash));
		this.term?.focus();
	}

	disconnectedCallback() {
		this.store.dispose();
	}
}

if (!customElements.get('dockside-playground')) customElements.define('dockside-playground', DocksidePlayground);
