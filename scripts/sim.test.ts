// The simulator CLI from outside: stdin lines in, JSON or a transcript out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const NODE = join(process.cwd(), 'node_modules/.bin/node');
/** Each run starts a Node process: given up to SPAWN_MS; a test's time limit is its runs × SPAWN_MS. */
const SPAWN_MS = 30_000;
const run = (args: string[], input: string) => spawnSync(NODE, ['scripts/sim.ts', ...args], { input, encoding: 'utf8', timeout: SPAWN_MS });

test('--json prints only a JSON array of results', () => {
	const r = run(['--json'], 'docker pull hello-world\ndocker images\nnosuch\n');
	expect(r.status).toBe(0);
	const out = JSON.parse(r.stdout) as Array<{ command: string; stdout: string; stderr: string; exitCode: number }>;
	expect(out.map((x) => [x.command, x.exitCode])).toEqual([['docker pull hello-world', 0], ['docker images', 0], ['nosuch', 127]]);
	expect(out[0]!.stdout).toContain('Status: Downloaded newer image for hello-world:latest\n');
	expect(out[1]!.stdout).toBe('REPOSITORY    TAG       IMAGE ID       CREATED        SIZE\nhello-world   latest    f22f199e0a70   3 months ago   10.1kB\n');
	expect(out[2]!.stderr).toBe('bash: nosuch: command not found\n');
	expect(r.stdout).not.toMatch(/\x1b/);
}, 1 * SPAWN_MS);

test('--tty --json gives the final screen, free of escape codes', () => {
	const r = run(['--tty', '--json', '--host', 'macos'], 'docker pull alpine\n');
	const [res] = JSON.parse(r.stdout) as Array<{ stdout: string }>;
	expect(res!.stdout).toBe('Using default tag: latest\nlatest: Pulling from library/alpine\n4865337d3a8e: Pull complete\nDigest: sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59e4177a8c710d95ef384bf92\nStatus: Downloaded newer image for alpine:latest\ndocker.io/library/alpine:latest\n');
	expect(r.stdout).not.toMatch(/[\x1b\r]/);
}, 1 * SPAWN_MS);

test('--cwd loads a directory as the build context; without --json prints a transcript', () => {
	const dir = mkdtempSync(join(tmpdir(), 'dockside-sim-'));
	writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine\nCOPY note.txt /\nCMD ["cat", "/note.txt"]\n');
	writeFileSync(join(dir, 'note.txt'), 'from the context\n');
	const r = run(['--cwd', dir], 'docker build -q -t note .\ndocker run --rm note\n');
	expect(r.status).toBe(0);
	const lines = r.stdout.split('\n');
	expect(lines[0]).toBe('dev@dockside:~/project$ docker build -q -t note .');
	expect(lines[1]).toMatch(/^sha256:[0-9a-f]{64}$/);
	expect(lines.slice(2)).toEqual(['dev@dockside:~/project$ docker run --rm note', 'from the context', '']);
}, 1 * SPAWN_MS);

test('bad options exit 2 with a usage line', () => {
	const r = run(['--host', 'beos'], '');
	expect(r.status).toBe(2);
	expect(r.stderr).toBe('unknown host: beos\nusage: npm run sim -- [--host linux|macos|windows|windows-containers] [--tty] [--cols N] [--cwd DIR] [--json] [--seed N]\n');
	for (const [args, message] of [
		[['--colour'], "Unknown option '--colour'"],
		[['--cols'], "Option '--cols <value>' argument missing"],
		[['--seed', 'x'], '--seed needs a whole number, not "x"'],
	] as const) {
		const bad = run([...args], '');
		expect(bad.status, args.join(' ')).toBe(2);
		expect(bad.stderr.split('\n')[0], args.join(' ')).toContain(message);
	}
}, 4 * SPAWN_MS);
