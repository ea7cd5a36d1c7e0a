// src/components/Search.astro is a copy of Starlight's own Search component with the concept
// layer added. An upgraded Starlight may change the original (markup, styles, Pagefind options);
// this test holds the copy against the installed version so the upgrade cannot slip by.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import upstream from './search-upstream.json';

// The package's exports hide package.json and its components' sources, so read them from disk.
const starlightDir = join(process.cwd(), 'node_modules/@astrojs/starlight');
const installed = JSON.parse(readFileSync(join(starlightDir, 'package.json'), 'utf8')).version as string;
const original = readFileSync(join(starlightDir, 'dist/components/Search.astro'), 'utf8');
const copy = readFileSync(new URL('./Search.astro', import.meta.url), 'utf8');

const styles = (astro: string) => [...astro.matchAll(/<style[\s\S]*?<\/style>/g)].map((m) => m[0]);

describe('Search.astro against the installed Starlight', () => {
	it('was copied from the Search.astro Starlight ships now', () => {
		const hash = createHash('sha256').update(original).digest('hex');
		expect(
			hash,
			`@astrojs/starlight ${installed} ships a different Search.astro than the ${upstream.starlight} that ` +
				'src/components/Search.astro was copied from. Re-sync the copy with ' +
				'node_modules/@astrojs/starlight/dist/components/Search.astro (keep the concept layer), then set ' +
				`src/components/search-upstream.json to { "starlight": "${installed}", "sha256": "${hash}" }.`,
		).toBe(upstream.sha256);
	});

	it("keeps every one of Starlight's style blocks verbatim", () => {
		const ours = styles(copy);
		const missing = styles(original).filter((block) => !ours.includes(block));
		expect(missing.map((b) => b.slice(0, 80)), 'Starlight styles changed in the copy').toEqual([]);
	});

	it('names the Starlight version it was copied from in its header', () => {
		expect(copy).toContain(`Starlight ${upstream.starlight.replace(/\.\d+$/, '')}'s Search`);
	});
});
