import { test, expect } from '@playwright/test';
import { sitemapPaths } from './site-map';

/**
 * Keyboard-only use, on one page of each kind in both languages: Tab reaches every interactive
 * element that is on screen, in document order, and each one shows a visible focus indicator.
 */
const TABBABLE =
	'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

const KINDS = [
	'/en/',
	'/ko/',
	'/en/foundations/what-is-virtualization/',
	'/ko/foundations/what-is-virtualization/',
	'/en/reference/glossary/',
	'/ko/reference/glossary/',
	'/en/walkthroughs/pull/',
	'/ko/walkthroughs/pull/',
].filter((path) => sitemapPaths().includes(path));

for (const path of KINDS) {
	test(`${path}: Tab reaches every control in order, each with a visible focus ring`, async ({ page }) => {
		await page.goto(path);
		// A terminal upgrades itself once it nears the viewport (enabling its controls, folding its
		// transcript). Let that happen first, so Tab walks the page a reader settles on.
		const terminal = page.locator('terminal-replay').first();
		if ((await terminal.count()) > 0) {
			await terminal.scrollIntoViewIfNeeded();
			await expect(terminal).toHaveAttribute('data-ready', '');
			await page.evaluate(() => window.scrollTo(0, 0));
		}
		const expected = await page.evaluate((selector) => {
			const shown = (el: Element) => {
				const box = el.getBoundingClientRect();
				const style = getComputedStyle(el);
				return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !el.closest('[inert], [hidden], dialog:not([open]), details:not([open]) > :not(summary)');
			};
			const items = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.tabIndex >= 0 && shown(el));
			items.forEach((el, i) => (el.dataset.kb = String(i)));
			return items.length;
		}, TABBABLE);
		expect(expected).toBeGreaterThan(3);

		const visited: number[] = [];
		const unringed: string[] = [];
		for (let i = 0; i < expected + 5 && visited.length < expected; i++) {
			await page.keyboard.press('Tab');
			const seen = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				const ring =
					el.matches(':focus-visible') &&
					((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none');
				return { index: el.dataset.kb === undefined ? -1 : Number(el.dataset.kb), ring, what: el.outerHTML.slice(0, 80) };
			});
			if (!seen) continue;
			if (seen.index >= 0) visited.push(seen.index);
			if (!seen.ring) unringed.push(seen.what);
		}
		expect(visited, 'focus order').toEqual([...Array(expected).keys()]);
		expect(unringed, 'focused without a visible indicator').toEqual([]);
	});
}
