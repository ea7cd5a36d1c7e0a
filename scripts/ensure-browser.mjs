// Makes sure the end-to-end tests have a Chromium, in this order: an executable named by
// PLAYWRIGHT_CHROMIUM_EXECUTABLE or CHROMIUM_PATH; /usr/bin/chromium; Debian's chromium
// package when running as root with apt-get; Playwright's own download. Every step has a
// time limit, and failure ends in one line that says what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SYSTEM_CHROMIUM, findChromium } from './chromium.mjs';

const MINUTE = 60_000;

function run(command, args, timeout) {
	const result = spawnSync(command, args, {
		stdio: ['ignore', 'inherit', 'inherit'],
		timeout,
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	return result.status === 0;
}

function fail(message) {
	console.error(`ensure-browser: ${message}`);
	process.exit(1);
}

const found = findChromium();
if (found?.path && !found.source.startsWith('system') && !existsSync(found.path)) {
	fail(`${found.source} is set to ${found.path}, but no file is there.`);
}
if (found) {
	console.log(`ensure-browser: using ${found.path ?? "Playwright's Chromium"} (${found.source})`);
	process.exit(0);
}

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
	console.log("ensure-browser: installing Debian's chromium package (apt-get) ...");
	const ok =
		run('apt-get', ['update', '-qq'], 5 * MINUTE) &&
		run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], 10 * MINUTE);
	if (ok && existsSync(SYSTEM_CHROMIUM)) {
		console.log(`ensure-browser: using ${SYSTEM_CHROMIUM} (installed now)`);
		process.exit(0);
	}
	console.log('ensure-browser: apt-get could not install chromium; trying Playwright\'s download');
}

console.log("ensure-browser: downloading Playwright's Chromium ...");
if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'], 5 * MINUTE) && findChromium()) {
	console.log("ensure-browser: using Playwright's Chromium");
	process.exit(0);
}

fail(
	'no Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) ' +
		'or set CHROMIUM_PATH to a Chromium or Chrome executable, then run npm test again.',
);
