// Whole-output tests for docker inspect. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("a volume", () => {
	const { host } = sim("linux");
	host.exec("docker volume create data", { tty: true, cols: 80 });
	const r = host.exec("docker inspect data", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`[
    {
        "CreatedAt": "2025-11-12T09:00:02Z",
        "Driver": "local",
        "Labels": null,
        "Mountpoint": "/var/lib/docker/volumes/data/_data",
        "Name": "data",
        "Options": null,
        "Scope": "local"
    }
]
`);
	expect(r.stderr).toBe(``);
});

test("--format on a container", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker inspect -f '{{.State.Status}} {{.NetworkSettings.IPAddress}} {{.Config.Image}}' web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`running 172.17.0.2 nginx
`);
	expect(r.stderr).toBe(``);
});

test("--format on an image", () => {
	const { host } = sim("linux");
	host.exec("docker pull nginx", { tty: true, cols: 80 });
	const r = host.exec("docker image inspect --format '{{.Os}}/{{.Architecture}} {{json .Config.ExposedPorts}}' nginx", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`linux/amd64 {"80/tcp":{}}
`);
	expect(r.stderr).toBe(``);
});

test("no such object", () => {
	const { host } = sim("linux");
	const r = host.exec("docker inspect nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(`[]
`);
	expect(r.stderr).toBe(`Error: No such object: nope
`);
});

test("image inspect: no such image", () => {
	const { host } = sim("linux");
	const r = host.exec("docker image inspect nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(`[]
`);
	expect(r.stderr).toBe(`Error response from daemon: No such image: nope:latest
`);
});

// cli inspector.go runs the template on the typed ContainerJSON first, so a nat.PortBinding
// prints as a Go struct ({HostIP HostPort}), not as a map; {{json}} is unchanged.
test("port bindings print as Go structs in a template", () => {
	const { host } = sim("linux");
	host.exec("docker pull nginx", { tty: false });
	host.exec("docker run -d --name web -p 8080:80 nginx", { tty: false });
	expect(host.exec('docker inspect --format "{{.HostConfig.PortBindings}}" web', { tty: false }).stdout).toBe(`map[80/tcp:[{ 8080}]]
`);
	expect(host.exec('docker inspect --format "{{.NetworkSettings.Ports}}" web', { tty: false }).stdout).toBe(`map[80/tcp:[{0.0.0.0 8080} {:: 8080}]]
`);
	expect(host.exec('docker inspect --format "{{json .HostConfig.PortBindings}}" web', { tty: false }).stdout).toBe(`{"80/tcp":[{"HostIp":"","HostPort":"8080"}]}
`);
});
