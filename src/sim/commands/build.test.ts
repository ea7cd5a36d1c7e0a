// Whole-output tests for docker build (BuildKit and the legacy builder). Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { finalScreen } from '../index.ts';
import { sim } from '../testing.ts';

test("TTY: first build pulls the base and runs every step", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	const r = host.exec("docker build -t app .", { tty: true, cols: 100 });
	expect(r.exitCode).toBe(0);
	expect(finalScreen(r.stdout)).toBe(``);
	expect(finalScreen(r.stderr)).toBe(`[+] Building 1.8s (9/9) FINISHED                                                     docker:default
 => [internal] load build definition from Dockerfile                                           0.0s
 => => transferring dockerfile: 95B                                                            0.0s
 => [internal] load metadata for docker.io/library/alpine:3.22                                 1.1s
 => [internal] load .dockerignore                                                              0.0s
 => => transferring context: 2B                                                                0.0s
 => [1/4] FROM docker.io/library/alpine:3.22@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59  0.2s
 => => resolve docker.io/library/alpine:3.22@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59  0.0s
 => => sha256:9b9fd3e197999b1678d79d252dcee8fe7a614ba9433a7eadfd5251ffa75a0af 3.58MB / 3.58MB  0.1s
 => => extracting sha256:9b9fd3e197999b1678d79d252dcee8fe7a614ba9433a7eadfd5251ffa75a0af4      0.1s
 => [internal] load build context                                                              0.0s
 => => transferring context: 124B                                                              0.0s
 => [2/4] WORKDIR /app                                                                         0.0s
 => [3/4] COPY hello.txt .                                                                     0.0s
 => [4/4] RUN cat hello.txt                                                                    0.2s
 => exporting to image                                                                         0.1s
 => => exporting layers                                                                        0.1s
 => => writing image sha256:78a394a92de16ebbf0bd80a19087f17c15c019878a4b155822e209122c69b710   0.0s
 => => naming to docker.io/library/app:latest                                                  0.0s
`);
});

test("TTY: an unchanged rebuild is all CACHED", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	host.exec("docker build -t app .", { tty: true, cols: 80 });
	const r = host.exec("docker build -t app .", { tty: true, cols: 100 });
	expect(r.exitCode).toBe(0);
	expect(finalScreen(r.stdout)).toBe(``);
	expect(finalScreen(r.stderr)).toBe(`[+] Building 0.5s (9/9) FINISHED                                                     docker:default
 => [internal] load build definition from Dockerfile                                           0.0s
 => => transferring dockerfile: 95B                                                            0.0s
 => [internal] load metadata for docker.io/library/alpine:3.22                                 0.4s
 => [internal] load .dockerignore                                                              0.0s
 => => transferring context: 2B                                                                0.0s
 => CACHED [1/4] FROM docker.io/library/alpine:3.22@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c  0.0s
 => => resolve docker.io/library/alpine:3.22@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59  0.0s
 => [internal] load build context                                                              0.0s
 => => transferring context: 2B                                                                0.0s
 => CACHED [2/4] WORKDIR /app                                                                  0.0s
 => CACHED [3/4] COPY hello.txt .                                                              0.0s
 => CACHED [4/4] RUN cat hello.txt                                                             0.0s
 => exporting to image                                                                         0.0s
 => => exporting layers                                                                        0.0s
 => => writing image sha256:78a394a92de16ebbf0bd80a19087f17c15c019878a4b155822e209122c69b710   0.0s
 => => naming to docker.io/library/app:latest                                                  0.0s
`);
});

test("TTY: a changed file rebuilds its COPY and every step after it", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	host.exec("docker build -t app .", { tty: true, cols: 80 });
	host.exec("echo 'changed' > hello.txt", { tty: true, cols: 80 });
	const r = host.exec("docker build -t app .", { tty: true, cols: 100 });
	expect(r.exitCode).toBe(0);
	expect(finalScreen(r.stdout)).toBe(``);
	expect(finalScreen(r.stderr)).toBe(`[+] Building 0.9s (9/9) FINISHED                                                     docker:default
 => [internal] load build definition from Dockerfile                                           0.0s
 => => transferring dockerfile: 95B                                                            0.0s
 => [internal] load metadata for docker.io/library/alpine:3.22                                 0.4s
 => [internal] load .dockerignore                                                              0.0s
 => => transferring context: 2B                                                                0.0s
 => CACHED [1/4] FROM docker.io/library/alpine:3.22@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c  0.0s
 => => resolve docker.io/library/alpine:3.22@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59  0.0s
 => [internal] load build context                                                              0.0s
 => => transferring context: 8B                                                                0.0s
 => CACHED [2/4] WORKDIR /app                                                                  0.0s
 => [3/4] COPY hello.txt .                                                                     0.0s
 => [4/4] RUN cat hello.txt                                                                    0.2s
 => exporting to image                                                                         0.1s
 => => exporting layers                                                                        0.1s
 => => writing image sha256:876d14183db427aef1b376d44cd2eb74f1626931b11fa336e977869951f6afe3   0.0s
 => => naming to docker.io/library/app:latest                                                  0.0s
`);
});

test("plain progress (not a TTY)", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	const r = host.exec("docker build -t app .", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 95B done
#1 DONE 0.0s

#2 [internal] load metadata for docker.io/library/alpine:3.22
#2 DONE 1.1s

#3 [internal] load .dockerignore
#3 transferring context: 2B done
#3 DONE 0.0s

#4 [1/4] FROM docker.io/library/alpine:3.22@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59e4177a8c710d95ef384bf92
#4 resolve docker.io/library/alpine:3.22@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59e4177a8c710d95ef384bf92 0.0s done
#4 sha256:9b9fd3e197999b1678d79d252dcee8fe7a614ba9433a7eadfd5251ffa75a0af4 3.58MB / 3.58MB 0.1s done
#4 extracting sha256:9b9fd3e197999b1678d79d252dcee8fe7a614ba9433a7eadfd5251ffa75a0af4 0.1s done
#4 DONE 0.2s

#5 [internal] load build context
#5 transferring context: 124B done
#5 DONE 0.0s

#6 [2/4] WORKDIR /app
#6 DONE 0.0s

#7 [3/4] COPY hello.txt .
#7 DONE 0.0s

#8 [4/4] RUN cat hello.txt
#8 0.135 hello from the build context
#8 DONE 0.2s

#9 exporting to image
#9 exporting layers 0.1s done
#9 writing image sha256:78a394a92de16ebbf0bd80a19087f17c15c019878a4b155822e209122c69b710 0.0s done
#9 naming to docker.io/library/app:latest done
#9 DONE 0.1s
`);
});

test("--no-cache", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	host.exec("docker build -t app .", { tty: true, cols: 80 });
	const r = host.exec("docker build --no-cache --progress=plain -t app .", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 95B done
#1 DONE 0.0s

#2 [internal] load metadata for docker.io/library/alpine:3.22
#2 DONE 0.4s

#3 [internal] load .dockerignore
#3 transferring context: 2B done
#3 DONE 0.0s

#4 [1/4] FROM docker.io/library/alpine:3.22@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59e4177a8c710d95ef384bf92
#4 resolve docker.io/library/alpine:3.22@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59e4177a8c710d95ef384bf92 0.0s done
#4 CACHED

#5 [internal] load build context
#5 transferring context: 2B done
#5 DONE 0.0s

#6 [2/4] WORKDIR /app
#6 DONE 0.0s

#7 [3/4] COPY hello.txt .
#7 DONE 0.0s

#8 [4/4] RUN cat hello.txt
#8 0.135 hello from the build context
#8 DONE 0.2s

#9 exporting to image
#9 exporting layers 0.1s done
#9 writing image sha256:78a394a92de16ebbf0bd80a19087f17c15c019878a4b155822e209122c69b710 0.0s done
#9 naming to docker.io/library/app:latest done
#9 DONE 0.1s
`);
});

test("the built image runs", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	host.exec("docker build -t app .", { tty: true, cols: 80 });
	const r = host.exec("docker run --rm app", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`hello from the build context
`);
	expect(r.stderr).toBe(``);
});

test("a failing RUN prints the error block", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine\nRUN exit 1\n"});
	const r = host.exec("docker build .", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(finalScreen(r.stdout)).toBe(``);
	expect(finalScreen(r.stderr)).toBe(`[+] Building 1.5s (5/5) FINISHED                                 docker:default
 => [internal] load build definition from Dockerfile                       0.0s
 => => transferring dockerfile: 23B                                        0.0s
 => [internal] load metadata for docker.io/library/alpine:latest           1.1s
 => [internal] load .dockerignore                                          0.0s
 => => transferring context: 2B                                            0.0s
 => [1/2] FROM docker.io/library/alpine:latest@sha256:302efe80e16a4a566f0  0.2s
 => => resolve docker.io/library/alpine:latest@sha256:302efe80e16a4a566f0  0.0s
 => => sha256:9b9fd3e197999b1678d79d252dcee8fe7a614ba9433 3.58MB / 3.58MB  0.1s
 => => extracting sha256:9b9fd3e197999b1678d79d252dcee8fe7a614ba9433a7ead  0.1s
 => ERROR [2/2] RUN exit 1                                                 0.2s
------
 > [2/2] RUN exit 1:
------
Dockerfile:2
--------------------
   1 |     FROM alpine
   2 | >>> RUN exit 1
   3 |
--------------------
ERROR: failed to build: failed to solve: process "/bin/sh -c exit 1" did not complete successfully: exit code: 1
`);
});

test("a failing command shows its output", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM ubuntu\nRUN apt-get install -y curl\n"});
	const r = host.exec("docker build --progress=plain .", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 40B done
#1 DONE 0.0s

#2 [internal] load metadata for docker.io/library/ubuntu:latest
#2 DONE 1.1s

#3 [internal] load .dockerignore
#3 transferring context: 2B done
#3 DONE 0.0s

#4 [1/2] FROM docker.io/library/ubuntu:latest@sha256:92988ff0cfe1cb85c6742039ad840d0ddcfdcce6feb33a0fe567b3cbf77dcbd0
#4 resolve docker.io/library/ubuntu:latest@sha256:92988ff0cfe1cb85c6742039ad840d0ddcfdcce6feb33a0fe567b3cbf77dcbd0 0.0s done
#4 sha256:f2ecb20f6f2781bd39c5994128424aff42b66e72832e38544a84e588b0703664 33.59MB / 33.59MB 0.8s done
#4 extracting sha256:f2ecb20f6f2781bd39c5994128424aff42b66e72832e38544a84e588b0703664 0.3s done
#4 DONE 1.1s

#5 [2/2] RUN apt-get install -y curl
#5 0.126 Reading package lists...
#5 0.152 Building dependency tree...
#5 0.178 Reading state information...
#5 0.204 E: Unable to locate package curl
#5 ERROR: process "/bin/sh -c apt-get install -y curl" did not complete successfully: exit code: 100
------
 > [2/2] RUN apt-get install -y curl:
0.126 Reading package lists...
0.152 Building dependency tree...
0.178 Reading state information...
0.204 E: Unable to locate package curl
------
Dockerfile:2
--------------------
   1 |     FROM ubuntu
   2 | >>> RUN apt-get install -y curl
   3 |     
--------------------
ERROR: failed to build: failed to solve: process "/bin/sh -c apt-get install -y curl" did not complete successfully: exit code: 100
`);
});

test("COPY of a missing file", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine\nCOPY missing.txt /\n"});
	const r = host.exec("docker build --progress=plain .", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 31B done
#1 DONE 0.0s

#2 [internal] load metadata for docker.io/library/alpine:latest
#2 DONE 1.1s

#3 [internal] load .dockerignore
#3 transferring context: 2B done
#3 DONE 0.0s

#4 [1/2] FROM docker.io/library/alpine:latest@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59e4177a8c710d95ef384bf92
#4 resolve docker.io/library/alpine:latest@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59e4177a8c710d95ef384bf92 0.0s done
#4 sha256:9b9fd3e197999b1678d79d252dcee8fe7a614ba9433a7eadfd5251ffa75a0af4 3.58MB / 3.58MB 0.1s done
#4 extracting sha256:9b9fd3e197999b1678d79d252dcee8fe7a614ba9433a7eadfd5251ffa75a0af4 0.1s done
#4 DONE 0.2s

#5 [internal] load build context
#5 transferring context: 31B done
#5 DONE 0.0s

#6 [2/2] COPY missing.txt /
#6 ERROR: failed to compute cache key: failed to calculate checksum of ref 86ab55b457e3cd426f6402786::344695194bc8fd12093280e87: "/missing.txt": not found
------
 > [2/2] COPY missing.txt /:
------
Dockerfile:2
--------------------
   1 |     FROM alpine
   2 | >>> COPY missing.txt /
   3 |     
--------------------
ERROR: failed to build: failed to solve: failed to compute cache key: failed to calculate checksum of ref 86ab55b457e3cd426f6402786::344695194bc8fd12093280e87: "/missing.txt": not found
`);
});

test("unknown instruction", () => {
	const { host } = sim("linux", {"Dockerfile":"FORM alpine\nRUN echo hi\n"});
	const r = host.exec("docker build .", { tty: true, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(finalScreen(r.stdout)).toBe(``);
	expect(finalScreen(r.stderr)).toBe(`[+] Building 0.0s (1/1) FINISHED                                 docker:default
 => [internal] load build definition from Dockerfile                       0.0s
 => => transferring dockerfile: 24B                                        0.0s
Dockerfile:1
--------------------
   1 | >>> FORM alpine
   2 |     RUN echo hi
   3 |
--------------------
ERROR: failed to build: failed to solve: dockerfile parse error on line 1: unknown instruction: FORM (did you mean FROM?)
`);
});

test("no Dockerfile", () => {
	const { host } = sim("linux");
	const r = host.exec("docker build .", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 2B done
#1 DONE 0.0s
ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory
`);
});

test("no context argument", () => {
	const { host } = sim("linux");
	const r = host.exec("docker build", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`ERROR: docker: 'docker buildx build' requires 1 argument

Usage:  docker buildx build [OPTIONS] PATH | URL | -

Run 'docker buildx build --help' for more information
`);
});

test("multi-stage: stage names and COPY --from", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22 AS build\nWORKDIR /src\nCOPY hello.txt .\nRUN echo \"built: $(cat hello.txt)\" > out.txt\n\nFROM busybox\nCOPY --from=build /src/out.txt /out.txt\nCMD [\"cat\", \"/out.txt\"]\n","hello.txt":"hi\n"});
	const r = host.exec("docker build -t multi . && docker run --rm multi", { tty: true, cols: 100 });
	expect(r.exitCode).toBe(0);
	expect(finalScreen(r.stdout)).toBe(`built: hi
`);
	expect(finalScreen(r.stderr)).toBe(`[+] Building 3.1s (12/12) FINISHED                                                   docker:default
 => [internal] load build definition from Dockerfile                                           0.0s
 => => transferring dockerfile: 179B                                                           0.0s
 => [internal] load metadata for docker.io/library/alpine:3.22                                 1.1s
 => [internal] load metadata for docker.io/library/busybox:latest                              1.1s
 => [internal] load .dockerignore                                                              0.0s
 => => transferring context: 2B                                                                0.0s
 => [build 1/4] FROM docker.io/library/alpine:3.22@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3  0.2s
 => => resolve docker.io/library/alpine:3.22@sha256:302efe80e16a4a566f0ed8dfe96e4aef8c3756d59  0.0s
 => => sha256:9b9fd3e197999b1678d79d252dcee8fe7a614ba9433a7eadfd5251ffa75a0af 3.58MB / 3.58MB  0.1s
 => => extracting sha256:9b9fd3e197999b1678d79d252dcee8fe7a614ba9433a7eadfd5251ffa75a0af4      0.1s
 => [stage-1 1/2] FROM docker.io/library/busybox:latest@sha256:f2de431736d6a41542fd6507f482c9  0.2s
 => => resolve docker.io/library/busybox:latest@sha256:f2de431736d6a41542fd6507f482c9aa1f094e  0.0s
 => => sha256:9fd6484b7f004ff8f1ae90fd256b05868891b8cb9963c5aac660e9e76943c94 1.54MB / 1.54MB  0.1s
 => => extracting sha256:9fd6484b7f004ff8f1ae90fd256b05868891b8cb9963c5aac660e9e76943c946      0.1s
 => [internal] load build context                                                              0.0s
 => => transferring context: 182B                                                              0.0s
 => [build 2/4] WORKDIR /src                                                                   0.0s
 => [build 3/4] COPY hello.txt .                                                               0.0s
 => [build 4/4] RUN echo "built: $(cat hello.txt)" > out.txt                                   0.2s
 => [stage-1 2/2] COPY --from=build /src/out.txt /out.txt                                      0.0s
 => exporting to image                                                                         0.1s
 => => exporting layers                                                                        0.1s
 => => writing image sha256:7ca3c18bb31a52575222e82e2dbd88b233ae235310933cfa6244db37bd020287   0.0s
 => => naming to docker.io/library/multi:latest                                                0.0s
`);
});

test("-q prints the image id", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	const r = host.exec("docker build -q .", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`sha256:78a394a92de16ebbf0bd80a19087f17c15c019878a4b155822e209122c69b710
`);
	expect(r.stderr).toBe(``);
});

test("the legacy builder (DOCKER_BUILDKIT=0)", () => {
	const { host } = sim("linux", {"Dockerfile":"FROM alpine:3.22\nWORKDIR /app\nCOPY hello.txt .\nRUN cat hello.txt\nCMD [\"cat\", \"/app/hello.txt\"]\n","hello.txt":"hello from the build context\n"});
	host.exec("docker pull alpine:3.22", { tty: true, cols: 80 });
	const r = host.exec("DOCKER_BUILDKIT=0 docker build -t app .", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Sending build context to Docker daemon  2.048kB
Step 1/5 : FROM alpine:3.22
 ---> 6eed2e69dc97
Step 2/5 : WORKDIR /app
 ---> ae1ae3826f58
Step 3/5 : COPY hello.txt .
 ---> e1610bdbd425
Step 4/5 : RUN cat hello.txt
 ---> Running in 2391675b3f5d
hello from the build context
 ---> 23704e192881
Step 5/5 : CMD ["cat", "/app/hello.txt"]
 ---> Running in 315cb8907442
 ---> 101f11214b18
Successfully built 101f11214b18
Successfully tagged app:latest
`);
	expect(r.stderr).toBe(`DEPRECATED: The legacy builder is deprecated and will be removed in a future release.
            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0
            environment-variable.

`);
});
