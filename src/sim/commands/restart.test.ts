// Whole-output tests for docker restart. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("restarts a running container", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker restart web && docker ps", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`web
CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS                  PORTS     NAMES
2391675b3f5d   nginx     "/docker-entrypoint.…"   2 seconds ago   Up Less than a second   80/tcp    web
`);
	expect(r.stderr).toBe(``);
});

test("no such container", () => {
	const { host } = sim("linux");
	const r = host.exec("docker restart nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such container: nope
`);
});
