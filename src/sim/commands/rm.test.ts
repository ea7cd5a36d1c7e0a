// Whole-output tests for docker rm. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("removes a stopped container", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: true, cols: 80 });
	const r = host.exec("docker rm hi && docker ps -a", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`hi
CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES
`);
	expect(r.stderr).toBe(``);
});

test("refuses a running container", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker rm web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove
`);
});

test("-f kills and removes", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker rm -f web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`web
`);
	expect(r.stderr).toBe(``);
});

test("no such container", () => {
	const { host } = sim("linux");
	const r = host.exec("docker rm nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such container: nope
`);
});

// docker/cli rm.go: `if opts.force && errdefs.IsNotFound(err) { Fprintln(Err, err); continue }`.
test("rm -f reports a missing container but still succeeds", () => {
	const { host } = sim("linux");
	host.exec("docker pull nginx", { tty: false });
	host.exec("docker run -d --name web nginx", { tty: false });
	const r = host.exec("docker rm -f web nosuch", { tty: false });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`web
`);
	expect(r.stderr).toBe(`Error response from daemon: No such container: nosuch
`);
	const plain = host.exec("docker rm nosuch", { tty: false });
	expect(plain.exitCode).toBe(1);
});
