// Whole-output tests for docker pause. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("pause shows (Paused) in ps and refuses exec; unpause resumes", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: false, cols: 80 });
	let r;
	r = host.exec("docker pause web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`web
`);
	expect(r.stderr).toBe(``);
	r = host.exec("docker ps", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS                  PORTS     NAMES
2391675b3f5d   nginx     "/docker-entrypoint.…"   4 seconds ago   Up 4 seconds (Paused)   80/tcp    web
`);
	expect(r.stderr).toBe(``);
	r = host.exec("docker exec web ls", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: Container web is paused, unpause the container before exec
`);
	r = host.exec("docker pause web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: Container 2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499 is already paused
`);
	r = host.exec("docker unpause web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`web
`);
	expect(r.stderr).toBe(``);
	r = host.exec("docker unpause web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: Container 2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499 is not paused
`);
	r = host.exec("docker pause nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such container: nope
`);
	r = host.exec("docker pause", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: 'docker pause' requires at least 1 argument

Usage:  docker pause CONTAINER [CONTAINER...]

See 'docker pause --help' for more information
`);
});

test("pause a stopped container", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: false, cols: 80 });
	let r;
	r = host.exec("docker pause hi", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: container 2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499 is not running
`);
	r = host.exec("docker unpause hi", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: Container 2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499 is not paused
`);
});

test("ps filters and formats a paused container by its paused state", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: false, cols: 80 });
	host.exec("docker run -d --name db redis", { tty: false, cols: 80 });
	host.exec("docker pause web", { tty: false, cols: 80 });
	let r = host.exec('docker ps --filter status=paused --format "{{.Names}} {{.State}} {{.Status}}"', { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`web paused Up 6 seconds (Paused)
`);
	r = host.exec('docker ps --filter status=running --format "{{.Names}} {{.State}}"', { tty: false, cols: 80 });
	expect(r.stdout).toBe(`db running
`);
	r = host.exec("docker inspect -f '{{.State.Status}} {{.State.Paused}}' web", { tty: false, cols: 80 });
	expect(r.stdout).toBe(`paused true
`);
});
