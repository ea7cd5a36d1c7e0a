import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { test, expect } from './fixtures';

/** The "Look inside" panel (x-ray) and the output explanations, as a reader uses them. */
const RUN = (lang: 'en' | 'ko') => `/${lang}/walkthroughs/run/`;

async function ready(page: Page, path: string) {
	await page.goto(path);
	const widget = page.locator('terminal-replay').first();
	await widget.scrollIntoViewIfNeeded();
	await expect(widget).toHaveAttribute('data-ready', '');
	return widget;
}

/** Steps forward to step k (1-based) with the Next button. */
async function toStep(widget: Locator, k: number) {
	const at = Number(await widget.locator('.tr-progress').inputValue());
	for (let i = at; i < k; i++) await widget.locator('[data-action="next"]').click();
	await expect(widget.locator('.tr-progress')).toHaveValue(String(k));
}

/** The run walkthrough at step 3, taken over, with one command typed into the live terminal. */
async function takeOverAndType(page: Page, line: string) {
	const widget = await ready(page, RUN('en'));
	await toStep(widget, 3);
	await widget.getByRole('button', { name: 'Try it yourself' }).click();
	await expect(widget).toHaveAttribute('data-state', 'live');
	await page.keyboard.type(line);
	await page.keyboard.press('Enter');
	return widget;
}

const cells = (row: Locator) => row.locator('td').allTextContents();

test('at the run step, the x-ray shows PID 1 inside ↔ its host PID, the workers and the port mapping', async ({ page, problems }) => {
	const widget = await ready(page, RUN('en'));
	// Step 3: docker run -d -p 8080:80 nginx.
	await toStep(widget, 3);
	const toggle = widget.getByRole('button', { name: 'Look inside' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	const panel = widget.locator('.tr-xray-body');
	await expect(panel).toBeVisible();

	const processes = panel.locator('[data-part="processes"]');
	await expect(processes.getByRole('columnheader')).toHaveText(['PID inside', 'PID on the host', 'User', 'Command']);
	const rows = processes.locator('tbody tr');
	await expect(rows).toHaveCount(5);
	const [pid, hostPid, user, command] = await cells(rows.first());
	expect([pid, user, command]).toEqual(['1', 'root', 'nginx: master process nginx -g daemon off;']);
	expect(Number(hostPid)).toBeGreaterThan(1000);
	expect(await cells(rows.nth(1))).toEqual(['29', String(Number(hostPid) + 41), 'nginx', 'nginx: worker process']);

	const network = panel.locator('[data-part="network"]');
	await expect(network).toContainText('bridge (bridge) 172.17.0.0/16');
	await expect(network.getByRole('listitem').filter({ hasText: '->' }).first()).toHaveText('0.0.0.0:8080->80/tcp');
	await expect(network.locator('.tr-x-card').filter({ hasText: 'sweet_euclid' })).toContainText(/address172\.17\.0\.\d+/);
	const ns = panel.locator('[data-part="namespaces"]');
	await expect(ns.locator('[data-ns="net"]')).toHaveText('net its own');
	await expect(ns.locator('[data-ns="pid"]')).toHaveText('pid its own');
	await expect(ns.locator('[data-ns="user"]')).toHaveText("user the host's");
	// The filesystem: the writable layer on top of the image's layers, the base layer last.
	const stack = panel.locator('[data-part="filesystem"] .tr-x-card').filter({ hasText: 'sweet_euclid' }).locator('.tr-x-stack li');
	await expect(stack.first()).toContainText('Container layer (writable)');
	await expect(stack.last()).toContainText('120MB');
	// Each section links to its concept page.
	await expect(panel.getByRole('link', { name: 'Namespaces' })).toHaveAttribute('href', '/en/containers/namespaces-and-cgroups/#namespaces');

	// The panel follows the replay: after docker stop (step 6) nothing runs.
	await toStep(widget, 6);
	await expect(processes).toContainText('No container is running.');
	await expect(panel.locator('[data-part="network"]')).not.toContainText('0.0.0.0:8080');
	expect(problems.console).toEqual([]);
});

test('in "Try it yourself", the x-ray follows each typed command and agrees with docker top', async ({ page }) => {
	const widget = await ready(page, RUN('en'));
	await toStep(widget, 3);
	await widget.getByRole('button', { name: 'Look inside' }).click();
	const panel = widget.locator('.tr-xray-body');
	const rows = panel.locator('[data-part="processes"] tbody tr');
	await expect(rows).toHaveCount(5);
	const hostPid = (await cells(rows.first()))[1]!;
	expect(Number(hostPid)).toBeGreaterThan(1000);
	await widget.getByRole('button', { name: 'Try it yourself' }).click();
	await expect(widget).toHaveAttribute('data-state', 'live');
	await page.keyboard.type('docker top sweet_euclid');
	await page.keyboard.press('Enter');
	await expect(widget.locator('.xterm-rows')).toContainText(new RegExp(`root\\s+${hostPid}\\s+\\d+\\s+0 .*nginx: master process`));
	await page.keyboard.type('docker run -d --network host -m 64m --name hostnet nginx');
	await page.keyboard.press('Enter');
	const card = panel.locator('[data-part="namespaces"] .tr-x-card').filter({ hasText: 'hostnet' });
	await expect(card.locator('[data-ns="net"]')).toHaveText("net the host's");
	await expect(card.locator('[data-ns="mnt"]')).toHaveText('mnt its own');
	await expect(panel.locator('[data-part="cgroups"] .tr-x-card').filter({ hasText: 'hostnet' })).toContainText('Memory limit64MiB');
	await page.keyboard.type('docker run -d -m 64m --name db -e MYSQL_ROOT_PASSWORD=secret mysql');
	await page.keyboard.press('Enter');
	await expect(panel.locator('[data-part="cgroups"] .tr-x-card').filter({ hasText: 'db' }).locator('.tr-x-oom')).toHaveText(/OOM killer .*Exited \(137\)/);
	await expect(widget.locator('.tr-state')).toContainText(/db · mysql · Exited \(137\)/);
});

test('explanations with the keyboard: a token in the transcript opens its explanation and closes with Escape', async ({ page, problems }) => {
	const widget = await ready(page, RUN('en'));
	const transcript = widget.locator('.tr-transcript');
	await transcript.locator('summary').click();
	const token = transcript.getByRole('button', { name: '0.0.0.0:8080->80/tcp' }).first();
	await token.focus();
	await page.keyboard.press('Enter');
	const popover = page.locator('#run-explain-port-mapping');
	await expect(popover).toBeVisible();
	await expect(popover).toContainText('A published port: connections to the host');
	// The explanation comes next in the focus order: its link to the concept, then Close.
	await page.keyboard.press('Tab');
	const link = popover.getByRole('link', { name: 'Read more: Port publishing' });
	await expect(link).toBeFocused();
	await expect(link).toHaveAttribute('href', '/en/reference/glossary/#port-publishing');
	await page.keyboard.press('Escape');
	await expect(popover).toBeHidden();
	await expect(token).toBeFocused();
	// Space works as on any button; Close closes it.
	const exited = transcript.getByRole('button', { name: /^Exited \(0\)/ }).first();
	await exited.focus();
	await page.keyboard.press(' ');
	const exitedPopover = page.locator('#run-explain-exited-0');
	await expect(exitedPopover).toContainText('exit code 0, which means success');
	await exitedPopover.getByRole('button', { name: 'Close' }).click();
	await expect(exitedPopover).toBeHidden();
	// The container ID docker run -d printed, and the Digest line.
	await expect(transcript.getByRole('button', { name: /^[0-9a-f]{64}$/ })).toHaveCount(1);
	await expect(transcript.getByRole('button', { name: /^Digest: sha256:[0-9a-f]{64}$/ })).toHaveCount(2);
	expect(problems.console).toEqual([]);
});

test('explanations in the replay rows: tapping a marked token opens the same explanation', async ({ page }) => {
	const widget = await ready(page, RUN('en'));
	await toStep(widget, 5);
	const token = widget.locator('.tr-rows .tr-tok', { hasText: '0.0.0.0:8080->80/tcp' }).first();
	await token.click();
	await expect(page.locator('#run-explain-port-mapping')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.locator('#run-explain-port-mapping')).toBeHidden();
});

test('explanations in "Try it yourself": a token the reader\'s own command printed opens its explanation', async ({ page }) => {
	const widget = await takeOverAndType(page, 'docker ps');
	const row = widget.locator('.xterm-rows > div').filter({ hasText: 'sweet_euclid' }).last();
	await expect(row).toContainText('0.0.0.0:8080->80/tcp');
	// Hover, then click, over the token's cells (xterm.js finds links on hover).
	const text = (await row.textContent())!;
	const box = (await row.boundingBox())!;
	const cell = (await widget.locator('.xterm-screen').boundingBox())!.width / 80;
	const x = box.x + (text.indexOf('0.0.0.0:8080') + 4) * cell;
	const y = box.y + box.height / 2;
	await page.mouse.move(x, y);
	await page.mouse.move(x + 1, y);
	await page.mouse.click(x + 1, y);
	await expect(page.locator('#run-explain-port-mapping')).toBeVisible();
});

test('explanations in "Try it yourself" with the keyboard: Escape leaves the terminal, Tab reaches the last output\'s tokens', async ({ page }) => {
	const widget = await takeOverAndType(page, 'docker ps');
	const last = widget.getByRole('group', { name: 'Explain the last output' });
	await expect(last.getByRole('button')).toHaveText([/^[0-9a-f]{12}$/, /^Up /, '0.0.0.0:8080->80/tcp']);
	// Escape hands focus to the screen's box (Tab stays the shell's completion inside).
	await page.keyboard.press('Escape');
	await expect(widget.locator('.tr-screen')).toBeFocused();
	await expect(widget).toHaveAttribute('data-state', 'live');
	await page.keyboard.press('Tab');
	await expect(last.getByRole('button').first()).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	const port = last.getByRole('button', { name: '0.0.0.0:8080->80/tcp' });
	await expect(port).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#run-explain-port-mapping')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.locator('#run-explain-port-mapping')).toBeHidden();
	await expect(port).toBeFocused();
	// Back to the box, Enter, and the shell takes the keys again, on the same machine.
	for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
	await expect(widget.locator('.tr-screen')).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.type('docker stop sweet_euclid');
	await page.keyboard.press('Enter');
	await expect(widget.locator('.xterm-rows')).toContainText('docker stop sweet_euclid');
	await expect(last).toBeHidden();
	await expect(widget).toHaveAttribute('data-state', 'live');
	// A kind of token this session never prints is explained too.
	await page.keyboard.type('docker rm nope');
	await page.keyboard.press('Enter');
	await expect(last.getByRole('button')).toHaveText(['No such container: nope']);
	await page.keyboard.press('Escape');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.locator('#run-explain-no-such-container')).toBeVisible();
});

test('in Korean, the panel and the explanations read in Korean', async ({ page }) => {
	const widget = await ready(page, RUN('ko'));
	await toStep(widget, 3);
	await widget.getByRole('button', { name: '안을 들여다보기' }).click();
	const panel = widget.locator('.tr-xray-body');
	await expect(panel.locator('[data-part="processes"]').getByRole('columnheader')).toHaveText(['컨테이너 안 PID', '호스트 PID', '사용자', '명령']);
	await expect(panel.locator('[data-ns="user"]')).toHaveText('user 호스트와 공유');
	await expect(panel.getByRole('link', { name: '네임스페이스' })).toHaveAttribute('href', '/ko/containers/namespaces-and-cgroups/#namespaces');
	await widget.locator('.tr-transcript summary').click();
	await widget.locator('.tr-transcript').getByRole('button', { name: '0.0.0.0:8080->80/tcp' }).first().click();
	const popover = page.locator('#run-explain-port-mapping');
	await expect(popover).toContainText('공개한 포트입니다.');
	await expect(popover.getByRole('link', { name: '더 읽기: 포트 공개' })).toHaveAttribute('href', '/ko/reference/glossary/#port-publishing');
});

test('on a 360 px phone the open panel fits the width', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const widget = await ready(page, RUN('en'));
	await toStep(widget, 3);
	await widget.getByRole('button', { name: 'Look inside' }).click();
	await expect(widget.locator('.tr-xray-body [data-part="processes"] tbody tr')).toHaveCount(5);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	const body = await widget.locator('.tr-xray-body').boundingBox();
	expect(body!.x + body!.width).toBeLessThanOrEqual(360);
});

test.describe.configure({ timeout: 120_000 });
for (const lang of ['en', 'ko'] as const) {
	test(`axe: the open panel and an open explanation, both themes (${lang})`, async ({ page }) => {
		const widget = await ready(page, RUN(lang));
		for (const theme of ['light', 'dark'] as const) {
			await test.step(`${theme} theme`, async () => {
				await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
				// Not reload(): the URL now names the step shown, and the replay would resume there.
				await page.goto(RUN(lang));
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				await widget.scrollIntoViewIfNeeded();
				await expect(widget).toHaveAttribute('data-ready', '');
				await toStep(widget, 3);
				await widget.locator('.tr-xray-toggle').click();
				await expect(widget.locator('.tr-xray-body [data-part="processes"] tbody tr')).toHaveCount(5);
				await widget.locator('.tr-transcript summary').click();
				expect(await axeViolations(page)).toEqual([]);
				await widget.locator('.tr-transcript').getByRole('button', { name: '0.0.0.0:8080->80/tcp' }).first().click();
				await expect(page.locator('#run-explain-port-mapping')).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	});
}

test('the playground has the x-ray too: --pid host shares the PID namespace, and inside PIDs are host PIDs', async ({ page }) => {
	await page.goto('/en/playground/');
	const playground = page.locator('dockside-playground');
	await expect(playground).toHaveAttribute('data-ready', '');
	await page.keyboard.type('docker run -d --pid host --cpus 0.5 --name seer nginx');
	await page.keyboard.press('Enter');
	await playground.getByRole('button', { name: 'Look inside' }).click();
	const panel = playground.locator('.tr-xray-body');
	await expect(panel.locator('[data-ns="pid"]')).toHaveText("pid the host's");
	const [pid, hostPid] = await cells(panel.locator('[data-part="processes"] tbody tr').first());
	expect(pid).toBe(hostPid);
	await expect(panel.locator('[data-part="cgroups"]')).toContainText('CPU limit0.5');
	expect(await axeViolations(page)).toEqual([]);
});
