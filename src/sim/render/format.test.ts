import { expect, test } from 'vitest';
import { dateCommand, ellipsis, goQuote, humanDuration, humanSize, table } from './format.ts';
import { progressString } from './progress.ts';
import { sim } from '../testing.ts';

test('go-units sizes', () => {
	expect(humanSize(124_000_000, 3)).toBe('124MB');
	expect(humanSize(77_940_000, 3)).toBe('77.9MB');
	expect(humanSize(13_256, 3)).toBe('13.3kB');
	expect(humanSize(3_146_000)).toBe('3.146MB');
	expect(humanSize(29_150_000)).toBe('29.15MB');
	expect(humanSize(0)).toBe('0B');
});

test('go-units durations', () => {
	const s = 1000, m = 60 * s, h = 60 * m, d = 24 * h;
	expect([0, s, 2 * s, 59 * s, 60 * s, 119 * s, 2 * m, 59 * m, h, 90 * m, 47 * h, 2 * d, 13 * d, 14 * d, 59 * d, 60 * d, 729 * d, 730 * d].map(humanDuration)).toEqual([
		'Less than a second', '1 second', '2 seconds', '59 seconds', 'About a minute', 'About a minute', '2 minutes', '59 minutes', 'About an hour', '2 hours', '47 hours', '2 days', '13 days', '2 weeks', '8 weeks', '2 months', '24 months', '2 years',
	]);
});

test('tabwriter: minwidth 10, padding 3, last column unpadded', () => {
	expect(table([['CONTAINER ID', 'IMAGE', 'NAMES'], ['abc', 'nginx', 'web']])).toBe('CONTAINER ID   IMAGE     NAMES\nabc            nginx     web\n');
});

test('Ellipsis and strconv.Quote as docker ps prints COMMAND', () => {
	expect(goQuote(ellipsis("/docker-entrypoint.sh nginx -g 'daemon off;'", 20))).toBe('"/docker-entrypoint.…"');
});

test('progress bar above 110 columns, numbers only below', () => {
	expect(progressString({ current: 3_146_000, total: 29_150_000 }, 120)).toBe('[=====>                                             ]  3.146MB/29.15MB');
	expect(progressString({ current: 3_146_000, total: 29_150_000, etaSeconds: 3.2 }, 80)).toBe(' 3.146MB/29.15MB 3s');
});

test('tables pad and truncate by display width, so Korean columns align', () => {
	const { host } = sim('linux');
	host.exec('docker pull -q alpine');
	host.exec('docker run -d --name db alpine sleep 1000');
	host.exec('docker run -d --name web alpine echo 안녕하세요반갑습니다');
	expect(host.exec('docker ps -a').stdout).toBe(`CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS                     PORTS     NAMES
43c00c799f49   alpine    "echo 안녕하세요반갑…"   2 seconds ago   Exited (0) 2 seconds ago             web
2391675b3f5d   alpine    "sleep 1000"             4 seconds ago   Up 4 seconds                         db
`);
	expect(host.exec('docker run -d --name 웹 alpine true').stderr).toBe("docker: Error response from daemon: Invalid container name (웹), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n\nRun 'docker run --help' for more information\n");
	expect(ellipsis('echo 안녕하세요', 10)).toBe('echo 안녕…');
	expect(ellipsis('abcdef', 4)).toBe('abc…');
	expect(table([['이름', 'X'], ['ab', 'Y']])).toBe('이름      X\nab        Y\n');
});

test('date +FORMAT conversions, in UTC', () => {
	const ms = Date.UTC(2025, 10, 12, 9, 5, 7);
	expect(dateCommand(ms, [])).toBe('Wed Nov 12 09:05:07 UTC 2025\n');
	expect(dateCommand(ms, ['-u', '+%Y'])).toBe('2025\n');
	expect(dateCommand(ms, ['+%F %T %Z'])).toBe('2025-11-12 09:05:07 UTC\n');
	expect(dateCommand(ms, ['+%A, %d %B %y (day %j) %s %%'])).toBe(`Wednesday, 12 November 25 (day 316) ${ms / 1000} %\n`);
});

test('date +%Y on the host and in a container', () => {
	const { host } = sim('linux');
	expect(host.exec('date +%Y', { tty: false }).stdout).toMatch(/^\d{4}\n$/);
	host.exec('docker pull alpine', { tty: false });
	expect(host.exec('docker run --rm alpine date -u +%Y-%m', { tty: false }).stdout).toMatch(/^\d{4}-\d\d\n$/);
});
