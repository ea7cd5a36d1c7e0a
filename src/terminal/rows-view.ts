// Draws a Screen as text rows in a <pre>: one `.tr-row` span per row, styled runs as spans, the
// same markup the build gives the poster. Changes are batched into one animation frame and only
// changed rows are redrawn. The view follows new output unless the reader has scrolled back.
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

export class RowsView {
	private frame = 0;
	/** Whether the reader is at the bottom; scrolling back turns it off until they return. */
	private following = true;
	private readonly abort = new AbortController();

	constructor(
		readonly pre: HTMLElement,
		private readonly screen: Screen,
		/** The element that scrolls (the screen box). */
		private readonly scroller: HTMLElement,
		/** Called on each redrawn row (the player marks explainable tokens). */
		private readonly decorate?: (row: HTMLElement) => void,
	) {
		// Read on scroll, when layout is clean, rather than forcing a layout on every frame.
		scroller.addEventListener(
			'scroll',
			() => (this.following = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 24),
			{ passive: true, signal: this.abort.signal },
		);
	}

	/** Redraw on the next animation frame. */
	schedule() {
		this.frame ||= requestAnimationFrame(() => {
			this.frame = 0;
			this.flush();
		});
	}

	flush() {
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
		this.abort.abort();
		if (this.frame) cancelAnimationFrame(this.frame);
		this.frame = 0;
	}
}
