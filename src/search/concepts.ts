/**
 * The concept layer of search, shared by the build (which writes the slim concept list into each
 * page) and the browser (which matches queries against it). Pure: no DOM, no node:*.
 *
 * A query is read as a row of words. Korean particles are stripped (./korean), then the longest
 * runs of words that name a glossary concept (term or alias, either language, ignoring case,
 * spaces and hyphens) are found. Those give the concept cards, and they rewrite the text Pagefind
 * receives: Pagefind requires every query word on a page and keeps one index per language, so a
 * concept named in the other language is replaced by this language's term (on /ko/, `hypervisor`
 * becomes 하이퍼바이저; on /en/, 컨테이너 becomes container), never added beside it.
 */
import { compact } from '../glossary/filter';
import { hasHangul, stripParticle } from './korean';

export type Lang = 'en' | 'ko';

/** What the browser gets per concept: only what matching and the card need. */
export interface SearchConcept {
	id: string;
	term: { en: string; ko: string };
	aliases: { en: string[]; ko: string[] };
	/** One-line definition in the page's language. */
	short: string;
	/** The page that treats the concept, in the page's language (or its glossary entry). */
	href: string;
	/** That page's title. */
	page: string;
}

/** The glossary fields `slimConcept` reads (a `GlossaryEntry` fits). */
export interface ConceptSource {
	id: string;
	term: { en: string; ko: string };
	aliases: { en: string[]; ko: string[] };
	short: { en: string; ko: string };
}

/** Drops aliases that compact to the term or to an earlier alias (가상머신 = 가상 머신). */
export function slimConcept(entry: ConceptSource, lang: Lang, link: { href: string; title: string }): SearchConcept {
	const seen = new Set([compact(entry.term.en), compact(entry.term.ko)]);
	const keep = (list: string[]) =>
		list.filter((a) => {
			const k = compact(a);
			if (!k || seen.has(k)) return false;
			seen.add(k);
			return true;
		});
	const en = keep(entry.aliases.en);
	const ko = keep(entry.aliases.ko);
	return { id: entry.id, term: entry.term, aliases: { en, ko }, short: entry.short[lang], href: link.href, page: link.title };
}

interface Name {
	concept: SearchConcept;
	text: string;
	lang: Lang;
	isTerm: boolean;
}

export interface ConceptIndex {
	concepts: SearchConcept[];
	/** compact(name) → names */
	names: Map<string, Name[]>;
	/** Korean words that are names or parts of names: never cut as if they ended in a particle. */
	keep: Set<string>;
	/** Names of one word, for typo matching. */
	single: string[];
}

export function indexConcepts(concepts: SearchConcept[]): ConceptIndex {
	const names = new Map<string, Name[]>();
	const keep = new Set<string>();
	for (const concept of concepts) {
		const add = (text: string, lang: Lang, isTerm: boolean) => {
			const key = compact(text);
			if (!key) return;
			const list = names.get(key) ?? [];
			list.push({ concept, text, lang, isTerm });
			names.set(key, list);
			for (const w of text.normalize('NFC').toLowerCase().split(/\s+/)) if (hasHangul(w)) keep.add(w);
		};
		for (const lang of ['en', 'ko'] as const) {
			add(concept.term[lang], lang, true);
			for (const a of concept.aliases[lang]) add(a, lang, false);
		}
	}
	const single = [...names.keys()].filter((k) => k.length >= 4);
	return { concepts, names, keep, single };
}

/** One run of query words and what it named. */
export interface Span {
	/** The words as typed. */
	raw: string[];
	/** The words without particles. */
	stems: string[];
	name?: Name;
	/** True when the name was found by typo tolerance. */
	fuzzy?: boolean;
}

export interface Analysis {
	spans: Span[];
	/** A `docker …` command or a query with flags: words are kept as typed. */
	command: boolean;
	/** Concepts for the cards, best first. */
	concepts: SearchConcept[];
	/** What Pagefind should search for. */
	term: string;
}

const MAX_PHRASE = 5;

/** Damerau-Levenshtein distance (optimal string alignment), on code points, capped at 3. */
export function distance(a: string, b: string): number {
	const x = [...a];
	const y = [...b];
	if (Math.abs(x.length - y.length) > 2) return 3;
	const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i, ...Array(y.length).fill(0)]);
	for (let j = 1; j <= y.length; j++) d[0][j] = j;
	for (let i = 1; i <= x.length; i++) {
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return Math.min(3, d[x.length][y.length]);
}

/** How many typos a word of this length may carry: none below 5 letters (4 syllables). */
function allowedTypos(word: string): number {
	const n = [...word].length;
	if (hasHangul(word)) return n >= 4 ? 1 : 0;
	return n >= 9 ? 2 : n >= 5 ? 1 : 0;
}

/** Prefer this language's names, then terms over aliases. */
function pick(list: Name[], lang: Lang): Name {
	return [...list].sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang) || Number(b.isTerm) - Number(a.isTerm))[0];
}

function fuzzyName(word: string, index: ConceptIndex, lang: Lang): Name | undefined {
	const key = compact(word);
	const max = allowedTypos(key);
	if (max === 0) return undefined;
	let best: { d: number; key: string } | undefined;
	for (const k of index.single) {
		const d = distance(key, k);
		if (d <= max && (!best || d < best.d)) best = { d, key: k };
	}
	return best ? pick(index.names.get(best.key)!, lang) : undefined;
}

const isShortFlag = (word: string) => /^-[a-z]{1,2}$/i.test(word) || /^--?[a-z]$/i.test(word);

/** Short all-capitals names (VM, OS, CLI, JVM) are written as-is in Korean text too. */
const isAcronym = (text: string) => /^[A-Z][A-Z0-9]{0,3}$/.test(text);

export function analyse(query: string, index: ConceptIndex, lang: Lang): Analysis {
	const raw = query
		.normalize('NFKC')
		.trim()
		.split(/\s+/)
		.map((w) => w.replace(/^["'“‘(]+|[?!.,"'”’)。:;]+$/gu, ''))
		.filter(Boolean);
	const command = /^docker$/i.test(raw[0] ?? '') && raw.length > 1 ? true : raw.some((w) => /^--?[a-z]/i.test(w));
	const stems = raw.map((w) => (command && !hasHangul(w) ? w : stripParticle(w, index.keep)));

	const spans: Span[] = [];
	for (let i = 0; i < raw.length; ) {
		let found: Span | undefined;
		for (let n = Math.min(MAX_PHRASE, raw.length - i); n >= 1 && !found; n--) {
			for (const words of [stems.slice(i, i + n), raw.slice(i, i + n)]) {
				const list = index.names.get(compact(words.join(' ')));
				if (list) {
					found = { raw: raw.slice(i, i + n), stems: stems.slice(i, i + n), name: pick(list, lang) };
					break;
				}
			}
		}
		if (!found && !command) {
			const name = fuzzyName(stems[i], index, lang);
			found = { raw: [raw[i]], stems: [stems[i]], name, fuzzy: name ? true : undefined };
		}
		found ??= { raw: [raw[i]], stems: [stems[i]] };
		spans.push(found);
		i += found.raw.length;
	}

	// Cards: a concept the whole query names comes first; in a command, a flag (-p, --no-cache)
	// or a two-word name (docker tag) counts, but not a lone word such as `run` or `docker`.
	const concepts: SearchConcept[] = [];
	for (const s of spans) {
		if (!s.name) continue;
		const whole = s.raw.length === raw.length;
		if (command && !whole && s.raw.length < 2 && !/^-/.test(s.raw[0])) continue;
		if (!concepts.includes(s.name.concept)) concepts.push(s.name.concept);
	}

	const out: string[] = [];
	for (const s of spans) {
		const name = s.name;
		// Pagefind drops the dashes, and a one-letter word such as `p` matches nearly every page as
		// a prefix: a short flag stands for its concept (-p → port publishing) or is left out.
		if (command) {
			const kept = s.stems.filter((w) => !isShortFlag(w));
			out.push(...kept);
			if (name && kept.length < s.stems.length) out.push(name.concept.term[lang]);
		} else if (!name) {
			// English pages hold no Korean: an unmatched Korean word (차이) would only empty the results.
			if (!(lang === 'en' && s.stems.every(hasHangul) && spans.some((o) => o.name))) out.push(...s.stems);
		}
		else if (name.lang !== lang && !(lang === 'ko' && isAcronym(name.text))) out.push(name.concept.term[lang]);
		else if (s.fuzzy) out.push(name.text);
		else out.push(...s.stems);
	}
	const term = out.join(' ').trim() || query.trim();
	return { spans, command, concepts: concepts.slice(0, 3), term };
}
