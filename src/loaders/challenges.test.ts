import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChallenges } from './challenges';

/** A project with the real sessions and one challenges file, `text`. */
function project(text: string, name = 'run.yaml'): string {
	const root = mkdtempSync(join(tmpdir(), 'dockside-challenges-'));
	cpSync('src/content/sessions', join(root, 'src/content/sessions'), { recursive: true });
	mkdirSync(join(root, 'src/content/challenges'), { recursive: true });
	writeFileSync(join(root, 'src/content/challenges', name), text);
	return root;
}
const ONE = `  - id: port
    title: { en: Port, ko: 포트 }
    goal: { en: Publish nginx on 8081., ko: nginx를 8081번으로 공개합니다. }
    hints:
      - { en: Use -p., ko: -p를 씁니다. }
      - { en: -p 8081:80., ko: -p 8081:80 }
    solution:
      - docker run -d -p 8081:80 nginx
    wrong:
      commands: [docker run -d nginx]
      fails: 2
    check:
      - container: { image: nginx, status: running }
        fail: { en: Not running., ko: 실행 중이 아닙니다. }
      - container: { image: nginx, port: "8081:80" }
        fail: { en: Not published., ko: 공개되지 않았습니다. }
`;
const GOOD = `challenges:\n${ONE}${ONE.replace('id: port', 'id: again')}`;
const F = 'src/content/challenges/run.yaml';
const report = (text: string, name?: string) => {
	try {
		readChallenges(project(text, name));
		return '';
	} catch (e) {
		return (e as Error).message;
	}
};

describe('the challenges collection reader', () => {
	it('reads a good file, ids prefixed with the session', () => {
		const [entry] = readChallenges(project(GOOD));
		expect(entry!.id).toBe('run');
		expect(entry!.data.challenges.map((c) => c.id)).toEqual(['run/port', 'run/again']);
		expect(entry!.data.challenges[0]!.check[1]).toEqual({ condition: { container: { image: 'nginx', port: '8081:80' } }, fail: { en: 'Not published.', ko: '공개되지 않았습니다.' } });
	});

	it('reports structure at its line', () => {
		expect(report(`challenges:\n${ONE}`)).toBe(`${F}:2: "challenges" needs at least 2 items`);
		expect(report(GOOD.replace('      - { en: -p 8081:80., ko: -p 8081:80 }\n', ''))).toBe(`${F}:6: "challenges[0].hints" needs at least 2 items`);
		expect(report(GOOD.replace('port: "8081:80" }', 'port: "8081" }'))).toBe(`${F}:16: "challenges[0].check[1].container.port": must be hostPort:containerPort or ip:hostPort:containerPort, e.g. 8081:80 or 127.0.0.1:8081:80`);
		expect(report(GOOD.replace('      - container: { image: nginx, status: running }\n', "      - file: { container: web, path: /x, matches: '[a-' }\n"))).toBe(
			`${F}:14: "challenges[0].check[0].file.matches": must be a valid regular expression`,
		);
		expect(report(GOOD.replace('      - container: { image: nginx, status: running }\n', "      - logs: { container: web, matches: '(' }\n"))).toBe(
			`${F}:14: "challenges[0].check[0].logs.matches": must be a valid regular expression`,
		);
		expect(report(GOOD.replace('container: { image: nginx, status: running }', 'container: { image: nginx, status: up }'))).toBe(
			`${F}:14: "challenges[0].check[0].container.status" is "up"; expected "created", "running", "exited"`,
		);
	});

	it('wants exactly one kind per condition, and absent only where it means something', () => {
		expect(report(GOOD.replace('      - container: { image: nginx, status: running }\n', '      - image: nginx\n        volume: site\n'))).toBe(
			`${F}:14: "challenges[0].check[0]": a condition needs exactly one of "container", "image", "volume", "network", "registry", "file", "logs", "http", "exit" (found image, volume)`,
		);
		expect(report(GOOD.replace('      - container: { image: nginx, status: running }\n', '      - exit: 0\n        absent: true\n'))).toBe(
			`${F}:14: "challenges[0].check[0]": "absent" goes with "container", "image", "volume", "network", not "exit"`,
		);
		expect(report(GOOD.replace('        fail: { en: Not running., ko: 실행 중이 아닙니다. }\n', '        fial: { en: x, ko: y }\n'))).toBe(
			`${F}:15: unknown key "fial" in "challenges[0].check[0]"\n${F}:14: missing "challenges[0].check[0].fail"`.split('\n').sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1])).join('\n'),
		);
	});

	it('proves each challenge against the simulator', () => {
		expect(report(GOOD.replace('      - docker run -d -p 8081:80 nginx', '      - docker run -d -p 8082:80 nginx'))).toBe(
			`${F}:9: the solution does not pass: condition 2 ("Not published.") fails`,
		);
		expect(report(GOOD.replace('commands: [docker run -d nginx]', 'commands: [docker run -d -p 8081:80 nginx]'))).toBe(`${F}:11: the wrong attempt passes the check: it must fail`);
		expect(report(GOOD.replace('      fails: 2', '      fails: 1'))).toBe(`${F}:12: the wrong attempt fails at condition 2 ("Not published."), not at condition 1`);
		expect(report(GOOD.replace('      fails: 2', '      fails: 3'))).toBe(`${F}:12: "wrong.fails" is 3 but there are only 2 conditions`);
		const idle = GOOD.replace(/check:\n[\s\S]*?(?=  - id: again)/, 'check:\n      - image: nginx\n        fail: { en: x, ko: y }\n').replace('      fails: 2', '      fails: 1');
		expect(report(idle).split('\n').slice(0, 2)).toEqual([`${F}:14: the check already passes on the machine the session leaves behind: the challenge asks for nothing`, `${F}:11: the wrong attempt passes the check: it must fail`].sort());
	});

	it('names the session a file belongs to, and one id per challenge', () => {
		expect(report(GOOD, 'runn.yaml')).toBe('src/content/challenges/runn.yaml:1: no session "runn" (src/content/sessions/runn.yaml): a challenges file is named after its session');
		expect(report(GOOD.replace('id: again', 'id: port'))).toBe(`${F}:18: challenge id "port" is used twice in this file`);
	});
});
