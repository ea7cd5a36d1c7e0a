import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSources } from '../loaders/source-map';
import { parseSections } from './source-map/sections';

// Runs only where the articles sit beside the clone (../shared/sources): vitest.config.ts leaves
// this file out of the suite elsewhere, so a public clone's `npm test` never needs them.
const sourcesDir = new URL('../../../shared/sources/', import.meta.url);
const inventory = readSources().map((e) => e.data);

const articles = readdirSync(sourcesDir)
	.filter((f) => f.endsWith('.txt'))
	.sort()
	.map((file) => ({ file, ...parseSections(readFileSync(new URL(file, sourcesDir), 'utf8')) }));

describe('source inventory (sources.yaml) against the articles in ../shared/sources', () => {
	it('lists exactly the articles there', () => {
		expect(inventory.map((m) => m.file).sort()).toEqual(articles.map((a) => a.file));
	});

	it("has each article's title and its sections, in order, as sections.ts extracts them", () => {
		for (const a of articles) {
			const m = inventory.find((x) => x.file === a.file);
			expect(a.sections.length, a.file).toBeGreaterThan(0);
			expect(m?.title, `${a.file}: title`).toBe(a.title);
			expect(m?.sections.map((s) => s.heading), `${a.file}: sections in sources.yaml`).toEqual(a.sections);
		}
	});
});
