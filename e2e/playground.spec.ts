import { test, expect } from './fixtures';

/** The playground: a fresh machine per host and preset, and a link that replays what was typed. */
test('the URL keeps typed commands, and opening it restores the same machine', async ({ page, context, problems }) => {
	await page.goto('/en/playground/');
	const playground = page.locator('dockside-playground');
	await expect(playground).toHaveAttribute('data-ready', '');
	await page.keyboard.type('docker volume create notes');
	await page.keyboard.press('Enter');
	await page.keyboard.type('docker run -d -p 8080:80 --name web nginx');
	await page.keyboard.press('Enter');
	await expect(playground.locator('.tr-state')).toContainText('web · nginx');
	const shared = page.url();
	expect(shared).toContain('#host=linux&preset=empty&c=docker+volume+create+notes');

	const other = await context.newPage();
	await other.goto(shared);
	const restored = other.locator('dockside-playground');
	await expect(restored).toHaveAttribute('data-ready', '');
	await expect(restored.locator('.tr-state')).toContainText('web · nginx');
	await expect(restored.locator('.tr-state')).toContainText('notes');
	await expect(restored.locator('.xterm-rows')).toContainText('docker run -d -p 8080:80 --name web nginx');
	expect(problems.console).toEqual([]);
});

test('the host picker and presets start the machine the reader chose', async ({ page }) => {
	await page.goto('/ko/playground/');
	const playground = page.locator('dockside-playground');
	await expect(playground).toHaveAttribute('data-ready', '');
	await playground.getByLabel('머신').selectOption('macos');
	await playground.getByLabel('시작 상태').selectOption('pull');
	await expect(playground.locator('.tr-state')).toContainText('nginx:latest');
	await page.locator('.xterm-helper-textarea').focus();
	await page.keyboard.type('docker run --rm alpine uname -r');
	await page.keyboard.press('Enter');
	await expect(playground.locator('.xterm-rows')).toContainText('linuxkit');
	expect(page.url()).toContain('host=macos&preset=pull');
});

test('the Compose preset holds a project the reader brings up', async ({ page, problems }) => {
	await page.goto('/en/playground/#host=linux&preset=compose');
	const playground = page.locator('dockside-playground');
	await expect(playground).toHaveAttribute('data-ready', '');
	await expect(playground.getByLabel('Start from')).toHaveValue('compose');
	await page.locator('.xterm-helper-textarea').focus();
	await page.keyboard.type('docker compose up -d');
	await page.keyboard.press('Enter');
	await expect(playground.locator('.xterm-rows')).toContainText('Container project-web-1');
	await expect(playground.locator('.tr-state')).toContainText('project-web-1');
	expect(problems.console).toEqual([]);
});

test('the playground opens with one prompt', async ({ page }) => {
	await page.goto('/en/playground/');
	const playground = page.locator('dockside-playground');
	await expect(playground).toHaveAttribute('data-ready', '');
	const rows = await playground.locator('.xterm-rows').evaluate((el) => [...el.children].map((r) => (r.textContent ?? '').trim()).filter(Boolean));
	expect(rows).toHaveLength(1);
	expect(rows[0]).toMatch(/^[^$]*\$$/);
});

test('in the playground, Escape leaves the terminal and Tab reaches the explanation of what the command printed', async ({ page, problems }) => {
	await page.goto('/ko/playground/');
	const playground = page.locator('dockside-playground');
	await expect(playground).toHaveAttribute('data-ready', '');
	await page.locator('.xterm-helper-textarea').focus();
	await page.keyboard.type('docker run -d -p 8080:80 nginx');
	await page.keyboard.press('Enter');
	const last = playground.getByRole('group', { name: '방금 출력된 내용 설명' });
	await expect(last.getByRole('button')).toHaveText([/^Unable to find image 'nginx:latest' locally$/, /^[0-9a-f]{12}$/, /^Digest: sha256:[0-9a-f]{64}$/, /^[0-9a-f]{64}$/]);
	await page.keyboard.press('Escape');
	await expect(playground.locator('.pg-screen')).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	const popover = page.locator('#playground-explain-unable-to-find');
	await expect(popover).toBeVisible();
	await expect(popover).toHaveAttribute('lang', 'ko');
	await page.keyboard.press('Escape');
	await expect(popover).toBeHidden();
	expect(problems.console).toEqual([]);
});
