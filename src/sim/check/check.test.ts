import { describe, expect, it } from 'vitest';
import { createWorld, type Host } from '../index.ts';
import { check, normalizeTag, registryTag, type Condition } from './check.ts';

function machine(...lines: string[]): Host {
	const host = createWorld({ seed: 1 }).host({ platform: 'linux' });
	for (const line of lines) host.exec(line, { tty: true, cols: 80 });
	return host;
}

describe('the facts a check reads', () => {
	it('describes containers as plain data, one entry per published port', () => {
		const host = machine('docker volume create site', 'docker run -d --name web -p 8081:80 -v site:/usr/share/nginx/html -e MODE=dev nginx');
		const web = host.facts().containers.find((c) => c.name === 'web')!;
		expect(web).toMatchObject({ image: 'nginx', imageTags: ['nginx:latest'], status: 'running', ports: ['8081:80'], networks: ['bridge'] });
		expect(web.mounts).toEqual([{ type: 'volume', source: 'site', destination: '/usr/share/nginx/html' }]);
		expect(web.env).toContain('MODE=dev');
		expect(JSON.parse(JSON.stringify(host.facts()))).toEqual(host.facts());
	});

	it('names a port bound to one address with that address too', () => {
		const host = machine('docker run -d --name local -p 127.0.0.1:8082:80 nginx', 'docker run -d --name all -p 8083:80 nginx');
		const ports = (name: string) => host.facts().containers.find((c) => c.name === name)!.ports;
		expect(ports('local')).toEqual(['8082:80', '127.0.0.1:8082:80']);
		expect(ports('all')).toEqual(['8083:80']);
		expect(check([{ container: { name: 'local', port: '127.0.0.1:8082:80' } }], host).passed).toBe(true);
		expect(check([{ container: { name: 'all', port: '127.0.0.1:8083:80' } }], host).passed).toBe(false);
	});

	it('answers what curl would, without an access-log line', () => {
		const host = machine('docker run -d --name web -p 8080:80 nginx');
		const logs = host.exec('docker logs web').stdout;
		const answer = host.http('http://localhost:8080');
		expect(answer).toMatchObject({ ok: true, status: 200 });
		expect(answer.ok && answer.body).toContain('Welcome to nginx!');
		expect(host.exec('docker logs web').stdout).toBe(logs);
		expect(host.http('http://localhost:9999')).toEqual({ ok: false, code: 7, message: "curl: (7) Failed to connect to localhost port 9999 after 0 ms: Couldn't connect to server" });
	});

	it('reads files in a container and in a volume', () => {
		const host = machine("docker run --name wr -v notes:/data alpine sh -c 'echo hi > /data/a.txt; echo there > /b.txt'");
		expect(host.readFile('wr', '/b.txt')).toBe('there\n');
		expect(host.readFile('wr', '/data/a.txt')).toBe('hi\n');
		expect(host.volumeFile('notes', 'a.txt')).toBe('hi\n');
		expect(host.volumeFile('notes', '/a.txt')).toBe('hi\n');
		expect(host.readFile('nobody', '/b.txt')).toBeNull();
	});

	it('reads what docker logs shows, and a logs condition checks it', () => {
		const host = machine('docker run --name hello hello-world', "docker run --name oops alpine sh -c 'echo out; echo fail >&2'");
		expect(host.logs('hello')).toBe(host.exec('docker logs hello').stdout);
		expect(host.logs('oops')).toBe('out\nfail\n');
		expect(host.logs('nobody')).toBeNull();
		expect(check([{ logs: { container: 'hello', contains: 'Hello from Docker!' } }], host).passed).toBe(true);
		expect(check([{ logs: { container: 'oops', matches: '^fail$' } }], host).passed).toBe(true);
		expect(check([{ logs: { container: 'oops', contains: 'Hello' } }], host)).toEqual({ passed: false, failed: 0 });
		expect(check([{ logs: { container: 'nobody' } }], host).passed).toBe(false);
	});
});

describe('check', () => {
	const conditions: Condition[] = [
		{ container: { image: 'nginx', status: 'running' } },
		{ container: { image: 'nginx', status: 'running', port: '8081:80' } },
		{ http: { url: 'http://localhost:8081', contains: 'Welcome to nginx!' } },
	];

	it('names the first condition that does not hold', () => {
		expect(check(conditions, machine())).toEqual({ passed: false, failed: 0 });
		expect(check(conditions, machine('docker run -d nginx'))).toEqual({ passed: false, failed: 1 });
		expect(check(conditions, machine('docker run -d -p 8081:80 nginx'))).toEqual({ passed: true, failed: -1 });
	});

	it('checks state, not commands: another way to the same state passes too', () => {
		expect(check(conditions, machine('docker create -p 8081:80 --name site nginx:latest', 'docker start site'))).toEqual({ passed: true, failed: -1 });
	});

	it('matches an image by any of its tags, and absence', () => {
		const host = machine('docker pull alpine', 'docker tag alpine mine:1', 'docker run --name one mine:1 true');
		expect(check([{ container: { image: 'alpine', exitCode: 0 } }], host).passed).toBe(true);
		expect(check([{ image: 'docker.io/library/alpine' }, { image: 'mine:1' }], host).passed).toBe(true);
		expect(check([{ container: { status: 'running' }, absent: true }, { container: {}, absent: true }], host)).toEqual({ passed: false, failed: 1 });
		expect(check([{ volume: 'x', absent: true }, { network: 'bridge' }, { exit: 0 }], host).passed).toBe(true);
	});

	it('reads a file for text or a pattern', () => {
		const host = machine("docker run --name box alpine sh -c 'uname -r > /k.txt'");
		expect(check([{ file: { container: 'box', path: '/k.txt', matches: '^\\d+\\.\\d+\\.\\d+\\S*$' } }], host).passed).toBe(true);
		expect(check([{ file: { container: 'box', path: '/k.txt', matches: '^hello$' } }], host).passed).toBe(false);
		expect(check([{ file: { container: 'box', path: '/missing.txt' } }], host).passed).toBe(false);
		expect(check([{ file: { container: 'box', path: '/k.txt' } }], host).passed).toBe(true);
	});

	it('normalizes references the way docker prints them', () => {
		expect(normalizeTag('nginx')).toBe('nginx:latest');
		expect(normalizeTag('docker.io/library/nginx:1.29')).toBe('nginx:1.29');
		expect(normalizeTag('localhost:5000/app')).toBe('localhost:5000/app:latest');
		expect(registryTag('yourname/site:1.0')).toBe('docker.io/yourname/site:1.0');
		expect(registryTag('nginx')).toBe('docker.io/library/nginx:latest');
		expect(registryTag('localhost:5000/app')).toBe('localhost:5000/app:latest');
	});
});
