// The reader's shell around docker, host kinds, snapshots, state view and completion.
declare const structuredClone: <T>(value: T) => T;
import { expect, test } from 'vitest';
import { createWorld, finalScreen } from './index.ts';
import { sim } from './testing.ts';

const FILES = { Dockerfile: 'FROM nginx\nCOPY index.html /usr/share/nginx/html/\n', 'index.html': '<h1>Hello</h1>\n', 'site/about.html': 'about\n' };

test('quoting, &&, ;, # comments and $?', () => {
	const { run } = sim();
	expect(run(`echo 'single  quoted' "double $HOME" plain\\ word # comment`).stdout).toBe('single  quoted double /home/dev plain word\n');
	expect(run('false && echo no ; echo yes').stdout).toBe('yes\n');
	expect(run('false || echo fallback').stdout).toBe('fallback\n');
	run('nosuch');
	expect(run('echo $?').stdout).toBe('127\n');
});

test('command not found: bash on Linux and Windows, zsh on a Mac (exit 127)', () => {
	expect(sim('linux').run('kubectl get pods')).toEqual({ stdout: '', stderr: 'bash: kubectl: command not found\n', exitCode: 127, output: 'bash: kubectl: command not found\n' });
	expect(sim('macos').run('kubectl').stderr).toBe('zsh: command not found: kubectl\n');
	expect(sim('windows').run('kubectl').stderr).toBe('bash: kubectl: command not found\n');
});

test('ls and cat over the host files; > and >> write them', () => {
	const { run, host } = sim('linux', FILES);
	expect(run('ls').stdout).toBe('Dockerfile\nindex.html\nsite\n');
	expect(finalScreen(run('ls', true).stdout)).toBe('Dockerfile  index.html  site\n');
	expect(run('cat Dockerfile').stdout).toBe(FILES.Dockerfile);
	expect(run('cat nope')).toMatchObject({ stderr: 'cat: nope: No such file or directory\n', exitCode: 1 });
	expect(run('ls nope')).toMatchObject({ stderr: "ls: cannot access 'nope': No such file or directory\n", exitCode: 2 });
	run('echo "<h1>Changed</h1>" > index.html && echo more >> index.html');
	expect(host.files()['index.html']).toBe('<h1>Changed</h1>\nmore\n');
	expect(run('cat site/about.html').stdout).toBe('about\n');
});

test('uname -a is the host machine; help; clear', () => {
	expect(sim('linux').run('uname -a').stdout).toBe('Linux dockside 6.8.0-87-generic #88-Ubuntu SMP PREEMPT_DYNAMIC Sat Oct 11 09:28:41 UTC 2025 x86_64 x86_64 x86_64 GNU/Linux\n');
	expect(sim('macos').run('uname -a').stdout).toBe('Darwin dockside.local 24.6.0 Darwin Kernel Version 24.6.0: Mon Jul 14 11:30:40 PDT 2025; root:xnu-11417.140.69~1/RELEASE_ARM64_T6041 arm64\n');
	expect(sim('windows').run('uname -s').stdout).toBe('MINGW64_NT-10.0-26100\n');
	expect(sim().run('help').stdout).toContain('docker ...        the Docker CLI (try: docker --help)\n');
	const c = sim().run('echo before; clear; echo after', true);
	expect(finalScreen(c.stdout)).toBe('after\n');
});

test('curl reaches a published nginx port, and fails like curl otherwise', () => {
	const { run } = sim('linux', FILES);
	expect(run('curl http://localhost:8080')).toMatchObject({ stderr: "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n", exitCode: 7 });
	run('docker run -d -p 8080:80 --name web nginx');
	const page = run('curl http://localhost:8080');
	expect(page.exitCode).toBe(0);
	expect(page.stdout).toContain('<title>Welcome to nginx!</title>');
	expect(page.stdout.length).toBe(615);
	expect(run('curl -s localhost:8080/nope').stdout).toContain('<center><h1>404 Not Found</h1></center>');
	expect(run('curl -I localhost:8080').stdout.split('\r\n').slice(0, 4)).toEqual(['HTTP/1.1 200 OK', 'Server: nginx/1.29.3', 'Date: Wed, 12 Nov 2025 09:00:12 GMT', 'Content-Type: text/html']);
	expect(run('curl http://example.invalid').stderr).toBe('curl: (6) Could not resolve host: example.invalid\n');
	run('docker stop web');
	expect(run('curl localhost:8080').exitCode).toBe(7);
});

test('a built image serves the changed page (build context → image → container)', () => {
	const { run } = sim('linux', FILES);
	run('docker build -t site .');
	run('docker run -d -p 8000:80 site');
	expect(run('curl -s localhost:8000').stdout).toBe('<h1>Hello</h1>\n');
});

test('bind mounts show the host files inside the container', () => {
	const { run } = sim('linux', FILES);
	run('docker run -d -p 8080:80 -v ./site:/usr/share/nginx/html nginx');
	expect(run('curl -s localhost:8080/about.html').stdout).toBe('about\n');
	expect(run('docker run --rm -v "$(pwd)":/src alpine ls /src').stdout).toBe('Dockerfile\nindex.html\nsite\n');
});

test('same seed, same lines: byte-identical output', () => {
	const lines = ['docker run hello-world', 'docker run -d nginx', 'docker ps -a', 'docker build -t x .'];
	const a = createWorld({ seed: 42 }).host({ platform: 'linux', files: FILES });
	const b = createWorld({ seed: 42 }).host({ platform: 'linux', files: FILES });
	for (const l of lines) expect(a.exec(l, { tty: true })).toEqual(b.exec(l, { tty: true }));
	const c = createWorld({ seed: 43 }).host({ platform: 'linux' });
	expect(c.exec('docker run -d nginx').stdout).not.toBe(createWorld({ seed: 42 }).host({ platform: 'linux' }).exec('docker run -d nginx').stdout);
});

test('snapshot and restore: plain data, and the same lines replay the same bytes', () => {
	const { host, run } = sim('linux', FILES);
	run('docker run -d --name web nginx');
	const snap = host.snapshot();
	expect(structuredClone(snap)).toEqual(snap);
	const first = [run('docker run -d nginx').stdout, run('docker ps -a').stdout];
	run('docker rm -f web');
	host.restore(snap);
	expect([run('docker run -d nginx').stdout, run('docker ps -a').stdout]).toEqual(first);
});

test('state() is a plain view for the state panel', () => {
	const { host, run } = sim('linux');
	run('docker run -d -p 8080:80 --name web nginx');
	run('docker volume create data');
	const s = host.state();
	expect(s.images).toEqual([{ id: '2a7b6a2c98ec', tags: ['nginx:latest'], size: '192MB', bytes: 192166067, created: Date.parse('2025-11-04T18:28:51Z'), platform: 'linux/amd64' }]);
	expect(s.containers).toEqual([{ id: '2391675b3f5d', name: 'web', image: 'nginx', command: "/docker-entrypoint.sh nginx -g 'daemon off;'", status: 'running', statusText: 'Up Less than a second', exitCode: 0, ports: '0.0.0.0:8080->80/tcp, [::]:8080->80/tcp' }]);
	expect(s.volumes).toEqual([{ name: 'data', anonymous: false, usedBy: [] }]);
	expect(s.networks.map((n) => n.name)).toEqual(['bridge', 'host', 'none']);
	expect(JSON.parse(JSON.stringify(s))).toEqual(s);
});

test('completion: subcommands, flags, images, containers, files', () => {
	const { host, run } = sim('linux', FILES);
	run('docker run -d --name web nginx');
	expect(host.complete('doc')).toEqual(['docker']);
	expect(host.complete('docker i')).toEqual(['image', 'images', 'info', 'inspect']);
	expect(host.complete('docker run --rm --na')).toEqual(['--name']);
	expect(host.complete('docker stop w')).toEqual(['web']);
	expect(host.complete('docker rmi ngi')).toEqual(['nginx', 'nginx:latest']);
	expect(host.complete('docker image r')).toEqual(['remove', 'rm']);
	expect(host.complete('cat Doc')).toEqual(['Dockerfile']);
	expect(host.complete('docker pull redis:8')).toEqual(['redis:8', 'redis:8-alpine', 'redis:8.2', 'redis:8.2-alpine', 'redis:8.2.3', 'redis:8.2.3-alpine']);
});

test('two hosts share one registry: push on a laptop, pull on a server', () => {
	const world = createWorld();
	const laptop = world.host({ platform: 'linux', files: FILES });
	const server = world.host({ platform: 'linux' });
	laptop.exec('docker build -t alice/site .');
	laptop.exec('docker login -u alice -p secret');
	expect(laptop.exec('docker push alice/site').exitCode).toBe(0);
	expect(server.exec('docker pull alice/site').stdout).toContain('Status: Downloaded newer image for alice/site:latest\n');
	expect(server.exec('docker images --format "{{.Repository}}"').stdout).toBe('alice/site\n');
});

test('prompts follow the host and the attached shell', () => {
	expect(sim('linux').host.prompt()).toBe('dev@dockside:~/project$ ');
	expect(sim('macos').host.prompt()).toBe('dev@dockside project % ');
	const { host } = sim('linux');
	host.exec('docker run -it ubuntu bash', { tty: true });
	expect(host.prompt()).toBe('root@2391675b3f5d:/# ');
	expect(host.attached()).toBe(true);
});

test('the host shell names itself: $0 and $BASH_VERSION on Linux, no arguments', () => {
	const { host } = sim('linux');
	expect(host.exec('echo "$0 $# $BASH_VERSION"', { tty: false }).stdout).toBe('bash 0 5.2.21(1)-release\n');
});
