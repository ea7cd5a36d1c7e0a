// Where the end-to-end tests find Chromium. Shared by scripts/ensure-browser.mjs (which may
// install one) and playwright.config.ts (which only looks), so both agree on the answer.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** @returns {{ path: string | undefined, source: string } | null} undefined path = Playwright's own build */
export function findChromium() {
	for (const name of ['PLAYWRIGHT_CHROMIUM_EXECUTABLE', 'CHROMIUM_PATH']) {
		const value = process.env[name];
		if (value) return { path: value, source: name };
	}
	if (existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'system' };
	const bundled = playwrightChromium();
	if (bundled && existsSync(bundled)) return { path: undefined, source: 'playwright' };
	return null;
}

function playwrightChromium() {
	try {
		const require = createRequire(import.meta.url);
		const { chromium } = require('playwright-core');
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

/** Flags for headless Chromium on these machines: root needs --no-sandbox, and a closed network
 * makes background services retry forever unless they are off. */
export function chromiumArgs() {
	const args = [
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-quic',
		'--no-first-run',
	];
	if (process.getuid?.() === 0) args.push('--no-sandbox');
	return args;
}
