import { axeViolations, COLOUR_RULES } from './axe';
import { test, expect, settle } from './fixtures';
import { sitemapPaths } from './site-map';

/**
 * Every page, as a reader meets it: no console errors or warnings, nothing fetched from another
 * origin, zero axe violations (see ./axe.ts) in the light and the dark theme, and its content
 * present with JavaScript disabled. The 404 page is reached the way readers reach it: a bad URL.
 * The dark theme switches colours in place and nothing else (the test checks that no element is
 * shown or hidden by theme), so there it runs the colour rules only: every other rule reads the
 * same DOM it read in the light theme.
 */
const MISSING = '/en/no-such-page/';
test('/: the language chooser is accessible in both themes', async ({ page }) => {
	// The chooser redirects as soon as its script runs; hold the script back to audit the page itself.
	await page.route('**/_astro/**/*.js', (route) => route.abort());
	await page.goto('/');
	// The chooser has no theme picker: it follows the system's colour scheme.
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect(await axeViolations(page), colorScheme).toEqual([]);
	}
});

// Two full axe runs on a long page (the glossary: 54 concepts) took over 2 minutes on a busy
// 2-core machine; a page's limit is sized for that page, not for the quiet case.
test.describe.configure({ timeout: 240_000 });

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

		for (const theme of ['light', 'dark'] as const) {
			await test.step(`${theme} theme`, async () => {
				// The page opens in the browser's light scheme; the reader then picks dark in the
				// header's theme picker, which switches the page in place (no reload).
				if (theme === 'dark') {
					// Starlight's light:/dark: utility classes are the one way a theme shows or hides an element.
					await expect(page.locator('[class*="light:"], [class*="dark:"]')).toHaveCount(0);
					await page.locator('starlight-theme-select select:visible').first().selectOption('dark');
				}
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				// Expressive Code makes overflowing code blocks focusable once it has measured them.
				await page.waitForFunction(() =>
					[...document.querySelectorAll('.expressive-code pre')].every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')),
				);
				expect(await axeViolations(page, theme === 'dark' ? COLOUR_RULES : undefined)).toEqual([]);
			});
		}

		expect(foreign, 'requests to another origin').toEqual([]);
		// A missing page answers 404, and Chromium itself logs that response; nothing else may appear.
		const expected404 = (line: string) => path === '/404.html' && (line.includes('status of 404') || line.includes(`${MISSING} (HTTP 404)`));
		expect(problems.console.filter((line) => !expected404(line))).toEqual([]);
		expect(problems.requests.filter((line) => !expected404(line))).toEqual([]);
	});
}

for (const theme of ['light', 'dark'] as const) {
	test(`a glossary popover, while open, is accessible (${theme} theme)`, async ({ page }) => {
		await page.goto('/en/foundations/what-is-virtualization/');
		await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
		await page.reload();
		const trigger = page.locator('[data-term-trigger]').first();
		await trigger.focus();
		await page.keyboard.press('Enter');
		const popover = page.locator('[data-term-pop]').first();
		await expect(popover).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('Escape');
		await expect(popover).toBeHidden();
		await expect(trigger).toBeFocused();
	});
}
