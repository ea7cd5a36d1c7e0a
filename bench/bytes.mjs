// Bytes a page costs, gzip level 9, two ways:
//  - static: read from the build: the HTML, its <link rel=stylesheet>, its <script type=module src>
//    (and modulepreload) plus everything those reach through static `import`/`export … from`
//    statements; dynamic import() targets are not loaded at load, so they are not counted.
//  - in the browser: every response body Chromium receives, gzipped the same way, at load (after
//    network idle) and again after the first terminal has been scrolled into view.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSize } from './lib.mjs';

/** dist-relative file for a URL path on the built site. */
export function fileForPath(dir, urlPath) {
	const clean = urlPath.split(/[?#]/)[0];
	const file = clean.endsWith('/') ? join(dir, clean, 'index.html') : join(dir, clean);
	return existsSync(file) ? file : undefined;
}

const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];

/** Static imports of a built ES module: `import … from "x"`, `import "x"`, `export … from "x"`. */
export function staticImports(code) {
	const specs = new Set();
	// The lazy middle cannot cross quotes, parentheses or `=`, so `import("x")` never matches.
	const re = /(?:^|[^.\w$])(?:import|export)\s*(?:[^'"`();=]*?\bfrom\s*)?(["'])([^"'\n]+)\1/g;
	for (const m of code.matchAll(re)) specs.add(m[2]);
	return [...specs];
}

function resolveUrl(dir, fromFile, spec) {
	if (/^(https?:)?\/\//.test(spec) || spec.startsWith('data:')) return undefined;
	const path = spec.startsWith('/') ? join(dir, spec.split(/[?#]/)[0]) : resolve(dirname(fromFile), spec.split(/[?#]/)[0]);
	return existsSync(path) ? path : undefined;
}

/** { html, css, js } gzip bytes of a built page at load, with the file lists. */
export function staticBytes(dir, urlPath) {
	const page = fileForPath(dir, urlPath);
	if (!page) return undefined;
	const html = readFileSync(page, 'utf8');
	const css = new Set();
	const js = new Set();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
		const href = attr(tag, 'href');
		if (!href) continue;
		const file = resolveUrl(dir, page, href);
		if (!file) continue;
		if (rel.includes('stylesheet')) css.add(file);
		if (rel.includes('modulepreload')) js.add(file);
	}
	for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
		const src = attr(tag, 'src');
		if (!src) continue; // inline scripts are part of the HTML's bytes
		const file = resolveUrl(dir, page, src);
		if (file) js.add(file);
	}
	// Inline module scripts count as HTML, but what they import statically loads too.
	for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		if (attr(`<x ${attrs}>`, 'src') || attr(`<x ${attrs}>`, 'type') !== 'module') continue;
		for (const spec of staticImports(body)) {
			const dep = resolveUrl(dir, page, spec);
			if (dep && /\.m?js$/.test(dep)) js.add(dep);
		}
	}
	// Follow the static import graph.
	const queue = [...js];
	while (queue.length) {
		const file = queue.shift();
		for (const spec of staticImports(readFileSync(file, 'utf8'))) {
			const dep = resolveUrl(dir, file, spec);
			if (dep && /\.m?js$/.test(dep) && !js.has(dep)) {
				js.add(dep);
				queue.push(dep);
			}
		}
	}
	const sum = (files) => [...files].reduce((n, f) => n + gzipSize(readFileSync(f)), 0);
	const rel = (files) => [...files].map((f) => f.slice(dir.length));
	return {
		html: gzipSize(Buffer.from(html)),
		css: sum(css),
		js: sum(js),
		files: { css: rel(css), js: rel(js) },
	};
}

const KIND = { document: 'html', stylesheet: 'css', script: 'js' };

/**
 * Opens url in a fresh context and sums gzip sizes of response bodies by kind (html, css, js,
 * other), at load and, when the page has a terminal, after it has been scrolled into view.
 */
export async function browserBytes(browser, url, { terminalSelector = 'terminal-replay, [data-session]' } = {}) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const seen = [];
		const pending = new Set();
		context.on('response', (res) => {
			const task = (async () => {
				if (res.status() >= 300 && res.status() < 400) return;
				const type = res.request().resourceType();
				let body;
				try {
					body = await res.body();
				} catch {
					return; // e.g. a body the browser discarded
				}
				const kind = KIND[type] ?? (/\.m?js(\?|$)/.test(res.url()) ? 'js' : /\.wasm(\?|$)/.test(res.url()) ? 'wasm' : 'other');
				seen.push({ url: res.url(), kind, bytes: gzipSize(body) });
			})();
			pending.add(task);
			task.finally(() => pending.delete(task));
		});
		const totals = async () => {
			await Promise.all([...pending]);
			const t = { html: 0, css: 0, js: 0, wasm: 0, other: 0, requests: seen.length };
			for (const r of seen) t[r.kind] += r.bytes;
			return t;
		};
		await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
		await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
		const atLoad = await totals();
		const terminal = page.locator(terminalSelector).first();
		if ((await terminal.count()) === 0) return { atLoad };
		await terminal.scrollIntoViewIfNeeded({ timeout: 10_000 });
		await page.waitForTimeout(300); // let an IntersectionObserver fire
		await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
		await page.waitForTimeout(500);
		const afterTerminal = await totals();
		return { atLoad, afterTerminal, loadedLate: seen.slice(atLoad.requests).map((r) => new URL(r.url).pathname) };
	} finally {
		await context.close().catch(() => {});
	}
}
