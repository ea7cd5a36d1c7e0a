// Whole-output tests for docker builder prune. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test('builder prune asks, lists the cache records it removes, and docker system df agrees', () => {
	const { host, run } = sim('linux', { Dockerfile: 'FROM alpine\nRUN echo hi > /x\nCOPY a.txt /a\n', 'a.txt': 'a\n' });
	run('docker build -q -t t .');
	expect(run('docker system df').stdout).toMatch(/\nBuild Cache +2 +0 +5B +5B\n$/);
	// Without -f it asks; the reader's answer is the next line.
	const asked = host.exec('docker builder prune', { tty: true });
	expect(asked.stdout).toBe('WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] ');
	const r = host.exec('y', { tty: true });
	expect(r.stdout.replace(/\r/g, '')).toMatch(/^Deleted build cache objects:\n[a-z0-9]{25}\n[a-z0-9]{25}\n\nTotal reclaimed space: 5B\n$/);
	expect(run('docker system df').stdout).toMatch(/\nBuild Cache +0 +0 +0B +0B\n$/);
	expect(run('docker builder prune -f').stdout).toBe('Total reclaimed space: 0B\n');
	// --all also empties BuildKit's store of base images: the next build fetches alpine again.
	expect(run('docker builder prune -af').stdout).toMatch(/^Deleted build cache objects:\n[a-z0-9]{25}\n\nTotal reclaimed space: 0B\n$/);
	expect(run('docker builder prune -af').stdout).toBe('Total reclaimed space: 0B\n');
	expect(host.exec('docker builder prune -a', { tty: true }).stdout).toBe('WARNING! This will remove all build cache. Are you sure you want to continue? [y/N] ');
	expect(host.exec('n', { tty: true }).stdout).toBe('');
});

test('system prune removes the build cache too, and says so in the same words', () => {
	const { run } = sim('linux', { Dockerfile: 'FROM alpine\nRUN echo hi > /x\n' });
	run('docker build -q -t t .');
	run('docker rmi t');
	const out = run('docker system prune -f').stdout;
	expect(out).toMatch(/^Deleted build cache objects:\n[a-z0-9]{25}\n\nTotal reclaimed space: [0-9.]+[kM]?B\n$/);
	expect(run('docker system df').stdout).toMatch(/\nBuild Cache +0 +0 +0B +0B\n$/);
});
