import { test as base, expect, type Page, type Request } from '@playwright/test';

/** What went wrong while a page was open: console errors and warnings, failed requests. */
export interface PageProblems {
	console: string[];
	requests: string[];
}

/** Requests each page has started and not yet finished, and when that set last changed. */
const network = new WeakMap<Page, { pending: Set<Request>; changed: number }>();

/** `page` plus `problems`, collected from the moment the page opens. */
export const test = base.extend<{ problems: PageProblems; trackNetwork: void }>({
	trackNetwork: [
		async ({ page }, use) => {
			const state = { pending: new Set<Request>(), changed: Date.now() };
			network.set(page, state);
			page.on('request', (req) => {
				state.pending.add(req);
				state.changed = Date.now();
			});
			const done = (req: Request) => {
				state.pending.delete(req);
				state.changed = Date.now();
			};
			page.on('requestfinished', done);
			page.on('requestfailed', done);
			await use();
		},
		{ auto: true },
	],
	problems: async ({ page }, use) => {
		const problems: PageProblems = { console: [], requests: [] };
		page.on('console', (msg) => {
			if (msg.type() === 'error' || msg.type() === 'warning') {
				problems.console.push(`${msg.type()}: ${msg.text()}`);
			}
		});
		page.on('pageerror', (err) => problems.console.push(`pageerror: ${err.message}`));
		page.on('requestfailed', async (req) => {
			const error = req.failure()?.errorText;
			// Starlight turns on Astro's prefetch: focusing or hovering a link fetches its page early.
			// Following the link before that prefetch finishes aborts it (seen on a busy machine);
			// the page itself then loads normally, so that abort is not a failure.
			const purpose = (await req.allHeaders().catch(() => ({}) as Record<string, string>))['sec-purpose'] ?? '';
			if (error === 'net::ERR_ABORTED' && purpose.includes('prefetch')) return;
			problems.requests.push(`${req.url()} (${error})`);
		});
		page.on('response', (res) => {
			if (res.status() >= 400) problems.requests.push(`${res.url()} (HTTP ${res.status()})`);
		});
		await use(problems);
	},
});

export { expect };

/**
 * Waits until the page has fetched what it needs: no request in flight for half a second. Unlike
 * `waitForLoadState('networkidle')`, which returns at once after the first idle moment, this also
 * waits for requests that a scroll, a search or a click started later, so their failures are counted
 * and a navigation does not cut them off.
 */
export async function settle(page: Page, quietMs = 500) {
	await page.waitForLoadState('load');
	const state = network.get(page);
	if (!state) throw new Error('settle() needs the page from this file\'s `test`');
	while (state.pending.size > 0 || Date.now() - state.changed < quietMs) await page.waitForTimeout(50);
}
