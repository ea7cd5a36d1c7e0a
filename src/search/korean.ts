/**
 * Korean particles and endings, for search on both sides: the build lists each page's stems
 * (so `컨테이너는` is also indexed as `컨테이너`) and the browser strips them from queries.
 *
 * Pagefind splits Korean on spaces only and has no Korean stemmer, so `컨테이너를` is one word to
 * it. We strip a particle only when the syllable before it allows that particle (batchim rules:
 * 은/이/을/과/으로 follow a final consonant, 는/가/를/와/로 follow a vowel), and only when at least
 * two syllables remain, so words that merely end in a particle-like syllable survive: 차이, 게이트웨이,
 * 경로, 속도, 도커.
 */

/** Particles and endings, longest first. `after`: what the previous syllable must end in. */
type After = 'any' | 'consonant' | 'vowel' | 'vowel-or-rieul';
const SUFFIXES: ReadonlyArray<readonly [string, After]> = (
	[
		// Copula and question endings people type into a search box (…이란, …이란?, …인가요).
		['이라는', 'consonant'], ['라는', 'vowel'], ['이란', 'consonant'], ['란', 'vowel'],
		['입니다', 'any'], ['인가요', 'any'], ['이에요', 'consonant'], ['예요', 'vowel'],
		// Verbs formed with 하다/되다 on a noun (가상화하는, 격리된, 공유하기).
		['하려면', 'any'], ['합니다', 'any'], ['됩니다', 'any'], ['하는', 'any'], ['하기', 'any'], ['하면', 'any'],
		['한다', 'any'], ['되는', 'any'], ['된다', 'any'], ['된', 'any'],
		// Case particles and their combinations.
		['에서는', 'any'], ['에서도', 'any'], ['에서의', 'any'], ['에서', 'any'], ['에게', 'any'],
		['으로는', 'consonant'], ['으로도', 'consonant'], ['으로의', 'consonant'], ['으로', 'consonant'],
		['로는', 'vowel-or-rieul'], ['로도', 'vowel-or-rieul'], ['로의', 'vowel-or-rieul'], ['로', 'vowel-or-rieul'],
		['과는', 'consonant'], ['와는', 'vowel'], ['과의', 'consonant'], ['와의', 'vowel'], ['과', 'consonant'], ['와', 'vowel'],
		['이랑', 'consonant'], ['랑', 'vowel'], ['이나', 'consonant'],
		['에는', 'any'], ['에도', 'any'], ['에', 'any'],
		['까지', 'any'], ['부터', 'any'], ['보다', 'any'], ['처럼', 'any'], ['마다', 'any'],
		['은', 'consonant'], ['는', 'vowel'], ['이', 'consonant'], ['가', 'vowel'],
		['을', 'consonant'], ['를', 'vowel'], ['의', 'any'], ['도', 'any'], ['만', 'any'],
	] as const
)
	.slice()
	.sort((a, b) => b[0].length - a[0].length);

/** The particles and endings themselves, for splitting words typed without spaces. */
export const PARTICLES: ReadonlySet<string> = new Set(SUFFIXES.map(([suffix]) => suffix));

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

function isSyllable(ch: string | undefined): boolean {
	if (!ch) return false;
	const c = ch.charCodeAt(0);
	return c >= HANGUL_FIRST && c <= HANGUL_LAST;
}

/** 0 for no final consonant, 8 for ㄹ, else the jongseong index. */
function finalOf(ch: string): number {
	return (ch.charCodeAt(0) - HANGUL_FIRST) % 28;
}

export function hasHangul(text: string): boolean {
	return /[\uac00-\ud7a3]/.test(text);
}

function allows(after: After, prev: string): boolean {
	// After Latin letters or digits (VM이, cgroups를, WSL 2는) the reading decides; accept either form.
	if (!isSyllable(prev)) return true;
	const jong = finalOf(prev);
	switch (after) {
		case 'any':
			return true;
		case 'consonant':
			return jong !== 0;
		case 'vowel':
			return jong === 0;
		case 'vowel-or-rieul':
			return jong === 0 || jong === 8;
	}
}

/**
 * One word without its trailing particle or ending, or the word itself.
 * `keep` lists words that must never be cut (glossary terms such as 도커, 게스트).
 */
export function stripParticle(word: string, keep?: ReadonlySet<string>): string {
	const w = word.normalize('NFC');
	if (!hasHangul(w) || keep?.has(w)) return w;
	for (const [suffix, after] of SUFFIXES) {
		if (!w.endsWith(suffix)) continue;
		const stem = w.slice(0, -suffix.length);
		if (!stem) continue;
		const last = stem[stem.length - 1];
		if (!allows(after, last)) continue;
		// A Korean stem keeps at least two syllables (차이, 경로, 속도 stay whole);
		// a Latin or mixed stem (VM, OS, WSL 2) needs only one character.
		const syllables = [...stem].filter(isSyllable).length;
		if (isSyllable(last) ? syllables < 2 : !/[\p{L}\p{N}]$/u.test(stem)) continue;
		return stem;
	}
	return w;
}

/** Words of a text as Pagefind would see them: split on spaces and punctuation, lower-cased. */
export function words(text: string): string[] {
	return text
		.normalize('NFC')
		.toLowerCase()
		.split(/[^\p{L}\p{N}_\-.]+/u)
		.map((w) => w.replace(/^[-.]+|[-.]+$/g, ''))
		.filter(Boolean);
}

/**
 * The stems of a text's Korean words that differ from the words themselves, deduplicated, in
 * order of first appearance: what a page adds to the index so `컨테이너` also matches exactly.
 */
export function koreanStems(text: string, keep?: ReadonlySet<string>): string[] {
	const out = new Set<string>();
	for (const w of words(text)) {
		if (!hasHangul(w)) continue;
		const stem = stripParticle(w, keep);
		if (stem !== w && stem.length >= 2) out.add(stem);
	}
	return [...out];
}
