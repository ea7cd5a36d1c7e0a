// Whole-output tests for docker kill. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("SIGKILL: exit 137", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker kill web && docker ps -a", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`web
CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS                                PORTS     NAMES
2391675b3f5d   nginx     "/docker-entrypoint.…"   2 seconds ago   Exited (137) Less than a second ago             web
`);
	expect(r.stderr).toBe(``);
});

test("not running", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: true, cols: 80 });
	const r = host.exec("docker kill hi", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: cannot kill container: hi: container 2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499 is not running
`);
});
