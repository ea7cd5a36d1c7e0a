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

test("containers get addresses from their network's subnet", () => {
	const { host } = sim("linux");
	host.exec("docker network create appnet", { tty: true, cols: 80 });
	host.exec("docker run -d --name web --network appnet nginx", { tty: true, cols: 80 });
	host.exec("docker run -d --name cache --network appnet redis", { tty: true, cols: 80 });
	const r = host.exec("docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}}\n{{end}}' appnet", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`cache 172.18.0.3/16
web 172.18.0.2/16

`);
	expect(r.stderr).toBe(``);
});

test("connect gives a second address; the name then resolves on that network", () => {
	const { host } = sim("linux");
	host.exec("docker network create appnet", { tty: true, cols: 80 });
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	host.exec("docker network connect appnet web", { tty: true, cols: 80 });
	const r = host.exec("docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}} {{.Gateway}}\n{{end}}' web && docker run --rm --network appnet alpine ping -c 1 web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`172.18.0.2 172.18.0.1
172.17.0.2 172.17.0.1

PING web (172.18.0.2): 56 data bytes
64 bytes from 172.18.0.2: seq=0 ttl=64 time=0.100 ms

--- web ping statistics ---
1 packets transmitted, 1 packets received, 0% packet loss
round-trip min/avg/max = 0.100/0.100/0.100 ms
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

test("connect --alias adds a name", () => {
	const { host } = sim("linux");
	host.exec("docker network create appnet", { tty: true, cols: 80 });
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	host.exec("docker network connect --alias frontend appnet web", { tty: true, cols: 80 });
	host.exec("docker pull -q alpine", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm --network appnet alpine wget -qO- http://frontend/nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`wget: server returned error: HTTP/1.1 404 Not Found
`);
});

test("curl on the default bridge cannot resolve a name", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm nginx curl -sS http://web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(6);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`curl: (6) Could not resolve host: web
`);
});

test("a host-mode container cannot join another network", () => {
	const { host } = sim("linux");
	host.exec("docker network create appnet", { tty: true, cols: 80 });
	host.exec("docker run -d --name hweb --network host nginx", { tty: true, cols: 80 });
	const r = host.exec("docker network connect appnet hweb", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: container sharing network namespace with another container or host cannot be connected to any other network
`);
});

test("nothing joins the host network", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker network connect host web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: container sharing network namespace with another container or host cannot be connected to any other network
`);
});

test("none mode cannot be combined", () => {
	const { host } = sim("linux");
	host.exec("docker network create appnet", { tty: true, cols: 80 });
	host.exec("docker run -d --name lone --network none alpine sleep 100", { tty: true, cols: 80 });
	const r = host.exec("docker network connect appnet lone", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: container cannot be connected to multiple networks with one of the networks in private (none) mode
`);
});

test("disconnect twice: the stopped container's wording", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	host.exec("docker stop web", { tty: true, cols: 80 });
	host.exec("docker network disconnect bridge web", { tty: true, cols: 80 });
	const r = host.exec("docker network disconnect bridge web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: container 2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499 is not connected to the network bridge
`);
});

test("disconnect from a network never joined, running", () => {
	const { host } = sim("linux");
	host.exec("docker network create appnet", { tty: true, cols: 80 });
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker network disconnect appnet web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: container 7d38113f6505c461492e30dd0af06d689723cc764b7c3499a87b8bccc229315c is not connected to network appnet
`);
});

test("the host network cannot be left", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name hweb --network host nginx", { tty: true, cols: 80 });
	const r = host.exec("docker network disconnect host hweb", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: cannot disconnect container from host network - container was created in host network mode
`);
});

test("--network none has only loopback", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	host.exec("docker pull -q alpine", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm --network none alpine ping -c 1 172.17.0.2", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(`PING 172.17.0.2 (172.17.0.2): 56 data bytes
`);
	expect(r.stderr).toBe(`ping: sendto: Network unreachable
`);
});

test("--network none resolves nothing", () => {
	const { host } = sim("linux");
	host.exec("docker pull -q alpine", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm --network none alpine wget -qO- http://example.com", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`wget: bad address 'example.com'
`);
});

test("--network host: the server listens on the host's port", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name hweb --network host nginx", { tty: true, cols: 80 });
	const r = host.exec("curl -sI localhost", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`HTTP/1.1 200 OK\r
Server: nginx/1.29.3\r
Date: Wed, 12 Nov 2025 09:00:06 GMT\r
Content-Type: text/html\r
Content-Length: 615\r
Last-Modified: Tue, 28 Oct 2025 12:05:10 GMT\r
Connection: keep-alive\r
ETag: "6900b1a6-267"\r
Accept-Ranges: bytes\r
\r
`);
	expect(r.stderr).toBe(``);
});

test("-p 127.0.0.1 binds only localhost", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web -p 127.0.0.1:8080:80 nginx", { tty: true, cols: 80 });
	const r = host.exec("docker ps --format '{{.Names}} {{.Ports}}' && docker port web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`web 127.0.0.1:8080->80/tcp
80/tcp -> 127.0.0.1:8080
`);
	expect(r.stderr).toBe(``);
});
