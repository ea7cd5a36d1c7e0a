// Whole-output tests for docker load. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test('save, rmi, load: the image comes back with its id and tags; a terminal shows each layer loaded', () => {
	const { host } = sim('linux');
	host.exec('docker pull alpine', { tty: false });
	const id = host.exec('docker images -q alpine', { tty: false }).stdout;
	host.exec('docker save -o alpine.tar alpine', { tty: false });
	host.exec('docker rmi alpine', { tty: false });
	expect(host.exec('docker images -q', { tty: false }).stdout).toBe('');
	const r = host.exec('docker load -i alpine.tar', { tty: true });
	expect(r.exitCode).toBe(0);
	expect(r.stdout.replace(/\r/g, '')).toBe('9b9fd3e19799: Loading layer [==================================================>]  8.31MB/8.31MB\nLoaded image: alpine:latest\n');
	expect(host.exec('docker images -q alpine', { tty: false }).stdout).toBe(id);
	// Layers already here are not loaded again; without a terminal there is no progress at all.
	expect(host.exec('docker load -i alpine.tar', { tty: true }).stdout.replace(/\r/g, '')).toBe('Loaded image: alpine:latest\n');
	expect(host.exec('docker image load --input alpine.tar', { tty: false }).stdout).toBe('Loaded image: alpine:latest\n');
});

test('no input, a missing file, a file that is not an archive', () => {
	const { host } = sim('linux');
	const err = (line: string) => [host.exec(line, { tty: false }).exitCode, host.exec(line, { tty: false }).stderr];
	expect(err('docker load')).toEqual([1, 'requested load from stdin, but stdin is empty\n']);
	expect(err('docker load -i nope.tar')).toEqual([1, 'open nope.tar: no such file or directory\n']);
	host.exec('echo hi > notes.tar', { tty: false });
	expect(err('docker load -i notes.tar')).toEqual([1, 'Error response from daemon: archive/tar: invalid tar header\n']);
	// An archive written over is no archive any more.
	host.exec('docker pull alpine', { tty: false });
	host.exec('docker save -o alpine.tar alpine', { tty: false });
	host.exec('echo oops > alpine.tar', { tty: false });
	expect(err('docker load -i alpine.tar')).toEqual([1, 'Error response from daemon: archive/tar: invalid tar header\n']);
});
