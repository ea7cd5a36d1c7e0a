// Whole-output tests for docker push. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { finalScreen } from '../index.ts';
import { sim } from '../testing.ts';

test("denied when not logged in", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	host.exec("docker build -t alice/app .", { tty: true, cols: 80 });
	const r = host.exec("docker push alice/app", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(`Using default tag: latest
The push refers to repository [docker.io/alice/app]
a10e826f4253: Preparing
02f3366d1c77: Preparing
4f4fb700ef54: Preparing
9b9fd3e19799: Preparing
`);
	expect(r.stderr).toBe(`denied: requested access to the resource is denied
`);
});

test("pushes new layers and mounts the base image layers", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	host.exec("docker pull alpine:3.22", { tty: true, cols: 80 });
	host.exec("docker build -t alice/app .", { tty: true, cols: 80 });
	host.exec("docker login -u alice -p secret", { tty: true, cols: 80 });
	const r = host.exec("docker push alice/app", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Using default tag: latest
The push refers to repository [docker.io/alice/app]
a10e826f4253: Preparing
02f3366d1c77: Preparing
4f4fb700ef54: Preparing
9b9fd3e19799: Preparing
a10e826f4253: Pushed
02f3366d1c77: Pushed
4f4fb700ef54: Pushed
9b9fd3e19799: Mounted from library/alpine
latest: digest: sha256:bb78b94b2258ba16f324d81abb7d1c0139de3d3ed6dfefe26bd17ad629472fa8 size: 1272
`);
	expect(r.stderr).toBe(``);
});

test("pushing again: Layer already exists", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	host.exec("docker build -t alice/app .", { tty: true, cols: 80 });
	host.exec("docker login -u alice -p secret", { tty: true, cols: 80 });
	host.exec("docker push alice/app", { tty: true, cols: 80 });
	const r = host.exec("docker push alice/app", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Using default tag: latest
The push refers to repository [docker.io/alice/app]
a10e826f4253: Preparing
02f3366d1c77: Preparing
4f4fb700ef54: Preparing
9b9fd3e19799: Preparing
a10e826f4253: Layer already exists
02f3366d1c77: Layer already exists
4f4fb700ef54: Layer already exists
9b9fd3e19799: Layer already exists
latest: digest: sha256:bb78b94b2258ba16f324d81abb7d1c0139de3d3ed6dfefe26bd17ad629472fa8 size: 1272
`);
	expect(r.stderr).toBe(``);
});

test("TTY final screen", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	host.exec("docker build -t alice/app:v1 .", { tty: true, cols: 80 });
	host.exec("docker login -u alice -p secret", { tty: true, cols: 80 });
	const r = host.exec("docker push alice/app:v1", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(finalScreen(r.stdout)).toBe(`The push refers to repository [docker.io/alice/app]
a10e826f4253: Pushed
02f3366d1c77: Pushed
4f4fb700ef54: Pushed
9b9fd3e19799: Mounted from library/alpine
v1: digest: sha256:ef9328764b8162402b561275b41b6f7c48b2a539af3c89eca0be01de45d1316a size: 1272
`);
	expect(finalScreen(r.stderr)).toBe(``);
});

test("someone else's namespace", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	host.exec("docker build -t bob/app .", { tty: true, cols: 80 });
	host.exec("docker login -u alice -p secret", { tty: true, cols: 80 });
	const r = host.exec("docker push bob/app", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(`Using default tag: latest
The push refers to repository [docker.io/bob/app]
a10e826f4253: Preparing
02f3366d1c77: Preparing
4f4fb700ef54: Preparing
9b9fd3e19799: Preparing
`);
	expect(r.stderr).toBe(`denied: requested access to the resource is denied
`);
});

test("no such local image", () => {
	const { host } = sim("linux");
	const r = host.exec("docker push alice/none", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(`Using default tag: latest
The push refers to repository [docker.io/alice/none]
`);
	expect(r.stderr).toBe(`An image does not exist locally with the tag: alice/none
`);
});
