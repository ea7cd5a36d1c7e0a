/**
 * The glossary's data contract: a zod schema checked through the shared YAML loader helper
 * (src/loaders/yaml.ts), so every problem names its line, plus the checks that need the other
 * files (related ids). Pure: no file system. The loader, the Node reader and the tests call this.
 */
import { z } from 'astro/zod';
import { checkYaml, ContentError, formatIssue as formatContentIssue, type ContentIssue } from '../loaders/yaml';

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

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const PAGE_PATTERN = /^[a-z0-9-]+(\/[a-z0-9-]+)*(#[a-z0-9-]+)?$/;

export type GlossaryIssue = ContentIssue;
export const formatIssue = formatContentIssue;
/** Thrown by the loader and the reader: the shared ContentError. */
export const GlossaryError = ContentError;

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
	const issues: GlossaryIssue[] = [];
	const id = idFromPath(path);
	if (!ID_PATTERN.test(id)) {
		issues.push({ file: path, line: 1, message: `file name "${id}" is not a concept id (lowercase letters, digits and single hyphens)` });
	}
	let checked: ReturnType<typeof checkYaml<typeof glossarySchema>>;
	try {
		checked = checkYaml(path, text, glossarySchema);
	} catch (e) {
		if (!(e instanceof ContentError)) throw e;
		return { ok: false, issues: [...issues, ...e.issues].sort((a, b) => a.line - b.line) };
	}
	const { yaml } = checked;
	issues.push(...checked.issues);
	const fail = (p: (string | number)[], message: string) => issues.push(yaml.issueAt(p, message));
	// The cross-file checks run on whatever parsed, so one report lists every problem.
	const raw = (yaml.data ?? {}) as Record<string, unknown>;
	const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
	const data = {
		aliases: Object.fromEntries(LANGS.map((l) => [l, strings((raw.aliases as Record<string, unknown> | undefined)?.[l])])) as Bilingual<string[]>,
		related: Array.isArray(raw.related) ? raw.related.map((r) => (typeof r === 'string' ? r.trim() : '')) : [],
	};

	for (const lang of LANGS) {
		const seen = new Set<string>();
		data.aliases[lang].forEach((a, i) => {
			if (seen.has(a.toLowerCase())) fail(['aliases', lang, i], `"aliases.${lang}[${i}]" lists "${a}" twice`);
			seen.add(a.toLowerCase());
		});
	}
	data.related.forEach((r, i) => {
		if (r === '') return;
		if (r === id) fail(['related', i], `"related[${i}]" is the concept itself`);
		else if (!known.has(r)) fail(['related', i], `"related[${i}]": unknown concept "${r}" (no src/content/glossary/${r}.yaml)`);
		else if (data.related.indexOf(r) !== i) fail(['related', i], `"related" lists "${r}" twice`);
	});
	if (issues.length > 0 || !checked.data) return { ok: false, issues: issues.sort((a, b) => a.line - b.line) };
	return { ok: true, issues: [], entry: { id, ...checked.data } };
}

/** Trimmed, inner whitespace collapsed (folded YAML keeps line breaks otherwise); never empty. */
const text1 = z
	.string()
	.transform((s) => s.trim().replace(/\s+/g, ' '))
	.pipe(z.string().min(1));
const bilingual = <T extends z.ZodType>(t: T) => z.strictObject({ en: t, ko: t });
const list = <T extends z.ZodType>(t: T) =>
	z.preprocess((v) => (v === null ? [] : v), z.array(t));
const page = text1.pipe(
	z
		.string()
		.refine((s) => !/^\/?(en|ko)\//.test(s), {
			error: (i) => `"${i.input}" starts with a locale: write the slug without it, e.g. "${String(i.input).replace(/^\/?(en|ko)\//, '')}"`,
			abort: true,
		})
		.regex(PAGE_PATTERN, {
			error: (i) =>
				`"${i.input}" is not a page slug like "foundations/hypervisors" or "foundations/hypervisors#type-1" (lowercase, no locale, no leading or trailing slash)`,
		}),
);

/** One glossary file. Also the collection's schema (content.config.ts). */
export const glossarySchema = z.strictObject({
	term: bilingual(text1),
	aliases: bilingual(list(text1)),
	short: bilingual(text1),
	definition: bilingual(text1),
	pages: list(page).default([]),
	related: list(text1).default([]),
});
