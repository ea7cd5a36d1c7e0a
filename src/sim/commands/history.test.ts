// Whole-output tests for docker image history. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("pulled image: top row has the id, older rows are <missing>", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: true, cols: 80 });
	const r = host.exec("docker history alpine", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`IMAGE          CREATED       CREATED BY                                      SIZE      COMMENT
6eed2e69dc97   4 weeks ago   CMD ["/bin/sh"]                                 0B        buildkit.dockerfile.v0
<missing>      5 weeks ago   ADD alpine-minirootfs-3.22.2-x86_64.tar.gz /…   8.31MB    buildkit.dockerfile.v0
`);
	expect(r.stderr).toBe(``);
});

test("nginx history is truncated to 45 characters", () => {
	const { host } = sim("linux");
	host.exec("docker pull nginx", { tty: true, cols: 80 });
	const r = host.exec("docker image history nginx", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`IMAGE          CREATED      CREATED BY                                      SIZE      COMMENT
2a7b6a2c98ec   7 days ago   CMD ["nginx" "-g" "daemon off;"]                0B        buildkit.dockerfile.v0
<missing>      7 days ago   STOPSIGNAL SIGQUIT                              0B        buildkit.dockerfile.v0
<missing>      7 days ago   EXPOSE map[80/tcp:{}]                           0B        buildkit.dockerfile.v0
<missing>      7 days ago   ENTRYPOINT ["/docker-entrypoint.sh"]            0B        buildkit.dockerfile.v0
<missing>      7 days ago   COPY 30-tune-worker-processes.sh /docker-ent…   4.62kB    buildkit.dockerfile.v0
<missing>      7 days ago   COPY 20-envsubst-on-templates.sh /docker-ent…   3.02kB    buildkit.dockerfile.v0
<missing>      7 days ago   COPY 15-local-resolvers.envsh /docker-entryp…   389B      buildkit.dockerfile.v0
<missing>      7 days ago   COPY 10-listen-on-ipv6-by-default.sh /docker…   2.13kB    buildkit.dockerfile.v0
<missing>      7 days ago   COPY docker-entrypoint.sh / # buildkit          1.62kB    buildkit.dockerfile.v0
<missing>      7 days ago   RUN /bin/sh -c set -x     && groupadd --syst…   71.9MB    buildkit.dockerfile.v0
<missing>      7 days ago   ENV DYNPKG_RELEASE=1~trixie                     0B        buildkit.dockerfile.v0
<missing>      7 days ago   ENV PKG_RELEASE=1~trixie                        0B        buildkit.dockerfile.v0
<missing>      7 days ago   ENV NJS_RELEASE=1~trixie                        0B        buildkit.dockerfile.v0
<missing>      7 days ago   ENV NJS_VERSION=0.9.4                           0B        buildkit.dockerfile.v0
<missing>      7 days ago   ENV NGINX_VERSION=1.29.3                        0B        buildkit.dockerfile.v0
<missing>      7 days ago   LABEL maintainer=NGINX Docker Maintainers <d…   0B        buildkit.dockerfile.v0
<missing>      7 days ago   CMD ["bash"]                                    0B        buildkit.dockerfile.v0
<missing>      9 days ago   # debian.sh --arch 'amd64' out/ 'trixie' '@1…   120MB     debuerreotype 0.16
`);
	expect(r.stderr).toBe(``);
});

test("a built image shows its steps", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	host.exec("docker build -t app .", { tty: true, cols: 80 });
	const r = host.exec("docker history app", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`IMAGE          CREATED         CREATED BY                                      SIZE      COMMENT
78a394a92de1   3 seconds ago   CMD ["cat" "/app/hello.txt"]                    0B        buildkit.dockerfile.v0
<missing>      3 seconds ago   RUN /bin/sh -c cat hello.txt # buildkit         0B        buildkit.dockerfile.v0
<missing>      3 seconds ago   COPY hello.txt . # buildkit                     29B       buildkit.dockerfile.v0
<missing>      3 seconds ago   WORKDIR /app                                    0B        buildkit.dockerfile.v0
<missing>      4 weeks ago     CMD ["/bin/sh"]                                 0B        buildkit.dockerfile.v0
<missing>      5 weeks ago     ADD alpine-minirootfs-3.22.2-x86_64.tar.gz /…   8.31MB    buildkit.dockerfile.v0
`);
	expect(r.stderr).toBe(``);
});

test("no such image", () => {
	const { host } = sim("linux");
	const r = host.exec("docker history nope", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Error response from daemon: No such image: nope:latest
`);
});

// docker/cli formatter/history.go: ID, CreatedSince, CreatedAt, CreatedBy (truncated to 45
// unless --no-trunc), Size, Comment; a `table` template gets the headers.
test("--format templates and tables", () => {
	const { host } = sim("linux");
	host.exec("docker pull alpine", { tty: false });
	expect(host.exec('docker history --format "{{.CreatedBy}}|{{.Size}}|{{.Comment}}" alpine', { tty: false }).stdout).toBe(`CMD ["/bin/sh"]|0B|buildkit.dockerfile.v0
ADD alpine-minirootfs-3.22.2-x86_64.tar.gz /…|8.31MB|buildkit.dockerfile.v0
`);
	expect(host.exec('docker history --format "table {{.ID}}\\t{{.Size}}" alpine', { tty: false }).stdout).toBe(`IMAGE          SIZE
6eed2e69dc97   0B
<missing>      8.31MB
`);
	const bad = host.exec('docker history --format "{{.Nope" alpine', { tty: false });
	expect(bad.exitCode).toBe(1);
	expect(bad.stderr).toBe(`template parsing error: template: :1: unclosed action
`);
});
