/**
 * The glossary's data contract, checked on the YAML syntax tree so every problem names its line.
 * Pure: no file system, no Astro. The loader, the Node reader and the tests all call this.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];
export type Bilingual<T> = Record<Lang, T>;

/** One concept, as every consumer (pages, Term, search) sees it. */
export interface GlossaryEntry {
	id: string;
	term: Bilingual<string>;
	aliases: Bilingual<string[]>;
	short: Bilingual<string>;
	definition: Bilingual<string>;
	/** Page slugs without locale, optionally with `#anchor`: `foundations/hypervisors#type-1`. */
	pages: string[];
	/** Other concept ids. */
	related: string[];
}

export const KEYS = ['term', 'aliases', 'short', 'definition', 'pages', 'related'] as const;
const REQUIRED = ['term', 'aliases', 'short', 'definition'] as const;
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const PAGE_PATTERN = /^[a-z0-9-]+(\/[a-z0-9-]+)*(#[a-z0-9-]+)?$/;

export interface GlossaryIssue {
	/** As given: `src/content/glossary/hypervisor.yaml`. */
	file: string;
	/** 1-based. */
	line: number;
	message: string;
}

export const formatIssue = (i: GlossaryIssue) => `${i.file}:${i.line}: ${i.message}`;

/** Thrown by the loader and the reader; its message is one `file:line: message` per line. */
export class GlossaryError extends Error {
	constructor(readonly issues: GlossaryIssue[]) {
		super(issues.map(formatIssue).join('\n'));
		this.name = 'GlossaryError';
	}
}

/** `src/content/glossary/type-1-hypervisor.yaml` → `type-1-hypervisor`. */
export function idFromPath(path: string): string {
	return path.replace(/\\/g, '/').split('/').pop()!.replace(/\.ya?ml$/, '');
}

export type ValidationResult =
	| { ok: true; entry: GlossaryEntry; issues: [] }
	| { ok: false; entry?: undefined; issues: GlossaryIssue[] };

/**
 * Checks one glossary file. `knownIds` is every concept id (file names without `.yaml`), so that
 * `related` can be resolved; pass the ids of the whole folder.
 */
export function validateGlossaryFile(
	path: string,
	text: string,
	knownIds: Iterable<string>,
): ValidationResult {
	const known = new Set(knownIds);
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const issues: GlossaryIssue[] = [];
	const lineOf = (node: YamlNode | null | undefined, fallback = 1) =>
		node?.range ? lines.linePos(node.range[0]).line : fallback;
	const fail = (line: number, message: string) => issues.push({ file: path, line, message });

	const id = idFromPath(path);
	if (!ID_PATTERN.test(id)) {
		fail(1, `file name "${id}" is not a concept id (lowercase letters, digits and single hyphens)`);
	}

	if (doc.errors.length > 0) {
		for (const e of doc.errors) {
			fail(lines.linePos(e.pos[0]).line, `YAML syntax error: ${e.message.split('\n')[0]}`);
		}
		return { ok: false, issues };
	}

	const root = doc.contents;
	if (!isMap(root)) {
		fail(lineOf(root), `expected a mapping with the keys ${KEYS.join(', ')}`);
		return { ok: false, issues };
	}

	const fields = new Map<string, { keyLine: number; value: YamlNode | null }>();
	for (const pair of root.items) {
		const keyNode = pair.key as YamlNode | null;
		const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
		const keyLine = lineOf(keyNode);
		if (!(KEYS as readonly string[]).includes(key)) {
			fail(keyLine, `unknown key "${key}" (expected one of ${KEYS.join(', ')})`);
			continue;
		}
		fields.set(key, { keyLine, value: pair.value as YamlNode | null });
	}
	const endLine = lines.linePos(Math.max(0, text.trimEnd().length)).line;
	for (const key of REQUIRED) {
		if (!fields.has(key)) fail(endLine, `missing "${key}" (with en and ko)`);
	}

	/** `{ en, ko }` with a value each; `check` validates one language's value. */
	const bilingual = <T>(key: string, check: (node: YamlNode | null, where: string, line: number) => T | undefined) => {
		const field = fields.get(key);
		if (!field) return undefined;
		const { value, keyLine } = field;
		if (!isMap(value)) {
			fail(lineOf(value, keyLine), `"${key}" must be a mapping with en and ko`);
			return undefined;
		}
		const out: Partial<Record<Lang, T>> = {};
		for (const pair of value.items) {
			const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
			const kLine = lineOf(pair.key as YamlNode, keyLine);
			if (!(LANGS as readonly string[]).includes(k)) {
				fail(kLine, `unknown key "${k}" in "${key}" (expected en and ko)`);
				continue;
			}
			const v = check(pair.value as YamlNode | null, `${key}.${k}`, kLine);
			if (v !== undefined) out[k as Lang] = v;
		}
		const present = new Set(
			value.items.map((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key))),
		);
		for (const lang of LANGS) {
			if (!present.has(lang)) fail(lineOf(value, keyLine), `"${key}" is missing "${lang}"`);
		}
		return out as Bilingual<T>;
	};

	const text1 = (node: YamlNode | null, where: string, line: number): string | undefined => {
		if (!isScalar(node) || typeof node.value !== 'string') {
			fail(lineOf(node, line), `"${where}" must be text`);
			return undefined;
		}
		const s = node.value.trim();
		if (s === '') {
			fail(lineOf(node, line), `"${where}" is empty`);
			return undefined;
		}
		return s.replace(/\s+/g, ' ');
	};

	const list = <T>(node: YamlNode | null, where: string, line: number, item: (n: YamlNode | null, w: string, l: number) => T | undefined) => {
		if (node === null || (isScalar(node) && node.value === null)) return [] as T[];
		if (!isSeq(node)) {
			fail(lineOf(node, line), `"${where}" must be a list`);
			return undefined;
		}
		const out: T[] = [];
		node.items.forEach((n, i) => {
			const v = item(n as YamlNode, `${where}[${i}]`, lineOf(node, line));
			if (v !== undefined) out.push(v);
		});
		return out;
	};

	const term = bilingual('term', text1);
	const short = bilingual('short', text1);
	const definition = bilingual('definition', text1);
	const aliases = bilingual('aliases', (node, where, line) => {
		const seen = new Set<string>();
		return list(node, where, line, (n, w, l) => {
			const s = text1(n, w, l);
			if (s === undefined) return undefined;
			if (seen.has(s.toLowerCase())) {
				fail(lineOf(n, l), `"${where}" lists "${s}" twice`);
				return undefined;
			}
			seen.add(s.toLowerCase());
			return s;
		});
	});

	let pages: string[] = [];
	const pagesField = fields.get('pages');
	if (pagesField) {
		pages =
			list(pagesField.value, 'pages', pagesField.keyLine, (n, where, line) => {
				const s = text1(n, where, line);
				if (s === undefined) return undefined;
				const at = lineOf(n, line);
				if (/^\/?(en|ko)\//.test(s)) {
					fail(at, `"${where}" "${s}" starts with a locale: write the slug without it, e.g. "${s.replace(/^\/?(en|ko)\//, '')}"`);
					return undefined;
				}
				if (!PAGE_PATTERN.test(s)) {
					fail(at, `"${where}" "${s}" is not a page slug like "foundations/hypervisors" or "foundations/hypervisors#type-1" (lowercase, no locale, no leading or trailing slash)`);
					return undefined;
				}
				return s;
			}) ?? [];
	}

	let related: string[] = [];
	const relatedField = fields.get('related');
	if (relatedField) {
		related =
			list(relatedField.value, 'related', relatedField.keyLine, (n, where, line) => {
				const s = text1(n, where, line);
				if (s === undefined) return undefined;
				const at = lineOf(n, line);
				if (s === id) {
					fail(at, `"${where}" is the concept itself`);
					return undefined;
				}
				if (!known.has(s)) {
					fail(at, `"${where}": unknown concept "${s}" (no src/content/glossary/${s}.yaml)`);
					return undefined;
				}
				return s;
			}) ?? [];
		const dupes = related.filter((r, i) => related.indexOf(r) !== i);
		for (const d of new Set(dupes)) fail(lineOf(relatedField.value, relatedField.keyLine), `"related" lists "${d}" twice`);
	}

	if (issues.length > 0 || !term || !short || !definition || !aliases) {
		issues.sort((a, b) => a.line - b.line);
		return { ok: false, issues };
	}
	return { ok: true, issues: [], entry: { id, term, aliases, short, definition, pages, related } };
}
