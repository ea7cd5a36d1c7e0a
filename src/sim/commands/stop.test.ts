// Whole-output tests for docker stop. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("echoes the name; nginx exits 0 on SIGQUIT", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker stop web && docker ps -a", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`web
CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS                              PORTS     NAMES
2391675b3f5d   nginx     "/docker-entrypoint.…"   2 seconds ago   Exited (0) Less than a second ago             web
`);
	expect(r.stderr).toBe(``);
});

test("a shell as PID 1 ignores SIGTERM: killed after 10s (137)", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name sleeper alpine sleep 1000", { tty: true, cols: 80 });
	const r = host.exec("docker stop sleeper && docker ps -a", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`sleeper
CONTAINER ID   IMAGE     COMMAND        CREATED          STATUS                                PORTS     NAMES
2391675b3f5d   alpine    "sleep 1000"   12 seconds ago   Exited (137) Less than a second ago             sleeper
`);
	expect(r.stderr).toBe(``);
});

test("stopping a stopped container still prints its name", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: true, cols: 80 });
	const r = host.exec("docker stop hi", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`hi
`);
	expect(r.stderr).toBe(``);
});

test("no such container", () => {
	const { host } = sim("linux");
	const r = host.exec("docker stop web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such container: web
`);
});
