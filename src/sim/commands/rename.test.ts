// Whole-output tests for docker rename. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("rename and its daemon errors", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: false, cols: 80 });
	host.exec("docker run -d --name db redis", { tty: false, cols: 80 });
	let r;
	r = host.exec("docker rename web web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: Renaming a container with the same name as its current name
Error: failed to rename container named web
`);
	r = host.exec("docker rename web db", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: Error when allocating new name: Conflict. The container name "/db" is already in use by container "43c00c799f49dda33d0dfd47b7e266fc4d68ad5df3dfec5fb157eb3bd59cef10". You have to remove (or rename) that container to be able to reuse that name.
Error: failed to rename container named web
`);
	r = host.exec("docker rename web \"bad name\"", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: Error when allocating new name: Invalid container name (bad name), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed
Error: failed to rename container named web
`);
	r = host.exec("docker rename nope x", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such container: nope
Error: failed to rename container named nope
`);
	r = host.exec("docker rename web site", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(``);
	r = host.exec("docker ps --format \"{{.Names}}\"", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`db
site
`);
	expect(r.stderr).toBe(``);
	r = host.exec("docker rename web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: 'docker rename' requires 2 arguments

Usage:  docker rename CONTAINER NEW_NAME

Run 'docker rename --help' for more information
`);
});
