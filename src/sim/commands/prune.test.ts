// Whole-output tests for docker container prune and docker image prune. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("container prune -f", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: true, cols: 80 });
	const r = host.exec("docker container prune -f", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Deleted Containers:
2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499

Total reclaimed space: 0B
`);
	expect(r.stderr).toBe(``);
});

test("image prune -a -f removes unused images", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker image prune -a -f", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Deleted Images:
untagged: alpine:latest
untagged: alpine@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59e4177a8c710d95ef384bf92
deleted: sha256:6eed2e69dc971a1b3929fca09c7b1da9b2cd020c0131b7b1262c726a2922ab91
deleted: sha256:e6f842df3f045c242b44831247fc3798f6ce1cb91e5bfac496d7032cd6e20020

Total reclaimed space: 8.315MB
`);
	expect(r.stderr).toBe(``);
});

test("without -f it asks; the next line answers and only y proceeds", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world");
	const r = host.exec("docker container prune");
	expect(r).toEqual({ stdout: `WARNING! This will remove all stopped containers.
Are you sure you want to continue? [y/N] `, stderr: "", exitCode: 0, output: `WARNING! This will remove all stopped containers.
Are you sure you want to continue? [y/N] ` });
	expect(host.prompt()).toBe("");
	const yes = host.exec("yes");
	expect(yes).toEqual({ stdout: "", stderr: "", exitCode: 0, output: "" });
	expect(host.prompt()).toBe("dev@dockside:~/project$ ");
	expect(host.exec("docker ps -aq").stdout).toBe("2391675b3f5d\n");
	host.exec("docker container prune");
	const y = host.exec("Y");
	expect(y.stdout).toBe(`Deleted Containers:
2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499

Total reclaimed space: 0B
`);
	expect(y.exitCode).toBe(0);
	expect(host.exec("docker ps -aq").stdout).toBe("");
});

test("piped stdin answers the prompt at once (docker's own golden)", () => {
	const { host } = sim("linux");
	const r = host.exec("echo y | docker image prune -a");
	expect(r.stdout).toBe(`WARNING! This will remove all images without at least one container associated to them.
Are you sure you want to continue? [y/N] Total reclaimed space: 0B
`);
	expect(host.prompt()).toBe("dev@dockside:~/project$ ");
	const n = host.exec("echo n | docker container prune");
	expect(n).toEqual({ stdout: `WARNING! This will remove all stopped containers.
Are you sure you want to continue? [y/N] `, stderr: "", exitCode: 0, output: `WARNING! This will remove all stopped containers.
Are you sure you want to continue? [y/N] ` });
});

test("system prune asks with its list; y removes stopped containers and unused networks", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world");
	host.exec("docker network create appnet");
	const r = host.exec("docker system prune -a --volumes");
	expect(r.stdout).toBe(`WARNING! This will remove:
  - all stopped containers
  - all networks not used by at least one container
  - all anonymous volumes not used by at least one container
  - all images without at least one container associated to them
  - all build cache

Are you sure you want to continue? [y/N] `);
	const y = host.exec("y");
	expect(y.stdout).toBe(`Deleted Containers:
2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499

Deleted Networks:
appnet

Deleted Images:
untagged: hello-world:latest
untagged: hello-world@sha256:12fdf158dc1251b9579bb3873373c7e5e82c0169779ef923ec81600e0a7af3de
deleted: sha256:f22f199e0a70411afa7a10e3ecc8cdbdef10d50951daa3b5442616af7a71edda
deleted: sha256:4e498dc50ac44e3d2679f256b4dba269f82c36d97a53cc92913768aaaf5a48ec

Total reclaimed space: 10.07kB
`);
});

test("volume prune and network prune ask in their own words", () => {
	const { host } = sim("linux");
	expect(host.exec("docker volume prune -a").stdout).toBe(`WARNING! This will remove all local volumes not used by at least one container.
Are you sure you want to continue? [y/N] `);
	expect(host.exec("n").output).toBe("");
	host.exec("docker network create appnet");
	expect(host.exec("docker network prune").stdout).toBe(`WARNING! This will remove all custom networks not used by at least one container.
Are you sure you want to continue? [y/N] `);
	expect(host.exec("y")).toEqual({ stdout: "Deleted Networks:\nappnet\n\n", stderr: "", exitCode: 0, output: "Deleted Networks:\nappnet\n\n" });
	expect(host.exec("docker network prune -f")).toEqual({ stdout: "", stderr: "", exitCode: 0, output: "" });
});
