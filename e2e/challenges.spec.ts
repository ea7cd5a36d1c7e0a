import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { test, expect, settle } from './fixtures';

/** Challenges under a walkthrough's terminal, the Challenges page, the playground's ?challenge=. */
const RUN = '/en/walkthroughs/run/';
/** How many challenges the site has: one `- id:` per challenge in src/content/challenges/*.yaml. */
const DIR = new URL('../src/content/challenges/', import.meta.url);
const TOTAL = readdirSync(DIR)
	.filter((f) => f.endsWith('.yaml'))
	.reduce((n, f) => n + (readFileSync(new URL(f, DIR), 'utf8').match(/^  - id: /gm)?.length ?? 0), 0);

// axe over a whole walkthrough page takes 15–30 s on a busy 2-core machine (as in quality.spec.ts).
test.describe.configure({ timeout: 90_000 });

async function open(page: Page, path = RUN) {
	await page.goto(path);
	const widget = page.locator('terminal-replay');
	await widget.scrollIntoViewIfNeeded();
	await expect(widget).toHaveAttribute('data-ready', '');
	const block = page.locator('dockside-challenges');
	return { widget, block, item: (id: string) => block.locator(`li.ch-item[data-id="${id}"]`) };
}

async function type(page: Page, line: string) {
	await page.keyboard.type(line);
	await page.keyboard.press('Enter');
}

test('without JavaScript, every goal, its hints and a solution read as text', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(RUN);
	const item = page.locator('li.ch-item[data-id="run/port-8081"]');
	await expect(item.getByRole('heading', { name: 'Your own page on port 8081' })).toBeVisible();
	await expect(item).toContainText('served from a volume named site');
	await item.locator('summary', { hasText: 'Hints' }).click();
	await expect(item).toContainText('docker volume create site');
	await item.locator('summary', { hasText: 'A solution' }).click();
	await expect(item.locator('.ch-solution pre')).toContainText('docker run -d --name site-web -p 8081:80 -v site:/usr/share/nginx/html nginx');
	await context.close();
});

test('a challenge typed in take-over: kind message halfway, done, kept after reload and on the Challenges page', async ({ page }) => {
	const { widget, item } = await open(page);
	const stop = item('run/stop-keep');
	await expect(stop.getByRole('status')).toHaveText('Not checked yet: take over the terminal and type.');
	await widget.getByRole('button', { name: 'Try it yourself' }).click();
	await expect(widget).toHaveAttribute('data-state', 'live');
	await expect(stop.getByRole('status')).toHaveText('Not yet: There is no container named web yet.');
	await type(page, 'docker run -d --name web nginx');
	await expect(stop.getByRole('status')).toHaveText('Not yet: web is still running: stop it, and keep the container.');
	await expect(stop.locator('.ch-badge')).toBeHidden();
	await type(page, 'docker stop web');
	await expect(stop.getByRole('status')).toHaveText('Done: the machine meets the goal.');
	await expect(stop.locator('.ch-badge')).toBeVisible();
	// The other challenge heard the same commands and says what is missing for it.
	await expect(item('run/port-8081').getByRole('status')).toHaveText('Not yet: No nginx container is running yet.');

	await page.reload();
	const again = await open(page);
	await expect(again.item('run/stop-keep').locator('.ch-badge')).toBeVisible();
	await expect(again.item('run/stop-keep').getByRole('status')).toHaveText('You have completed this one before.');
	await expect(page.locator('nav.sidebar a[href="/en/walkthroughs/run/"] .ch-sidebar-mark')).toHaveCount(0);

	await page.goto('/en/reference/challenges/');
	const list = page.locator('dockside-challenge-list');
	await expect(list.getByRole('status')).toHaveText(`1 of ${TOTAL} challenges done`);
	await expect(list.locator('li[data-id="run/stop-keep"] .ch-badge')).toBeVisible();
	await expect(list.locator('li.chl-next')).toHaveAttribute('data-id', 'build/tag-v2');
	await list.getByRole('button', { name: 'Clear progress' }).click();
	await expect(list.getByRole('status')).toHaveText('Progress cleared.');
	await expect(list.locator('li[data-id="run/stop-keep"] .ch-badge')).toBeHidden();
	await page.reload();
	await expect(page.locator('dockside-challenge-list').getByRole('status')).toHaveText(`0 of ${TOTAL} challenges done`);
});

test('"Show a solution" after taking over mid-session runs on the machine the session leaves behind', async ({ page }) => {
	const { widget, item } = await open(page, '/en/walkthroughs/pull/');
	// At step 0 no httpd image has been pulled, and this challenge's solution removes it.
	await widget.getByRole('button', { name: 'Try it yourself' }).click();
	await expect(widget).toHaveAttribute('data-state', 'live');
	const remove = item('pull/remove-httpd');
	await remove.getByRole('button', { name: 'Show a solution' }).click();
	await expect(remove.getByRole('status')).toHaveText('Done: the machine meets the goal.', { timeout: 10_000 });
	await expect(widget.locator('.tr-progress')).toHaveValue(await widget.locator('.tr-progress').getAttribute('max') as string);
	await expect(widget).toHaveAttribute('data-state', 'live');
});

test('hints come one at a time, then the button is spent', async ({ page }) => {
	const { item } = await open(page);
	const port = item('run/port-8081');
	const hint = port.getByRole('button', { name: 'Hint' });
	await hint.focus();
	await page.keyboard.press('Enter');
	await expect(port.locator('.ch-hints-shown li')).toHaveCount(1);
	await expect(port.locator('.ch-hints-shown li').first()).toHaveText(/^Hint 1 of 3: Create the volume with docker volume create site/);
	const more = port.getByRole('button', { name: 'Another hint' });
	await more.click();
	await more.click();
	await expect(port.locator('.ch-hints-shown li')).toHaveCount(3);
	await expect(more).toBeDisabled();
});

test('"Show a solution" plays it in the same terminal, and the check passes', async ({ page }) => {
	const { widget, item } = await open(page);
	const port = item('run/port-8081');
	await port.getByRole('button', { name: 'Show a solution' }).click();
	await expect(widget).toHaveAttribute('data-state', 'live');
	await expect(port.getByRole('status')).toHaveText('Done: the machine meets the goal.', { timeout: 10_000 });
	await expect(widget.locator('.xterm-rows')).toContainText('<h1>Hello from a volume</h1>');
	await expect(port.locator('.ch-badge')).toBeVisible();
	// Every run walkthrough challenge done: the sidebar marks the walkthrough.
	await item('run/stop-keep').getByRole('button', { name: 'Show a solution' }).click();
	await expect(item('run/stop-keep').getByRole('status')).toHaveText('Done: the machine meets the goal.', { timeout: 10_000 });
	await expect(page.locator('nav.sidebar a[href="/en/walkthroughs/run/"] .ch-sidebar-mark')).toHaveCount(1);
	// On every page, and only on that walkthrough.
	await page.goto('/en/reference/glossary/');
	await expect(page.locator('nav.sidebar a[href="/en/walkthroughs/run/"]')).toHaveAccessibleName('Run a container (challenges done)');
	await expect(page.locator('nav.sidebar .ch-sidebar-mark')).toHaveCount(1);
});

test('the playground starts a challenge from its URL and checks it', async ({ page }) => {
	await page.goto('/en/playground/?challenge=debug/fix-page');
	const pg = page.locator('dockside-playground');
	await expect(pg).toHaveAttribute('data-ready', '');
	const box = pg.locator('.pg-challenge');
	await expect(box.getByRole('heading')).toHaveText('Challenge: Change what web serves');
	await expect(box.getByRole('status')).toHaveText(/^Not yet: web's index.html does not say Fixed yet/);
	// The session's machine, not a fresh one: web is there and answers with nginx's page.
	await expect(pg.locator('.tr-state')).toContainText('web · nginx');
	await expect(pg.getByRole('combobox', { name: 'Machine' })).toBeDisabled();
	await page.locator('.pg-screen').click();
	await type(page, "docker exec web sh -c 'echo Fixed > /usr/share/nginx/html/index.html'");
	await expect(box.getByRole('status')).toHaveText('Done: the machine meets the goal.');
});

test('Korean: the block and its messages are in Korean', async ({ page }) => {
	const { widget, item } = await open(page, '/ko/walkthroughs/run/');
	const stop = item('run/stop-keep');
	await expect(stop.getByRole('heading', { name: '지우지 않고 멈추기' })).toBeVisible();
	await widget.locator('[data-action="try"]').click();
	await expect(widget).toHaveAttribute('data-state', 'live');
	await type(page, 'docker run -d --name web nginx');
	await expect(stop.getByRole('status')).toHaveText('아직 아닙니다. web이 아직 실행 중입니다. 컨테이너는 남겨 둔 채 멈춥니다.');
});

for (const theme of ['light', 'dark'] as const) {
	for (const path of [RUN, '/ko/walkthroughs/run/']) {
		test(`axe: the open challenges block, ${theme} theme, ${path}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.addInitScript((t) => {
				localStorage.setItem('starlight-theme', t);
				// One done already, so its badge and border are checked too.
				localStorage.setItem('dockside.challenges.done', '["run/stop-keep"]');
			}, theme);
			const { widget, item } = await open(page, path);
			await expect(item('run/stop-keep').locator('.ch-badge')).toBeVisible();
			const port = item('run/port-8081');
			await port.locator('[data-ch="hint"]').click();
			await expect(port.locator('.ch-hints-shown li')).toHaveCount(1);
			await widget.locator('[data-action="try"]').click();
			await expect(widget).toHaveAttribute('data-state', 'live');
			await type(page, 'docker run -d --name web nginx');
			await expect(port.getByRole('status')).toContainText('8081');
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await settle(page);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
}

for (const lang of ['en', 'ko']) {
	test(`axe: the Challenges page in ${lang}, with progress and the sidebar mark, both themes`, async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('dockside.challenges.done', '["run/port-8081","run/stop-keep"]'));
		for (const theme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: theme });
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(`/${lang}/reference/challenges/`);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await expect(page.locator('dockside-challenge-list li[data-id="run/port-8081"] .ch-badge')).toBeVisible();
			await expect(page.locator(`nav.sidebar a[href="/${lang}/walkthroughs/run/"] .ch-sidebar-mark`)).toHaveCount(1);
			await settle(page);
			expect(await axeViolations(page)).toEqual([]);
		}
	});
}
