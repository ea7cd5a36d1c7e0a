// Whole-output tests for printf (host and container) and GNU wc inside Debian-family containers.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';
import { printfText } from './text.ts';

test('printf reuses its format for every argument, as POSIX printf does', () => {
	expect(printfText(['%s\\n', 'x', 'y'])).toBe('x\ny\n');
	expect(printfText(['%s-%s\\n', 'a', 'b', 'c'])).toBe('a-b\nc-\n');
	expect(printfText(['%d%%\\n', '5'])).toBe('5%\n');
	expect(printfText(['hi'])).toBe('hi');
	expect(printfText(['%s|%d\\n'])).toBe('|0\n');
});

test('printf on the host and in a container', () => {
	const { host } = sim('linux');
	const r = host.exec('printf "%s\\n" x y', { tty: false });
	expect(r.stdout).toBe('x\ny\n');
	host.exec('docker pull alpine', { tty: false });
	expect(host.exec('docker run --rm alpine printf "%s\\n" a b', { tty: false }).stdout).toBe('a\nb\n');
});

test('wc in an Ubuntu container prints what GNU coreutils prints', () => {
	const { host } = sim('linux');
	host.exec('docker pull ubuntu', { tty: false });
	expect(host.exec('docker run --rm ubuntu sh -c "cat /etc/hostname | wc -c"', { tty: false }).stdout).toBe('13\n');
	expect(host.exec('docker run --rm ubuntu wc -l /etc/hostname', { tty: false }).stdout).toBe('1 /etc/hostname\n');
});

test('id -u, id -un and id -g in a container', () => {
	const { host } = sim('linux');
	host.exec('docker pull alpine', { tty: false });
	expect(host.exec('docker run --rm alpine id -u', { tty: false }).stdout).toBe('0\n');
	expect(host.exec('docker run --rm alpine id -un', { tty: false }).stdout).toBe('root\n');
	expect(host.exec('docker run --rm alpine id -g', { tty: false }).stdout).toBe('0\n');
});

test('tr on the host translates and deletes', () => {
	const { host } = sim('linux');
	expect(host.exec('echo hi | tr a-z A-Z', { tty: false }).stdout).toBe('HI\n');
	expect(host.exec('echo hello | tr -d l', { tty: false }).stdout).toBe('heo\n');
	expect(host.exec("echo 'a b' | tr ' ' '\\n'", { tty: false }).stdout).toBe('a\nb\n');
	expect(host.exec('echo Ab | tr [:upper:] [:lower:]', { tty: false }).stdout).toBe('ab\n');
	const bad = host.exec('echo x | tr a', { tty: false });
	expect(bad.exitCode).toBe(1);
	expect(bad.stderr).toBe("tr: missing operand after 'a'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n");
});
