// Whole-output tests for docker wait. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("wait prints exit codes; a running container waits until Ctrl-C", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: false, cols: 80 });
	host.exec("docker run -d --name web nginx", { tty: false, cols: 80 });
	let r;
	r = host.exec("docker wait hi", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`0
`);
	expect(r.stderr).toBe(``);
	r = host.exec("docker wait nope hi", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(`0
`);
	expect(r.stderr).toBe(`Error response from daemon: No such container: nope
`);
	r = host.exec("docker wait web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(130);
	expect(r.stdout).toBe(`^C
`);
	expect(r.stderr).toBe(``);
	r = host.exec("docker wait", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: 'docker wait' requires at least 1 argument

Usage:  docker wait CONTAINER [CONTAINER...]

See 'docker wait --help' for more information
`);
});
