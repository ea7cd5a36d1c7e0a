// Search figures for `npm run bench` (bench/run.mjs calls benchSearch), or on its own:
//   npx node bench/search.mjs http://127.0.0.1:4700     (a server already serving a build)
//
// Per language, in a fresh browser context each time:
// - bytes: what a first query downloads, split into JS, WASM and index (Pagefind's entry, meta,
//   index chunks and result fragments). Ours: every response from page load to rendered results
//   that belongs to search (files under /pagefind/, the Pagefind UI chunk and our Search script),
//   plus the concept list inlined in the page. Plain: the same page, calling the Pagefind JS API
//   directly (what Starlight's stock UI does under the hood: same pagefind.js, WASM and index) with
//   the raw query; the stock UI's JS chunk is the same file as ours and is counted on both sides.
// - time: median over the query set's queries of that language (first 12), warm.
//   `uiMs`: ours, from the last keystroke to the results rendered in the dialog (this includes
//   Pagefind UI's 300 ms debounce, which stock Starlight has too); plain: the same for the stock
//   Pagefind UI (the build's pagefind-ui.js, Starlight's options) mounted on the same page, with
//   the raw queries, after the bytes are counted. `engineMs`: search plus the
//   first five results' data, through the Pagefind API, for our rewritten query (ours) and the raw
//   query (plain): the like-for-like comparison.
// - top3: share of the query set (e2e/search-queries.json) with its page in the top 3 through the
//   API, ours (rewritten query) against plain (raw query): what the concept layer buys.
// The rewritten queries come from src/search/concepts.ts itself, bundled with esbuild.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const QUERIES = JSON.parse(readFileSync(new URL('../e2e/search-queries.json', import.meta.url), 'utf8')).queries;
const TIMED = 12;
// Starlight's default ranking (its `pagefind` option defaults), which the stock UI passes to Pagefind.
const STARLIGHT_RANKING = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9, diacriticSimilarity: 0.8 };

const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? Math.round((s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) * 10) / 10 : undefined;
};

async function loadAnalyse() {
	const { build } = await import('esbuild');
	const out = await build({
		entryPoints: [`${ROOT}src/search/concepts.ts`],
		bundle: true,
		write: false,
		format: 'esm',
		platform: 'neutral',
		logLevel: 'silent',
	});
	return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

function kindOf(url) {
	if (/\.wasm|\/wasm\.[^/]*\.pagefind$/.test(url)) return 'wasm';
	if (/\.pf_(meta|index|fragment)$|pagefind-entry\.json/.test(url)) return 'index';
	if (/\.m?js(\?|$)/.test(url)) return 'js';
	return 'other';
}

/** Counts search-related responses in a context; `isSearchJs` decides for /_astro/ chunks. */
function recorder(context) {
	const seen = [];
	const pending = [];
	context.on('response', (res) => {
		const url = res.url();
		if (!/\/pagefind\/|\/_astro\/.*\.js/.test(url)) return;
		pending.push(
			res.body().then(
				(body) => seen.push({ url, kind: kindOf(url), body }),
				() => {},
			),
		);
	});
	/** Every response seen so far, once its body has arrived. */
	seen.settled = async () => {
		await Promise.all(pending);
		return seen;
	};
	return seen;
}

function sum(entries) {
	const out = { js: 0, wasm: 0, index: 0, total: 0, gzipTotal: 0, requests: entries.length };
	for (const e of entries) {
		if (e.kind in out) out[e.kind] += e.body.length;
		out.total += e.body.length;
		out.gzipTotal += gzipSync(e.body, { level: 6 }).length;
	}
	return out;
}

const isOurs = (e) => /data-search-concepts|dockside-concepts/.test(e.body.toString('latin1'));
const isSearchChunk = (e) =>
	e.url.includes('/pagefind/') ||
	e.url.includes('/search/concepts-') || /pagefind-ui__|data-search-concepts|dockside-concepts/.test(e.body.toString('latin1'));

async function openAndWaitReady(page, url) {
	await page.goto(url);
	await page.waitForSelector('button[data-open-modal]:not([disabled])');
	await page.waitForSelector('#starlight__search input', { state: 'attached' });
}

/**
 * Types q into a Pagefind UI (ours: the open dialog, `#starlight__search`); resolves with ms from
 * the last keystroke to the first three results rendered.
 */
async function typeAndTime(page, q, root = '#starlight__search') {
	const input = page.locator(`${root} input`);
	await input.fill('');
	await page.waitForSelector(`${root} .pagefind-ui__drawer.pagefind-ui__hidden`, { state: 'attached' });
	await input.fill(q.slice(0, -1));
	await page.evaluate((root) => {
		window.__benchT0 = 0;
		const el = document.querySelector(`${root} input`);
		el.addEventListener('input', () => (window.__benchT0 = performance.now()), { once: true });
	}, root);
	await input.pressSequentially(q.slice(-1));
	// Polled every animation frame: the figure is good to about one frame (16 ms).
	const handle = await page.waitForFunction(
		({ q, root }) => {
			const msg = document.querySelector(`${root} .pagefind-ui__message`);
			const items = [...document.querySelectorAll(`${root} ol.pagefind-ui__results > li`)].slice(0, 3);
			const ready = document.querySelector(`${root} ol.pagefind-ui__results`) && msg?.textContent.includes(q);
			return window.__benchT0 && ready && items.every((li) => li.querySelector('.pagefind-ui__result-link')) ? performance.now() - window.__benchT0 : false;
		},
		{ q, root },
		{ polling: 'raf', timeout: 15_000 },
	);
	return handle.jsonValue();
}

/** Stock Pagefind UI (the build's own pagefind-ui.js, as Starlight configures it) mounted in the page. */
async function mountPlainUi(page, ranking) {
	await page.addScriptTag({ url: '/pagefind/pagefind-ui.js' });
	await page.evaluate((ranking) => {
		const host = document.createElement('div');
		host.id = 'plain-search';
		document.body.prepend(host);
		new window.PagefindUI({ element: '#plain-search', baseUrl: '/', bundlePath: '/pagefind/', showImages: false, showSubResults: true, ranking });
	}, ranking);
	await page.waitForSelector('#plain-search input');
}

/** In the page: Pagefind API search plus the first five results' data, timed; returns paths too. */
async function apiSearch(page, terms, ranking) {
	return page.evaluate(
		async ({ terms, ranking }) => {
			const pf = await import('/pagefind/pagefind.js');
			await pf.options({ ranking });
			const out = [];
			for (const term of terms) {
				const t0 = performance.now();
				const s = await pf.search(term);
				const data = await Promise.all(s.results.slice(0, 5).map((r) => r.data()));
				out.push({ ms: performance.now() - t0, paths: data.map((d) => new URL(d.url, location.href).pathname) });
			}
			return out;
		},
		{ terms, ranking },
	);
}

export async function benchSearch({ baseURL, browser }) {
	const { analyse, indexConcepts } = await loadAnalyse();
	const result = { ours: {}, plain: {}, notes: 'plain = the raw query on the same build with Starlight default ranking: Pagefind JS API for bytes and engine time, stock Pagefind UI for medianUiMs; see bench/search.mjs' };
	for (const lang of ['en', 'ko']) {
		const queries = QUERIES.filter((q) => q.from.startsWith(`/${lang}/`));
		const first = queries[0].q;
		const url = `${baseURL}/${lang}/`;

		// Ours: first query through the dialog, in a fresh context.
		const ctx = await browser.newContext();
		const seen = recorder(ctx);
		const page = await ctx.newPage();
		await openAndWaitReady(page, url);
		// The concept list is a cached JSON file the dialog fetches when the browser is idle.
		const conceptJson = await page.evaluate(async () => {
			const url = document.querySelector('site-search')?.dataset.concepts;
			return url ? await (await fetch(url)).text() : '';
		});
		await page.click('button[data-open-modal]');
		const firstUiMs = await typeAndTime(page, first);
		await page.waitForLoadState('networkidle');
		const ours = sum((await seen.settled()).filter(isSearchChunk));
		ours.conceptData = Buffer.byteLength(conceptJson);
		ours.conceptDataGzip = gzipSync(conceptJson).length;
		const uiTimes = [];
		for (const q of queries.slice(0, TIMED)) uiTimes.push(await typeAndTime(page, q.q));
		await ctx.close();

		// Plain: a fresh context on the same page; the Pagefind API with the raw first query. The
		// stock UI chunk (Pagefind UI, loaded at idle on every page) is counted; our Search chunk is not.
		const pctx = await browser.newContext();
		const pseen = recorder(pctx);
		const ppage = await pctx.newPage();
		await openAndWaitReady(ppage, url);
		await ppage.waitForLoadState('networkidle');
		const before = new Set(await pseen.settled());
		const [plainFirst] = await apiSearch(ppage, [first], STARLIGHT_RANKING);
		await ppage.waitForLoadState('networkidle');
		await pseen.settled();
		const uiChunk = [...before].filter((e) => /pagefind-ui__/.test(e.body.toString('latin1')) && !isOurs(e));
		const plainEntries = [...uiChunk, ...pseen.filter((e) => !before.has(e) && isSearchChunk(e))];
		const plain = sum(plainEntries);

		// Engine time, warm, like for like in one page: our rewritten query against the raw query.
		const data = JSON.parse(conceptJson);
		const index = indexConcepts(data.concepts, data.pages);
		const rewritten = queries.map((q) => analyse(q.q, index, lang).term);
		const oursRanking = { ...STARLIGHT_RANKING, metaWeights: readMetaWeights() };
		const t0 = performance.now();
		for (const q of queries) analyse(q.q, index, lang);
		const analyseMs = (performance.now() - t0) / queries.length;
		await apiSearch(ppage, rewritten, oursRanking);
		const oursApi = await apiSearch(ppage, rewritten, oursRanking);
		await apiSearch(ppage, queries.map((q) => q.q), STARLIGHT_RANKING);
		const plainApi = await apiSearch(ppage, queries.map((q) => q.q), STARLIGHT_RANKING);
		// Keystroke to results in the stock UI, the same queries as ours, raw (after the bytes above).
		await mountPlainUi(ppage, STARLIGHT_RANKING);
		await typeAndTime(ppage, first, '#plain-search');
		const plainUiTimes = [];
		for (const q of queries.slice(0, TIMED)) plainUiTimes.push(await typeAndTime(ppage, q.q, '#plain-search'));
		await pctx.close();

		const top3 = (runs) => runs.filter((r, i) => r.paths.slice(0, 3).includes(queries[i].expect)).length;
		result.ours[lang] = {
			firstQueryBytes: ours,
			firstQueryUiMs: Math.round(firstUiMs),
			medianUiMs: median(uiTimes),
			medianEngineMs: median(oursApi.slice(0, TIMED).map((r) => r.ms)),
			analyseMs: Math.round(analyseMs * 1000) / 1000,
			top3: `${top3(oursApi)}/${queries.length}`,
		};
		result.plain[lang] = {
			firstQueryBytes: plain,
			firstQueryEngineMs: Math.round(plainFirst.ms),
			medianUiMs: median(plainUiTimes),
			medianEngineMs: median(plainApi.slice(0, TIMED).map((r) => r.ms)),
			top3: `${top3(plainApi)}/${queries.length}`,
		};
	}
	return result;
}

/** The metaWeights from astro.config.mjs, so the API calls rank as our UI does. */
function readMetaWeights() {
	const config = readFileSync(`${ROOT}astro.config.mjs`, 'utf8');
	const m = config.match(/metaWeights:\s*(\{[^}]*\})/);
	if (!m) return undefined;
	return Object.fromEntries([...m[1].matchAll(/(\w+):\s*([\d.]+)/g)].map(([, k, v]) => [k, Number(v)]));
}

// Standalone: `npx node bench/search.mjs <baseURL>`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const baseURL = (process.argv[2] ?? 'http://127.0.0.1:4321').replace(/\/$/, '');
	const { chromium } = await import('@playwright/test');
	const { findChromium, chromiumArgs } = await import('../scripts/chromium.mjs');
	const found = findChromium();
	const browser = await chromium.launch({ executablePath: found?.path, args: chromiumArgs() });
	try {
		console.log(JSON.stringify(await benchSearch({ baseURL, browser }), null, 2));
	} finally {
		await browser.close();
	}
}
