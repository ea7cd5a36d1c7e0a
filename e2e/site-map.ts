import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The production build the e2e tests run against (`npm test` builds it just before). */
export const DIST = join(import.meta.dirname, '..', 'dist');

/** Every page in the sitemap, as a path (`/en/…/`), plus the root language chooser and the 404 page. */
export function sitemapPaths(): string[] {
	const file = join(DIST, 'sitemap-0.xml');
	if (!existsSync(file)) throw new Error('dist/sitemap-0.xml is missing: run `npm run build` before the e2e tests.');
	const locs = [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url).pathname);
	return [...new Set(['/', ...locs, '/404.html'])];
}

/** Every built HTML file with the URL path it is served at. */
export function builtPages(): { path: string; file: string }[] {
	return readdirSync(DIST, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => {
			const file = join(e.parentPath, e.name);
			const rel = relative(DIST, file).split(sep).join('/');
			return { file, path: rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}` };
		});
}
