import { afterEach, describe, expect, it, vi } from 'vitest';
import { Disposables } from './lifecycle';

afterEach(() => vi.useRealTimers());

describe('Disposables', () => {
	it('releases everything newest first on dispose, once', () => {
		const store = new Disposables();
		const order: string[] = [];
		store.add(() => order.push('first'));
		store.own({ dispose: () => order.push('child') });
		store.observe({ disconnect: () => order.push('observer') });
		store.dispose();
		store.dispose();
		expect(order).toEqual(['observer', 'child', 'first']);
		expect(store.isDisposed).toBe(true);
		expect(store.size).toBe(0);
	});

	it('removes its listeners on dispose', () => {
		const store = new Disposables();
		const target = new EventTarget();
		let heard = 0;
		store.listen(target, 'ping', () => heard++);
		target.dispatchEvent(new Event('ping'));
		store.dispose();
		target.dispatchEvent(new Event('ping'));
		expect(heard).toBe(1);
		expect(store.signal.aborted).toBe(true);
	});

	it('clears timers that have not run, and forgets those that have', () => {
		vi.useFakeTimers();
		const store = new Disposables();
		const ran: number[] = [];
		store.timeout(() => ran.push(1), 10);
		store.timeout(() => ran.push(2), 50);
		vi.advanceTimersByTime(20);
		expect(ran).toEqual([1]);
		expect(store.size).toBe(1);
		store.clear();
		vi.advanceTimersByTime(100);
		expect(ran).toEqual([1]);
		// clear() keeps the store usable.
		store.timeout(() => ran.push(3), 10);
		vi.advanceTimersByTime(10);
		expect(ran).toEqual([1, 3]);
	});

	it('releases at once what is added after dispose, so a late callback cannot leak', () => {
		vi.useFakeTimers();
		const store = new Disposables();
		store.dispose();
		let released = false;
		store.add(() => (released = true));
		expect(released).toBe(true);
		let ran = false;
		store.timeout(() => (ran = true), 5);
		const target = new EventTarget();
		let heard = false;
		store.listen(target, 'ping', () => (heard = true));
		vi.advanceTimersByTime(10);
		target.dispatchEvent(new Event('ping'));
		expect([ran, heard, store.size]).toEqual([false, false, 0]);
	});

	it('lets one registration go early', () => {
		const store = new Disposables();
		let count = 0;
		const release = store.add(() => count++);
		release();
		release();
		store.dispose();
		expect(count).toBe(1);
	});
});
