// Draws a Screen as text rows in a <pre>: one `.tr-row` span per row, styled runs as spans, the
// same markup the build gives the poster. Changes are batched into one animation frame, at most
// one every FRAME_MS, and only changed rows are redrawn. The view follows new output unless the
// reader has scrolled back.
import { Disposables } from './lifecycle';
import type { Run, Screen } from './screen';

/** A row's runs as DOM nodes (text only, never HTML). */
export function rowNodes(runs: Run[]): Node[] {
	return runs.map(({ text, cls }) => {
		if (!cls) return document.createTextNode(text);
		const span = document.createElement('span');
		span.className = cls;
		span.textContent = text;
		return span;
	});
}

/**
 * The shortest time between two redraws during playback. Each redraw of a frame on a docs page
 * costs the main thread a few milliseconds (style, layout, paint and the compositor commit of the
 * whole page, whatever changed), so the count of redraws is the replay's cost. Typing comes at
 * 24 characters a second and output lines every 28 ms; 80 ms shows two characters or a few lines
 * at a time, which reads as typing, and halves the redraws of drawing every event.
 */
export const FRAME_MS = 80;
const DISPLAY_FRAME_MS = 16;

export class RowsView {
	/** A redraw is waiting (for FRAME_MS, then an animation frame). */
	private pending = false;
	/** When the last redraw ran (performance.now()), for FRAME_MS. */
	private drawnAt = -Infinity;
	/** Whether the reader is at the bottom; scrolling back turns it off until they return. */
	private following = true;
	private readonly store = new Disposables();

	constructor(
		readonly pre: HTMLElement,
		private readonly screen: Screen,
		/** The element that scrolls (the screen box). */
		private readonly scroller: HTMLElement,
		/** Called on each redrawn row (the player marks explainable tokens). */
		private readonly decorate?: (row: HTMLElement) => void,
	) {
		// Read on scroll, when layout is clean, rather than forcing a layout on every frame.
		this.store.listen(
			scroller,
			'scroll',
			() => (this.following = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 24),
			{ passive: true },
		);
	}

	/** Redraw on an animation frame, no sooner than FRAME_MS after the last redraw. */
	schedule() {
		if (this.pending || this.store.isDisposed) return;
		this.pending = true;
		// The animation frame itself waits up to a display frame, so a redraw due within one is left to it
		// (the driver's writes come on FRAME_MS ticks, just after the last redraw's frame).
		const wait = this.drawnAt + FRAME_MS - DISPLAY_FRAME_MS - performance.now();
		const draw = () =>
			this.store.frame(() => {
				this.pending = false;
				this.flush();
			});
		if (wait > 0) this.store.timeout(draw, wait);
		else draw();
	}

	/** Redraw now (seeking, take-over): what is pending is drawn at once. */
	flush() {
		this.drawnAt = performance.now();
		const { rows, shrunk } = this.takeDirty();
		const pre = this.pre;
		const box = this.scroller;
		const rowsBefore = pre.children.length;
		if (shrunk) pre.replaceChildren();
		const all = shrunk ? Array.from({ length: this.screen.length }, (_, r) => r) : rows;
		const children = pre.children;
		for (const r of all) {
			while (children.length <= r) {
				const row = document.createElement('span');
				row.className = 'tr-row';
				pre.append(row);
			}
			const row = children[r] as HTMLElement;
			row.replaceChildren(...rowNodes(this.screen.runs(r)), '\n');
			this.decorate?.(row);
		}
		// Only a new row can move the bottom; typing on the last row never scrolls.
		if (shrunk || (this.following && pre.children.length > rowsBefore)) {
			box.scrollTop = box.scrollHeight;
			this.following = true;
		}
	}

	private takeDirty() {
		return this.screen.takeDirty();
	}

	dispose() {
		this.store.dispose();
		this.pending = false;
	}
}
