// Whole-output tests for docker top. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("top lists nginx master and workers", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: false, cols: 80 });
	host.exec("docker run --name hi hello-world", { tty: false, cols: 80 });
	let r;
	r = host.exec("docker top web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD
root                51983               51960               0                   09:00               ?                   00:00:00            nginx: master process nginx -g daemon off;
101                 52024               51983               0                   09:00               ?                   00:00:00            nginx: worker process
101                 52025               51983               0                   09:00               ?                   00:00:00            nginx: worker process
101                 52026               51983               0                   09:00               ?                   00:00:00            nginx: worker process
101                 52027               51983               0                   09:00               ?                   00:00:00            nginx: worker process
`);
	expect(r.stderr).toBe(``);
	r = host.exec("docker top hi", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: container 43c00c799f49dda33d0dfd47b7e266fc4d68ad5df3dfec5fb157eb3bd59cef10 is not running
`);
	r = host.exec("docker top nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such container: nope
`);
});

test("top takes ps format options: the fields asked for, PID found first and dropped, overhang merged", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: false, cols: 80 });
	let r;
	r = host.exec("docker top web -o pid,user,args", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`PID                 USER                COMMAND
51983               root                nginx: master process nginx -g daemon off;
52024               101                 nginx: worker process
52025               101                 nginx: worker process
52026               101                 nginx: worker process
52027               101                 nginx: worker process
`);
	r = host.exec("docker top web -eo pid,comm", { tty: false, cols: 80 });
	expect(r.stdout).toBe(`PID                 COMMAND
51983               nginx
52024               nginx
52025               nginx
52026               nginx
52027               nginx
`);
	// Without pid among the fields it still works: the daemon adds -opid itself.
	r = host.exec("docker top web -o user --format=comm", { tty: false, cols: 80 });
	expect(r.stdout.split("\n")[0]).toBe("USER                COMMAND");
	expect(r.stdout.split("\n")[1]).toBe("root                nginx");
	// A command that is not the last field is split on its spaces, as the daemon splits ps's lines.
	r = host.exec("docker top web -o args,pid", { tty: false, cols: 80 });
	expect(r.stdout.split("\n")[1]).toBe("nginx:              master process nginx -g daemon off; 51983");
	r = host.exec("docker top web -o pid,foo", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: ps: error: unknown user-defined format specifier "foo"
`);
});
