// `npm run bench`: builds Dockside, measures it and its peers in one run, prints one table and
// writes bench/results.json. See bench/README.md for what each figure means.
//
//   node bench/run.mjs [--out DIR] [--runs N] [--skip-lighthouse] [--no-build] [--in-place]
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { findChromium, chromiumArgs } from '../scripts/chromium.mjs';
import { SNAPSHOT, snapshotRepo, timeBuilds } from './build.mjs';
import { browserBytes, fileForPath, staticBytes } from './bytes.mjs';
import { REPO, attempt, disposeAll, failed, isCell, na, own, serve } from './lib.mjs';
import { PEER_DIR, writePeer } from './peer-starlight.mjs';
import { printReport } from './table.mjs';
import { benchAsciinema, benchOurTerminal, sessionOf } from './terminal.mjs';

const USAGE = `usage: node bench/run.mjs [options]
  --out DIR          where our build goes (default: dist); use e.g. /tmp/bench-dist to leave dist/ alone
  --runs N           Lighthouse runs per page and form factor, median reported (default: 3)
  --skip-lighthouse  skip Lighthouse (the slowest part)
  --no-build         measure the build already in --out instead of building
  --in-place         build in the repository itself (default: in a snapshot of it under ${SNAPSHOT})`;

const { values: opts } = parseArgs({
	options: {
		out: { type: 'string', default: 'dist' },
		runs: { type: 'string', default: '3' },
		'skip-lighthouse': { type: 'boolean', default: false },
		'no-build': { type: 'boolean', default: false },
		'in-place': { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (opts.help) {
	console.log(USAGE);
	process.exit(0);
}
const OUT = resolve(REPO, opts.out);
const RUNS = Math.max(1, Number.parseInt(opts.runs, 10) || 3);

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(`bench: Node ${process.version} cannot run Astro 7 (needs ≥ 22.12). Use \`npm run bench\` or \`npx node bench/run.mjs\`.`);
	process.exit(1);
}

const PAGE_TYPES = [
	{ id: 'doc', label: 'doc page', short: 'doc', path: '/en/foundations/what-is-virtualization/' },
	{ id: 'terminal', label: 'doc page with a terminal', short: 'terminal page', path: '/en/walkthroughs/pull/' },
	// Issue 12's Lighthouse target is a page with two terminals: the architecture page has two.
	{ id: 'twoTerminals', label: 'doc page with two terminals', short: 'two terminals', path: '/en/docker/architecture/' },
	{ id: 'playground', label: 'playground', short: 'playground', path: '/en/playground/' },
	{ id: 'glossary', label: 'glossary', short: 'glossary', path: '/en/reference/glossary/' },
];
const PORTS = { ours: 4600, peer: 4601, asciinema: 4602 };

const t0 = performance.now();
const log = (msg) => console.error(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

// Never hang: a watchdog ends the run (cleaning up) if everything together takes far too long.
const watchdog = setTimeout(async () => {
	console.error('bench: gave up after 15 minutes');
	await disposeAll();
	process.exit(2);
}, 15 * 60_000);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.on(signal, async () => {
		await disposeAll();
		process.exit(130);
	});
}

const results = {
	date: new Date().toISOString(),
	node: process.version,
	chromium: undefined,
	machine: {
		cpus: os.cpus().length,
		model: os.cpus()[0]?.model,
		platform: `${os.platform()} ${os.release()}`,
		memoryGB: Math.round(os.totalmem() / 2 ** 30),
		loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(2))),
	},
	options: { out: OUT, runs: RUNS, skipLighthouse: opts['skip-lighthouse'], build: !opts['no-build'], inPlace: opts['in-place'] },
	pages: Object.fromEntries(PAGE_TYPES.map((p) => [p.id, p.path])),
	build: {},
	bytes: {},
	lighthouse: {},
	terminal: {},
	sim: undefined,
	search: undefined,
	readerQueries: undefined,
};

async function main() {
	// 1. Build ours.
	if (opts['no-build']) {
		results.build.ours = na('--no-build');
	} else {
		log(`building Dockside (cold, then warm) into ${OUT}${opts['in-place'] ? ' in place' : ` from a snapshot in ${SNAPSHOT}`}`);
		results.build.ours = await attempt('build', async () => timeBuilds(opts['in-place'] ? REPO : snapshotRepo(), OUT), 600_000);
	}
	if (!existsSync(join(OUT, 'index.html'))) throw new Error(`no build in ${OUT}`);

	// 2. A browser and our server.
	const chromiumFound = findChromium();
	let browser;
	let chromePath;
	const browserReady = await attempt(
		'Chromium',
		async () => {
			if (!chromiumFound) throw new Error('no Chromium found (see scripts/chromium.mjs)');
			const { chromium } = await import('@playwright/test');
			chromePath = chromiumFound.path ?? chromium.executablePath();
			browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs(), timeout: 30_000 });
			own(() => browser.close());
			results.chromium = `${browser.version()} (${chromiumFound.source}: ${chromePath})`;
			return true;
		},
		45_000,
	);
	const noBrowser = isCell(browserReady) ? browserReady : undefined;
	const ours = await serve(OUT, PORTS.ours);
	log(`serving ${OUT} at ${ours.baseURL}`);

	// 3. Bytes per page type, ours.
	for (const type of PAGE_TYPES) {
		if (!fileForPath(OUT, type.path)) {
			results.bytes[type.id] = { ours: na('not built') };
			continue;
		}
		log(`bytes: ${type.label}`);
		results.bytes[type.id] = {
			ours: {
				static: await attempt(`static bytes ${type.path}`, async () => staticBytes(OUT, type.path), 30_000),
				browser: noBrowser ?? (await attempt(`browser bytes ${type.path}`, () => browserBytes(browser, `${ours.baseURL}${type.path}`), 90_000)),
			},
		};
	}

	// 4. The plain Starlight peer: our doc page's text in a stock Starlight site.
	let peer;
	if (noBrowser) results.build.peer = noBrowser;
	else if (!fileForPath(OUT, PAGE_TYPES[0].path)) results.build.peer = na('our doc page is not built');
	else {
		log('plain Starlight peer: writing and building');
		const written = await attempt('peer project', () => writePeer(browser, `${ours.baseURL}${PAGE_TYPES[0].path}`), 90_000);
		if (isCell(written)) results.build.peer = written;
		else {
			results.build.peer = await attempt('peer build', () => timeBuilds(PEER_DIR, join(PEER_DIR, 'dist'), { warm: false }), 300_000);
			results.build.peer.words = written.words;
			if (!isCell(results.build.peer)) {
				const served = await attempt('peer server', () => serve(join(PEER_DIR, 'dist'), PORTS.peer), 30_000);
				if (!isCell(served)) peer = { ...served, path: written.path, dir: join(PEER_DIR, 'dist') };
				log('bytes: plain Starlight peer');
				results.bytes.doc.peer = {
					static: await attempt('peer static bytes', async () => staticBytes(join(PEER_DIR, 'dist'), written.path), 30_000),
					browser: peer ? await attempt('peer browser bytes', () => browserBytes(browser, `${peer.baseURL}${peer.path}`), 90_000) : served,
				};
			}
		}
	}

	// 5. Terminal: ours and asciinema-player playing the same session.
	const walkthrough = PAGE_TYPES[1].path;
	if (noBrowser) results.terminal = { ours: noBrowser, asciinema: noBrowser };
	else if (!fileForPath(OUT, walkthrough)) results.terminal = { ours: na('walkthrough page not built yet'), asciinema: na('walkthrough page not built yet') };
	else {
		const session = sessionOf(OUT, walkthrough);
		results.terminal.session = session;
		log(`terminal: ours (${walkthrough})`);
		results.terminal.ours = await attempt('our terminal', () => benchOurTerminal(browser, ours.baseURL, walkthrough, OUT), 90_000);
		log(`terminal: asciinema-player (casts/${session}.cast)`);
		results.terminal.asciinema = await attempt(
			'asciinema-player',
			() => benchAsciinema(browser, (dir) => serve(dir, PORTS.asciinema), OUT, session),
			90_000,
		);
	}

	// 6. Simulator figures, if the simulator's bench exists.
	const simFile = join(REPO, 'bench/sim.ts');
	if (!existsSync(simFile)) results.sim = na('bench/sim.ts not written yet');
	else {
		log('simulator: bench/sim.ts');
		results.sim = await attempt(
			'simulator',
			async () => {
				const mod = await import(pathToFileURL(simFile).href);
				if (typeof mod.benchSim !== 'function') throw new Error('bench/sim.ts does not export benchSim()');
				return await mod.benchSim();
			},
			120_000,
		);
	}

	// 6b. Challenge figures (issue 16): time to check after a command, and the checker's bytes.
	const challengesFile = join(REPO, 'bench/challenges.ts');
	if (existsSync(challengesFile)) {
		log('challenges: bench/challenges.ts');
		results.challenges = await attempt('challenges', async () => (await import(pathToFileURL(challengesFile).href)).benchChallenges(), 120_000);
	}

	// 7. Search figures, if the search bench exists.
	const searchFile = join(REPO, 'bench/search.mjs');
	if (!existsSync(searchFile)) results.search = na('bench/search.mjs not written yet');
	else if (noBrowser) results.search = noBrowser;
	else {
		log('search: bench/search.mjs');
		results.search = await attempt(
			'search',
			async () => {
				const mod = await import(pathToFileURL(searchFile).href);
				if (typeof mod.benchSearch !== 'function') throw new Error('bench/search.mjs does not export benchSearch()');
				return await mod.benchSearch({ baseURL: ours.baseURL, browser, peerBaseURL: peer?.baseURL, peerPath: peer?.path });
			},
			180_000,
		);
	}

	// 7b. The reader query set (issue 17) through the built Pagefind index, in Node: hit rate of
	// plain Pagefind and of the dialog, per language (its own process: it stubs fetch and document).
	if (!fileForPath(OUT, '/ko/')) results.readerQueries = na('not built');
	else {
		log('search: bench/reader-queries.mjs');
		results.readerQueries = await attempt(
			'reader queries',
			async () => JSON.parse(execFileSync(process.execPath, [join(REPO, 'bench/reader-queries.mjs'), OUT, '--summary'], { encoding: 'utf8', timeout: 120_000 })),
			150_000,
		);
	}

	// 8. Lighthouse, mobile and desktop, median of RUNS, on each page type and the peer.
	if (opts['skip-lighthouse']) results.lighthouse = na('--skip-lighthouse');
	else if (noBrowser) results.lighthouse = noBrowser;
	else {
		const { FORM_FACTORS, lighthouseBrowser, lighthouseMedian } = await import('./lighthouse.mjs');
		const lh = lighthouseBrowser(chromePath);
		try {
			for (const [formFactor, config] of Object.entries(FORM_FACTORS)) {
				results.lighthouse[formFactor] = {};
				for (const type of PAGE_TYPES) {
					const entry = (results.lighthouse[formFactor][type.id] = {});
					if (!fileForPath(OUT, type.path)) entry.ours = na('not built');
					else {
						log(`lighthouse ${formFactor}: ${type.label} ×${RUNS}`);
						entry.ours = await attempt(`lighthouse ${formFactor} ${type.path}`, () => lighthouseMedian(lh, `${ours.baseURL}${type.path}`, config, RUNS), RUNS * 70_000);
					}
					if (type.id === 'doc') {
						if (!peer) entry.peer = na('no peer build');
						else {
							log(`lighthouse ${formFactor}: plain Starlight ×${RUNS}`);
							entry.peer = await attempt(`lighthouse ${formFactor} peer`, () => lighthouseMedian(lh, `${peer.baseURL}${peer.path}`, config, RUNS), RUNS * 70_000);
						}
					}
				}
			}
		} finally {
			await lh.stop();
		}
	}
}

let exitCode = 0;
try {
	await main();
} catch (err) {
	console.error(`bench: ${err?.stack ?? err}`);
	results.fatal = failed(err).error;
	exitCode = 1;
} finally {
	await disposeAll();
}
results.machine.loadAverageAtEnd = os.loadavg().map((n) => Number(n.toFixed(2)));
results.durationSeconds = Number(((performance.now() - t0) / 1000).toFixed(1));
const file = join(REPO, 'bench/results.json');
writeFileSync(file, `${JSON.stringify(results, null, '\t')}\n`);
console.log(printReport(results, PAGE_TYPES));
console.log(`\nWritten to ${file} in ${results.durationSeconds} s.`);
process.exit(exitCode);
