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
		page.on('requestfailed', (req) => {
			problems.requests.push(`${req.url()} (${req.failure()?.errorText})`);
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
