// Build timing: a cold build (no output, no .astro, no node_modules/.astro cache) and a warm one
// right after it, with the pages built and pages per second.
//
// By default the build runs in a snapshot of the working tree (tracked and untracked, not
// ignored, files copied to /tmp; node_modules hard-linked), so that wiping the caches for the
// cold build never pulls .astro out from under someone else building in the same checkout.
// `--in-place` builds in the repository itself instead.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO, countHtml, run } from './lib.mjs';

export const SNAPSHOT = '/tmp/dockside-bench-site';
const BUILD_TIMEOUT = 240_000;

/** Copies the working tree to dir with node_modules hard-linked (Astro needs real paths, not a symlink). */
export function snapshotRepo(dir = SNAPSHOT) {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: REPO, encoding: 'utf8' })
		.split('\0')
		.filter(Boolean);
	for (const file of files) {
		const from = join(REPO, file);
		if (!existsSync(from)) continue; // deleted in the working tree but still tracked
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		cpSync(from, join(dir, file));
	}
	linkNodeModules(dir);
	return dir;
}

export function linkNodeModules(dir) {
	execFileSync('cp', ['-al', join(REPO, 'node_modules'), join(dir, 'node_modules')], { timeout: 60_000 });
	// The caches are written in place by builds: never share their inodes with the repository.
	rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
	rmSync(join(dir, 'node_modules/.vite'), { recursive: true, force: true });
}

/** `astro build --outDir out` in root with the Node running this script (Astro 7 needs ≥ 22.12). */
export function astroBuild(root, out) {
	return run(process.execPath, [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
		cwd: root,
		timeoutMs: BUILD_TIMEOUT,
		env: { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	});
}

export function wipe(root, out) {
	for (const p of [out, join(root, '.astro'), join(root, 'node_modules/.astro')]) rmSync(p, { recursive: true, force: true });
}

/** Cold then warm build of root into out. */
export async function timeBuilds(root, out, { warm = true } = {}) {
	wipe(root, out);
	const cold = await astroBuild(root, out);
	const pages = countHtml(out);
	const result = {
		coldSeconds: cold.ms / 1000,
		pages,
		pagesPerSecondCold: pages / (cold.ms / 1000),
	};
	if (warm) {
		const second = await astroBuild(root, out);
		result.warmSeconds = second.ms / 1000;
		result.pagesPerSecondWarm = pages / (second.ms / 1000);
	}
	return result;
}
