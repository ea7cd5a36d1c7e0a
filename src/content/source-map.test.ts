import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceMap, readSources } from '../loaders/source-map';

// The map is checked against the inventory this repository holds (sources.yaml: each article's
// title and sections, in order), so the test needs nothing outside the clone. That the inventory
// matches the articles themselves is checked by source-inventory.shared.test.ts, where they exist.
// The loaders (src/loaders/source-map.ts) already refuse unknown sources and sections.
const docsDir = new URL('./docs/', import.meta.url);
const LOCALES = ['en', 'ko'] as const;

const sources = readSources();
const rows = readSourceMap().map((e) => e.data);

describe('source map', () => {
	it('maps every section of every article', () => {
		const mapped = new Set(rows.map((r) => `${r.source} :: ${r.section}`));
		const unmapped = sources.flatMap((a) =>
			a.data.sections.map((s) => `${a.id} :: ${s.heading}`).filter((key) => !mapped.has(key)),
		);
		expect(unmapped, 'sections no part maps (write them exactly as sources.yaml lists them)').toEqual([]);
	});

	it('points at pages that exist in en and ko, with the anchor defined in both', () => {
		const broken: string[] = [];
		for (const r of rows) {
			const [slug, anchor] = r.page.split('#');
			for (const locale of LOCALES) {
				const file = new URL(`${locale}/${slug}.mdx`, docsDir);
				if (!existsSync(file)) broken.push(`${r.part}: ${r.page} (no ${locale}/${slug}.mdx)`);
				else if (anchor && !readFileSync(file, 'utf8').includes(`{#${anchor}}`))
					broken.push(`${r.part}: ${r.page} (no {#${anchor}} in ${locale}/${slug}.mdx)`);
			}
		}
		expect([...new Set(broken)]).toEqual([]);
	});

	it('does not map the same section to the same page twice', () => {
		const keys = rows.map((r) => `${r.source} :: ${r.section} -> ${r.page}`);
		expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
	});

	it('stops on a row whose section the inventory lacks, naming its file and line', () => {
		const root = mkdtempSync(join(tmpdir(), 'dockside-map-'));
		cpSync('src/content/source-map', join(root, 'src/content/source-map'), { recursive: true });
		const part = join(root, 'src/content/source-map/part-b.yaml');
		const text = readFileSync(part, 'utf8');
		writeFileSync(part, `${text.trimEnd()}\n- source: 004_0bf20a6c93b0f7a2.txt\n  section: Dockre\n  page: docker/architecture\n`);
		const line = text.trimEnd().split('\n').length + 2;
		expect(() => readSourceMap(root)).toThrow(
			`src/content/source-map/part-b.yaml:${line}: "Dockre" is not a section of 004_0bf20a6c93b0f7a2.txt in sources.yaml`,
		);
	});
});
