// Whole-output tests for docker rmi / docker image rm. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("untag and delete a pulled image", () => {
	const { host } = sim("linux");
	host.exec("docker pull hello-world", { tty: true, cols: 80 });
	const r = host.exec("docker rmi hello-world", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Untagged: hello-world:latest
Untagged: hello-world@sha256:12fdf158dc1251b9579bb3873373c7e5e82c0169779ef923ec81600e0a7af3de
Deleted: sha256:f22f199e0a70411afa7a10e3ecc8cdbdef10d50951daa3b5442616af7a71edda
Deleted: sha256:4e498dc50ac44e3d2679f256b4dba269f82c36d97a53cc92913768aaaf5a48ec
`);
	expect(r.stderr).toBe(``);
});

test("removing one of two tags only untags", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	host.exec("docker tag alpine mine:v1", { tty: true, cols: 80 });
	const r = host.exec("docker rmi mine:v1", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Untagged: mine:v1
`);
	expect(r.stderr).toBe(``);
});

test("in use by a stopped container", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: true, cols: 80 });
	const r = host.exec("docker rmi hello-world", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: conflict: unable to remove repository reference "hello-world" (must force) - container 2391675b3f5d is using its referenced image f22f199e0a70
`);
});

test("by id while a stopped container uses it", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: true, cols: 80 });
	const r = host.exec("docker rmi f22f199e0a70", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: conflict: unable to delete f22f199e0a70 (must be forced) - image is being used by stopped container 2391675b3f5d
`);
});

test("-f untags even when a container uses it", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: true, cols: 80 });
	const r = host.exec("docker rmi -f hello-world && docker images", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Untagged: hello-world:latest
Untagged: hello-world@sha256:12fdf158dc1251b9579bb3873373c7e5e82c0169779ef923ec81600e0a7af3de
REPOSITORY   TAG       IMAGE ID       CREATED        SIZE
<none>       <none>    f22f199e0a70   3 months ago   10.1kB
`);
	expect(r.stderr).toBe(``);
});

test("shared layers stay while another image uses them", () => {
	const { host } = sim("linux");
	host.exec("docker pull debian", { tty: true, cols: 80 });
	host.exec("docker pull nginx", { tty: true, cols: 80 });
	const r = host.exec("docker rmi nginx", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Untagged: nginx:latest
Untagged: nginx@sha256:d7ec779177434ebe00496311ccc1421122ba5df45dfcb2397f41f3fd07314125
Deleted: sha256:2a7b6a2c98ecf64348a5fae348c7bee6451d36e5905e239f8e91675bf9238068
Deleted: sha256:f7f66c251e52f842bacc4e290f94ac8d673d2690936bb7dab94a667e1a0908d4
Deleted: sha256:68eb9c34f5075203304b44b4d4bbea8a9a9b82d68d39dcdc0730e90321c66b46
Deleted: sha256:f87d75fa6fadbf97472a5667bb85940ea8938031de5a57d3b33d33d7b555cc07
Deleted: sha256:4ee171c56bca138323102be5a3d8a7a80624d483dae677631989a60be9feab4a
Deleted: sha256:991fbb45fb0345cd1401937ef6c36b78f605357bac4cb65206163a07484a7962
Deleted: sha256:f09c6f6a521f22db29d5cc93977292f13e30d67843dd9c35b119ae37145d484a
`);
	expect(r.stderr).toBe(``);
});

test("no such image", () => {
	const { host } = sim("linux");
	const r = host.exec("docker rmi nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such image: nope:latest
`);
});
