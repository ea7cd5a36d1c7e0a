// Whole-output tests for docker logs. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("nginx startup logs and an access log line", () => {
	const { host } = sim("linux");
	host.exec("docker run -d -p 8080:80 --name web nginx", { tty: true, cols: 80 });
	host.exec("curl -s localhost:8080", { tty: true, cols: 80 });
	const r = host.exec("docker logs web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf
10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf
/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh
/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
/docker-entrypoint.sh: Configuration complete; ready for start up
172.17.0.1 - - [12/Nov/2025:09:00:06 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0" "-"
`);
	expect(r.stderr).toBe(`2025/11/12 09:00:04 [notice] 1#1: using the "epoll" event method
2025/11/12 09:00:04 [notice] 1#1: nginx/1.29.3
2025/11/12 09:00:04 [notice] 1#1: built by gcc 14.2.0 (Debian 14.2.0-19) 
2025/11/12 09:00:04 [notice] 1#1: OS: Linux 6.8.0-87-generic
2025/11/12 09:00:04 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576
2025/11/12 09:00:04 [notice] 1#1: start worker processes
2025/11/12 09:00:04 [notice] 1#1: start worker process 29
2025/11/12 09:00:04 [notice] 1#1: start worker process 30
2025/11/12 09:00:04 [notice] 1#1: start worker process 31
2025/11/12 09:00:04 [notice] 1#1: start worker process 32
`);
});

test("--tail", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker logs --tail 2 web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`2025/11/12 09:00:04 [notice] 1#1: start worker process 31
2025/11/12 09:00:04 [notice] 1#1: start worker process 32
`);
});

test("hello-world output", () => {
	const { host } = sim("linux");
	host.exec("docker run --name hi hello-world", { tty: true, cols: 80 });
	const r = host.exec("docker logs -n 3 hi", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`);
	expect(r.stderr).toBe(``);
});

test("no such container", () => {
	const { host } = sim("linux");
	const r = host.exec("docker logs nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such container: nope
`);
});

test("logs -f on a running container follows until Ctrl-C", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: false, cols: 80 });
	let r;
	r = host.exec("docker logs -f web", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(130);
	expect(r.stdout).toBe(`/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf
10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf
/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh
/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
/docker-entrypoint.sh: Configuration complete; ready for start up
^C
`);
	expect(r.stderr).toBe(`2025/11/12 09:00:04 [notice] 1#1: using the "epoll" event method
2025/11/12 09:00:04 [notice] 1#1: nginx/1.29.3
2025/11/12 09:00:04 [notice] 1#1: built by gcc 14.2.0 (Debian 14.2.0-19) 
2025/11/12 09:00:04 [notice] 1#1: OS: Linux 6.8.0-87-generic
2025/11/12 09:00:04 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576
2025/11/12 09:00:04 [notice] 1#1: start worker processes
2025/11/12 09:00:04 [notice] 1#1: start worker process 29
2025/11/12 09:00:04 [notice] 1#1: start worker process 30
2025/11/12 09:00:04 [notice] 1#1: start worker process 31
2025/11/12 09:00:04 [notice] 1#1: start worker process 32
`);
});
