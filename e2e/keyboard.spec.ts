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

		// The page records each focus as it happens, so the walk is one key press per control and a
		// single read at the end: a glossary page has hundreds of links, and a round trip per press
		// made this test slow on a busy machine.
		await page.evaluate(() => {
			const log: Array<{ index: number; ring: boolean; what: string }> = [];
			(window as unknown as { focusLog: typeof log }).focusLog = log;
			document.addEventListener('focusin', (event) => {
				const el = event.target as HTMLElement;
				const style = getComputedStyle(el);
				const ring =
					el.matches(':focus-visible') &&
					((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none');
				log.push({ index: el.dataset.kb === undefined ? -1 : Number(el.dataset.kb), ring, what: el.outerHTML.slice(0, 80) });
			});
		});
		for (let i = 0; i < expected + 5; i++) await page.keyboard.press('Tab');
		const log = await page.evaluate(() => (window as unknown as { focusLog: Array<{ index: number; ring: boolean; what: string }> }).focusLog);
		const visited = log.map((f) => f.index).filter((i) => i >= 0).slice(0, expected);
		const unringed = log.filter((f) => !f.ring).map((f) => f.what);
		expect(visited, 'focus order').toEqual([...Array(expected).keys()]);
		expect(unringed, 'focused without a visible indicator').toEqual([]);
	});
}
