// Whole-output tests for docker tag. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("prints nothing and adds a name", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker tag alpine alice/alpine:v1 && docker images", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`REPOSITORY     TAG       IMAGE ID       CREATED       SIZE
alpine         latest    6eed2e69dc97   4 weeks ago   8.31MB
alice/alpine   v1        6eed2e69dc97   4 weeks ago   8.31MB
`);
	expect(r.stderr).toBe(``);
});

test("no such image", () => {
	const { host } = sim("linux");
	const r = host.exec("docker tag nope nope2", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such image: nope:latest
`);
});

test("invalid target", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker tag alpine Bad", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error parsing reference: "Bad" is not a valid repository/tag: invalid reference format: repository name (library/Bad) must be lowercase
`);
});

// distribution/reference splitDockerDomain: an uppercase first component is taken as a registry
// domain, so only the rest is named in the lowercase error.
test("invalid target with an uppercase namespace", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker tag alpine Bad/Name", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error parsing reference: "Bad/Name" is not a valid repository/tag: invalid reference format: repository name (Name) must be lowercase
`);
});
