/**
 * Matching for the glossary page's filter box, shared by the build (which writes each entry's
 * haystack) and the browser (which matches the query). Spaces, hyphens and dots are ignored on
 * both sides, so `도커허브` finds `도커 허브`, `multistage` finds `multi-stage`, `wsl2` finds `WSL 2`.
 */

/** Lowercase, NFKC (full-width letters, compatibility jamo) and without separators. */
export function compact(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/[\s\-_.·・/()[\]{}'"“”‘’,:;!?]+/gu, '');
}

/** The haystack for one entry: every field in both languages, compacted and joined by `|`. */
export function haystack(parts: Iterable<string>): string {
	return [...parts].map(compact).filter(Boolean).join('|');
}

/** True if every word of the query (or the query without its spaces) occurs in the haystack. */
export function matchesQuery(hay: string, query: string): boolean {
	const words = query.normalize('NFKC').trim().split(/\s+/).map(compact).filter(Boolean);
	if (words.length === 0) return true;
	return hay.includes(words.join('')) || words.every((w) => hay.includes(w));
}

/**
 * How well a query names an entry, for ordering: 0 a name equals the query, 1 a name starts with
 * it, 2 a name contains it (or all its words), 3 only the definitions match, -1 no match at all.
 * `names` is the haystack of id, terms and aliases; `all` the haystack of every field.
 */
export function rankOf(names: string, all: string, query: string): number {
	const q = compact(query);
	if (!q) return 0;
	const parts = names.split('|');
	if (parts.includes(q)) return 0;
	if (parts.some((p) => p.startsWith(q))) return 1;
	if (matchesQuery(names, query)) return 2;
	return matchesQuery(all, query) ? 3 : -1;
}
