import { test as base, expect, type Page } from '@playwright/test';

/** What went wrong while a page was open: console errors and warnings, failed requests. */
export interface PageProblems {
	console: string[];
	requests: string[];
}

/** `page` plus `problems`, collected from the moment the page opens. */
export const test = base.extend<{ problems: PageProblems }>({
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

/** Waits until the page has fetched what it needs, so late failures are counted too. */
export async function settle(page: Page) {
	await page.waitForLoadState('networkidle');
}
