import { readFileSync } from 'node:fs';
import { test, expect, settle, type PageProblems } from './fixtures';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';

/**
 * Concept search (issue 6) against the built site: the query set in e2e/search-queries.json must
 * put its page among the first three results at least 95 % of the time, concept queries must open
 * with their concept's card, and the dialog must work from the keyboard.
 */
interface Query {
	kind: string;
	q: string;
	from: string;
	expect: string;
	concept?: string;
}
const { queries } = JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8')) as { queries: Query[] };
const PASS_RATE = 0.95;

async function openSearch(page: Page) {
	const button = page.locator('button[data-open-modal]');
	await expect(button).toBeEnabled();
	// Pagefind UI mounts when the page is idle; the input appears then.
	await expect(page.locator('#starlight__search input')).toHaveCount(1);
	await button.click();
	await expect(page.locator('dialog[open]')).toBeVisible();
}

/** Types a query into an open dialog and returns the top-level result paths and the card ids, in order. */
async function search(page: Page, q: string): Promise<{ paths: string[]; cards: string[] }> {
	const input = page.locator('#starlight__search input');
	await input.fill('');
	await expect(page.locator('#starlight__search .pagefind-ui__drawer')).toHaveClass(/pagefind-ui__hidden/);
	await input.fill(q);
	const message = page.locator('#starlight__search .pagefind-ui__message');
	await expect(message).toContainText(q.trim(), { timeout: 10_000 });
	await expect(page.locator('#starlight__search .pagefind-ui__results, #starlight__search .pagefind-ui__message')).not.toHaveCount(0);
	// Results render as placeholders until their fragment arrives: wait for the first three.
	await page.waitForFunction(() => {
		const items = [...document.querySelectorAll('#starlight__search ol.pagefind-ui__results > li')].slice(0, 3);
		const msg = document.querySelector('#starlight__search .pagefind-ui__message');
		const done = document.querySelector('#starlight__search ol.pagefind-ui__results') || /0/.test(msg?.textContent ?? '');
		return done && items.every((li) => li.querySelector('.pagefind-ui__result-link'));
	});
	return page.evaluate(() => ({
		paths: [...document.querySelectorAll<HTMLAnchorElement>('#starlight__search ol.pagefind-ui__results > li .pagefind-ui__result-title a.pagefind-ui__result-link')]
			.filter((a) => !a.closest('.pagefind-ui__result-nested'))
			.map((a) => new URL(a.href).pathname),
		cards: [...document.querySelectorAll<HTMLElement>('#starlight__search .dockside-concepts:not([hidden]) [data-concept]')].map((li) => li.dataset.concept!),
	}));
}

test('the query set finds its pages (≥ 95 % in the top 3) and concept queries open with their card', async ({ page, problems }) => {
	test.setTimeout(240_000);
	const misses: string[] = [];
	const cardMisses: string[] = [];
	let from = '';
	for (const query of queries) {
		if (query.from !== from) {
			// Let the last results' fragments arrive: leaving mid-fetch would abort them.
			if (from) await settle(page);
			await page.goto(query.from);
			await openSearch(page);
			from = query.from;
		}
		const { paths, cards } = await search(page, query.q);
		const top = paths.slice(0, 3);
		if (!top.includes(query.expect)) misses.push(`${query.from} "${query.q}" → [${top.join(', ')}], wanted ${query.expect}`);
		if (query.concept && cards[0] !== query.concept) cardMisses.push(`${query.from} "${query.q}" → cards [${cards.join(', ')}], wanted ${query.concept} first`);
	}
	const rate = (queries.length - misses.length) / queries.length;
	console.log(`search query set: ${queries.length - misses.length}/${queries.length} (${(rate * 100).toFixed(1)} %) in the top 3`);
	if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
	expect(queries.length).toBeGreaterThanOrEqual(40);
	expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(PASS_RATE);
	expect(cardMisses, 'concept cards').toEqual([]);
	expectClean(problems);
});

/** The reader query set (issue 17): typed as readers type them, in each language's dialog. */
const readers = JSON.parse(readFileSync(new URL('../src/search/reader-queries.json', import.meta.url), 'utf8')) as {
	queries: { lang: 'en' | 'ko'; kind: string; q: string; expect: string }[];
};

for (const lang of ['ko', 'en'] as const) {
	test(`reader queries (${lang}): the answering page is among the dialog's first three links (≥ 95 %)`, async ({ page, problems }) => {
		const queries = readers.queries.filter((q) => q.lang === lang);
		// Sized by the work: each query is typed, debounced and fetched in turn.
		test.setTimeout(30_000 + queries.length * 3_000);
		await page.goto(`/${lang}/`);
		await openSearch(page);
		const misses: string[] = [];
		for (const query of queries) {
			await search(page, query.q);
			// As a reader meets them: task answers, then concept cards, then page results.
			const links = await page.evaluate(() =>
				[
					...document.querySelectorAll<HTMLAnchorElement>(
						'#starlight__search .dockside-concepts:not([hidden]) a, #starlight__search ol.pagefind-ui__results > li .pagefind-ui__result-title a.pagefind-ui__result-link',
					),
				]
					.filter((a) => !a.closest('.pagefind-ui__result-nested'))
					.map((a) => new URL(a.href).pathname),
			);
			if (!links.slice(0, 3).includes(query.expect)) misses.push(`[${query.kind}] "${query.q}" → [${links.slice(0, 3).join(', ')}], wanted ${query.expect}`);
		}
		const rate = (queries.length - misses.length) / queries.length;
		console.log(`reader queries (${lang}): ${queries.length - misses.length}/${queries.length} (${(rate * 100).toFixed(1)} %) in the first three links`);
		expect(queries.length).toBeGreaterThanOrEqual(60);
		expect(rate, misses.join('\n')).toBeGreaterThanOrEqual(PASS_RATE);
		await settle(page);
		expectClean(problems);
	});
}

test('the concept card comes before the page results and names the concept in both languages', async ({ page, problems }) => {
	await page.goto('/ko/');
	await openSearch(page);
	await search(page, '하이퍼바이저의');
	const card = page.locator('#starlight__search .dockside-concepts [data-concept="hypervisor"]');
	await expect(card).toBeVisible();
	await expect(card.getByRole('link')).toHaveAccessibleName(/하이퍼바이저.*Hypervisor/);
	await expect(card.getByRole('link')).toHaveAttribute('href', '/ko/foundations/hypervisors/');
	await expect(card).toContainText('가상 머신을 만들고 실행');
	await expect(page.getByRole('list', { name: '개념' })).toBeVisible();
	// In document order, the cards precede the page results.
	const order = await page.evaluate(() => {
		const cards = document.querySelector('#starlight__search .dockside-concepts')!;
		const results = document.querySelector('#starlight__search ol.pagefind-ui__results')!;
		return cards.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING;
	});
	expect(order).toBeTruthy();
	// Clearing the box clears the cards.
	await page.locator('#starlight__search .pagefind-ui__search-input').fill('');
	await expect(page.locator('#starlight__search .dockside-concepts')).toBeHidden();
	// Result tags never show the index-only metadata.
	await search(page, '컨테이너');
	await expect(page.locator('#starlight__search .pagefind-ui__result-tag')).toHaveCount(0);
	expectClean(problems);
});

test('a task query offers the walkthrough step, with its caption, and the link opens the terminal at that step', async ({ page, problems }) => {
	await page.goto('/en/');
	await openSearch(page);
	await search(page, 'open a port');
	const answer = page.locator('#starlight__search [data-answer]').first();
	await expect(answer).toContainText('docker run -d -p 8080:80 nginx');
	const href = (await answer.getAttribute('data-answer'))!;
	const [, k] = /^\/en\/walkthroughs\/run\/#run-(\d+)$/.exec(href) ?? [];
	expect(k, href).toBeTruthy();
	await settle(page);
	await answer.getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`/en/walkthroughs/run/#run-${k}$`));
	const widget = page.locator('terminal-replay').first();
	await expect(widget).toHaveAttribute('data-ready', '');
	expect(Number(await widget.locator('.tr-progress').inputValue())).toBe(Number(k));
	await expect(widget.locator('.tr-caption')).toContainText(`Step ${k} /`);
	await expect(widget.locator('.tr-screen')).toBeInViewport();
	// The caption the card showed is the caption of the step the terminal opened at.
	const caption = (await widget.locator('.tr-caption-text').textContent())!.trim();
	expect(caption.length).toBeGreaterThan(0);
	// Every page fetches the concept list when idle: let this one finish before leaving, or the
	// browser aborts it and the check for failed requests sees the abort, not a broken request.
	await settle(page);
	await page.goBack();
	await openSearch(page);
	await search(page, 'open a port');
	await expect(page.locator('#starlight__search [data-answer]').first()).toContainText(caption);
	expectClean(problems);
});

test('the dialog works from the keyboard: Ctrl+K, type, Tab to the concept card, Enter', async ({ page, problems }) => {
	await page.goto('/en/');
	await expect(page.locator('button[data-open-modal]')).toBeEnabled();
	await expect(page.locator('#starlight__search input')).toHaveCount(1);
	await page.keyboard.press('Control+k');
	await expect(page.locator('dialog[open]')).toBeVisible();
	const input = page.locator('#starlight__search input');
	await expect(input).toBeFocused();
	await page.keyboard.type('컨테이너');
	await expect(page.locator('#starlight__search .pagefind-ui__message')).toContainText('컨테이너');
	await expect(page.locator('#starlight__search [data-concept="container"]')).toBeVisible();
	// Wait until the first page result has its link (results render as placeholders first).
	await expect(page.locator('#starlight__search ol.pagefind-ui__results > li').first().locator('a.pagefind-ui__result-link').first()).toBeVisible();
	// Input → clear button → the first card's link.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const link = page.locator('#starlight__search [data-concept="container"] a');
	await expect(link).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.locator('#starlight__search ol.pagefind-ui__results > li').first().locator('a.pagefind-ui__result-link').first()).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(link).toBeFocused();
	// Focus prefetches the link and the results are still fetching fragments: let them finish.
	await settle(page);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/containers\/what-is-a-container\/$/);
	// Ctrl+K opens and closes the dialog on the new page too.
	await expect(page.locator('#starlight__search input')).toHaveCount(1);
	await page.keyboard.press('Control+k');
	await expect(page.locator('dialog[open]')).toBeVisible();
	await page.keyboard.press('Control+k');
	await expect(page.locator('dialog[open]')).toHaveCount(0);
	expectClean(problems);
});

for (const theme of ['dark', 'light']) {
	test(`the open dialog with concept cards passes axe (${theme} theme)`, async ({ page, problems }) => {
		await page.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), theme);
		await page.goto('/ko/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		await openSearch(page);
		await search(page, '컨테이너와 VM 차이');
		await expect(page.locator('#starlight__search .dockside-concepts')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		expectClean(problems);
	});
}

function expectClean(problems: PageProblems) {
	expect(problems.console, 'console errors').toEqual([]);
	expect(problems.requests, 'failed requests').toEqual([]);
}
