// Whole-output tests for the docker command tree: help, unknown commands and flags. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test("docker --help", () => {
	const { host } = sim("linux");
	const r = host.exec("docker --help", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers

Common Commands:
  run         Create and run a new container from an image
  exec        Execute a command in a running container
  ps          List containers
  build       Build an image from a Dockerfile
  pull        Download an image from a registry
  push        Upload an image to a registry
  images      List images
  login       Authenticate to a registry
  logout      Log out from a registry
  version     Show the Docker version information
  info        Display system-wide information

Management Commands:
  builder     Manage builds
  compose*    Docker Compose
  container   Manage containers
  context     Manage contexts
  image       Manage images
  network     Manage networks
  system      Manage Docker
  volume      Manage volumes

Commands:
  attach      Attach local standard input, output, and error streams to a running container
  commit      Create a new image from a container's changes
  cp          Copy files/folders between a container and the local filesystem
  create      Create a new container
  diff        Inspect changes to files or directories on a container's filesystem
  history     Show the history of an image
  inspect     Return low-level information on Docker objects
  kill        Kill one or more running containers
  load        Load an image from a tar archive or STDIN
  logs        Fetch the logs of a container
  pause       Pause all processes within one or more containers
  port        List port mappings or a specific mapping for the container
  rename      Rename a container
  restart     Restart one or more containers
  rm          Remove one or more containers
  rmi         Remove one or more images
  save        Save one or more images to a tar archive (streamed to STDOUT by default)
  start       Start one or more stopped containers
  stats       Display a live stream of container(s) resource usage statistics
  stop        Stop one or more running containers
  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
  top         Display the running processes of a container
  unpause     Unpause all processes within one or more containers
  wait        Block until one or more containers stop, then print their exit codes

Global Options:
      --config string      Location of client config files (default
                           "/root/.docker")
  -c, --context string     Name of the context to use to connect to the
                           daemon (overrides DOCKER_HOST env var and
                           default context set with "docker context use")
  -D, --debug              Enable debug mode
  -H, --host list          Daemon socket to connect to
  -l, --log-level string   Set the logging level ("debug", "info",
                           "warn", "error", "fatal") (default "info")
      --tls                Use TLS; implied by --tlsverify
      --tlscacert string   Trust certs signed only by this CA (default
                           "/root/.docker/ca.pem")
      --tlscert string     Path to TLS certificate file (default
                           "/root/.docker/cert.pem")
      --tlskey string      Path to TLS key file (default
                           "/root/.docker/key.pem")
      --tlsverify          Use TLS and verify remote
  -v, --version            Print version information and quit

Run 'docker COMMAND --help' for more information on a command.

For more help on how to use Docker, head to https://docs.docker.com/go/guides/
`);
	expect(r.stderr).toBe(``);
});

test("bare docker prints the help on stderr", () => {
	const { host } = sim("linux");
	const r = host.exec("docker", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers

Common Commands:
  run         Create and run a new container from an image
  exec        Execute a command in a running container
  ps          List containers
  build       Build an image from a Dockerfile
  pull        Download an image from a registry
  push        Upload an image to a registry
  images      List images
  login       Authenticate to a registry
  logout      Log out from a registry
  version     Show the Docker version information
  info        Display system-wide information

Management Commands:
  builder     Manage builds
  compose*    Docker Compose
  container   Manage containers
  context     Manage contexts
  image       Manage images
  network     Manage networks
  system      Manage Docker
  volume      Manage volumes

Commands:
  attach      Attach local standard input, output, and error streams to a running container
  commit      Create a new image from a container's changes
  cp          Copy files/folders between a container and the local filesystem
  create      Create a new container
  diff        Inspect changes to files or directories on a container's filesystem
  history     Show the history of an image
  inspect     Return low-level information on Docker objects
  kill        Kill one or more running containers
  load        Load an image from a tar archive or STDIN
  logs        Fetch the logs of a container
  pause       Pause all processes within one or more containers
  port        List port mappings or a specific mapping for the container
  rename      Rename a container
  restart     Restart one or more containers
  rm          Remove one or more containers
  rmi         Remove one or more images
  save        Save one or more images to a tar archive (streamed to STDOUT by default)
  start       Start one or more stopped containers
  stats       Display a live stream of container(s) resource usage statistics
  stop        Stop one or more running containers
  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
  top         Display the running processes of a container
  unpause     Unpause all processes within one or more containers
  wait        Block until one or more containers stop, then print their exit codes

Global Options:
      --config string      Location of client config files (default
                           "/root/.docker")
  -c, --context string     Name of the context to use to connect to the
                           daemon (overrides DOCKER_HOST env var and
                           default context set with "docker context use")
  -D, --debug              Enable debug mode
  -H, --host list          Daemon socket to connect to
  -l, --log-level string   Set the logging level ("debug", "info",
                           "warn", "error", "fatal") (default "info")
      --tls                Use TLS; implied by --tlsverify
      --tlscacert string   Trust certs signed only by this CA (default
                           "/root/.docker/ca.pem")
      --tlscert string     Path to TLS certificate file (default
                           "/root/.docker/cert.pem")
      --tlskey string      Path to TLS key file (default
                           "/root/.docker/key.pem")
      --tlsverify          Use TLS and verify remote
  -v, --version            Print version information and quit

Run 'docker COMMAND --help' for more information on a command.

For more help on how to use Docker, head to https://docs.docker.com/go/guides/
`);
});

test("unknown command", () => {
	const { host } = sim("linux");
	const r = host.exec("docker foo", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: unknown command: docker foo

Run 'docker --help' for more information
`);
});

test("unknown root flag", () => {
	const { host } = sim("linux");
	const r = host.exec("docker -a", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`unknown shorthand flag: 'a' in -a

Usage:  docker [OPTIONS] COMMAND [ARG...]

Run 'docker --help' for more information
`);
});

test("unknown management subcommand", () => {
	const { host } = sim("linux");
	const r = host.exec("docker image foo", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: unknown command: docker image foo

Usage:  docker image

Run 'docker image --help' for more information
`);
});

test("docker run --help", () => {
	const { host } = sim("linux");
	const r = host.exec("docker run --help", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]

Create and run a new container from an image

Aliases:
  docker container run, docker run

Options:
      --add-host list       Add a custom host-to-IP mapping (host:ip)
  -a, --attach list         Attach to STDIN, STDOUT or STDERR
      --cpus decimal        Number of CPUs
  -d, --detach              Run container in background and print container ID
      --entrypoint string   Overwrite the default ENTRYPOINT of the image
  -e, --env list            Set environment variables
      --env-file list       Read in a file of environment variables
      --expose list         Expose a port or a range of ports
  -h, --hostname string     Container host name
      --init                Run an init inside the container that
                            forwards signals and reaps processes
  -i, --interactive         Keep STDIN open even if not attached
      --ipc string          IPC mode to use
  -l, --label list          Set meta data on a container
  -m, --memory bytes        Memory limit
      --mount mount         Attach a filesystem mount to the container
      --name string         Assign a name to the container
      --network network     Connect a container to a network
      --pid string          PID namespace to use
      --platform string     Set platform if server is multi-platform capable
      --privileged          Give extended privileges to this container
  -p, --publish list        Publish a container's port(s) to the host
  -P, --publish-all         Publish all exposed ports to random ports
      --pull string         Pull image before running ("always",
                            "missing", "never") (default "missing")
  -q, --quiet               Suppress the pull output
      --read-only           Mount the container's root filesystem as read only
      --restart string      Restart policy to apply when a container
                            exits (default "no")
      --rm                  Automatically remove the container and its
                            associated anonymous volumes when it exits
  -t, --tty                 Allocate a pseudo-TTY
  -u, --user string         Username or UID (format: <name|uid>[:<group|gid>])
      --uts string          UTS namespace to use
  -v, --volume list         Bind mount a volume
  -w, --workdir string      Working directory inside the container
`);
	expect(r.stderr).toBe(``);
});

test("docker ps --help (aliases)", () => {
	const { host } = sim("linux");
	const r = host.exec("docker ps --help", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Usage:  docker ps [OPTIONS]

List containers

Aliases:
  docker container ls, docker container list, docker container ps, docker ps

Options:
  -a, --all             Show all containers (default shows just running)
  -f, --filter filter   Filter output based on conditions provided
      --format string   Format output using a custom template:
                        'table':            Print output in table format
                        with column headers (default)
                        'table TEMPLATE':   Print output in table format
                        using the given Go template
                        'json':             Print in JSON format
                        'TEMPLATE':         Print output using the given
                        Go template.
                        Refer to https://docs.docker.com/go/formatting/
                        for more information about formatting output with
                        templates
  -n, --last int        Show n last created containers (includes all
                        states) (default -1)
  -l, --latest          Show the latest created container (includes all
                        states)
      --no-trunc        Don't truncate output
  -q, --quiet           Only display container IDs
  -s, --size            Display total file sizes
`);
	expect(r.stderr).toBe(``);
});

test("docker image --help", () => {
	const { host } = sim("linux");
	const r = host.exec("docker image --help", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Usage:  docker image COMMAND

Manage images

Commands:
  build       Start a build
  history     Show the history of an image
  inspect     Display detailed information on one or more images
  load        Load an image from a tar archive or STDIN
  ls          List images
  prune       Remove unused images
  pull        Download an image from a registry
  push        Upload an image to a registry
  rm          Remove one or more images
  save        Save one or more images to a tar archive (streamed to STDOUT by default)
  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE

Run 'docker image COMMAND --help' for more information on a command.
`);
	expect(r.stderr).toBe(``);
});

test("docker help pull", () => {
	const { host } = sim("linux");
	const r = host.exec("docker help pull", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Usage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]

Download an image from a registry

Aliases:
  docker image pull, docker pull

Options:
  -a, --all-tags                Download all tagged images in the repository
      --disable-content-trust   Skip image verification (default true)
      --platform string         Set platform if server is multi-platform
                                capable
  -q, --quiet                   Suppress verbose output
`);
	expect(r.stderr).toBe(``);
});

test("docker ps -h is deprecated but works", () => {
	const { host } = sim("linux");
	const r = host.exec("docker ps -h", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Usage:  docker ps [OPTIONS]

List containers

Aliases:
  docker container ls, docker container list, docker container ps, docker ps

Options:
  -a, --all             Show all containers (default shows just running)
  -f, --filter filter   Filter output based on conditions provided
      --format string   Format output using a custom template:
                        'table':            Print output in table format
                        with column headers (default)
                        'table TEMPLATE':   Print output in table format
                        using the given Go template
                        'json':             Print in JSON format
                        'TEMPLATE':         Print output using the given
                        Go template.
                        Refer to https://docs.docker.com/go/formatting/
                        for more information about formatting output with
                        templates
  -n, --last int        Show n last created containers (includes all
                        states) (default -1)
  -l, --latest          Show the latest created container (includes all
                        states)
      --no-trunc        Don't truncate output
  -q, --quiet           Only display container IDs
  -s, --size            Display total file sizes
`);
	expect(r.stderr).toBe(`Flag shorthand -h has been deprecated, use --help
`);
});

test("bool flag with a bad value", () => {
	const { host } = sim("linux");
	const r = host.exec("docker ps --all=maybe", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(125);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`invalid argument "maybe" for "-a, --all" flag: strconv.ParseBool: parsing "maybe": invalid syntax

Usage:  docker ps [OPTIONS]

Run 'docker ps --help' for more information
`);
});

test("tag requires exactly 2 arguments", () => {
	const { host } = sim("linux");
	const r = host.exec("docker tag a", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(1);
	expect(r.stdout).toBe(``);
	expect(r.stderr).toBe(`docker: 'docker tag' requires 2 arguments

Usage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]

Run 'docker tag --help' for more information
`);
});

test("docker build --help is buildx", () => {
	const { host } = sim("linux");
	const r = host.exec("docker build --help", { tty: false, cols: 80 });
	expect(r.exitCode).toBe(0);
	expect(r.stdout).toBe(`Usage:  docker buildx build [OPTIONS] PATH | URL | -

Start a build

Aliases:
  docker build, docker builder build, docker image build, docker buildx b

Options:
      --build-arg stringArray   Set build-time variables
  -f, --file string             Name of the Dockerfile (default:
                                "PATH/Dockerfile")
      --label stringArray       Set metadata for an image
      --load                    Shorthand for "--output=type=docker"
      --no-cache                Do not use cache when building the image
      --platform stringArray    Set target platform for build
      --progress string         Set type of progress output ("auto",
                                "none",  "plain", "quiet", "rawjson",
                                "tty"). Use plain to show container
                                output (default "auto")
      --pull                    Always attempt to pull all referenced images
      --push                    Shorthand for
                                "--output=type=registry,unpack=false"
  -q, --quiet                   Suppress the build output and print image
                                ID on success
  -t, --tag stringArray         Image identifier (format:
                                "[registry/]repository[:tag]")
      --target string           Set the target build stage to build
`);
	expect(r.stderr).toBe(``);
});
