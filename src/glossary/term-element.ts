/**
 * <dockside-term>: turns a server-rendered glossary link into a popover trigger.
 *
 * Without JavaScript the link simply goes to the concept's page. Once upgraded:
 * - mouse: hovering opens (and leaving closes, with a short grace period so the pointer can
 *   reach the popover); a click pins it open or closes it; modified clicks still navigate.
 * - keyboard: Enter or Space on the focused trigger toggles; Tab reaches the links inside;
 *   Esc closes and returns focus to the trigger.
 * - touch: a tap toggles; a tap anywhere else closes.
 * The popover uses the top layer (`popover="manual"`) where supported, so no ancestor clips it,
 * and is positioned with `position: fixed`: the text around the trigger never moves.
 */

const OPEN_DELAY = 120;
const CLOSE_DELAY = 250;
const GAP = 6;
const MARGIN = 8;

let openTerm: DocksideTerm | null = null;
let counter = 0;
const supportsPopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

class DocksideTerm extends HTMLElement {
	#trigger!: HTMLAnchorElement;
	#pop!: HTMLElement;
	#pinned = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Listeners on document/window, attached only while open. */
	#global = new AbortController();
	/** Listeners on our own nodes, for the element's lifetime. */
	#own = new AbortController();

	connectedCallback() {
		const trigger = this.querySelector<HTMLAnchorElement>('[data-term-trigger]');
		const pop = this.querySelector<HTMLElement>('[data-term-pop]');
		if (!trigger || !pop) return;
		this.#trigger = trigger;
		this.#pop = pop;
		this.#own = new AbortController();
		const signal = this.#own.signal;

		pop.id ||= `dt-pop-${++counter}`;
		trigger.setAttribute('role', 'button');
		trigger.setAttribute('aria-expanded', 'false');
		trigger.setAttribute('aria-controls', pop.id);
		if (supportsPopover) {
			pop.popover = 'manual';
			pop.hidden = false;
		}

		trigger.addEventListener('click', (e) => this.#onClick(e), { signal });
		trigger.addEventListener(
			'keydown',
			(e) => {
				if (e.key === ' ' || e.key === 'Spacebar') {
					e.preventDefault(); // a link would scroll the page
					this.#toggleFromUser();
				}
			},
			{ signal },
		);
		for (const el of [trigger, pop]) {
			el.addEventListener('pointerenter', (e) => this.#onPointerEnter(e), { signal });
			el.addEventListener('pointerleave', (e) => this.#onPointerLeave(e), { signal });
		}
		this.addEventListener(
			'focusout',
			(e) => {
				const next = e.relatedTarget as Node | null;
				if (next && !this.contains(next) && this.isOpen) this.close(false);
			},
			{ signal },
		);
		this.classList.add('is-ready');
	}

	disconnectedCallback() {
		clearTimeout(this.#timer);
		this.#own.abort();
		if (this.isOpen) this.close(false);
	}

	get isOpen() {
		return this.#trigger?.getAttribute('aria-expanded') === 'true';
	}

	#onClick(e: MouseEvent) {
		if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // new tab etc.
		e.preventDefault();
		this.#toggleFromUser();
	}

	#toggleFromUser() {
		clearTimeout(this.#timer);
		if (this.isOpen && this.#pinned) this.close(false);
		else if (this.isOpen) this.#pinned = true; // opened by hover: a click keeps it
		else this.show(true);
	}

	#onPointerEnter(e: PointerEvent) {
		if (e.pointerType !== 'mouse') return; // touch and pen use taps
		clearTimeout(this.#timer);
		if (!this.isOpen) this.#timer = setTimeout(() => this.show(false), OPEN_DELAY);
	}

	#onPointerLeave(e: PointerEvent) {
		if (e.pointerType !== 'mouse') return;
		clearTimeout(this.#timer);
		if (this.isOpen && !this.#pinned) this.#timer = setTimeout(() => this.close(false), CLOSE_DELAY);
		else if (!this.isOpen) this.#timer = undefined;
	}

	show(pinned: boolean) {
		if (openTerm && openTerm !== this) openTerm.close(false);
		openTerm = this;
		this.#pinned = pinned;
		this.#trigger.setAttribute('aria-expanded', 'true');
		if (supportsPopover) this.#pop.showPopover();
		else this.#pop.hidden = false;
		this.#pop.classList.add('is-open');
		this.#place();

		this.#global = new AbortController();
		const signal = this.#global.signal;
		document.addEventListener(
			'keydown',
			(e) => {
				if (e.key === 'Escape' && this.isOpen) {
					e.preventDefault();
					this.close(this.contains(document.activeElement));
				}
			},
			{ signal },
		);
		document.addEventListener(
			'pointerdown',
			(e) => {
				if (!this.contains(e.target as Node)) this.close(false);
			},
			{ signal },
		);
		window.addEventListener('scroll', () => this.#place(), { signal, passive: true, capture: true });
		window.addEventListener('resize', () => this.#place(), { signal, passive: true });
	}

	close(returnFocus: boolean) {
		clearTimeout(this.#timer);
		this.#global.abort();
		this.#trigger.setAttribute('aria-expanded', 'false');
		this.#pop.classList.remove('is-open');
		if (supportsPopover) {
			if (this.#pop.matches(':popover-open')) this.#pop.hidePopover();
		} else this.#pop.hidden = true;
		this.#pinned = false;
		if (openTerm === this) openTerm = null;
		if (returnFocus) this.#trigger.focus();
	}

	/** Below the trigger's first line box, flipped above when there is no room, kept on screen. */
	#place() {
		const rects = this.#trigger.getClientRects();
		const anchor = rects[0] ?? this.#trigger.getBoundingClientRect();
		const pop = this.#pop;
		const { width, height } = pop.getBoundingClientRect();
		const vw = document.documentElement.clientWidth;
		const vh = window.innerHeight;
		let top = anchor.bottom + GAP;
		if (top + height > vh - MARGIN && anchor.top - GAP - height >= MARGIN) top = anchor.top - GAP - height;
		const left = Math.max(MARGIN, Math.min(anchor.left, vw - width - MARGIN));
		pop.style.top = `${Math.round(top)}px`;
		pop.style.left = `${Math.round(left)}px`;
	}
}

if (!customElements.get('dockside-term')) customElements.define('dockside-term', DocksideTerm);

export {};
