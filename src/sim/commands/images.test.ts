// Whole-output tests for docker images / docker image ls. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("empty", () => {
	const { host } = sim("linux");
	const r = host.exec("docker images", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`REPOSITORY   TAG       IMAGE ID   CREATED   SIZE
`);
	expect(r.stderr).toBe(``);
});

test("newest image first, one row per tag, image age is its build time", () => {
	const { host } = sim("linux");
	host.exec("docker pull hello-world", { tty: true, cols: 80 });
	host.exec("docker pull nginx", { tty: true, cols: 80 });
	host.exec("docker tag nginx web:v1", { tty: true, cols: 80 });
	const r = host.exec("docker images", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`REPOSITORY    TAG       IMAGE ID       CREATED        SIZE
nginx         latest    2a7b6a2c98ec   7 days ago     192MB
web           v1        2a7b6a2c98ec   7 days ago     192MB
hello-world   latest    f22f199e0a70   3 months ago   10.1kB
`);
	expect(r.stderr).toBe(``);
});

test("-q lists ids", () => {
	const { host } = sim("linux");
	host.exec("docker pull hello-world", { tty: true, cols: 80 });
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker images -q", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`6eed2e69dc97
f22f199e0a70
`);
	expect(r.stderr).toBe(``);
});

test("--digests adds the DIGEST column", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker image ls --digests", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`REPOSITORY   TAG       DIGEST                                                                    IMAGE ID       CREATED       SIZE
alpine       latest    sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59e4177a8c710d95ef384bf92   6eed2e69dc97   4 weeks ago   8.31MB
`);
	expect(r.stderr).toBe(``);
});

test("filter by repository", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	host.exec("docker pull busybox", { tty: true, cols: 80 });
	const r = host.exec("docker images busybox", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
busybox      latest    a40c5467c40d   13 months ago   4.28MB
`);
	expect(r.stderr).toBe(``);
});

test("--format", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}'", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`alpine:latest 8.31MB
`);
	expect(r.stderr).toBe(``);
});

test("a rebuilt tag leaves a dangling <none> image", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	host.exec("docker build -t app .", { tty: true, cols: 80 });
	host.exec("echo 'changed' > hello.txt", { tty: true, cols: 80 });
	host.exec("docker build -t app .", { tty: true, cols: 80 });
	const r = host.exec("docker images", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`REPOSITORY   TAG       IMAGE ID       CREATED         SIZE
app          latest    876d14183db4   2 seconds ago   8.31MB
<none>       <none>    78a394a92de1   8 seconds ago   8.31MB
`);
	expect(r.stderr).toBe(``);
});
