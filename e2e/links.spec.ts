import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { DIST, builtPages } from './site-map';

/**
 * Crawls the built site: every internal link, anchor and asset in either language must resolve.
 * External links are listed in the report, not fetched; each must open safely (rel="noopener").
 */
const SITE = 'http://site.invalid';

function targetFile(pathname: string): string | undefined {
	const path = join(DIST, decodeURIComponent(pathname));
	if (existsSync(path) && statSync(path).isFile()) return path;
	if (existsSync(join(path, 'index.html'))) return join(path, 'index.html');
	return undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let ids = idsCache.get(file);
	if (!ids) {
		const html = readFileSync(file, 'utf8');
		ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map(([, id]) => id));
		idsCache.set(file, ids);
	}
	return ids;
}

test('no broken internal link, anchor or asset, none into the other language; external links listed, opened with noopener', async ({}, testInfo) => {
	const broken: string[] = [];
	const unsafe: string[] = [];
	const crossLocale: string[] = [];
	const external = new Set<string>();
	let checked = 0;
	for (const { path, file } of builtPages()) {
		const html = readFileSync(file, 'utf8');
		for (const [tag] of html.matchAll(/<[a-z]+\b[^>]*>/g)) {
			const found = /\s(href|src)="([^"]*)"/.exec(tag);
			if (!found) continue;
			const [, attr, raw] = found;
			const value = raw.replace(/&amp;/g, '&');
			if (/^(mailto:|tel:|data:|javascript:)/.test(value)) continue;
			const url = new URL(value, SITE + path);
			if (url.origin !== SITE) {
				external.add(url.href);
				if (tag.startsWith('<a') && !/\srel="[^"]*noopener/.test(tag)) unsafe.push(`${path}: ${url.href}`);
				continue;
			}
			checked++;
			// A page links within its own language; only the language picker and hreflang alternates cross over.
			const lang = /^\/(en|ko)\//.exec(path)?.[1];
			const targetLang = /^\/(en|ko)\//.exec(url.pathname)?.[1];
			if (tag.startsWith('<a') && lang && targetLang && lang !== targetLang && !/\shreflang=/.test(tag)) {
				crossLocale.push(`${path}: ${attr}="${value}"`);
			}
			const target = targetFile(url.pathname);
			if (!target) {
				broken.push(`${path}: ${attr}="${value}" (no such file)`);
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && anchor !== '_top' && target.endsWith('.html') && !idsOf(target).has(anchor)) {
				broken.push(`${path}: ${attr}="${value}" (no #${anchor} there)`);
			}
		}
	}
	await testInfo.attach('external-links.txt', { body: [...external].sort().join('\n') || '(none)' });
	console.log(`links: ${checked} internal references checked, ${external.size} external links listed (not fetched)`);
	expect(checked).toBeGreaterThan(0);
	expect(broken).toEqual([]);
	expect(unsafe).toEqual([]);
	expect(crossLocale, 'links into the other language').toEqual([]);
});
