// Whole-output tests for docker cp. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { finalScreen } from '../index.ts';
import { sim } from '../testing.ts';

test("cp both directions without a terminal is silent", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: false, cols: 80 });
	let r;
	r = host.exec("docker cp web:/etc/nginx/nginx.conf .", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(``);
	r = host.exec("ls", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`nginx.conf
`);
	expect(r.stderr).toBe(``);
	r = host.exec("echo hi > index.html", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(``);
	r = host.exec("docker cp index.html web:/usr/share/nginx/html/", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(``);
	r = host.exec("docker exec web cat /usr/share/nginx/html/index.html", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`hi
`);
	expect(r.stderr).toBe(``);
	r = host.exec("docker cp web:/usr/share/nginx/html site", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(``);
	r = host.exec("ls site", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`50x.html
index.html
`);
	expect(r.stderr).toBe(``);
	r = host.exec("docker cp web:/nope .", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: Could not find the file /nope in container web
`);
	r = host.exec("docker cp missing web:/tmp", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`lstat /home/dev/project/missing: no such file or directory
`);
	r = host.exec("docker cp a b", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`must specify at least one container source
`);
	r = host.exec("docker cp web:/a web:/b", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`copying between containers is not supported
`);
	r = host.exec("docker cp nope:/a .", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such container: nope
`);
	r = host.exec("docker cp web:/a", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: 'docker cp' requires 2 arguments

Usage:  docker cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-
	docker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH

Run 'docker cp --help' for more information
`);
});

test("cp on a terminal reports the size copied", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	let r;
	r = host.exec("docker cp web:/etc/nginx/nginx.conf .", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`\x1b[sPreparing to copy...\x1b[?25l\x1b[u\x1b[2KCopying from container - 0B\x1b[?25h\x1b[u\x1b[2KSuccessfully copied 2.05kB to /home/dev/project/.\r
`);
	r = host.exec("docker cp nginx.conf web:/tmp/", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`\x1b[sPreparing to copy...\x1b[?25l\x1b[u\x1b[2KCopying to container - 0B\x1b[?25h\x1b[u\x1b[2KSuccessfully copied 2.05kB to web:/tmp/\r
`);
});

test("cp progress leaves one line on the final screen", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker cp web:/etc/nginx/nginx.conf .", { tty: true, cols: 80 });
	expect(finalScreen(r.output)).toBe(`Successfully copied 2.05kB to /home/dev/project/.
`);
});
