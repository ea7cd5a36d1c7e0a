// The reader query set (src/search/reader-queries.json, issue 17) against a build's Pagefind
// index, in Node (no browser): for each query, the page must be among the first three links of
//   plain:  Pagefind's results for the query as typed (stock Starlight);
//   ours:   the dialog as a reader sees it: the concept layer's answers and cards, then Pagefind's
//           results for the rewritten query;
//   pagefind: Pagefind's results alone for the rewritten query (what e2e/search.spec.ts checks,
//           which is also run here over e2e/search-queries.json).
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
	let plain = 0, ours = 0, rewritten = 0, engine = 0;
	const misses = [];
	for (const q of list) {
		if ((await top(q.q)).includes(q.expect)) plain++;
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
	report[l] = { queries: list.length, plain: `${((plain / list.length) * 100).toFixed(1)} %`, ours: `${((ours / list.length) * 100).toFixed(1)} %`, pagefind: `${((rewritten / list.length) * 100).toFixed(1)} %`, analyseMsPerQuery: +(engine / list.length).toFixed(3), misses };
}
if (process.argv.includes('--summary')) for (const r of Object.values(report)) r.misses = r.misses.length;
console.log(JSON.stringify(report, null, 2));
