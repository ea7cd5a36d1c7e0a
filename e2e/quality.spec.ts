import { axeViolations } from './axe';
import { test, expect, settle } from './fixtures';
import { sitemapPaths } from './site-map';

/**
 * Every page, as a reader meets it: no console errors or warnings, nothing fetched from another
 * origin, zero axe violations (see ./axe.ts) in the light and the dark theme, and its content
 * present with JavaScript disabled. The 404 page is reached the way readers reach it: a bad URL.
 */
const MISSING = '/en/no-such-page/';
test('/: the language chooser is accessible in both themes', async ({ page }) => {
	// The chooser redirects as soon as its script runs; hold the script back to audit the page itself.
	await page.route('**/_astro/**/*.js', (route) => route.abort());
	await page.goto('/');
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect(await axeViolations(page), colorScheme).toEqual([]);
	}
});

for (const path of sitemapPaths().filter((p) => p !== '/')) {
	test(`${path}: accessible in both themes, quiet console, same origin only`, async ({ page, problems, baseURL }) => {
		const foreign: string[] = [];
		page.on('request', (req) => {
			const url = new URL(req.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) foreign.push(req.url());
		});
		const response = await page.goto(path === '/404.html' ? MISSING : path);
		expect(response?.status()).toBe(path === '/404.html' ? 404 : 200);
		await settle(page);

		await test.step('light theme', async () => {
			await page.emulateMedia({ colorScheme: 'light' });
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
			expect(await axeViolations(page)).toEqual([]);
		});
		await test.step('dark theme', async () => {
			await page.emulateMedia({ colorScheme: 'dark' });
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			expect(await axeViolations(page)).toEqual([]);
		});

		expect(foreign, 'requests to another origin').toEqual([]);
		// Chromium itself logs the 404 response of a missing page; nothing else may appear.
		const notFound = path === '/404.html' ? [expect.stringContaining('status of 404')] : [];
		expect(problems.console).toEqual(notFound);
		expect(problems.requests).toEqual(path === '/404.html' ? [expect.stringContaining(`${MISSING} (HTTP 404)`)] : []);
	});

}

for (const path of sitemapPaths()) {
	test(`${path}: content present without JavaScript`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		const main = page.locator('main');
		await expect(page.locator('h1').first()).toBeVisible();
		const text = (await main.innerText()).trim();
		expect(text.length).toBeGreaterThan(20);
		// Tables, diagrams and transcripts must be shown by the HTML itself, not by a script.
		for (const selector of ['table', 'figure', 'svg[role="img"]', 'pre']) {
			for (const el of await main.locator(selector).all()) {
				await expect(el, `${selector} hidden without JavaScript`).toBeVisible();
			}
		}
		await context.close();
	});
}
