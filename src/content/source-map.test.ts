import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The map is checked against the inventory this repository holds (sources.yaml: each article's
// title and sections, in order), so the test needs nothing outside the clone. That the inventory
// matches the articles themselves is checked by source-inventory.shared.test.ts, where they exist.
const mapDir = new URL('./source-map/', import.meta.url);
const docsDir = new URL('./docs/', import.meta.url);
const LOCALES = ['en', 'ko'] as const;
const PARTS = ['part-a.yaml', 'part-b.yaml'];

interface Row {
	source: string;
	section: string;
	page: string;
}

interface Article {
	file: string;
	title: string;
	form: Record<string, string>;
	licence: Record<string, string>;
	contributed: Record<string, string>;
	sections: Array<{ heading: string; en: string }>;
}

const inventory = parse(readFileSync(new URL('sources.yaml', mapDir), 'utf8')) as Article[];
const articles = inventory.map((a) => ({ file: a.file, sections: a.sections.map((s) => s.heading) }));

function readPart(name: string): Row[] {
	const url = new URL(name, mapDir);
	if (!existsSync(url)) return [];
	const data = parse(readFileSync(url, 'utf8')) ?? [];
	if (!Array.isArray(data)) throw new Error(`${name}: expected a YAML list`);
	return data.map((row, i) => {
		for (const key of ['source', 'section', 'page'] as const) {
			if (typeof row?.[key] !== 'string' || row[key] === '')
				throw new Error(`${name}: item ${i + 1} needs a string "${key}"`);
		}
		return row as Row;
	});
}

const rows = PARTS.flatMap((p) => readPart(p).map((row) => ({ ...row, part: p })));

function pageFile(locale: string, slug: string): URL {
	return new URL(`${locale}/${slug}.mdx`, docsDir);
}

describe('source map', () => {
	it('lists sections for all five articles', () => {
		expect(articles.map((a) => a.file)).toHaveLength(5);
		for (const a of articles) expect(a.sections.length, a.file).toBeGreaterThan(0);
	});

	it('has both parts', () => {
		const missing = PARTS.filter((p) => !existsSync(new URL(p, mapDir)));
		expect(missing, 'source-map files missing').toEqual([]);
	});

	it('maps every section of every article', () => {
		const mapped = new Set(rows.map((r) => `${r.source} :: ${r.section}`));
		const unmapped = articles.flatMap((a) =>
			a.sections.filter((s) => !mapped.has(`${a.file} :: ${s}`)).map((s) => `${a.file} :: ${s}`),
		);
		expect(unmapped, 'sections no part maps (write them exactly as listed)').toEqual([]);
	});

	it('maps only sections the articles have', () => {
		const known = new Map(articles.map((a) => [a.file, new Set(a.sections)]));
		const unknown = rows
			.filter((r) => !known.get(r.source)?.has(r.section))
			.map((r) => `${r.part}: ${r.source} :: ${r.section}`);
		expect(unknown, 'mapped sections not in sources.yaml').toEqual([]);
	});

	it('points at pages that exist in en and ko, with the anchor defined in both', () => {
		const broken: string[] = [];
		for (const r of rows) {
			const [slug, anchor] = r.page.split('#');
			for (const locale of LOCALES) {
				const file = pageFile(locale, slug);
				if (!existsSync(file)) {
					broken.push(`${r.part}: ${r.page} (no ${locale}/${slug}.mdx)`);
					continue;
				}
				if (anchor && !readFileSync(file, 'utf8').includes(`{#${anchor}}`))
					broken.push(`${r.part}: ${r.page} (no {#${anchor}} in ${locale}/${slug}.mdx)`);
			}
		}
		expect([...new Set(broken)]).toEqual([]);
	});

	it('does not map the same section to the same page twice', () => {
		const seen = new Set<string>();
		const twice = rows
			.map((r) => `${r.source} :: ${r.section} -> ${r.page}`)
			.filter((k) => (seen.has(k) ? true : (seen.add(k), false)));
		expect(twice).toEqual([]);
	});

	it('describes every article in both languages, each section with an English gloss', () => {
		for (const m of inventory) {
			expect(m.title, `${m.file}: title`).toBeTruthy();
			for (const key of ['form', 'licence', 'contributed'] as const)
				for (const locale of LOCALES) expect(m[key]?.[locale], `${m.file}: ${key}.${locale}`).toBeTruthy();
			for (const s of m.sections) expect(s.en, `${m.file} :: ${s.heading} needs an English gloss`).toBeTruthy();
		}
	});
});
