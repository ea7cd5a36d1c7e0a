// The terminal figures of issue 4, ours and asciinema-player's, measured the same way:
//  - JS / CSS bytes (gzip) loaded at load and after the terminal is scrolled into view;
//  - visible → first painted frame: from the moment the terminal element enters the viewport
//    (the scroll, or first contentful paint when it is already on screen at load) to the first
//    animation frame in which its terminal screen holds text (our replay's `.tr-rows`, xterm.js `.xterm-rows`, or a
//    canvas renderer's canvas; asciinema-player `.ap-term`);
//  - main-thread time per second of replay: CDP Performance.getMetrics TaskDuration delta over
//    a few seconds of playback at 1×, divided by those seconds (ms of main-thread work per s).
//    Both players are started with a click on their play control, so the pointer rests over each.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserBytes } from './bytes.mjs';
import { REPO, na } from './lib.mjs';

export const ASCIINEMA_DIR = '/tmp/dockside-bench-asciinema';
const REPLAY_SECONDS = 5;

/** In-page, before any script: note when the terminal's screen first holds text. */
function watchFirstFrame(selector) {
	window.__bench = { firstFrame: null };
	const screen = (host) =>
		host.querySelector('.tr-rows, .xterm-rows, .ap-term, .ap-terminal') ?? host.querySelector('.xterm-screen canvas, .ap-term canvas');
	const check = () => {
		const host = document.querySelector(selector);
		const s = host && screen(host);
		if (s && (s.tagName === 'CANVAS' || s.textContent.trim().length > 0)) {
			window.__bench.firstFrame = performance.now();
			return;
		}
		requestAnimationFrame(check);
	};
	requestAnimationFrame(check);
}

/**
 * Loads url, measures bytes before and after the terminal is visible, the time to its first
 * frame, then starts playback with play(page) and samples main-thread time.
 */
async function measureTerminal(browser, url, selector, play, replaySeconds = REPLAY_SECONDS) {
	const bytes = await browserBytes(browser, url, { terminalSelector: selector });
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	try {
		await context.addInitScript(watchFirstFrame, selector);
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
		await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
		const visibleAt = await page.evaluate((sel) => {
			const el = document.querySelector(sel);
			const r = el.getBoundingClientRect();
			if (r.top < innerHeight && r.bottom > 0) {
				// On screen from the start: visible since the first contentful paint.
				return performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
			}
			const t = performance.now();
			el.scrollIntoView({ block: 'center' });
			return t;
		}, selector);
		await page.waitForFunction(() => window.__bench.firstFrame !== null, null, { timeout: 15_000 });
		const firstFrame = await page.evaluate(() => window.__bench.firstFrame);
		await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});

		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
		await play(page);
		const before = await taskSeconds();
		const started = performance.now();
		await page.waitForTimeout(replaySeconds * 1000);
		const after = await taskSeconds();
		const elapsed = (performance.now() - started) / 1000;
		return {
			jsAtLoad: bytes.atLoad.js,
			cssAtLoad: bytes.atLoad.css,
			jsAfterVisible: (bytes.afterTerminal ?? bytes.atLoad).js,
			cssAfterVisible: (bytes.afterTerminal ?? bytes.atLoad).css,
			wasmAfterVisible: (bytes.afterTerminal ?? bytes.atLoad).wasm,
			visibleToFirstFrameMs: firstFrame - visibleAt,
			mainThreadMsPerReplaySecond: ((after - before) * 1000) / elapsed,
			replaySecondsSampled: elapsed,
		};
	} finally {
		await context.close().catch(() => {});
	}
}

/** Ours: the first <terminal-replay> on the walkthrough page, played with its "Play" button. */
export async function benchOurTerminal(browser, baseURL, path, dir) {
	const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
	if (!/<terminal-replay[\s>]/.test(html)) return na('widget not built yet');
	return measureTerminal(browser, `${baseURL}${path}`, 'terminal-replay', async (page) => {
		await page.locator('terminal-replay').first().getByRole('button', { name: 'Play', exact: true }).click({ timeout: 10_000 });
	});
}

/** The session id shown on the walkthrough page (its `data-session`), else the page's last segment. */
export function sessionOf(dir, path) {
	const file = join(dir, path, 'index.html');
	const fallback = path.split('/').filter(Boolean).at(-1);
	if (!existsSync(file)) return fallback;
	return /data-session="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? fallback;
}

/** Time of the first output event that prints something, and the recording's length (s). */
function castTimes(text) {
	let first;
	let last = 0;
	for (const line of text.split('\n').slice(1)) {
		if (!line.trim()) continue;
		try {
			const [time, type, data] = JSON.parse(line);
			last = Math.max(last, time);
			if (first === undefined && type === 'o' && /[^\s\x1b]/.test(data.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''))) first = time;
		} catch {
			/* not an event line */
		}
	}
	return { first: first ?? 0, duration: last };
}

/** Writes the asciinema-player peer page: the player's own bundle and CSS, the cast below the fold. */
export function writeAsciinemaPage(castFile) {
	rmSync(ASCIINEMA_DIR, { recursive: true, force: true });
	mkdirSync(ASCIINEMA_DIR, { recursive: true });
	const bundle = join(REPO, 'node_modules/asciinema-player/dist/bundle');
	copyFileSync(join(bundle, 'asciinema-player.min.js'), join(ASCIINEMA_DIR, 'asciinema-player.min.js'));
	copyFileSync(join(bundle, 'asciinema-player.css'), join(ASCIINEMA_DIR, 'asciinema-player.css'));
	copyFileSync(castFile, join(ASCIINEMA_DIR, 'session.cast'));
	// scripts/serve.mjs answers unknown paths (the browser's /favicon.ico) with 404.html.
	writeFileSync(join(ASCIINEMA_DIR, '404.html'), '<!doctype html><title>Not found</title><p>Not found</p>\n');
	const { first, duration } = castTimes(readFileSync(castFile, 'utf8'));
	// Like our widget, the player is created when it nears the viewport, and shows a poster
	// (its first printed frame) rather than an empty box.
	writeFileSync(
		join(ASCIINEMA_DIR, 'index.html'),
		`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>asciinema-player peer</title>
<link rel="stylesheet" href="/asciinema-player.css">
</head><body>
<main><h1>asciinema-player peer</h1><div style="height: 150vh">Scroll down to the player.</div>
<div id="player"></div></main>
<script src="/asciinema-player.min.js"></script>
<script>
const el = document.getElementById('player');
const io = new IntersectionObserver((entries) => {
	if (!entries.some((e) => e.isIntersecting)) return;
	io.disconnect();
	window.player = AsciinemaPlayer.create('/session.cast', el, { preload: true, poster: 'npt:${(first + 0.05).toFixed(3)}', fit: 'width' });
}, { rootMargin: '200px' });
io.observe(el);
</script>
</body></html>
`,
	);
	return { dir: ASCIINEMA_DIR, duration };
}

/** asciinema-player playing our exported cast of the same session. */
export async function benchAsciinema(browser, serveDir, dir, session) {
	const cast = join(dir, 'casts', `${session}.cast`);
	if (!existsSync(cast)) return na('no session casts yet');
	const { duration } = writeAsciinemaPage(cast);
	const server = await serveDir(ASCIINEMA_DIR);
	try {
		const seconds = Math.max(1, Math.min(REPLAY_SECONDS, duration || REPLAY_SECONDS));
		return await measureTerminal(
			browser,
			`${server.baseURL}/`,
			'#player',
			async (page) => {
				// Started the way a reader starts it, with a click (as ours is): the pointer then rests
				// over the player, and the browser hit-tests it after each redraw, as it does for ours.
				await page.locator('#player .ap-overlay-start').click({ timeout: 10_000 });
			},
			seconds,
		);
	} finally {
		server.stop();
	}
}
