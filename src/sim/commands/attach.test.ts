// Whole-output tests for docker attach. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("attach refuses stopped and paused containers, re-enters an interactive shell", () => {
	const { host } = sim("linux");
	host.exec("docker run -dit --name box ubuntu bash", { tty: true, cols: 80 });
	host.exec("docker run --name hi hello-world", { tty: true, cols: 80 });
	let r = host.exec("docker attach hi", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`You cannot attach to a stopped container, start it first\r\n`);
	host.exec("docker pause box", { tty: true, cols: 80 });
	r = host.exec("docker attach box", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stderr).toBe(`You cannot attach to a paused container, unpause it first\r\n`);
	host.exec("docker unpause box", { tty: true, cols: 80 });
	r = host.exec("docker attach box", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(``);
	expect(host.attached()).toBe(true);
	host.exec("exit", { tty: true, cols: 80 });
	r = host.exec('docker ps -a --format "{{.Names}} {{.State}}"', { tty: false, cols: 80 });
	expect(r.stdout).toBe(`hi exited
box exited
`);
	r = host.exec("docker attach nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stderr).toBe(`Error response from daemon: No such container: nope
`);
});

test("attach to a server streams until Ctrl-C, which stops it", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: false, cols: 80 });
	const r = host.exec("docker attach web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`^C`);
	expect(r.stderr).toBe(`2025/11/12 09:00:07 [notice] 1#1: signal 2 (SIGINT) received, exiting
2025/11/12 09:00:07 [notice] 29#29: exiting
2025/11/12 09:00:07 [notice] 30#30: exiting
2025/11/12 09:00:07 [notice] 31#31: exiting
2025/11/12 09:00:07 [notice] 32#32: exiting
2025/11/12 09:00:07 [notice] 29#29: exit
2025/11/12 09:00:07 [notice] 30#30: exit
2025/11/12 09:00:07 [notice] 31#31: exit
2025/11/12 09:00:07 [notice] 32#32: exit
2025/11/12 09:00:07 [notice] 1#1: signal 17 (SIGCHLD) received from 29
2025/11/12 09:00:07 [notice] 1#1: worker process 29 exited with code 0
2025/11/12 09:00:07 [notice] 1#1: signal 17 (SIGCHLD) received from 30
2025/11/12 09:00:07 [notice] 1#1: worker process 30 exited with code 0
2025/11/12 09:00:07 [notice] 1#1: signal 17 (SIGCHLD) received from 31
2025/11/12 09:00:07 [notice] 1#1: worker process 31 exited with code 0
2025/11/12 09:00:07 [notice] 1#1: signal 17 (SIGCHLD) received from 32
2025/11/12 09:00:07 [notice] 1#1: worker process 32 exited with code 0
2025/11/12 09:00:07 [notice] 1#1: exit
`);
});
