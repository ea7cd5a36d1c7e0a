// Whole-output tests for docker save. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("-o writes the archive and prints nothing", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: false });
	const r = host.exec("docker save -o alpine.tar alpine", { tty: false });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe("");
	expect(r.stderr).toBe("");
	expect(host.exec("ls", { tty: false }).stdout).toBe("alpine.tar\n");
});

test("refuses to write a tar to the terminal, as docker/cli image/save.go does", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: false });
	const r = host.exec("docker save alpine", { tty: true });
	expect(r.exitCode).toBe(1);
	expect(r.stderr.replace(/\r/g, "")).toBe("cowardly refusing to save to a terminal. Use the -o flag or redirect\n");
});

test("missing image and missing directory", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: false });
	expect(host.exec("docker image save -o a.tar nosuch", { tty: false }).stderr).toBe("Error response from daemon: No such image: nosuch:latest\n");
	expect(host.exec("docker save -o out/a.tar alpine", { tty: false }).stderr).toBe('failed to save image: invalid output path: directory "/home/dev/project/out" does not exist\n');
	expect(host.exec("docker save", { tty: false }).stderr).toBe(`docker: 'docker save' requires at least 1 argument

Usage:  docker save [OPTIONS] IMAGE [IMAGE...]

See 'docker save --help' for more information
`);
});
