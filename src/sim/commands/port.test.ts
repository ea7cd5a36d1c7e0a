// Whole-output tests for docker port. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("lists mappings", () => {
	const { host } = sim("linux");
	host.exec("docker run -d -p 8080:80 --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker port web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`80/tcp -> 0.0.0.0:8080
80/tcp -> [::]:8080
`);
	expect(r.stderr).toBe(``);
});

test("one port", () => {
	const { host } = sim("linux");
	host.exec("docker run -d -p 8080:80 --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker port web 80", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`0.0.0.0:8080
[::]:8080
`);
	expect(r.stderr).toBe(``);
});
