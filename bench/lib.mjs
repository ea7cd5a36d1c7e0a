// Shared plumbing for the benchmark: child processes and servers that cannot hang, gzip sizes,
// medians, and the "n/a" / "error" cells every measurement may end in.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const REPO = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

/** A figure that does not apply yet, with the reason shown in its cell. */
export const na = (reason) => ({ na: reason });
/** A figure whose measurement failed; the run goes on. */
export const failed = (err) => ({ error: String(err?.message ?? err).split('\n')[0].slice(0, 160) });
export const isCell = (v) => v && typeof v === 'object' && ('na' in v || 'error' in v);

/** Runs fn; a throw or a timeout becomes an { error } cell instead of stopping the run. */
export async function attempt(label, fn, ms) {
	try {
		return await withTimeout(fn(), ms, label);
	} catch (err) {
		console.error(`  ${label}: error: ${err?.message ?? err}`);
		return failed(err);
	}
}

export function withTimeout(promise, ms, label = 'step') {
	if (!ms) return promise;
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${label} timed out after ${Math.round(ms / 1000)} s`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Everything started by the bench that must die with it (servers, browsers, builds). */
const owned = new Set();
export function own(dispose) {
	owned.add(dispose);
	return () => owned.delete(dispose);
}
export async function disposeAll() {
	for (const dispose of [...owned].reverse()) {
		owned.delete(dispose);
		try {
			await withTimeout(Promise.resolve().then(dispose), 10_000, 'cleanup');
		} catch {
			/* best effort: the process is ending */
		}
	}
}

/** Kills a child and its own process group (it was spawned detached). */
function killTree(child) {
	if (child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, 'SIGKILL');
	} catch {
		try {
			child.kill('SIGKILL');
		} catch {
			/* already gone */
		}
	}
}

/** Runs a command to completion with a hard time limit; resolves { ms, stdout, stderr }. */
export function run(cmd, args, { cwd = REPO, env = {}, timeoutMs = 120_000 } = {}) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		const release = own(() => killTree(child));
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		const timer = setTimeout(() => {
			killTree(child);
			reject(new Error(`${cmd} ${args.join(' ')} timed out after ${Math.round(timeoutMs / 1000)} s`));
		}, timeoutMs);
		child.on('error', (err) => {
			clearTimeout(timer);
			release();
			reject(err);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			release();
			const ms = performance.now() - started;
			if (code === 0) resolve({ ms, stdout, stderr });
			else {
				const tail = (stderr || stdout).trim().split('\n').slice(-3).join(' | ');
				reject(new Error(`exit ${code ?? signal}: ${tail}`));
			}
		});
	});
}

/** A free TCP port on 127.0.0.1, trying `preferred` first. */
export async function freePort(preferred) {
	const tryPort = (port) =>
		new Promise((resolve) => {
			const server = createServer();
			server.once('error', () => resolve(undefined));
			server.listen(port, '127.0.0.1', () => server.close(() => resolve(server.address()?.port ?? port)));
		});
	for (let port = preferred; port < preferred + 50; port++) {
		if (await tryPort(port)) return port;
	}
	return tryPort(0);
}

/** Serves a built directory with scripts/serve.mjs (it applies the build's _headers). */
export async function serve(dir, preferredPort) {
	const port = await freePort(preferredPort);
	const child = spawn(process.execPath, [join(REPO, 'scripts/serve.mjs'), dir], {
		cwd: REPO,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
		detached: true,
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let stderr = '';
	child.stderr.on('data', (d) => (stderr += d));
	const release = own(() => killTree(child));
	const baseURL = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server for ${dir} exited: ${stderr.trim()}`);
		try {
			const res = await fetch(`${baseURL}/`, { signal: AbortSignal.timeout(2000) });
			await res.arrayBuffer();
			return {
				baseURL,
				stop: () => {
					release();
					killTree(child);
				},
			};
		} catch {
			await new Promise((r) => setTimeout(r, 150));
		}
	}
	release();
	killTree(child);
	throw new Error(`server for ${dir} did not answer within 15 s`);
}

export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

export function median(values) {
	const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (v.length === 0) return undefined;
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export function countHtml(dir) {
	return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
