// Who a container's process runs as: --user, USER, exec -u, and the accounts a build adds, looked
// up in the container's own /etc/passwd and /etc/group. Whole outputs, each from a fresh world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

const out = (r: { stdout: string; stderr: string; exitCode: number }) => [r.exitCode, r.stdout, r.stderr];

test('--user: a name from /etc/passwd, a bare number with group 0, a name:group pair', () => {
	const { run } = sim('linux');
	run('docker pull alpine');
	run('docker pull debian');
	expect(out(run('docker run --rm alpine id'))).toEqual([0, 'uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)\n', '']);
	expect(out(run('docker run --rm -u nobody alpine id'))).toEqual([0, 'uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n', '']);
	expect(out(run('docker run --rm -u nobody debian id'))).toEqual([0, 'uid=65534(nobody) gid=65534(nogroup) groups=65534(nogroup)\n', '']);
	expect(out(run('docker run --rm -u 1000 alpine id'))).toEqual([0, 'uid=1000 gid=0(root) groups=0(root)\n', '']);
	expect(out(run('docker run --rm -u 1000:1000 alpine id -g'))).toEqual([0, '1000\n', '']);
	expect(out(run('docker run --rm -u nobody:wheel alpine id'))).toEqual([0, 'uid=65534(nobody) gid=10(wheel) groups=10(wheel)\n', '']);
	// whoami and id -un name the user, each tool in its own words when the uid has no name.
	expect(out(run('docker run --rm -u nobody alpine whoami'))).toEqual([0, 'nobody\n', '']);
	expect(out(run('docker run --rm -u 1000 alpine whoami'))).toEqual([1, '', 'whoami: unknown uid 1000\n']);
	expect(out(run('docker run --rm -u 1000 debian whoami'))).toEqual([1, '', 'whoami: cannot find name for user ID 1000\n']);
	expect(out(run('docker run --rm -u 1000 debian id -un'))).toEqual([1, '', 'id: cannot find name for user ID 1000\n']);
});

test('a user the image does not have stops the start, and --rm removes the container', () => {
	const { run } = sim('linux');
	run('docker pull alpine');
	expect(out(run('docker run --rm -u app alpine id'))).toEqual([125, '', "docker: Error response from daemon: unable to find user app: no matching entries in passwd file\n\nRun 'docker run --help' for more information\n"]);
	expect(run('docker ps -aq').stdout).toBe('');
	const r = run('docker run --name keep -u app:nogroup alpine id');
	expect(r.stderr).toContain('unable to find user app: no matching entries in passwd file');
	expect(run('docker ps -a --format "{{.Names}} {{.Status}}"').stdout).toBe('keep Created\n');
	expect(run('docker run --rm -u nobody:nogrp alpine id').stderr).toContain('unable to find group nogrp: no matching entries in group file');
});

test('a Dockerfile adds a user and switches to it with USER; run -u and exec -u override it', () => {
	const { run } = sim('linux', {
		Dockerfile: 'FROM alpine\nRUN addgroup -S app && adduser -S -G app app\nUSER app\nCMD ["id"]\n',
		'Dockerfile.debian': 'FROM debian\nRUN useradd -m -u 10001 app\nUSER app\nCMD ["id"]\n',
		'Dockerfile.typo': 'FROM alpine\nUSER ap\nCMD ["id"]\n',
	});
	expect(run('docker build -q -t who .').exitCode).toBe(0);
	expect(out(run('docker run --rm who'))).toEqual([0, 'uid=100(app) gid=101(app) groups=101(app)\n', '']);
	expect(out(run('docker run --rm who whoami'))).toEqual([0, 'app\n', '']);
	expect(out(run('docker run --rm who cat /etc/passwd')).at(1)).toMatch(/\napp:x:100:101:Linux User,,,:\/home\/app:\/sbin\/nologin\n$/);
	expect(out(run('docker run --rm -u root who id -un'))).toEqual([0, 'root\n', '']);
	expect(run('docker inspect --format "{{.Config.User}}" who').stdout).toBe('app\n');
	run('docker run -d --name wk who sleep 1000');
	expect(out(run('docker exec wk whoami'))).toEqual([0, 'app\n', '']);
	expect(out(run('docker exec -u root wk whoami'))).toEqual([0, 'root\n', '']);
	expect(run('docker build -q -t deb -f Dockerfile.debian .').exitCode).toBe(0);
	expect(out(run('docker run --rm deb'))).toEqual([0, 'uid=10001(app) gid=10001(app) groups=10001(app)\n', '']);
	expect(out(run('docker run --rm deb ls -d /home/app'))).toEqual([0, '/home/app\n', '']);
	// A typo in USER builds (the builder does not look the name up) and fails when it starts.
	expect(run('docker build -q -t typo -f Dockerfile.typo .').exitCode).toBe(0);
	expect(run('docker run --rm typo').stderr).toBe("docker: Error response from daemon: unable to find user ap: no matching entries in passwd file\n\nRun 'docker run --help' for more information\n");
});

test('adduser and useradd: the next free ids, their own group, and their errors', () => {
	const { run } = sim('linux');
	run('docker pull alpine');
	const lines = run("docker run --rm alpine sh -c 'adduser -D dev; adduser -D ops; tail -2 /etc/passwd; tail -2 /etc/group; adduser -D dev; echo $?'").stdout;
	expect(lines).toBe('dev:x:1000:1000:Linux User,,,:/home/dev:/bin/sh\nops:x:1001:1001:Linux User,,,:/home/ops:/bin/sh\ndev:x:1000:\nops:x:1001:\n1\n');
	expect(run("docker run --rm alpine sh -c 'adduser -D dev; adduser -D dev'").stderr).toBe("adduser: user 'dev' in use\n");
	expect(run("docker run --rm alpine adduser -D -G staff dev").stderr).toBe('adduser: unknown group staff\n');
	// Without -D, BusyBox's passwd asks for a password no one can type in a build, and fails.
	const asked = run("docker run --rm alpine sh -c 'adduser dev; echo $?; tail -1 /etc/passwd'");
	expect([asked.stdout, asked.stderr]).toEqual(['Changing password for dev\nNew password: 1\ndev:x:1000:1000:Linux User,,,:/home/dev:/bin/sh\n', 'passwd: password for dev is unchanged\n']);
	run('docker pull debian');
	expect(run("docker run --rm debian sh -c 'useradd -r svc; useradd app; tail -2 /etc/passwd; useradd app; echo $?'").stdout).toBe('svc:x:999:999::/home/svc:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n9\n');
	expect(run("docker run --rm debian sh -c 'useradd app; useradd app'").stderr).toBe("useradd: user 'app' already exists\n");
});

test('docker top and the x-ray: the user by name inside, by number on the host', () => {
	const { run, host } = sim('linux', { Dockerfile: 'FROM alpine\nRUN adduser -D app\nUSER app\nCMD ["sleep", "1000"]\n' });
	run('docker build -q -t who .');
	run('docker run -d --name wk who');
	expect(run('docker top wk -o user,pid,args').stdout.split('\n')[1]).toMatch(/^1000 +\d+ +sleep 1000$/);
	const xray = host.state().xray.containers.find((c) => c.name === 'wk')!;
	expect(xray.processes.map((p) => p.user)).toEqual(['app']);
});

test('the official images\' own accounts resolve: node, nginx, redis, postgres, mysql', () => {
	const { run } = sim('linux', { Dockerfile: 'FROM node:22-alpine\nUSER node\nCMD ["id"]\n' });
	const id = (image: string, user: string) => run(`docker run --rm -u ${user} ${image} id`).stdout;
	expect(id('node', 'node')).toBe('uid=1000(node) gid=1000(node) groups=1000(node)\n');
	expect(id('nginx', 'nginx')).toBe('uid=101(nginx) gid=101(nginx) groups=101(nginx)\n');
	expect(id('nginx:alpine', 'nginx')).toBe('uid=101(nginx) gid=101(nginx) groups=101(nginx)\n');
	expect(id('redis', 'redis')).toBe('uid=999(redis) gid=999(redis) groups=999(redis)\n');
	expect(id('postgres', 'postgres')).toBe('uid=999(postgres) gid=999(postgres) groups=999(postgres)\n');
	expect(id('mysql', 'mysql')).toBe('uid=999(mysql) gid=999(mysql) groups=999(mysql)\n');
	// The common Dockerfile line USER node, on node's Alpine variant.
	expect(run('docker build -q -t app .').exitCode).toBe(0);
	expect(run('docker run --rm app').stdout).toBe('uid=1000(node) gid=1000(node) groups=1000(node)\n');
});
