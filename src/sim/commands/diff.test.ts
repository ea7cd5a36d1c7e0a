// Whole-output tests for docker diff. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("diff lists A/C/D from the writable layer", () => {
	const { host } = sim("linux");
	host.exec("docker run -it --name box ubuntu bash", { tty: true, cols: 80 });
	host.exec("touch /tmp/x", { tty: true, cols: 80 });
	host.exec("mkdir /data", { tty: true, cols: 80 });
	host.exec("echo hi > /data/f", { tty: true, cols: 80 });
	host.exec("rm /etc/os-release", { tty: true, cols: 80 });
	host.exec("exit", { tty: true, cols: 80 });
	let r;
	r = host.exec("docker diff box", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`A /data\r
A /data/f\r
C /etc\r
D /etc/os-release\r
C /tmp\r
A /tmp/x\r
`);
	expect(r.stderr).toBe(``);
	r = host.exec("docker diff nope", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such container: nope\r
`);
});
