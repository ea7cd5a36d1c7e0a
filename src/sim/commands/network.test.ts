// Whole-output tests for docker network. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("ls shows the default networks", () => {
	const { host } = sim("linux");
	const r = host.exec("docker network ls", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`NETWORK ID     NAME      DRIVER    SCOPE
1d0cc01bb17f   bridge    bridge    local
6945223142ee   host      host      local
cee3b196baf7   none      null      local
`);
	expect(r.stderr).toBe(``);
});

test("create prints the id", () => {
	const { host } = sim("linux");
	const r = host.exec("docker network create appnet && docker network ls", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`bf1a767f49e56b15e2f3fe33f008f11259f12e4a0464f9893dd6ed2fd591d2a3
NETWORK ID     NAME      DRIVER    SCOPE
bf1a767f49e5   appnet    bridge    local
1d0cc01bb17f   bridge    bridge    local
6945223142ee   host      host      local
cee3b196baf7   none      null      local
`);
	expect(r.stderr).toBe(``);
});

test("containers on a user network reach each other by name", () => {
	const { host } = sim("linux");
	host.exec("docker network create appnet", { tty: true, cols: 80 });
	host.exec("docker run -d --name db --network appnet redis", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm --network appnet alpine ping -c 2 db", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`PING db (172.18.0.2): 56 data bytes
64 bytes from 172.18.0.2: seq=0 ttl=64 time=0.100 ms
64 bytes from 172.18.0.2: seq=1 ttl=64 time=0.077 ms

--- db ping statistics ---
2 packets transmitted, 2 packets received, 0% packet loss
round-trip min/avg/max = 0.077/0.088/0.100 ms
`);
	expect(r.stderr).toBe(`Unable to find image 'alpine:latest' locally
latest: Pulling from library/alpine
9b9fd3e19799: Pulling fs layer
9b9fd3e19799: Verifying Checksum
9b9fd3e19799: Download complete
9b9fd3e19799: Pull complete
Digest: sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59e4177a8c710d95ef384bf92
Status: Downloaded newer image for alpine:latest
`);
});

test("on the default bridge names do not resolve", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name db redis", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm alpine ping -c 1 db", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Unable to find image 'alpine:latest' locally
latest: Pulling from library/alpine
9b9fd3e19799: Pulling fs layer
9b9fd3e19799: Verifying Checksum
9b9fd3e19799: Download complete
9b9fd3e19799: Pull complete
Digest: sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59e4177a8c710d95ef384bf92
Status: Downloaded newer image for alpine:latest
ping: bad address 'db'
`);
});

test("rm a network in use", () => {
	const { host } = sim("linux");
	host.exec("docker network create appnet", { tty: true, cols: 80 });
	host.exec("docker run -d --name web --network appnet nginx", { tty: true, cols: 80 });
	const r = host.exec("docker network rm appnet", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: error while removing network: network appnet has active endpoints (name:"web" id:"7d38113f6505")
`);
});

test("rm a pre-defined network", () => {
	const { host } = sim("linux");
	const r = host.exec("docker network rm bridge", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: bridge is a pre-defined network and cannot be removed
`);
});

test("duplicate name", () => {
	const { host } = sim("linux");
	host.exec("docker network create appnet", { tty: true, cols: 80 });
	const r = host.exec("docker network create appnet", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: network with name appnet already exists
`);
});
