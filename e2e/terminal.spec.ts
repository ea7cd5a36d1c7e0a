import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { test, expect, settle } from './fixtures';

/** The terminal widget as a reader uses it: replay, controls, keyboard, reduced motion, taking over. */
const PULL = '/en/walkthroughs/pull/';
const TWO = '/en/docker/architecture/';

/** The replay's text rows; in "Try it yourself", xterm.js's rows. */
const screen = (widget: Locator) => widget.locator('.tr-rows');
const live = (widget: Locator) => widget.locator('.xterm-rows');
const rowTexts = (rows: Locator) => rows.evaluate((el) => [...el.children].map((r) => (r.textContent ?? '').replace(/\s+$/, '')));
const stepOf = async (widget: Locator) => Number(await widget.locator('.tr-progress').inputValue());

async function ready(page: Page, path: string, index = 0) {
	await page.goto(path);
	const widget = page.locator('terminal-replay').nth(index);
	await widget.scrollIntoViewIfNeeded();
	await expect(widget).toHaveAttribute('data-ready', '');
	return widget;
}

test('before any script runs, the widget shows its first command and caption in a reserved box', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(PULL);
	const widget = page.locator('terminal-replay');
	await expect(widget.locator('.tr-poster')).toHaveText(/docker pull nginx/);
	await expect(widget.locator('.tr-caption')).toContainText('Step 1 / 4');
	const box = await widget.locator('.tr-screen').boundingBox();
	expect(box!.height).toBeGreaterThan(250);
	await context.close();
});

/**
 * Opens the page on the browser's fake clock and stops it once the widget is ready: from then on
 * the replay moves only when the test advances the clock, so what it sees never depends on how
 * busy the machine is.
 */
async function readyOnFakeClock(page: Page, path: string) {
	await page.clock.install();
	const widget = await ready(page, path);
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	return widget;
}

/** Advances the fake clock in steps of `stepMs` until `done()`; returns the fake time it took. */
async function advanceUntil(page: Page, done: () => Promise<boolean>, stepMs = 100, maxMs = 120_000) {
	let ms = 0;
	while (!(await done())) {
		if (ms >= maxMs) throw new Error(`not done after ${maxMs} ms of fake time`);
		await page.clock.runFor(stepMs);
		ms += stepMs;
	}
	return ms;
}

test('replay plays and pauses', async ({ page, problems }) => {
	const widget = await readyOnFakeClock(page, PULL);
	await widget.getByRole('button', { name: 'Play' }).click();
	await expect(widget).toHaveAttribute('data-state', 'playing');
	await advanceUntil(page, async () => (await screen(widget).textContent())!.includes('Status: Downloaded newer image for nginx:latest'));
	await widget.getByRole('button', { name: 'Pause' }).click();
	await expect(widget).toHaveAttribute('data-state', 'paused');
	const at = await stepOf(widget);
	const rows = await rowTexts(screen(widget));
	// Paused: a minute passes and nothing moves.
	await page.clock.runFor(60_000);
	expect(await stepOf(widget)).toBe(at);
	expect(await rowTexts(screen(widget))).toEqual(rows);
	await widget.getByRole('button', { name: 'Play' }).click();
	await page.clock.runFor(20_000);
	expect(await stepOf(widget)).toBeGreaterThan(at);
	expect(problems.console).toEqual([]);
});

test('next and previous step land on the right output', async ({ page }) => {
	const widget = await ready(page, PULL);
	await widget.getByRole('button', { name: 'Next step' }).click();
	await expect(screen(widget)).toContainText('Status: Downloaded newer image for nginx:latest');
	await expect(widget.locator('.tr-caption')).toContainText('Step 1 / 4');
	await widget.getByRole('button', { name: 'Next step' }).click();
	await expect(screen(widget)).toContainText('Status: Image is up to date for nginx:latest');
	await expect(widget.locator('.tr-caption')).toContainText('Step 2 / 4');
	await widget.getByRole('button', { name: 'Previous step' }).click();
	await expect(screen(widget)).not.toContainText('Image is up to date');
	expect(await stepOf(widget)).toBe(1);
	await widget.getByRole('button', { name: 'Restart' }).click();
	expect(await stepOf(widget)).toBe(0);
});

test('the architecture diagram above a terminal highlights the path each step uses', async ({ page }) => {
	const widget = await ready(page, '/en/walkthroughs/tour/');
	const diagram = page.locator('figure.dgm-arch');
	const next = widget.getByRole('button', { name: 'Next step' });
	await next.click();
	await expect(diagram).toHaveAttribute('data-highlight', 'pull');
	await next.click();
	await next.click();
	await expect(diagram).toHaveAttribute('data-highlight', 'build');
	await next.click();
	await expect(diagram).toHaveAttribute('data-highlight', 'run');
});

test('speed changes how fast the replay runs', async ({ page }) => {
	const widget = await readyOnFakeClock(page, PULL);
	// Fake time from Play to the end of the first step, read in the page when the progress
	// reaches step 1 (the clock stands still between the reads and the click).
	const firstStep = async (speed: string) => {
		await widget.getByRole('button', { name: 'Restart' }).click();
		await widget.getByLabel('Speed').selectOption(speed);
		const start = await widget.locator('.tr-progress').evaluate((progress: HTMLInputElement) => {
			const w = window as unknown as { stepAt: number | null };
			w.stepAt = null;
			const watch = new MutationObserver(() => {
				if (progress.value !== '1') return;
				w.stepAt = Date.now();
				watch.disconnect();
			});
			watch.observe(progress, { attributes: true });
			return Date.now();
		});
		await widget.getByRole('button', { name: 'Play' }).click();
		await page.clock.runFor(60_000);
		const at = await page.evaluate(() => (window as unknown as { stepAt: number | null }).stepAt);
		expect(at, `step 1 reached at ${speed}×`).not.toBeNull();
		return at! - start;
	};
	const fast = await firstStep('4');
	const normal = await firstStep('1');
	const slow = await firstStep('0.5');
	// Timers round to whole milliseconds and redraws to frames: within 5 %.
	expect(normal / fast).toBeGreaterThan(3.8);
	expect(normal / fast).toBeLessThan(4.2);
	expect(slow / normal).toBeGreaterThan(1.9);
	expect(slow / normal).toBeLessThan(2.1);
});

test('keyboard only: Space plays and pauses, arrows step, Home restarts', async ({ page }) => {
	const widget = await ready(page, PULL);
	await widget.locator('.tr-screen').focus();
	await page.keyboard.press('ArrowRight');
	expect(await stepOf(widget)).toBe(1);
	await page.keyboard.press('ArrowRight');
	expect(await stepOf(widget)).toBe(2);
	await page.keyboard.press('ArrowLeft');
	expect(await stepOf(widget)).toBe(1);
	await page.keyboard.press('Space');
	await expect(widget).toHaveAttribute('data-state', 'playing');
	await page.keyboard.press('Space');
	await expect(widget).toHaveAttribute('data-state', 'paused');
	await page.keyboard.press('Home');
	expect(await stepOf(widget)).toBe(0);
	// Every control is reachable with Tab.
	await widget.getByRole('button', { name: 'Restart' }).focus();
	for (const name of ['Previous step', 'Play', 'Next step']) {
		await page.keyboard.press('Tab');
		await expect(widget.getByRole('button', { name })).toBeFocused();
	}
	await page.keyboard.press('Tab');
	await expect(widget.getByRole('slider', { name: 'Progress' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(widget.getByLabel('Speed')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(widget.getByRole('button', { name: 'Try it yourself' })).toBeFocused();
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('each step appears whole, with no typing', async ({ page }) => {
		const widget = await ready(page, PULL);
		const shown: string[] = [];
		await widget.getByRole('button', { name: 'Play' }).click();
		// Sample the screen until the first step is done: it must never hold a half-typed command.
		await expect
			.poll(async () => {
				const text = await screen(widget).innerText();
				shown.push(text);
				return text.includes('Status: Downloaded newer image');
			}, { intervals: [10] })
			.toBe(true);
		expect(shown.filter((t) => /\$ docker p(u(l)?)?\s*$/m.test(t))).toEqual([]);
	});
});

test('"Try it yourself" after the pull step: the pulled image is there and run reuses it', async ({ page }) => {
	const widget = await ready(page, PULL);
	await widget.getByRole('button', { name: 'Next step' }).click();
	await widget.getByRole('button', { name: 'Try it yourself' }).click();
	await expect(widget).toHaveAttribute('data-state', 'live');
	await page.keyboard.type('docker images');
	await page.keyboard.press('Enter');
	await expect(live(widget)).toContainText(/nginx\s+latest/);
	await page.keyboard.type('docker run -d --name web nginx');
	await page.keyboard.press('Enter');
	await page.keyboard.type('docker ps');
	await page.keyboard.press('Enter');
	await expect(live(widget)).toContainText(/nginx\s+"\/docker-entrypoint/);
	await expect(live(widget)).not.toContainText('Unable to find image');
	await expect(widget.locator('.tr-state')).toContainText('web · nginx');
	// Reset returns to the session's state at that step.
	await widget.getByRole('button', { name: 'Reset' }).click();
	await expect(widget.locator('.tr-state')).not.toContainText('web · nginx');
});

test('pasted escape sequences and markup are inert', async ({ page }) => {
	const widget = await ready(page, PULL);
	await widget.getByRole('button', { name: 'Try it yourself' }).click();
	await expect(widget).toHaveAttribute('data-state', 'live');
	await page.keyboard.type('echo before');
	await page.keyboard.press('Enter');
	// A paste reaches xterm.js as one chunk of text, like insertText.
	await page.keyboard.insertText("echo '\x1b[2J\x1b]0;owned\x07<img src=x onerror=window.__owned=1>'");
	await page.keyboard.press('Enter');
	await expect(live(widget)).toContainText('before');
	await expect(live(widget)).toContainText('<img src=x onerror=window.__owned=1>');
	expect(await page.evaluate(() => (window as { __owned?: number }).__owned)).toBeUndefined();
	await expect(widget.locator('img')).toHaveCount(0);
});

test('two widgets on one page do not share state', async ({ page }) => {
	const first = await ready(page, TWO, 0);
	const second = await ready(page, TWO, 1);
	await first.getByRole('button', { name: 'Next step' }).click();
	expect(await stepOf(first)).toBe(1);
	expect(await stepOf(second)).toBe(0);
	await first.getByRole('button', { name: 'Try it yourself' }).click();
	await expect(first).toHaveAttribute('data-state', 'live');
	await page.keyboard.type('docker images');
	await page.keyboard.press('Enter');
	await expect(live(first)).toContainText(/nginx\s+latest/);
	await second.getByRole('button', { name: 'Try it yourself' }).click();
	await expect(second).toHaveAttribute('data-state', 'live');
	await page.keyboard.type('docker images');
	await page.keyboard.press('Enter');
	await expect(live(second)).toContainText('REPOSITORY');
	await expect(live(second)).not.toContainText(/nginx\s+latest/);
});

test('a widget scrolled far away releases its terminal, and comes back where it was', async ({ page }) => {
	const widget = await ready(page, TWO, 0);
	await widget.getByRole('button', { name: 'Next step' }).click();
	await widget.getByRole('button', { name: 'Next step' }).click();
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect(widget).toHaveAttribute('data-state', 'released');
	await expect(screen(widget)).toHaveCount(0);
	await widget.scrollIntoViewIfNeeded();
	await expect(widget).toHaveAttribute('data-ready', '');
	expect(await stepOf(widget)).toBe(2);
	await expect(screen(widget)).toContainText('Status: Image is up to date for nginx:latest');
});

test('no terminal code is requested before the widget nears the viewport', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await page.setViewportSize({ width: 1280, height: 700 });
	await page.goto(TWO);
	await settle(page);
	expect(requested.filter((p) => p.startsWith('/sessions/') || /xterm|player/i.test(p))).toEqual([]);
	const widget = page.locator('terminal-replay').first();
	await widget.scrollIntoViewIfNeeded();
	await expect(widget).toHaveAttribute('data-ready', '');
	expect(requested).toContain('/sessions/pull/80.json');
	// The replay is text rows: neither xterm.js nor the simulator loads until the reader takes over.
	await widget.getByRole('button', { name: 'Next step' }).click();
	await expect(screen(widget)).toContainText('Status: Downloaded newer image for nginx:latest');
	await settle(page);
	expect(requested.filter((p) => /xterm|sim|takeover/i.test(p))).toEqual([]);
	await widget.getByRole('button', { name: 'Try it yourself' }).click();
	await expect(widget).toHaveAttribute('data-state', 'live');
	expect(requested.filter((p) => /xterm/i.test(p)).length).toBeGreaterThan(0);
});

for (const width of [320, 360, 390, 768, 1024, 1280, 1440, 1920]) {
	test(`at a ${width} px viewport the replay fits its column, readable and unwrapped`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		const widget = await ready(page, PULL);
		// To the end: the longest lines (digests, Status:) are on screen.
		await widget.getByRole('button', { name: 'Next step' }).click();
		await widget.getByRole('button', { name: 'Next step' }).click();
		await widget.getByRole('button', { name: 'Next step' }).click();
		await widget.getByRole('button', { name: 'Next step' }).click();
		await expect(screen(widget)).toContainText('REPOSITORY');
		const m = await widget.evaluate((el) => {
			const box = el.querySelector<HTMLElement>('.tr-screen')!;
			const pre = el.querySelector<HTMLElement>('.tr-rows')!;
			const line = parseFloat(getComputedStyle(pre).lineHeight);
			const rows = [...pre.querySelectorAll('.tr-row')];
			return {
				pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
				rowsOverflow: pre.scrollWidth - pre.clientWidth,
				widgetRight: el.getBoundingClientRect().right,
				column: el.parentElement!.getBoundingClientRect().right,
				font: parseFloat(getComputedStyle(pre).fontSize),
				cols: box.style.getPropertyValue('--tr-cols'),
				// Each row ends in a newline: rows that wrapped would make the text taller than that.
				extraLines: Math.round(pre.getBoundingClientRect().height / line) - (rows.length + 1),
				digest: rows.some((r) => /^Digest: sha256:[0-9a-f]{64}$/.test(r.textContent!.trim())),
			};
		});
		expect(m.pageOverflow).toBeLessThanOrEqual(0);
		expect(m.rowsOverflow).toBeLessThanOrEqual(0);
		expect(m.widgetRight).toBeLessThanOrEqual(m.column + 0.5);
		expect(m.extraLines).toBeLessThanOrEqual(0);
		if (width >= 360) expect(m.font).toBeGreaterThanOrEqual(11);
		if (width >= 768) {
			expect(m.cols).toBe('80');
			// The whole digest on one row, as docker prints it at 80 columns.
			expect(m.digest).toBe(true);
		}
	});
}

test('during a replay the reader can scroll back through earlier output', async ({ page }) => {
	const widget = await ready(page, PULL);
	for (let i = 0; i < 4; i++) await widget.getByRole('button', { name: 'Next step' }).click();
	await expect(screen(widget)).toContainText('REPOSITORY');
	const box = widget.locator('.tr-screen');
	const first = screen(widget).locator('.tr-row').first();
	await expect(first).toContainText('docker pull nginx');
	// The screen follows the output: the first command has scrolled out of view.
	await expect(first).not.toBeInViewport();
	await box.hover();
	await page.mouse.wheel(0, -5000);
	await expect(first).toBeInViewport();
});

test('"Try it yourself" hands xterm.js exactly the screen the replay was showing', async ({ page }) => {
	const widget = await ready(page, PULL);
	await widget.getByRole('button', { name: 'Next step' }).click();
	await widget.getByRole('button', { name: 'Next step' }).click();
	await expect(screen(widget)).toContainText('Status: Image is up to date for nginx:latest');
	const replay = await rowTexts(screen(widget));
	await widget.getByRole('button', { name: 'Try it yourself' }).click();
	await expect(widget).toHaveAttribute('data-state', 'live');
	await expect(live(widget)).toContainText('Your turn');
	const handed = await rowTexts(live(widget));
	// xterm.js shows the last rows of the same screen, then the hint and the prompt.
	const before = handed.slice(0, handed.findIndex((r) => r.includes('Your turn')));
	expect(before.length).toBeGreaterThan(5);
	expect(replay.slice(-before.length)).toEqual(before);
	await expect(screen(widget)).toBeHidden();
});

test('a link names the step: opening it, or switching language, lands on that step', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const widget = await ready(page, PULL);
	await widget.getByRole('button', { name: 'Next step' }).click();
	await widget.getByRole('button', { name: 'Next step' }).click();
	await widget.getByRole('button', { name: 'Copy link to this step' }).click();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(link).pathname + new URL(link).hash).toBe('/en/walkthroughs/pull/#pull-2');
	expect(new URL(page.url()).hash).toBe('#pull-2');

	const other = await context.newPage();
	await other.goto(link);
	const opened = other.locator('terminal-replay');
	await expect(opened).toHaveAttribute('data-ready', '');
	expect(await stepOf(opened)).toBe(2);
	await expect(opened.locator('.tr-caption')).toContainText('Step 2 / 4');
	await expect(opened.locator('.tr-screen')).toBeInViewport();

	await other.getByRole('combobox', { name: 'Select language' }).first().selectOption({ label: '한국어' });
	await other.waitForURL(/\/ko\/walkthroughs\/pull\/#pull-2$/);
	const korean = other.locator('terminal-replay');
	await expect(korean).toHaveAttribute('data-ready', '');
	expect(await stepOf(korean)).toBe(2);
	await expect(korean.locator('.tr-caption')).toContainText('2 / 4');
});

test('the "copied" mark clears after a copy even when the reader steps on at once', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const widget = await ready(page, PULL);
	const copy = widget.getByRole('button', { name: 'Copy link to this step' });
	await copy.click();
	await expect(copy).toHaveAttribute('data-copied', '');
	// Stepping cancels the replay's own timers; the mark's timer is the widget's, not the replay's.
	await widget.getByRole('button', { name: 'Next step' }).click();
	await expect(copy).not.toHaveAttribute('data-copied');
});

test('a live machine survives scrolling far away and back', async ({ page }) => {
	const widget = await ready(page, TWO, 0);
	await widget.getByRole('button', { name: 'Try it yourself' }).click();
	await expect(widget).toHaveAttribute('data-state', 'live');
	await page.keyboard.type('docker run -d --name keep nginx');
	await page.keyboard.press('Enter');
	await expect(widget.locator('.tr-state')).toContainText('keep · nginx');
	await page.evaluate(() => window.scrollTo(0, 0));
	// Wait until the widget is as far away as the one that releases replays (2000 px).
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const io = new IntersectionObserver((entries) => {
					if (entries.every((e) => !e.isIntersecting)) {
						io.disconnect();
						requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
					}
				}, { rootMargin: '2000px 0px' });
				io.observe(document.querySelector('terminal-replay')!);
			}),
	);
	await expect(widget).toHaveAttribute('data-state', 'live');
	await widget.scrollIntoViewIfNeeded();
	await expect(live(widget)).toContainText('docker run -d --name keep nginx');
	await widget.locator('.xterm-helper-textarea').focus();
	await page.keyboard.press('ArrowUp');
	await expect(live(widget)).toContainText(/\$ docker run -d --name keep nginx\s*$/);
	await page.keyboard.press('Control+c');
	await page.keyboard.type('docker ps --format {{.Names}}');
	await page.keyboard.press('Enter');
	await expect.poll(() => rowTexts(live(widget))).toContain('keep');
});

test('Korean through an input method gives each syllable once, and typing goes on after it', async ({ page, context }) => {
	const widget = await ready(page, PULL);
	await widget.getByRole('button', { name: 'Try it yourself' }).click();
	await expect(widget).toHaveAttribute('data-state', 'live');
	await page.keyboard.type('echo ');
	const cdp = await context.newCDPSession(page);
	let typed = 'dev@dockside:~/project$ echo ';
	for (const [steps, syllable] of [[['ㅎ', '하', '한'], '한'], [['ㄱ', '그', '글'], '글']] as const) {
		for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
		await cdp.send('Input.insertText', { text: syllable });
		// A person starts the next syllable after this one shows, not within the same task: xterm.js
		// reads a finished composition on a timer, and a busy machine once let CDP outrun it.
		typed += syllable;
		await expect.poll(() => rowTexts(live(widget))).toContain(typed);
	}
	await page.keyboard.type(' ok');
	// Each syllable once, and what is typed after them lands after them (the cursor moved two cells each).
	await expect.poll(() => rowTexts(live(widget))).toContain('dev@dockside:~/project$ echo 한글 ok');
	await page.keyboard.press('Enter');
	await expect.poll(() => rowTexts(live(widget))).toContain('한글 ok');
	expect((await rowTexts(live(widget))).filter((r) => r.includes('한'))).toEqual(['dev@dockside:~/project$ echo 한글 ok', '한글 ok']);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	test('a phone gets the 40-column rendering, fitted to its box and not scrolled', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		const widget = await ready(page, PULL);
		expect(requested).toContain('/sessions/pull/40.json');
		await widget.getByRole('button', { name: 'Next step' }).click();
		await expect(screen(widget)).toContainText('Status: Downloaded newer');
		const fits = await widget.locator('.tr-screen').evaluate((el) => el.scrollWidth <= el.clientWidth && el.querySelector('.tr-rows')!.scrollWidth <= el.clientWidth);
		expect(fits).toBe(true);
	});
});

test('a page without a terminal loads no terminal code at all', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await page.goto('/en/foundations/what-is-virtualization/');
	await page.mouse.wheel(0, 5000);
	await settle(page);
	expect(requested.filter((p) => p.startsWith('/sessions/') || /xterm|player|element/i.test(p))).toEqual([]);
});

test('the no-JS transcript lists every step with its command and output', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(PULL);
	const steps = page.locator('terminal-replay .tr-transcript li');
	await expect(steps).toHaveCount(4);
	await expect(steps.nth(0)).toContainText('docker pull nginx');
	await expect(steps.nth(0)).toContainText('Status: Downloaded newer image for nginx:latest');
	await expect(steps.nth(3)).toContainText('REPOSITORY');
	await context.close();
});

test('the session downloads as an asciicast v2 file', async ({ request }) => {
	const cast = await (await request.get('/casts/pull.cast')).text();
	const [header, ...events] = cast.trim().split('\n').map((line) => JSON.parse(line));
	expect(header).toMatchObject({ version: 2, width: 80 });
	expect(events.map((e) => e[2]).join('')).toContain('docker pull nginx');
});

test('the widget passes axe while idle, while playing and in "Try it yourself"', async ({ page }) => {
	// Three full axe runs over a walkthrough page: up to 40 s each on a busy 2-core machine.
	test.setTimeout(120_000);
	const widget = await ready(page, PULL);
	expect(await axeViolations(page), 'idle').toEqual([]);
	await widget.getByRole('button', { name: 'Play' }).click();
	await expect(widget).toHaveAttribute('data-state', 'playing');
	expect(await axeViolations(page), 'playing').toEqual([]);
	await widget.getByRole('button', { name: 'Try it yourself' }).click();
	await expect(widget).toHaveAttribute('data-state', 'live');
	// A command whose output has tokens this widget explains: their row of buttons is audited too.
	await page.keyboard.type('docker pull nginx');
	await page.keyboard.press('Enter');
	await expect(widget.locator('.tr-explain-last button').first()).toBeVisible();
	expect(await axeViolations(page), 'try it yourself').toEqual([]);
});
