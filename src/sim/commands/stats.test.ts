// Whole-output tests for docker stats. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("stats --no-stream, --format and a streamed frame", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web -p 8080:80 nginx", { tty: false, cols: 80 });
	let r;
	r = host.exec("docker stats --no-stream", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT     MEM %     NET I/O       BLOCK I/O   PIDS
2391675b3f5d   web       0.00%     7.894MiB / 15.24GiB   0.05%     836B / 126B   0B / 0B     5
`);
	expect(r.stderr).toBe(``);
	r = host.exec("docker stats --no-stream --format \"{{.Name}}: {{.MemUsage}}\"", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`web: 7.894MiB / 15.24GiB
`);
	expect(r.stderr).toBe(``);
	r = host.exec("docker stats nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such container: nope
`);
	r = host.exec("docker stats", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(130);
	expect(r.stdout).toBe(`\x1b[HCONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT     MEM %     NET I/O       BLOCK I/O   PIDS
2391675b3f5d   web       0.00%     7.894MiB / 15.24GiB   0.05%     836B / 126B   0B / 0B     5
\x1b[HCONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT     MEM %     NET I/O       BLOCK I/O   PIDS \x1b[K
2391675b3f5d   web       0.00%     7.894MiB / 15.24GiB   0.05%     836B / 126B   0B / 0B     5 \x1b[K
 \x1b[K
\x1b[J^C
`);
	expect(r.stderr).toBe(``);
});

test("stats -a shows stopped containers as zeros", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: false, cols: 80 });
	let r;
	r = host.exec("docker stats -a --no-stream", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O   BLOCK I/O   PIDS
2391675b3f5d   hi        0.00%     0B / 0B             0.00%     0B / 0B   0B / 0B     0
`);
	expect(r.stderr).toBe(``);
});

test("stats --format json", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web -p 8080:80 nginx", { tty: false, cols: 80 });
	const r = host.exec("docker stats --no-stream --format json", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`{"BlockIO":"0B / 0B","CPUPerc":"0.00%","Container":"2391675b3f5d","ID":"2391675b3f5d","MemPerc":"0.05%","MemUsage":"7.894MiB / 15.24GiB","Name":"web","NetIO":"836B / 126B","PIDs":"5"}
`);
	expect(r.stderr).toBe(``);
});
