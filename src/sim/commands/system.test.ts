// Whole-output tests for docker system df and prune. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("df on an empty host", () => {
	const { host } = sim("linux");
	const r = host.exec("docker system df", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
Images          0         0         0B        0B
Containers      0         0         0B        0B
Local Volumes   0         0         0B        0B
Build Cache     0         0         0B        0B
`);
	expect(r.stderr).toBe(``);
});

test("df counts shared layers once", () => {
	const { host } = sim("linux");
	host.exec("docker pull debian", { tty: true, cols: 80 });
	host.exec("docker pull nginx", { tty: true, cols: 80 });
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker system df", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
Images          2         1         192.2MB   0B (0%)
Containers      1         1         13B       0B (0%)
Local Volumes   0         0         0B        0B
Build Cache     0         0         0B        0B
`);
	expect(r.stderr).toBe(``);
});

test("prune -f", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: true, cols: 80 });
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker system prune -f", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Deleted Containers:
2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499

Total reclaimed space: 0B
`);
	expect(r.stderr).toBe(``);
});
