// Whole-output tests for docker ps / docker container ls. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("empty header pads to the 10-column minimum", () => {
	const { host } = sim("linux");
	const r = host.exec("docker ps", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES
`);
	expect(r.stderr).toBe(``);
});

test("running and exited containers, newest first", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: true, cols: 80 });
	host.exec("docker run -d -p 8080:80 --name web nginx", { tty: true, cols: 80 });
	host.exec("docker run -d --name cache redis", { tty: true, cols: 80 });
	const r = host.exec("docker ps -a", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`CONTAINER ID   IMAGE         COMMAND                  CREATED         STATUS                     PORTS                                     NAMES
a85582528813   redis         "docker-entrypoint.s…"   2 seconds ago   Up 2 seconds               6379/tcp                                  cache
43c00c799f49   nginx         "/docker-entrypoint.…"   4 seconds ago   Up 4 seconds               0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web
2391675b3f5d   hello-world   "/hello"                 9 seconds ago   Exited (0) 9 seconds ago                                             hi
`);
	expect(r.stderr).toBe(``);
});

test("without -a only running containers", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: true, cols: 80 });
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker ps", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS     NAMES
43c00c799f49   nginx     "/docker-entrypoint.…"   2 seconds ago   Up 2 seconds   80/tcp    web
`);
	expect(r.stderr).toBe(``);
});

test("-q lists ids", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker ps -q", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`2391675b3f5d
`);
	expect(r.stderr).toBe(``);
});

test("--no-trunc shows the whole command", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker ps --no-trunc", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`CONTAINER ID                                                       IMAGE     COMMAND                                          CREATED         STATUS         PORTS     NAMES
2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499   nginx     "/docker-entrypoint.sh nginx -g 'daemon off;'"   2 seconds ago   Up 2 seconds   80/tcp    web
`);
	expect(r.stderr).toBe(``);
});

test("--filter status=exited", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: true, cols: 80 });
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker ps -a --filter status=exited", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`CONTAINER ID   IMAGE         COMMAND    CREATED         STATUS                     PORTS     NAMES
2391675b3f5d   hello-world   "/hello"   6 seconds ago   Exited (0) 6 seconds ago             hi
`);
	expect(r.stderr).toBe(``);
});

test("--format", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web -p 80:80 nginx", { tty: true, cols: 80 });
	const r = host.exec("docker ps --format '{{.Names}}: {{.Status}} {{.Ports}}'", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`web: Up 2 seconds 0.0.0.0:80->80/tcp, [::]:80->80/tcp
`);
	expect(r.stderr).toBe(``);
});

test("accepts no arguments", () => {
	const { host } = sim("linux");
	const r = host.exec("docker ps web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: 'docker ps' accepts no arguments

Usage:  docker ps [OPTIONS]

Run 'docker ps --help' for more information
`);
});

test("--format json writes each row as Go's json.Marshal of a map: sorted keys, HTML-escaped", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web -p 8080:80 nginx", { tty: false, cols: 80 });
	const r = host.exec("docker ps --format json", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`{"Command":"\\"/docker-entrypoint.…\\"","CreatedAt":"2025-11-12 09:00:04 +0000 UTC","ID":"2391675b3f5d","Image":"nginx","Labels":"","Mounts":"","Names":"web","Networks":"bridge","Ports":"0.0.0.0:8080-\\u003e80/tcp, [::]:8080-\\u003e80/tcp","RunningFor":"2 seconds ago","Size":"0B (virtual 0B)","State":"running","Status":"Up 2 seconds"}
`);
	expect(r.stderr).toBe(``);
});
