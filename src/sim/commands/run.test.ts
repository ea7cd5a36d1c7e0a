// Whole-output tests for docker run and docker create. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { finalScreen } from '../index.ts';
import { sim } from '../testing.ts';

test("hello-world on an empty host (pull goes to stderr)", () => {
	const { host } = sim("linux");
	const r = host.exec("docker run hello-world", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`);
	expect(r.stderr).toBe(`Unable to find image 'hello-world:latest' locally
latest: Pulling from library/hello-world
c474a13c2246: Pulling fs layer
c474a13c2246: Verifying Checksum
c474a13c2246: Download complete
c474a13c2246: Pull complete
Digest: sha256:12fdf158dc1251b9579bb3873373c7e5e82c0169779ef923ec81600e0a7af3de
Status: Downloaded newer image for hello-world:latest
`);
});

test("hello-world on Apple silicon says arm64v8", () => {
	const { host } = sim("macos");
	host.exec("docker pull hello-world", { tty: true, cols: 80 });
	const r = host.exec("docker run hello-world", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (arm64v8)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`);
	expect(r.stderr).toBe(``);
});

test("-d prints the full container id", () => {
	const { host } = sim("linux");
	host.exec("docker pull nginx", { tty: true, cols: 80 });
	const r = host.exec("docker run -d --name web -p 8080:80 nginx", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499
`);
	expect(r.stderr).toBe(``);
});

test("command override", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm alpine echo hello world", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`hello world
`);
	expect(r.stderr).toBe(``);
});

test("without a TTY, ls prints one name per line", () => {
	const { host } = sim("linux");
	host.exec("docker pull ubuntu", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm ubuntu ls /", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`bin
boot
dev
etc
home
lib
lib64
media
mnt
opt
proc
root
run
sbin
srv
sys
tmp
usr
var
`);
	expect(r.stderr).toBe(``);
});

test("uname -r in a container shows the host kernel", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm alpine uname -r", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`6.8.0-87-generic
`);
	expect(r.stderr).toBe(``);
});

test("on Docker Desktop, the Linux VM kernel", () => {
	const { host } = sim("macos");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm alpine uname -r", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`6.10.14-linuxkit
`);
	expect(r.stderr).toBe(``);
});

test("-e sets environment variables", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm -e GREETING=hi alpine printenv GREETING", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`hi
`);
	expect(r.stderr).toBe(``);
});

test("unknown image", () => {
	const { host } = sim("linux");
	const r = host.exec("docker run nosuchimage", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Unable to find image 'nosuchimage:latest' locally
docker: Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied

Run 'docker run --help' for more information
`);
});

test("unknown flag", () => {
	const { host } = sim("linux");
	const r = host.exec("docker run --foo nginx", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`unknown flag: --foo

Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]

Run 'docker run --help' for more information
`);
});

test("unknown shorthand flag", () => {
	const { host } = sim("linux");
	const r = host.exec("docker run -z nginx", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`unknown shorthand flag: 'z' in -z

Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]

Run 'docker run --help' for more information
`);
});

test("flag needs an argument", () => {
	const { host } = sim("linux");
	const r = host.exec("docker run --name", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`flag needs an argument: --name

Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]

Run 'docker run --help' for more information
`);
});

test("flags after the image belong to the command", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm alpine ls --name", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`.
..
bin
dev
etc
home
lib
media
mnt
opt
proc
root
run
sbin
srv
sys
tmp
usr
var
`);
	expect(r.stderr).toBe(``);
});

test("no image argument", () => {
	const { host } = sim("linux");
	const r = host.exec("docker run", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: 'docker run' requires at least 1 argument

Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]

See 'docker run --help' for more information
`);
});

test("bad reference", () => {
	const { host } = sim("linux");
	const r = host.exec("docker run foo::bar", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: invalid reference format

Run 'docker run --help' for more information
`);
});

test("uppercase reference", () => {
	const { host } = sim("linux");
	const r = host.exec("docker run Ubuntu", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: invalid reference format: repository name (library/Ubuntu) must be lowercase

Run 'docker run --help' for more information
`);
});

test("name already in use", () => {
	const { host } = sim("linux");
	host.exec("docker run -d --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker run -d --name web nginx", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499". You have to remove (or rename) that container to be able to reuse that name.

Run 'docker run --help' for more information
`);
});

test("port already allocated: the container stays Created", () => {
	const { host } = sim("linux");
	host.exec("docker run -d -p 8080:80 --name web nginx", { tty: true, cols: 80 });
	const r = host.exec("docker run -d -p 8080:80 --name web2 nginx && docker ps -a", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(`43c00c799f49dda33d0dfd47b7e266fc4d68ad5df3dfec5fb157eb3bd59cef10
`);
	expect(r.stderr).toBe(`docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint web2 (1d630a19de624b62e1988293ef96b4532a8fad43f2e921c5fa5629bb636b1e1a): Bind for 0.0.0.0:8080 failed: port is already allocated

Run 'docker run --help' for more information
`);
});

test("executable not found (exit 127)", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker run alpine nosuchcmd", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(127);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "nosuchcmd": executable file not found in $PATH: unknown

Run 'docker run --help' for more information
`);
});

test("-it without a terminal", () => {
	const { host } = sim("linux");
	const r = host.exec("docker run -it ubuntu bash", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`the input device is not a TTY
`);
});

test("a foreground server runs until Ctrl-C", () => {
	const { host } = sim("linux");
	host.exec("docker pull nginx", { tty: true, cols: 80 });
	const r = host.exec("docker run --name web nginx", { tty: false, cols: 80 });
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
^C`);
	expect(r.stderr).toBe(`2025/11/12 09:00:06 [notice] 1#1: using the "epoll" event method
2025/11/12 09:00:06 [notice] 1#1: nginx/1.29.3
2025/11/12 09:00:06 [notice] 1#1: built by gcc 14.2.0 (Debian 14.2.0-19) 
2025/11/12 09:00:06 [notice] 1#1: OS: Linux 6.8.0-87-generic
2025/11/12 09:00:06 [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576
2025/11/12 09:00:06 [notice] 1#1: start worker processes
2025/11/12 09:00:06 [notice] 1#1: start worker process 29
2025/11/12 09:00:06 [notice] 1#1: start worker process 30
2025/11/12 09:00:06 [notice] 1#1: start worker process 31
2025/11/12 09:00:06 [notice] 1#1: start worker process 32
2025/11/12 09:00:07 [notice] 1#1: signal 2 (SIGINT) received, exiting
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

test("an amd64 image on Apple silicon runs emulated with a warning", () => {
	const { host } = sim("macos");
	host.exec("docker pull --platform linux/amd64 mysql:5.7", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm mysql:5.7 uname -m", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`x86_64
`);
	expect(r.stderr).toBe(`WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested
`);
});

test("postgres refuses to start without a password", () => {
	const { host } = sim("linux");
	host.exec("docker pull postgres", { tty: true, cols: 80 });
	const r = host.exec("docker run --name db postgres", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
`);
});

test("a Windows image runs in Windows containers mode", () => {
	const { host } = sim("windows-containers");
	host.exec("docker pull mcr.microsoft.com/windows/nanoserver:ltsc2022", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm mcr.microsoft.com/windows/nanoserver:ltsc2022 cmd /c echo hello", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`hello\r
`);
	expect(r.stderr).toBe(``);
});

test("hello-world has no shell", () => {
	const { host } = sim("linux");
	host.exec("docker pull hello-world", { tty: true, cols: 80 });
	const r = host.exec("docker run -it hello-world sh", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(127);
	expect(finalScreen(r.stdout)).toBe(``);
	expect(finalScreen(r.stderr)).toBe(`docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "sh": executable file not found in $PATH: unknown

Run 'docker run --help' for more information
`);
});

test("docker create prints the id and leaves the container Created", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker create --name c1 alpine echo hi && docker ps -a", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`2391675b3f5d278c7d38113f6505c461492e30dd0af06d689723cc764b7c3499
CONTAINER ID   IMAGE     COMMAND     CREATED                  STATUS    PORTS     NAMES
2391675b3f5d   alpine    "echo hi"   Less than a second ago   Created             c1
`);
	expect(r.stderr).toBe(``);
});

test("invalid port", () => {
	const { host } = sim("linux");
	const r = host.exec("docker run -p 80:abc nginx", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: invalid containerPort: abc

Run 'docker run --help' for more information
`);
});

test("relative volume path must be absolute in the container", () => {
	const { host } = sim("linux");
	const r = host.exec("docker run -v data:app alpine", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: Error response from daemon: invalid volume specification: 'data:app': invalid mount config for type "volume": invalid mount path: 'app' mount path must be absolute

Run 'docker run --help' for more information
`);
});

test("-m takes a size, validated as the CLI's flag value", () => {
	const { host } = sim("linux");
	const r = host.exec("docker run -m abc nginx", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`invalid argument "abc" for "-m, --memory" flag: invalid size: 'abc'

Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]

Run 'docker run --help' for more information
`);
});

test("--restart policies the daemon does not know", () => {
	const { host } = sim("linux");
	let r = host.exec("docker run -d --restart sometimes nginx", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'

Run 'docker run --help' for more information
`);
	r = host.exec("docker run -d --restart always:3 nginx", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stderr).toBe(`docker: Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'

Run 'docker run --help' for more information
`);
	r = host.exec("docker run -d --restart on-failure:x nginx", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stderr).toBe(`docker: invalid restart policy format: maximum retry count must be an integer

Run 'docker run --help' for more information
`);
});

test("--mount type=volume: a named volume, created if missing, in use until the container goes", () => {
	const { host } = sim("linux");
	host.exec("docker pull -q nginx", { tty: false, cols: 80 });
	const r = host.exec("docker run -d --name web --mount type=volume,source=site,target=/usr/share/nginx/html nginx", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(host.exec("docker volume ls", { tty: false, cols: 80 }).stdout).toBe(`DRIVER    VOLUME NAME
local     site
`);
	expect(host.exec("docker inspect -f '{{json .Mounts}} {{json .HostConfig.Binds}}' web", { tty: false, cols: 80 }).stdout).toBe(`[{"Type":"volume","Name":"site","Source":"/var/lib/docker/volumes/site/_data","Destination":"/usr/share/nginx/html","Driver":"local","Mode":"z","RW":true,"Propagation":""}] []
`);
	const rm = host.exec("docker volume rm site", { tty: false, cols: 80 });
	expect(rm.exitCode).toBe(1);
	expect(rm.stderr).toBe(`Error response from daemon: remove site: volume is in use - [${host.exec("docker inspect -f '{{.Id}}' web").stdout.trim()}]
`);
});

test("--mount type=bind,readonly: the page is served, writes fail, and it stays out of Binds", () => {
	const { host } = sim("linux", { "site/index.html": "<h1>mine</h1>\n" });
	host.exec("docker pull -q nginx", { tty: false, cols: 80 });
	expect(host.exec("docker run -d --name web -p 8081:80 --mount type=bind,source=./site,target=/usr/share/nginx/html,readonly nginx", { tty: false, cols: 80 }).exitCode).toBe(0);
	expect(host.exec("curl -s localhost:8081", { tty: false, cols: 80 }).stdout).toBe(`<h1>mine</h1>
`);
	const touch = host.exec("docker exec web touch /usr/share/nginx/html/x", { tty: false, cols: 80 });
	expect(touch.exitCode).toBe(1);
	expect(touch.stderr).toBe(`touch: cannot touch '/usr/share/nginx/html/x': Read-only file system
`);
	expect(host.exec("docker inspect -f '{{json .Mounts}} {{json .HostConfig.Binds}}' web", { tty: false, cols: 80 }).stdout).toBe(`[{"Type":"bind","Source":"/home/dev/project/site","Destination":"/usr/share/nginx/html","Mode":"","RW":false,"Propagation":"rprivate"}] []
`);
});

test("--mount type=tmpfs: files live in the container's own memory mount", () => {
	const { host } = sim("linux");
	host.exec("docker pull -q alpine", { tty: false, cols: 80 });
	const r = host.exec("docker run --rm --mount type=tmpfs,target=/scratch alpine sh -c 'echo hi > /scratch/a && cat /scratch/a'", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`hi
`);
});

test("--mount type=tmpfs: a restart starts with an empty tmpfs, as the kernel mounts it afresh", () => {
	const { host } = sim("linux");
	host.exec("docker pull -q alpine", { tty: false, cols: 80 });
	host.exec("docker run -d --name tm --mount type=tmpfs,target=/scratch alpine sleep 1000", { tty: false, cols: 80 });
	host.exec("docker exec tm sh -c 'echo hi > /scratch/a'", { tty: false, cols: 80 });
	expect(host.exec("docker exec tm cat /scratch/a", { tty: false, cols: 80 }).stdout).toBe("hi\n");
	expect(host.exec("docker restart tm", { tty: false, cols: 80 }).stdout).toBe("tm\n");
	const r = host.exec("docker exec tm cat /scratch/a", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stderr).toBe("cat: can't open '/scratch/a': No such file or directory\n");
});

test("--mount errors: the CLI's flag value errors, then the daemon's mount validation", () => {
	const { host } = sim("linux");
	host.exec("docker pull -q nginx", { tty: false, cols: 80 });
	const usage = `\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n`;
	const cases: [string, number, string][] = [
		["source=a", 125, `invalid argument "source=a" for "--mount" flag: target is required${usage}`],
		["type=volume,target=/x,bogus=1", 125, `invalid argument "type=volume,target=/x,bogus=1" for "--mount" flag: unexpected key 'bogus' in 'bogus=1'${usage}`],
		["type=bind,target=/x,nope", 125, `invalid argument "type=bind,target=/x,nope" for "--mount" flag: invalid field 'nope' must be a key=value pair${usage}`],
		["type=bind,target=/x,readonly=maybe", 125, `invalid argument "type=bind,target=/x,readonly=maybe" for "--mount" flag: invalid value for readonly: maybe${usage}`],
		["type=volume,target=/x,volume-nocopy=maybe", 125, `invalid argument "type=volume,target=/x,volume-nocopy=maybe" for "--mount" flag: invalid value for volume-nocopy: maybe${usage}`],
		["type=tmpfs,target=/x,volume-nocopy", 125, `invalid argument "type=tmpfs,target=/x,volume-nocopy" for "--mount" flag: cannot mix 'volume-*' options with mount type 'tmpfs'${usage}`],
		["type=bind,source=/nope,target=/x", 125, `docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /nope\n\nRun 'docker run --help' for more information\n`],
		["type=bind,source=site,target=/x", 125, `docker: Error response from daemon: invalid mount config for type "bind": invalid mount path: 'site' mount path must be absolute\n\nRun 'docker run --help' for more information\n`],
		["type=bind,target=/x", 125, `docker: Error response from daemon: invalid mount config for type "bind": field Source must not be empty\n\nRun 'docker run --help' for more information\n`],
		["type=foo,target=/x", 125, `docker: Error response from daemon: invalid mount config for type "foo": mount type unknown\n\nRun 'docker run --help' for more information\n`],
		["type=volume,source=data,target=rel", 125, `docker: Error response from daemon: invalid mount config for type "volume": invalid mount path: 'rel' mount path must be absolute\n\nRun 'docker run --help' for more information\n`],
	];
	for (const [spec, code, stderr] of cases) {
		const r = host.exec(`docker run --rm --mount ${spec} nginx`, { tty: false, cols: 80 });
		expect([r.exitCode, r.stderr], spec).toEqual([code, stderr]);
	}
	expect(host.exec("docker ps -aq", { tty: false, cols: 80 }).stdout).toBe(``);
});
