// Whole-output tests for docker context. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("ls on a Linux engine: only the default context, current", () => {
	const { host } = sim("linux");
	const r = host.exec("docker context ls", { tty: false });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`NAME        DESCRIPTION                               DOCKER ENDPOINT               ERROR
default *   Current DOCKER_HOST based configuration   unix:///var/run/docker.sock   
`);
	expect(host.exec("docker context ls -q", { tty: false }).stdout).toBe("default\n");
	expect(host.exec("docker context show", { tty: false }).stdout).toBe("default\n");
});

test("ls on Docker Desktop: desktop-linux is current", () => {
	const { host } = sim("macos");
	expect(host.exec("docker context ls", { tty: false }).stdout).toBe(`NAME              DESCRIPTION                               DOCKER ENDPOINT                             ERROR
default           Current DOCKER_HOST based configuration   unix:///var/run/docker.sock                 
desktop-linux *   Docker Desktop                            unix:///Users/dev/.docker/run/docker.sock   
`);
	expect(host.exec("docker context show", { tty: false }).stdout).toBe("desktop-linux\n");
});

test("use: prints the name, and the change on stderr; a missing context is not found", () => {
	const { host } = sim("linux");
	const r = host.exec("docker context use default", { tty: false });
	expect(r.stdout).toBe("default\n");
	expect(r.stderr).toBe('Current context is now "default"\n');
	const bad = host.exec("docker context use nope", { tty: false });
	expect(bad.exitCode).toBe(1);
	expect(bad.stderr).toMatch(/^context not found: open \/home\/dev\/\.docker\/contexts\/meta\/[0-9a-f]{64}\/meta\.json: no such file or directory\n$/);
});
