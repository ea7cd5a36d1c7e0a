// Splits output text into plain text and explainable tokens. Shared by the build (the
// transcript) and the replay rows, so both mark the same tokens; it carries only patterns, never
// the explanations' text (those are rendered once per page, in the reader's language).

/** [rule id, pattern source]: the first rule that matches at a position wins. */
export type TokenRule = readonly [id: string, pattern: string];

export interface Piece {
	text: string;
	/** The rule that explains this piece, when it is a token. */
	id?: string;
}

export function compileRules(rules: readonly TokenRule[]): Array<{ id: string; re: RegExp }> {
	return rules.map(([id, pattern]) => ({ id, re: new RegExp(pattern, 'gm') }));
}

/** The text as pieces, tokens marked; joining the pieces' text gives the text back. */
export function splitTokens(text: string, rules: Array<{ id: string; re: RegExp }>): Piece[] {
	const found: Array<{ start: number; end: number; id: string }> = [];
	rules.forEach(({ id, re }) => {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			if (m[0] === '') {
				re.lastIndex++;
				continue;
			}
			found.push({ start: m.index, end: m.index + m[0].length, id });
		}
	});
	// Earlier rules win over later ones for overlapping matches; then left to right.
	const order = new Map(rules.map((r, i) => [r.id, i]));
	found.sort((a, b) => order.get(a.id)! - order.get(b.id)! || a.start - b.start);
	const taken: typeof found = [];
	for (const f of found) if (!taken.some((t) => f.start < t.end && t.start < f.end)) taken.push(f);
	taken.sort((a, b) => a.start - b.start);
	const pieces: Piece[] = [];
	let at = 0;
	for (const t of taken) {
		if (t.start > at) pieces.push({ text: text.slice(at, t.start) });
		pieces.push({ text: text.slice(t.start, t.end), id: t.id });
		at = t.end;
	}
	if (at < text.length) pieces.push({ text: text.slice(at) });
	return pieces;
}
