// Lighthouse, mobile (the default config: simulated Moto G-class device on slow 4G) and desktop
// (lighthouse/core/config/desktop-config.js), median of N runs per page: the four category
// scores (0-100) and LCP (ms), TBT (ms), CLS.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs } from '../scripts/chromium.mjs';
import { failed, median, own, withTimeout } from './lib.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUN_TIMEOUT = 60_000;
// Skip what no score depends on (weight-0 audits whose gathering costs an extra navigation or
// screenshots): about 3 s less per run, same scores and metrics.
const LEAN = { skipAudits: ['bf-cache', 'screenshot-thumbnails', 'final-screenshot'], disableFullPageScreenshot: true };

export const FORM_FACTORS = { mobile: undefined, desktop: desktopConfig };

/** A Chromium that Lighthouse drives over its debugging port; restarted after a failed run. */
export function lighthouseBrowser(chromePath) {
	let chrome;
	let release = () => {};
	const start = async () => {
		chrome = await withTimeout(
			chromeLauncher.launch({
				chromePath,
				chromeFlags: [...new Set([...chromiumArgs(), '--headless=new', '--no-sandbox', '--disable-gpu'])],
				logLevel: 'silent',
			}),
			30_000,
			'launching Chromium for Lighthouse',
		);
		const c = chrome;
		release = own(() => c.kill());
	};
	const stop = async () => {
		release();
		try {
			await chrome?.kill();
		} catch {
			/* gone already */
		}
		chrome = undefined;
	};
	return {
		async port() {
			if (!chrome) await start();
			return chrome.port;
		},
		restart: stop,
		stop,
	};
}

async function once(browser, url, config) {
	const port = await browser.port();
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, ...LEAN }, config);
	const lhr = result?.lhr;
	if (!lhr) throw new Error('no Lighthouse result');
	if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
	// Under heavy load a run can end without a performance score (e.g. no LCP): a failed run.
	if (lhr.categories.performance?.score == null) {
		throw new Error(`no performance score (${lhr.audits['largest-contentful-paint']?.errorMessage ?? 'metrics missing'})`);
	}
	const score = (id) => (lhr.categories[id]?.score == null ? undefined : Math.round(lhr.categories[id].score * 100));
	const value = (id) => lhr.audits[id]?.numericValue;
	// What costs the non-performance scores their points, so a score below 100 says why.
	const failing = ['accessibility', 'best-practices', 'seo'].flatMap((c) =>
		(lhr.categories[c]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1).map((ref) => ref.id),
	);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		lcpMs: value('largest-contentful-paint'),
		tbtMs: value('total-blocking-time'),
		cls: value('cumulative-layout-shift'),
		failing,
	};
}

/** Median of `runs` Lighthouse runs of url with config; per-run figures kept beside it. */
export async function lighthouseMedian(browser, url, config, runs) {
	const all = [];
	const errors = [];
	for (let i = 0; i < runs; i++) {
		try {
			all.push(await withTimeout(once(browser, url, config), RUN_TIMEOUT, 'Lighthouse run'));
		} catch (err) {
			errors.push(String(err?.message ?? err));
			await browser.restart(); // a half-finished run leaves the browser in an unknown state
		}
	}
	if (all.length === 0) return failed(errors[0]);
	const out = {};
	for (const key of Object.keys(all[0])) {
		out[key] = key === 'failing' ? [...new Set(all.flatMap((r) => r.failing))] : median(all.map((r) => r[key]));
	}
	out.runs = all.length;
	if (errors.length) out.failedRuns = errors;
	return out;
}
