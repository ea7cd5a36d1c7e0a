// <terminal-replay>: the small part that ships with the page. It watches how close the widget is
// to the viewport, loads the player (text rows; xterm.js waits for "Try it yourself") only when it is near, and releases the player
// when the reader has scrolled far away, remembering where it was.
import { Disposables } from './lifecycle';
import type { Player } from './player';

const NEAR = '300px 0px';
const FAR = '2000px 0px';

class TerminalReplay extends HTMLElement {
	private player: Player | undefined;
	private loading = false;
	/** Step and mode to come back to after a release. */
	private resume: { step: number } | undefined;
	/** What this element registered while connected; the player has its own. */
	private store = new Disposables();

	connectedCallback() {
		this.store = new Disposables();
		const near = this.store.observe(
			new IntersectionObserver((entries) => {
				if (entries.some((e) => e.isIntersecting)) void this.load();
			}, { rootMargin: NEAR }),
		);
		const far = this.store.observe(
			new IntersectionObserver((entries) => {
				if (entries.every((e) => !e.isIntersecting)) this.release();
			}, { rootMargin: FAR }),
		);
		near.observe(this);
		far.observe(this);
	}

	disconnectedCallback() {
		this.store.dispose();
		this.release();
	}

	private async load() {
		if (this.player || this.loading) return;
		this.loading = true;
		try {
			const { Player } = await import('./player');
			if (!this.isConnected) return;
			const linked = this.linkedStep();
			this.player = await Player.create(this, this.resume?.step ?? linked ?? 0);
			// A link to a step lands on the widget showing it (the transcript it pointed at closes).
			if (linked !== undefined && !this.resume) this.scrollIntoView({ block: 'start' });
		} catch (error) {
			console.warn('terminal-replay: the player could not load', error);
			this.dataset.state = 'failed';
		} finally {
			this.loading = false;
		}
	}

	/** The step a `#<session>-<k>` fragment names, if it names this widget's session. */
	private linkedStep(): number | undefined {
		const match = /^#(.+)-(\d+)$/.exec(location.hash);
		return match && match[1] === this.dataset.session ? Number(match[2]) : undefined;
	}

	private release() {
		if (!this.player) return;
		// The reader's own machine (history, screen, state) is kept however far they scroll.
		if (this.player.isLive && this.isConnected) return;
		this.resume = { step: this.player.position };
		this.player.dispose();
		this.player = undefined;
	}
}

if (!customElements.get('terminal-replay')) customElements.define('terminal-replay', TerminalReplay);
