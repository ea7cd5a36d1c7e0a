/** The build error for `<Term id="…">` with an id that is not in the glossary. Pure, so it is tested. */

/** Levenshtein distance, small inputs only (concept ids). */
function distance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		prev = row;
	}
	return prev[b.length];
}

/**
 * `Unknown glossary concept "dockr-hub" in src/content/docs/en/docker/architecture.mdx:16 (did you mean "docker-hub"?)`.
 * `source` is the page's file text when known, to find the line of the first `id="…"`.
 */
export function unknownTermMessage(id: string, where: string, knownIds: readonly string[], source?: string): string {
	let at = where;
	if (source) {
		const index = source.search(new RegExp(`id=["']${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`));
		if (index >= 0) at += `:${source.slice(0, index).split('\n').length}`;
	}
	const best = knownIds
		.map((k) => ({ k, d: distance(id, k) }))
		.sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))[0];
	const hint = best && best.d <= Math.max(2, Math.floor(id.length / 3)) ? ` (did you mean "${best.k}"?)` : '';
	return `Unknown glossary concept "${id}" in ${at}${hint}`;
}
