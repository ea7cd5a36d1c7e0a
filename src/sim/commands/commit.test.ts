// Whole-output tests for docker commit. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("commit keeps the writable layer in a new tagged image", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: false, cols: 80 });
	host.exec('docker exec web sh -c "echo hi > /usr/share/nginx/html/index.html"', { tty: false, cols: 80 });
	let r = host.exec("docker commit web mynginx:v1", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`sha256:2af9af90d21b5d29c9d05a1219af29dd03bd710a2c4c8e9a0d0189230d2748b2
`);
	expect(r.stderr).toBe(``);
	r = host.exec("docker images", { tty: false, cols: 80 });
	expect(r.stdout).toBe(`REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
mynginx      v1        2af9af90d21b   2 seconds ago   192MB
nginx        latest    2a7b6a2c98ec   7 days ago      192MB
`);
	host.exec("docker run -d --name web2 mynginx:v1", { tty: false, cols: 80 });
	r = host.exec("docker exec web2 cat /usr/share/nginx/html/index.html", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`hi
`);
});

test("commit errors", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: false, cols: 80 });
	let r = host.exec("docker commit nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such container: nope
`);
	r = host.exec("docker commit web Bad:Name", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stderr).toBe(`Error response from daemon: invalid reference format: repository name (library/Bad) must be lowercase
`);
	r = host.exec("docker commit", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stderr).toBe(`docker: 'docker commit' requires at least 1 and at most 2 arguments

Usage:  docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]

Run 'docker commit --help' for more information
`);
});
