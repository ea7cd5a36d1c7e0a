// One owner, one store: everything a custom element or one of its parts registers (listeners,
// timers, animation frames, observers, child objects) goes into its Disposables and is released
// together, newest first, when the owner is done. After dispose(), anything added is released at
// once, so a late callback (a module that finished loading after a release) cannot leak.
// (After xterm.js's DisposableStore, src/common/Lifecycle.ts.)

export interface Disposable {
	dispose(): void;
}

export class Disposables implements Disposable {
	private readonly items = new Set<() => void>();
	private readonly controller = new AbortController();
	private disposed = false;

	get isDisposed(): boolean {
		return this.disposed;
	}

	/** Aborted on dispose: for addEventListener and fetch. */
	get signal(): AbortSignal {
		return this.controller.signal;
	}

	/** Registers a release function; the returned function releases it early. */
	add(release: () => void): () => void {
		if (this.disposed) {
			release();
			return () => {};
		}
		this.items.add(release);
		return () => {
			if (this.items.delete(release)) release();
		};
	}

	/** A child object (a view, a terminal, another store) released with this one. */
	own<T extends Disposable>(child: T): T {
		this.add(() => child.dispose());
		return child;
	}

	/** addEventListener, removed on dispose. */
	listen(target: EventTarget, type: string, listener: EventListenerOrEventListenerObject, options: AddEventListenerOptions = {}): void {
		if (this.disposed) return;
		target.addEventListener(type, listener, { ...options, signal: this.controller.signal });
	}

	/** setTimeout, cleared on dispose or clear(); forgotten once it has run. */
	timeout(fn: () => void, ms: number): () => void {
		if (this.disposed) return () => {};
		const release = () => clearTimeout(id);
		const id = setTimeout(() => {
			this.items.delete(release);
			fn();
		}, ms);
		return this.add(release);
	}

	/** requestAnimationFrame, cancelled on dispose or clear(); forgotten once it has run. */
	frame(fn: () => void): () => void {
		if (this.disposed) return () => {};
		const release = () => cancelAnimationFrame(id);
		const id = requestAnimationFrame(() => {
			this.items.delete(release);
			fn();
		});
		return this.add(release);
	}

	/** An observer (IntersectionObserver, ResizeObserver…), disconnected on dispose. */
	observe<T extends { disconnect(): void }>(observer: T): T {
		this.add(() => observer.disconnect());
		return observer;
	}

	/** How many registrations are held (listeners added with listen() are not counted). */
	get size(): number {
		return this.items.size;
	}

	/** Releases what is held, newest first, and stays usable (listeners stay). */
	clear(): void {
		const all = [...this.items].reverse();
		this.items.clear();
		for (const release of all) release();
	}

	/** Releases everything, listeners included; the store stays disposed. */
	dispose(): void {
		if (this.disposed) return;
		this.disposed = true;
		this.controller.abort();
		this.clear();
	}
}
