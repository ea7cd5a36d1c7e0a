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

test("without -f it asks and aborts", () => {
	const { host } = sim("linux");
	const r = host.exec("docker container prune", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(`WARNING! This will remove all stopped containers.
Are you sure you want to continue? [y/N] `);
	expect(r.stderr).toBe(`Error: aborted
`);
});
