// Whole-output tests for docker pull. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { finalScreen } from '../index.ts';
import { sim } from '../testing.ts';

test("pulls a one-layer image (not a TTY: plain status lines)", () => {
	const { host } = sim("linux");
	const r = host.exec("docker pull hello-world", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Using default tag: latest
latest: Pulling from library/hello-world
c474a13c2246: Pulling fs layer
c474a13c2246: Verifying Checksum
c474a13c2246: Download complete
c474a13c2246: Pull complete
Digest: sha256:12fdf158dc1251b9579bb3873373c7e5e82c0169779ef923ec81600e0a7af3de
Status: Downloaded newer image for hello-world:latest
docker.io/library/hello-world:latest
`);
	expect(r.stderr).toBe(``);
});

test("TTY final screen: layer lines end in Pull complete", () => {
	const { host } = sim("linux");
	const r = host.exec("docker pull debian", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(finalScreen(r.stdout)).toBe(`Using default tag: latest
latest: Pulling from library/debian
9e669f78a738: Pull complete
Digest: sha256:346f9de84b89fb95bfb82867e146eae8dfced4ece30a631213eb1b010d2543a2
Status: Downloaded newer image for debian:latest
docker.io/library/debian:latest
`);
	expect(finalScreen(r.stderr)).toBe(``);
});

test("a layer already on disk prints Already exists", () => {
	const { host } = sim("linux");
	host.exec("docker pull debian", { tty: true, cols: 80 });
	const r = host.exec("docker pull nginx", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(finalScreen(r.stdout)).toBe(`Using default tag: latest
latest: Pulling from library/nginx
9e669f78a738: Already exists
a76becad8432: Pull complete
cf2a02f3a949: Pull complete
9ea5d39030f4: Pull complete
a06a56ff6e18: Pull complete
21254f53a9a4: Pull complete
97d327fe0339: Pull complete
Digest: sha256:d7ec779177434ebe00496311ccc1421122ba5df45dfcb2397f41f3fd07314125
Status: Downloaded newer image for nginx:latest
docker.io/library/nginx:latest
`);
	expect(finalScreen(r.stderr)).toBe(``);
});

test("a second tag of the same image needs no layers", () => {
	const { host } = sim("linux");
	host.exec("docker pull nginx", { tty: true, cols: 80 });
	const r = host.exec("docker pull nginx:1.29", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(finalScreen(r.stdout)).toBe(`1.29: Pulling from library/nginx
9e669f78a738: Already exists
a76becad8432: Already exists
cf2a02f3a949: Already exists
9ea5d39030f4: Already exists
a06a56ff6e18: Already exists
21254f53a9a4: Already exists
97d327fe0339: Already exists
Digest: sha256:d7ec779177434ebe00496311ccc1421122ba5df45dfcb2397f41f3fd07314125
Status: Downloaded newer image for nginx:1.29
docker.io/library/nginx:1.29
`);
	expect(finalScreen(r.stderr)).toBe(``);
});

test("pulling again is up to date", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker pull alpine", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Using default tag: latest
latest: Pulling from library/alpine
Digest: sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59e4177a8c710d95ef384bf92
Status: Image is up to date for alpine:latest
docker.io/library/alpine:latest
`);
	expect(r.stderr).toBe(``);
});

test("-q prints only the reference", () => {
	const { host } = sim("linux");
	const r = host.exec("docker pull -q alpine:3.22", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`docker.io/library/alpine:3.22
`);
	expect(r.stderr).toBe(``);
});

test("unknown repository: pull access denied", () => {
	const { host } = sim("linux");
	const r = host.exec("docker pull nosuchimage", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(`Using default tag: latest
`);
	expect(r.stderr).toBe(`Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied
`);
});

test("unknown tag: manifest unknown", () => {
	const { host } = sim("linux");
	const r = host.exec("docker pull nginx:nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: manifest for nginx:nope not found: manifest unknown: manifest unknown
`);
});

test("--all-tags with a tag", () => {
	const { host } = sim("linux");
	const r = host.exec("docker pull -a nginx:latest", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`tag can't be used with --all-tags/-a
`);
});

test("uppercase repository name", () => {
	const { host } = sim("linux");
	const r = host.exec("docker pull Ubuntu", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`invalid reference format: repository name (library/Ubuntu) must be lowercase
`);
});

test("malformed reference", () => {
	const { host } = sim("linux");
	const r = host.exec("docker pull foo::bar", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`invalid reference format
`);
});

test("a Windows image on a Linux engine", () => {
	const { host } = sim("linux");
	const r = host.exec("docker pull mcr.microsoft.com/windows/nanoserver:ltsc2022", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(`ltsc2022: Pulling from windows/nanoserver
`);
	expect(r.stderr).toBe(`no matching manifest for linux/amd64 in the manifest list entries
`);
});

test("an amd64-only image on Apple silicon fails without --platform", () => {
	const { host } = sim("macos");
	const r = host.exec("docker pull mysql:5.7", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(`5.7: Pulling from library/mysql
`);
	expect(r.stderr).toBe(`no matching manifest for linux/arm64/v8 in the manifest list entries
`);
});

test("Linux images fail in Windows containers mode", () => {
	const { host } = sim("windows-containers");
	const r = host.exec("docker pull alpine", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(`Using default tag: latest
latest: Pulling from library/alpine
`);
	expect(r.stderr).toBe(`no matching manifest for windows/amd64 10.0.26100 in the manifest list entries
`);
});

test("by digest", () => {
	const { host } = sim("linux");
	host.exec("docker pull ubuntu", { tty: true, cols: 80 });
	const r = host.exec("docker pull ubuntu@sha256:92988ff0cfe1cb85c6742039ad840d0ddcfdcce6feb33a0fe567b3cbf77dcbd0", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`docker.io/library/ubuntu@sha256:92988ff0cfe1cb85c6742039ad840d0ddcfdcce6feb33a0fe567b3cbf77dcbd0: Pulling from library/ubuntu
Digest: sha256:92988ff0cfe1cb85c6742039ad840d0ddcfdcce6feb33a0fe567b3cbf77dcbd0
Status: Image is up to date for ubuntu@sha256:92988ff0cfe1cb85c6742039ad840d0ddcfdcce6feb33a0fe567b3cbf77dcbd0
docker.io/library/ubuntu@sha256:92988ff0cfe1cb85c6742039ad840d0ddcfdcce6feb33a0fe567b3cbf77dcbd0
`);
	expect(r.stderr).toBe(``);
});

test("requires exactly one argument", () => {
	const { host } = sim("linux");
	const r = host.exec("docker pull", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: 'docker pull' requires 1 argument

Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]

Run 'docker pull --help' for more information
`);
});
