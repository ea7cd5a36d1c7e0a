import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearProgress, doneIds, markDone, PROGRESS_EVENT, PROGRESS_KEY } from './progress';

/** A browser's localStorage and window, enough for the progress store. */
function browser(storage: Map<string, string> | null) {
	const target = new EventTarget();
	vi.stubGlobal('window', target);
	vi.stubGlobal('CustomEvent', class extends Event {});
	vi.stubGlobal('localStorage', {
		getItem: (k: string) => {
			if (!storage) throw new Error('SecurityError');
			return storage.get(k) ?? null;
		},
		setItem: (k: string, v: string) => {
			if (!storage) throw new Error('QuotaExceededError');
			storage.set(k, v);
		},
	});
	return target;
}

describe('progress, kept in localStorage', () => {
	let storage: Map<string, string>;
	beforeEach(() => {
		storage = new Map();
	});
	afterEach(() => vi.unstubAllGlobals());

	it('stores a sorted list of ids, once each, and tells the page', () => {
		const target = browser(storage);
		const heard = vi.fn();
		target.addEventListener(PROGRESS_EVENT, heard);
		markDone('run/stop-keep');
		markDone('build/tag-v2');
		markDone('run/stop-keep');
		expect(storage.get(PROGRESS_KEY)).toBe('["build/tag-v2","run/stop-keep"]');
		expect([...doneIds()]).toEqual(['build/tag-v2', 'run/stop-keep']);
		expect(heard).toHaveBeenCalledTimes(2);
		clearProgress();
		expect(storage.get(PROGRESS_KEY)).toBe('[]');
		expect(doneIds().size).toBe(0);
	});

	it('ignores what is not a list of ids', () => {
		browser(storage);
		storage.set(PROGRESS_KEY, '{"run/stop-keep":true}');
		expect(doneIds().size).toBe(0);
		storage.set(PROGRESS_KEY, '["run/stop-keep", 3, null]');
		expect([...doneIds()]).toEqual(['run/stop-keep']);
		storage.set(PROGRESS_KEY, 'not json');
		expect(doneIds().size).toBe(0);
	});

	it('without storage (a private mode), lasts as long as the page', () => {
		browser(null);
		markDone('pull/alpine-tag');
		expect([...doneIds()]).toEqual(['pull/alpine-tag']);
	});
});
