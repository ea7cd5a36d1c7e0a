// Whole-output tests for docker exec. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("runs a command in a running container", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker exec web ls /usr/share/nginx/html", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`50x.html
index.html
`);
	expect(r.stderr).toBe(``);
});

test("hostname is the short container id", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker exec web hostname", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`2391675b3f5d
`);
	expect(r.stderr).toBe(``);
});

test("not running", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi alpine true", { tty: true, cols: 80 });
	const r = host.exec("docker exec hi ls", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: container 2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499 is not running
`);
});

test("executable not found", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker exec web nosuch", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(127);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown
`);
});

test("no such container", () => {
	const { host } = sim("linux");
	const r = host.exec("docker exec nope ls", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such container: nope
`);
});

test("requires a command", () => {
	const { host } = sim("linux");
	const r = host.exec("docker exec web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: 'docker exec' requires at least 2 arguments

Usage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]

See 'docker exec --help' for more information
`);
});
