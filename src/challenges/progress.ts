// Completion, kept in this browser only (localStorage), as a sorted list of challenge ids
// (`run/port-8081`). Storage may be missing or full (private modes): then progress lasts the page.
export const PROGRESS_KEY = 'dockside.challenges.done';

/** Fired on window when progress changes, so every list on the page can follow. */
export const PROGRESS_EVENT = 'dockside-challenges-progress';

let memory: string[] = [];

export function doneIds(): Set<string> {
	try {
		const raw = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '[]');
		return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []);
	} catch {
		return new Set(memory);
	}
}

function save(ids: Set<string>) {
	memory = [...ids].sort();
	try {
		localStorage.setItem(PROGRESS_KEY, JSON.stringify(memory));
	} catch {
		// Kept in memory for this page.
	}
	window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
}

export function markDone(id: string) {
	const ids = doneIds();
	if (ids.has(id)) return;
	ids.add(id);
	save(ids);
}

export function clearProgress() {
	save(new Set());
}
