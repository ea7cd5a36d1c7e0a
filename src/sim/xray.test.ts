// The x-ray of real simulator runs: what `docker top`, `ps`, `inspect` and `history` say, seen
// from the kernel's side, as the plain data the "Look inside" panel draws.
import { expect, test } from 'vitest';
import { sim } from './testing.ts';

function topRows(out: string): string[][] {
	return out.trim().split('\n').slice(1).map((l) => l.split(/\s{2,}/));
}

test('nginx with a published port: PID 1 inside is the host PID docker top prints, workers too', () => {
	const { host, run } = sim('linux');
	expect(run('docker run -d -p 8080:80 --name web nginx').exitCode).toBe(0);
	const x = host.state().xray;
	expect(x.containers).toHaveLength(1);
	const web = x.containers[0]!;
	expect(web.name).toBe('web');
	expect(web.running).toBe(true);
	const top = topRows(run('docker top web').stdout);
	// One master and one worker per CPU (4 on the Linux host), each the same process in both views.
	expect(web.processes.map((p) => [p.pid, p.user, p.command])).toEqual([
		[1, 'root', 'nginx: master process nginx -g daemon off;'],
		[29, 'nginx', 'nginx: worker process'],
		[30, 'nginx', 'nginx: worker process'],
		[31, 'nginx', 'nginx: worker process'],
		[32, 'nginx', 'nginx: worker process'],
	]);
	expect(web.processes.map((p) => String(p.hostPid))).toEqual(top.map((r) => r[1]));
	expect(web.processes[0]!.hostPid).not.toBe(1);
	expect(run('docker inspect -f "{{.State.Pid}}" web').stdout).toBe(`${web.processes[0]!.hostPid}\n`);
	// Own namespaces for everything but user: docker uses no user namespace by default.
	expect(web.sharedNs).toEqual(['user']);
	expect(web.network).toBe('bridge');
	expect(web.ip).toBe('172.17.0.2');
	expect(web.ports).toEqual(['0.0.0.0:8080->80/tcp', '[::]:8080->80/tcp']);
	expect(x.networks).toEqual([{ name: 'bridge', driver: 'bridge', subnet: '172.17.0.0/16', gateway: '172.17.0.1' }]);
	expect([web.memory, web.cpus, web.oom]).toEqual([0, 0, false]);
});

test('the filesystem: the image layers docker history lists, a writable layer, volumes and binds', () => {
	const { host, run } = sim('linux', { 'site/index.html': '<h1>hi</h1>\n' });
	run('docker run -d --name web -v data:/data -v ./site:/usr/share/nginx/html nginx');
	run('docker exec web sh -c "echo hello > /tmp/note; rm /etc/nginx/conf.d/default.conf"');
	const x = host.state().xray;
	const web = x.containers[0]!;
	const layers = x.layers[web.image]!;
	// docker history lists newest first and includes empty (metadata) steps; layers are the rest.
	const [head, ...rows] = run('docker history nginx').stdout.trim().split('\n');
	const sizes = rows.reverse().map((r) => r.slice(head!.indexOf('SIZE'), head!.indexOf('COMMENT')).trim());
	expect(layers.map((l) => l.size)).toEqual(sizes.filter((s) => s !== '0B'));
	// The base layer comes from Debian's own build script, as docker history shows it.
	expect(layers[0]).toEqual({ size: '120MB', by: "# debian.sh --arch 'amd64' out/ 'trixie' '@1762128000'" });
	expect(layers.every((l) => [...l.by].length <= 60)).toBe(true);
	expect(web.writable).toEqual({ files: 1, deleted: 1, bytes: 6 });
	expect(web.mounts).toEqual([
		{ type: 'volume', source: 'data', destination: '/data' },
		{ type: 'bind', source: '/home/dev/project/site', destination: '/usr/share/nginx/html' },
	]);
});

test('--network host and --pid host share those namespaces; inside PIDs are then host PIDs', () => {
	const { host, run } = sim('linux');
	expect(run('docker run -d --network host --pid host --name cache redis').exitCode).toBe(0);
	const cache = host.state().xray.containers[0]!;
	expect(cache.sharedNs).toEqual(['pid', 'net', 'uts', 'user']);
	expect(cache.network).toBe('host');
	expect(cache.ip).toBe('');
	expect(cache.processes).toHaveLength(1);
	expect(cache.processes[0]!.pid).toBe(cache.processes[0]!.hostPid);
	run('docker run -d --ipc host --uts host --name bb busybox sleep 1000');
	expect(host.state().xray.containers[0]!.sharedNs).toEqual(['uts', 'ipc', 'user']);
});

test('cgroup limits from -m and --cpus; over the limit the OOM killer ends it: Exited (137)', () => {
	const { host, run } = sim('linux');
	expect(run('docker run -d --name small -m 512m --cpus 1.5 nginx').exitCode).toBe(0);
	let small = host.state().xray.containers[0]!;
	expect([small.memory, small.cpus, small.oom, small.running]).toEqual([512 * 1024 * 1024, 1.5, false, true]);
	expect(run('docker stats --no-stream --format "{{.MemUsage}}" small').stdout).toMatch(/ \/ 512MiB\n$/);
	// MySQL needs some 400 MB to start; a 64 MiB cgroup is not enough.
	expect(run('docker run -d --name db -m 64m -e MYSQL_ROOT_PASSWORD=secret mysql').exitCode).toBe(0);
	const db = host.state().xray.containers[0]!;
	expect([db.name, db.running, db.oom, db.memory, db.processes]).toEqual(['db', false, true, 64 * 1024 * 1024, []]);
	expect(host.state().containers[0]!.statusText).toMatch(/^Exited \(137\) /);
	expect(run('docker ps -a --format "{{.Names}} {{.Status}}"').stdout).toMatch(/^db Exited \(137\) /);
	expect(run('docker inspect -f "{{.State.OOMKilled}} {{.State.ExitCode}}" db').stdout).toBe('true 137\n');
	small = host.state().xray.containers[1]!;
	expect(small.oom).toBe(false);
});

test('limit flags fail with the CLI and daemon wording', () => {
	const { run } = sim('linux');
	let r = run('docker run -m 4m nginx');
	expect([r.exitCode, r.stderr]).toEqual([125, "docker: Error response from daemon: Minimum memory limit allowed is 6MB\n\nRun 'docker run --help' for more information\n"]);
	r = run('docker run --cpus 8 nginx');
	expect([r.exitCode, r.stderr]).toEqual([125, "docker: Error response from daemon: range of CPUs is from 0.01 to 4.00, as there are only 4 CPUs available\n\nRun 'docker run --help' for more information\n"]);
	r = run('docker run --cpus two nginx');
	expect([r.exitCode, r.stderr]).toEqual([125, `invalid argument "two" for "--cpus" flag: failed to parse two as a rational number\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n`]);
	r = run('docker run --pid shared nginx');
	expect([r.exitCode, r.stderr]).toEqual([125, "docker: --pid: invalid PID mode\n\nRun 'docker run --help' for more information\n"]);
});

test('an exec shell is one more process; a stopped container has none but keeps its layer', () => {
	const { host, run } = sim('linux');
	run('docker run -d --name web nginx');
	expect(run('docker exec -it web bash', true).exitCode).toBe(0);
	const during = host.state().xray.containers[0]!;
	expect(during.processes.at(-1)).toMatchObject({ pid: 33, user: 'root', command: 'bash' });
	run('touch /kept', true);
	run('exit', true);
	run('docker stop web');
	const after = host.state().xray.containers[0]!;
	expect([after.running, after.processes, after.ip, after.ports, after.writable.files]).toEqual([false, [], '', [], 1]);
	expect(host.state().xray.networks).toEqual([]);
});
