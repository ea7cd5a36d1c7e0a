import type { Page } from '@playwright/test';
import { test, expect, settle } from './fixtures';

const SAMPLE = 'foundations/what-is-virtualization/';

const pages = [
	{ path: '/en/', heading: 'Dockside' },
	{ path: '/ko/', heading: 'Dockside' },
	{ path: `/en/${SAMPLE}`, heading: 'What is virtualization?' },
	{ path: `/ko/${SAMPLE}`, heading: '가상화란 무엇인가?' },
];

for (const { path, heading } of pages) {
	test(`${path} loads with no console errors and no failed requests`, async ({ page, problems }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await settle(page);
		expect(problems.console).toEqual([]);
		expect(problems.requests).toEqual([]);
	});
}

test('the server compresses text as a static host does, and leaves Pagefind\'s packed files alone', async ({ request }) => {
	const gzip = { 'Accept-Encoding': 'gzip' };
	const html = await request.get(`/en/${SAMPLE}`, { headers: gzip });
	expect(html.headers()['content-encoding']).toBe('gzip');
	expect(html.headers()['vary']).toBe('Accept-Encoding');
	// Compressed on the wire, the page itself once decoded.
	expect(Number(html.headers()['content-length'])).toBeLessThan((await html.body()).length / 2);
	expect(await html.text()).toContain('<h1');
	const plain = await request.get(`/en/${SAMPLE}`, { headers: { 'Accept-Encoding': 'identity' } });
	expect(plain.headers()['content-encoding']).toBeUndefined();
	expect(await plain.text()).toBe(await html.text());
	const entry = await request.get('/pagefind/pagefind-entry.json', { headers: gzip });
	expect(entry.headers()['content-encoding']).toBe('gzip');
	const { languages } = (await entry.json()) as { languages: Record<string, { hash: string }> };
	const meta = await request.get(`/pagefind/pagefind.${languages.en!.hash}.pf_meta`, { headers: gzip });
	expect(meta.status()).toBe(200);
	expect(meta.headers()['content-encoding']).toBeUndefined();
	const missing = await request.get('/en/no-such-page/', { headers: gzip });
	expect(missing.status()).toBe(404);
	expect(missing.headers()['content-encoding']).toBe('gzip');
});

/** The picker acts once Starlight's script has defined its element; a busy machine can be slower. */
const pickerReady = (page: Page) => page.waitForFunction(() => !!customElements.get('starlight-lang-select'));

test('the language picker moves between English and Korean on the same page', async ({ page }) => {
	await page.goto(`/en/${SAMPLE}`);
	await pickerReady(page);
	// Starlight renders one picker in the header and one in the mobile menu; use the visible one.
	await page.getByRole('combobox', { name: 'Select language' }).filter({ visible: true }).selectOption({ label: '한국어' });
	await expect(page).toHaveURL(new RegExp(`/ko/${SAMPLE}$`));
	await expect(page.getByRole('heading', { level: 1, name: '가상화란 무엇인가?' })).toBeVisible();
	await pickerReady(page);

	await page.getByRole('combobox', { name: '언어 선택' }).filter({ visible: true }).selectOption({ label: 'English' });
	await expect(page).toHaveURL(new RegExp(`/en/${SAMPLE}$`));
	await expect(page.getByRole('heading', { level: 1, name: 'What is virtualization?' })).toBeVisible();
});

test.describe('the root page', () => {
	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('offers both languages as links', async ({ page }) => {
			await page.goto('/');
			await expect(page.getByRole('link', { name: 'Read in English' })).toHaveAttribute('href', '/en/');
			await expect(page.getByRole('link', { name: '한국어로 읽기' })).toHaveAttribute('href', '/ko/');
		});
	});

	test.describe('for a Korean browser', () => {
		test.use({ locale: 'ko-KR' });
		test('sends the reader to /ko/', async ({ page }) => {
			await page.goto('/');
			await expect(page).toHaveURL(/\/ko\/$/);
		});
	});

	test.describe('for an English browser', () => {
		test.use({ locale: 'en-US' });
		test('sends the reader to /en/', async ({ page }) => {
			await page.goto('/');
			await expect(page).toHaveURL(/\/en\/$/);
		});
	});
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });
	for (const [lang, text] of [
		['en', 'Virtualization is the technique of carving those physical resources'],
		['ko', '가상화는 이 물리 자원을 논리적으로 나누어'],
	] as const) {
		test(`the ${lang} sample page shows its text`, async ({ page }) => {
			await page.goto(`/${lang}/${SAMPLE}`);
			await expect(page.getByText(text)).toBeVisible();
		});
	}
});

for (const { lang, query, button, title } of [
	{ lang: 'en', query: 'carving', button: 'Search', title: 'What is virtualization?' },
	{ lang: 'ko', query: '논리적으로', button: '검색', title: '가상화란 무엇인가?' },
]) {
	test(`search on /${lang}/ finds the sample page by "${query}"`, async ({ page }) => {
		await page.goto(`/${lang}/`);
		await page.getByRole('button', { name: button }).filter({ visible: true }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('textbox').fill(query);
		const hit = dialog.getByRole('link', { name: title }).first();
		await expect(hit).toBeVisible();
		await expect(hit).toHaveAttribute('href', new RegExp(`/${lang}/${SAMPLE}`));
	});
}

test('the glossary filter finds a concept by a name in the other language, and ?q= opens it filtered', async ({ page }) => {
	await page.goto('/ko/reference/glossary/');
	const box = page.getByRole('searchbox', { name: '용어 걸러 보기' });
	// "touching" is only in the English definition, which the Korean page does not carry: only
	// the haystacks fetched on first use know it.
	await box.fill('touching');
	const shown = page.locator('.gl-entry:not([hidden])');
	await expect(shown.first()).toHaveAttribute('id', 'hypervisor');
	await expect(page.getByRole('status')).toHaveText(/^용어 \d+개 중 1개 일치$/);
	await box.press('Escape');
	await expect(page.locator('.gl-entry[hidden]')).toHaveCount(0);

	await page.goto('/en/reference/glossary/?q=하이퍼바이저');
	await expect(page.locator('.gl-entry:not([hidden])').first()).toHaveAttribute('id', 'hypervisor');
	await expect(page.getByRole('status')).toHaveText(/^\d+ of \d+ terms match$/);
});
