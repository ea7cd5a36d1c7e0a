// The reader query set (src/search/reader-queries.json, issue 17) against a build's Pagefind
// index, in Node (no browser): for each query, the page must be among the first three links of
//   plain:  Pagefind's results for the query as typed (stock Starlight);
//   ours:   the dialog as a reader sees it: the concept layer's answers and cards, then Pagefind's
//           results for the rewritten query;
//   pagefind: Pagefind's results alone for the rewritten query (what e2e/search.spec.ts checks,
//           which is also run here over e2e/search-queries.json);
//   garu:   (Korean) Pagefind's results for the query split by the garu-ko analyser instead (its
//           nouns, verb stems, foreign words and numbers): the maintained analyser the query side
//           was weighed against (src/search/README.md). Its model and WASM are ~1.5 MB, so the site
//           does not ship it; it is a dev dependency for this comparison only.
// Run after `npm run build`:  node bench/reader-queries.mjs [dist]   (bench/run.mjs runs it on its build;
// `--summary` leaves out the misses)
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = `${(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? `${ROOT}dist`).replace(/\/$/, '')}/`;
const RANKING = { metaWeights: { concepts: 4, mentions: 1.5, stems: 0.5 } };

async function loadLayer() {
	const { build } = await import('esbuild');
	const out = await build({
		stdin: { contents: "export * from './src/search/concepts.ts';", resolveDir: ROOT, loader: 'ts' },
		bundle: true,
		write: false,
		format: 'esm',
		platform: 'neutral',
		logLevel: 'silent',
	});
	return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

// Pagefind's browser module, fed from dist/ through a file: fetch.
const realFetch = globalThis.fetch;
globalThis.fetch = async (url, opts) => {
	const u = String(url);
	return u.startsWith('file:') ? new Response(await readFile(fileURLToPath(u.split('?')[0]))) : realFetch(url, opts);
};
let lang = 'en';
globalThis.document = { querySelector: () => ({ getAttribute: () => lang }) };
globalThis.location = { href: pathToFileURL(DIST).href };

const { queries } = JSON.parse(await readFile(`${ROOT}src/search/reader-queries.json`, 'utf8'));
const { analyse, indexConcepts } = await loadLayer();
const path = (url) => url.replace(/^.*?dist/, '').replace(/^\/file:/, '').replace(/#.*$/, '').replace(/\/index\.html$/, '/');

// garu-ko, loaded from its package (model and WASM read from disk; it logs one deprecation line).
const warn = console.warn;
console.warn = () => {};
const { Garu } = await import('garu-ko');
const garu = await Garu.load();
console.warn = warn;
const CONTENT = new Set(['NNG', 'NNP', 'VV', 'VA', 'SL', 'SN', 'XR']);
const garuTerm = (q) => garu.analyze(q).tokens.filter((t) => CONTENT.has(t.pos)).map((t) => t.text).join(' ');

const report = {};
for (const l of ['ko', 'en']) {
	lang = l;
	const pf = await import(`${pathToFileURL(`${DIST}pagefind/pagefind.js`).href}?${l}`);
	await pf.options({ basePath: pathToFileURL(`${DIST}pagefind/`).href, ranking: RANKING });
	await pf.init();
	const top = async (q) => {
		const r = await pf.search(q);
		return Promise.all(r.results.slice(0, 3).map(async (x) => path((await x.data()).url)));
	};
	const data = JSON.parse(await readFile(`${DIST}search/concepts-${l}.json`, 'utf8'));
	const index = indexConcepts(data.concepts, data.pages);
	const list = queries.filter((q) => q.lang === l);
	let plain = 0, ours = 0, rewritten = 0, engine = 0, garuHits = 0, garuMs = 0;
	const misses = [];
	for (const q of list) {
		if ((await top(q.q)).includes(q.expect)) plain++;
		if (l === 'ko') {
			const g0 = performance.now();
			const term = garuTerm(q.q);
			garuMs += performance.now() - g0;
			if ((await top(term)).includes(q.expect)) garuHits++;
		}
		const t0 = performance.now();
		const a = analyse(q.q, index, l);
		engine += performance.now() - t0;
		const results = await top(a.term);
		if (results.includes(q.expect)) rewritten++;
		const links = [...a.answers.map((x) => path(x.href)), ...a.concepts.map((c) => path(c.href)), ...results];
		if (links.slice(0, 3).includes(q.expect)) ours++;
		else misses.push(`"${q.q}" → ${links.slice(0, 3).join(', ')}`);
	}
	const e2e = JSON.parse(await readFile(`${ROOT}e2e/search-queries.json`, 'utf8')).queries.filter((q) => q.from.startsWith(`/${l}/`));
	const e2eMisses = [];
	for (const q of e2e) {
		const t = analyse(q.q, index, l).term;
		if (!(await top(t)).includes(q.expect)) e2eMisses.push(`"${q.q}" → "${t}" → ${(await top(t)).join(', ')}`);
	}
	report[`e2e-${l}`] = { queries: e2e.length, pagefind: `${(((e2e.length - e2eMisses.length) / e2e.length) * 100).toFixed(1)} %`, misses: e2eMisses };
	report[l] = { queries: list.length, plain: `${((plain / list.length) * 100).toFixed(1)} %`, ours: `${((ours / list.length) * 100).toFixed(1)} %`, pagefind: `${((rewritten / list.length) * 100).toFixed(1)} %`, ...(l === 'ko' ? { garu: `${((garuHits / list.length) * 100).toFixed(1)} %`, garuMsPerQuery: +(garuMs / list.length).toFixed(3) } : {}), analyseMsPerQuery: +(engine / list.length).toFixed(3), misses };
}
if (process.argv.includes('--summary')) for (const r of Object.values(report)) r.misses = r.misses.length;
console.log(JSON.stringify(report, null, 2));
