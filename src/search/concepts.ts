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
import { hasHangul, PARTICLES, stripParticle } from './korean';
import { ACTIONS, actionOf, choseong, FILLERS, initialsOf, koreanWords, segment, stemEn, type Action } from './intents';

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

/** A walkthrough step that runs a `docker …` command: where task queries land. */
export interface SearchStep {
	cmd: string;
	/** The step's caption in the page's language. */
	caption: string;
	/** Glossary ids the step demonstrates (its session's `concepts`). */
	concepts: string[];
	/** The walkthrough opened at this step: `<page>#<session>-<k>`. */
	href: string;
}

/** A docs page in the page's language. */
export interface SearchPage {
	href: string;
	title: string;
	steps?: SearchStep[];
}

/** What the dialog fetches per language (/search/concepts-<lang>.json). */
export interface SearchData {
	concepts: SearchConcept[];
	pages: SearchPage[];
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
	pages: SearchPage[];
	/** The site's Korean words (names, title words, verbs), compacted: what run-together words split into. */
	dict: Set<string>;
	/** 초성 → the word it stands for (concept terms first, then aliases, then title words). */
	initials: Map<string, string>;
	/** id → the path of the page that treats the concept. */
	home: Map<string, string>;
}

const path = (href: string) => href.split('#')[0];

export function indexConcepts(concepts: SearchConcept[], pages: SearchPage[] = []): ConceptIndex {
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
	// Priority for 초성: Korean terms, then aliases, then their words, then page titles' words.
	const words: string[] = [];
	for (const c of concepts) words.push(compact(c.term.ko));
	for (const c of concepts) for (const a of c.aliases.ko) words.push(compact(a));
	for (const c of concepts) for (const n of [c.term.ko, ...c.aliases.ko, c.term.en, ...c.aliases.en]) words.push(...koreanWords(n));
	// Titles give their words only: a whole title (이미지빌드하기) would hide the terms inside it.
	for (const p of pages) for (const w of koreanWords(p.title).slice(1)) words.push(stripParticle(w));
	const dict = new Set(words.filter(hasHangul));
	const initials = new Map<string, string>();
	for (const w of dict) {
		const key = choseong(w);
		if (key.length === [...w].length && !initials.has(key)) initials.set(key, w);
	}
	for (const a of ACTIONS) for (const v of a.ko) if (v.length >= 2) dict.add(v);
	for (const f of FILLERS) if (hasHangul(f)) dict.add(f);
	const home = new Map(concepts.map((c) => [c.id, path(c.href)]));
	return { concepts, names, keep, single, pages, dict, initials, home };
}

/** The word a 초성 query word stands for: exact initials, else the shortest word they begin. */
function fromInitials(word: string, index: ConceptIndex): string | undefined {
	const exact = index.initials.get(word);
	if (exact) return exact;
	let best: string | undefined;
	for (const [key, w] of index.initials) if (key.startsWith(word) && (!best || w.length < best.length)) best = w;
	return best;
}

/** Whether a page title contains a name or word: compacted for Korean, by words (loosely stemmed) otherwise. */
export function titleHas(title: string, text: string): boolean {
	if (hasHangul(text)) return compact(title).includes(compact(text));
	const tw = title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	const nw = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	if (!nw.length) return false;
	return nw.every((n) => {
		const st = stemEn(n);
		return tw.some((t) => t === n || t === `${n}s` || (st.length >= 3 && t.startsWith(st)));
	});
}

/** A link the layer puts above Pagefind's results: a walkthrough step or a page. */
export interface Answer {
	href: string;
	title: string;
	/** The step's command. */
	cmd?: string;
	/** The step's caption. */
	caption?: string;
}

const conceptNames = (c: SearchConcept) => [c.term.en, c.term.ko, ...c.aliases.en, ...c.aliases.ko].filter((n) => compact(n).length >= 2);

/**
 * Pages and steps that answer the query, best first, one per page. A step counts when it performs
 * one of the query's tasks (or, for a command, has every word of it): 3, plus 1 per concept it
 * shows that the query concerns, plus 1 on the page that treats such a concept. A title counts 1
 * per concept, task or other word it contains. A page is offered for a step, for two title hits,
 * or for a title holding a word no concept card covers.
 */
function findAnswers(index: ConceptIndex, lang: Lang, ids: string[], actions: Action[], plain: string[], command: string[] | undefined): Answer[] {
	const byId = new Map(index.concepts.map((c) => [c.id, c]));
	const named = ids.map((id) => byId.get(id)).filter((c): c is SearchConcept => !!c);
	const scored: { score: number; answer: Answer }[] = [];
	// Steps showing a concept the query concerns, if any step does (볼륨을 만드는 법 is not docker build).
	const shows = (s: SearchStep) => s.concepts.some((id) => ids.includes(id));
	const focused = index.pages.some((p) => p.steps?.some((s) => shows(s) && doesTask(s)));
	function doesTask(s: SearchStep) {
		const tokens = s.cmd.split(/\s+/);
		return command ? command.every((w) => tokens.includes(w)) : actions.some((a) => a.cmd?.test(s.cmd));
	}
	for (const page of index.pages) {
		let title = named.filter((c) => conceptNames(c).some((n) => titleHas(page.title, n))).length;
		title += actions.filter((a) => a[lang].some((v) => titleHas(page.title, v))).length;
		const words = plain.filter((w) => titleHas(page.title, w)).length;
		title += words;
		let step: { score: number; s: SearchStep } | undefined;
		if (actions.length || command) {
			for (const s of page.steps ?? []) {
				if (!doesTask(s) || (focused && !shows(s))) continue;
				const score = 3 + s.concepts.filter((id) => ids.includes(id)).length;
				if (!step || score > step.score) step = { score, s };
			}
		}
		if (step && ids.some((id) => index.home.get(id) === page.href)) step.score += 1;
		if (!step && title < 2 && !words) continue;
		const answer: Answer = step ? { href: step.s.href, title: page.title, cmd: step.s.cmd, caption: step.s.caption } : { href: page.href, title: page.title };
		scored.push({ score: title + (step?.score ?? 0), answer });
	}
	return scored.sort((a, b) => b.score - a.score).slice(0, 3).map((x) => x.answer);
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
	/** The task the words name (`지우려면`, `remove`), when they name no concept. */
	action?: Action;
}

export interface Analysis {
	spans: Span[];
	/** A `docker …` command or a query with flags: words are kept as typed. */
	command: boolean;
	/** Concepts for the cards, best first. */
	concepts: SearchConcept[];
	/** Steps and pages that answer the query, shown before the cards. */
	answers: Answer[];
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
	const typed = query
		.normalize('NFKC')
		.trim()
		.split(/\s+/)
		.map((w) => w.replace(/^["'“‘(]+|[?!.,"'”’)。:;]+$/gu, ''))
		.filter(Boolean);
	const command = /^docker$/i.test(typed[0] ?? '') && typed.length > 1 ? true : typed.some((w) => /^--?[a-z]/i.test(w));
	// Outside commands: 초성 words become the word they stand for, run-together Korean words are
	// split into the site's words, and words that carry no topic (how, 법, 어떻게) are dropped.
	let raw = typed;
	/** Words the query did not contain as typed: Pagefind gets their concept's term instead. */
	const made = new Set<string>();
	if (!command) {
		raw = typed.flatMap((w) => {
			const initials = initialsOf(w);
			if (initials) return [fromInitials(initials, index) ?? initials];
			if (!hasHangul(w) || index.names.has(compact(w)) || index.names.has(compact(stripParticle(w, index.keep))) || actionOf(w)) return [w];
			const parts = segment(w, index.dict, PARTICLES);
			for (const p of parts ?? []) made.add(p);
			return parts ?? [w];
		});
		const topical = raw.filter((w) => !FILLERS.has(w.toLowerCase()));
		if (topical.length) raw = topical;
	}
	const stems = raw.map((w) => (command && !hasHangul(w) ? w : stripParticle(w, index.keep)));

	const spans: Span[] = [];
	for (let i = 0; i < raw.length; ) {
		let found: Span | undefined;
		for (let n = Math.min(MAX_PHRASE, raw.length - i); n >= 1 && !found; n--) {
			for (const words of [stems.slice(i, i + n), raw.slice(i, i + n)]) {
				let list = index.names.get(compact(words.join(' ')));
				// An instruction written in capitals (RUN, COPY) is not the verb typed in lower case.
				if (list && n === 1 && !command && actionOf(words[0])) list = list.filter((x) => !isAcronym(x.text) || x.text === words[0]);
				if (list?.length) {
					found = { raw: raw.slice(i, i + n), stems: stems.slice(i, i + n), name: pick(list, lang) };
					break;
				}
			}
		}
		if (!found && !command) {
			const action = actionOf(raw[i]) ?? actionOf(stems[i]);
			const name = action ? undefined : fuzzyName(stems[i], index, lang);
			const fuzzyAction = action || name || hasHangul(stems[i]) ? undefined : fuzzyVerb(stems[i]);
			found = { raw: [raw[i]], stems: [stems[i]], name, fuzzy: name ? true : undefined, action: action ?? fuzzyAction };
		}
		found ??= { raw: [raw[i]], stems: [stems[i]] };
		spans.push(found);
		i += found.raw.length;
	}

	// A verb is a task only with a concept it applies to (or none named): 공유 with 커널 is a word.
	const ids = [...new Set(spans.flatMap((s) => (s.name ? [s.name.concept.id] : [])))];
	for (const s of spans) {
		if (s.action?.objects && ids.length && !ids.some((id) => s.action!.objects!.includes(id))) s.action = undefined;
	}
	// A task without a concept of its own (create, list) needs one named: `make my data survive`
	// is not docker build.
	for (const s of spans) if (s.action?.objects && !s.action.concept && !ids.length) s.action = undefined;
	const actions = [...new Set(spans.flatMap((s) => (s.action ? [s.action] : [])))];
	// The concept a task concerns: added after the named ones (save files outside the container → volume).
	const implied = [...new Set(actions.flatMap((a) => (a.concept && !ids.includes(a.concept) ? [a.concept] : [])))];
	const concerned = [...new Set([...ids, ...implied])];
	const plain = spans.filter((s) => !s.name && !s.action).map((s) => s.stems.join(' ')).filter((w) => [...w].length >= (hasHangul(w) ? 2 : 3));

	// Cards: a concept the whole query names comes first; in a command, a flag (-p, --no-cache)
	// or a two-word name (docker tag) counts, but not a lone word such as `run` or `docker`.
	// A task with no concept named brings the concept it concerns (keep my data → volume).
	const concepts: SearchConcept[] = [];
	for (const s of spans) {
		if (!s.name) continue;
		const whole = s.raw.length === raw.length;
		if (command && !whole && s.raw.length < 2 && !/^-/.test(s.raw[0])) continue;
		if (!concepts.includes(s.name.concept)) concepts.push(s.name.concept);
	}
	for (const id of implied) {
		const c = index.concepts.find((x) => x.id === id);
		if (c && !concepts.includes(c)) concepts.push(c);
	}
	const answers = findAnswers(index, lang, concerned, actions, plain, command ? typed.map((w) => w.toLowerCase()) : undefined);

	const out: string[] = [];
	for (const s of spans) {
		const name = s.name;
		// Pagefind drops the dashes, and a one-letter word such as `p` matches nearly every page as
		// a prefix: a short flag stands for its concept (-p → port publishing) or is left out.
		if (command) {
			const kept = s.stems.filter((w) => !isShortFlag(w));
			out.push(...kept);
			if (name && kept.length < s.stems.length) out.push(name.concept.term[lang]);
		} else if (s.action) {
			// A verb ending matches nothing: Pagefind gets the task's command word (rm, pull), or the
			// word itself when pages use it as a noun (차이, 비교).
			const word = s.action.word ?? (s.action.typed ? s.stems.join(' ') : undefined);
			if (word && !(lang === 'en' && hasHangul(word))) out.push(word);
		} else if (!name) {
			// English pages hold no Korean: an unmatched Korean word (차이) would only empty the results.
			if (!(lang === 'en' && s.stems.every(hasHangul) && spans.some((o) => o.name || o.action))) out.push(...s.stems);
		}
		else if (name.lang !== lang && !(lang === 'ko' && isAcronym(name.text))) out.push(name.concept.term[lang]);
		else if (s.fuzzy) out.push(name.text);
		else if (s.raw.some((w) => made.has(w))) out.push(name.concept.term[lang]);
		else out.push(...s.stems);
	}
	// Pagefind ANDs words: the implied concept's term only helps when no concept is named.
	for (const id of ids.length ? [] : implied) {
		const c = index.concepts.find((x) => x.id === id);
		if (c) out.push(c.term[lang]);
	}
	const seen = new Set<string>();
	const term = out.filter((w) => !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase())).join(' ').trim() || query.trim();
	return { spans, command, concepts: concepts.slice(0, 3), answers, term };
}

/** A misspelt English verb of 5+ letters (remvoe → remove). */
function fuzzyVerb(word: string): Action | undefined {
	if ([...word].length < 5) return undefined;
	return ACTIONS.find((a) => a.en.some((v) => v.length >= 5 && distance(word.toLowerCase(), v) <= 1));
}
