// Whole-output tests for docker volume. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("create, ls, rm", () => {
	const { host } = sim("linux");
	const r = host.exec("docker volume create data && docker volume ls && docker volume rm data", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`data
DRIVER    VOLUME NAME
local     data
data
`);
	expect(r.stderr).toBe(``);
});

test("a file in a named volume outlives the container", () => {
	const { host } = sim("linux");
	host.exec("docker run --name w1 -v data:/data alpine sh -c \"echo kept > /data/note.txt\"", { tty: true, cols: 80 });
	host.exec("docker rm w1", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm -v data:/data alpine cat /data/note.txt", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`kept
`);
	expect(r.stderr).toBe(``);
});

test("a file in the container's own layer vanishes with docker rm", () => {
	const { host } = sim("linux");
	host.exec("docker run --name w1 alpine sh -c \"echo lost > /note.txt\"", { tty: true, cols: 80 });
	host.exec("docker rm w1", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm alpine cat /note.txt", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`cat: can't open '/note.txt': No such file or directory
`);
});

test("in use", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name db -v data:/data redis", { tty: true, cols: 80 });
	const r = host.exec("docker volume rm data", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: remove data: volume is in use - [2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499]
`);
});

test("no such volume", () => {
	const { host } = sim("linux");
	const r = host.exec("docker volume rm nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: get nope: no such volume
`);
});

test("inspect a missing volume", () => {
	const { host } = sim("linux");
	const r = host.exec("docker volume inspect nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(`[]
`);
	expect(r.stderr).toBe(`Error response from daemon: get nope: no such volume
`);
});

test("management command help", () => {
	const { host } = sim("linux");
	const r = host.exec("docker volume", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Usage:  docker volume COMMAND

Manage volumes

Commands:
  create      Create a volume
  inspect     Display detailed information on one or more volumes
  ls          List volumes
  prune       Remove unused local volumes
  rm          Remove one or more volumes

Run 'docker volume COMMAND --help' for more information on a command.
`);
});

// docker/cli formatter/volume.go: Name, Driver, Scope, Mountpoint, Labels; `table` adds headers.
test("ls --format templates and tables", () => {
	const { host } = sim("linux");
	host.exec("docker volume create data", { tty: false });
	host.exec("docker volume create logs", { tty: false });
	expect(host.exec('docker volume ls --format "{{.Name}} {{.Driver}} {{.Scope}}"', { tty: false }).stdout).toBe(`data local local
logs local local
`);
	expect(host.exec('docker volume ls --format "table {{.Name}}\\t{{.Mountpoint}}"', { tty: false }).stdout).toBe(`VOLUME NAME   MOUNTPOINT
data          /var/lib/docker/volumes/data/_data
logs          /var/lib/docker/volumes/logs/_data
`);
});

test("ls --filter name= and dangling=", () => {
	const { host } = sim("linux");
	host.exec("docker volume create data", { tty: false });
	host.exec("docker volume create logs", { tty: false });
	host.exec("docker pull alpine", { tty: false });
	host.exec("docker run -d --name user -v data:/data alpine sleep 1000", { tty: false });
	expect(host.exec("docker volume ls -q --filter name=lo", { tty: false }).stdout).toBe("logs\n");
	expect(host.exec("docker volume ls -q --filter dangling=true", { tty: false }).stdout).toBe("logs\n");
	expect(host.exec("docker volume ls -q -f dangling=false", { tty: false }).stdout).toBe("data\n");
	const bad = host.exec("docker volume ls --filter foo=bar", { tty: false });
	expect(bad.exitCode).toBe(1);
	expect(bad.stderr).toBe("Error response from daemon: invalid filter 'foo'\n");
});
