// Whole-output tests for programs' version and test flags (they print instead of starting
// a server) and for python -c / node -e with simple expressions.
import { expect, test } from 'vitest';
import { sim, transcript } from '../testing.ts';

function run(line: string) {
	const { host } = sim('linux');
	const image = line.split(' ')[3]!;
	host.exec(`docker pull -q ${image}`);
	return host.exec(line);
}

test('nginx -v and -t print to stderr and exit 0', () => {
	expect(run('docker run --rm nginx nginx -v')).toEqual({ stdout: '', stderr: 'nginx version: nginx/1.29.3\n', exitCode: 0, output: 'nginx version: nginx/1.29.3\n' });
	expect(run('docker run --rm nginx nginx -t').stderr).toBe('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n');
});

test("redis, python and node print their image's versions", () => {
	expect(run('docker run --rm redis:7 redis-cli --version').stdout).toBe('redis-cli 7.4.7\n');
	expect(run('docker run --rm redis redis-server --version').stdout).toBe('Redis server v=8.2.3 sha=00000000:1 malloc=jemalloc-5.3.0 bits=64 build=8230a1f3c9e0d2b7\n');
	expect(run('docker run --rm python:3.10-alpine python --version').stdout).toBe('Python 3.10.19\n');
	expect(run('docker run --rm node:22-alpine node --version').stdout).toBe('v22.21.1\n');
});

test('python -c and node -e evaluate simple expressions', () => {
	expect(run(`docker run --rm python python -c 'print(1+1)'`)).toEqual({ stdout: '2\n', stderr: '', exitCode: 0, output: '2\n' });
	expect(run(`docker run --rm node node -e 'console.log(6*7)'`).stdout).toBe('42\n');
	expect(run(`docker run --rm python python -c 'print("hi"); print(10 / 4)'`).stdout).toBe('hi\n2.5\n');
});

test('redis-cli is a small REPL with redis replies; keys live in the server', () => {
	const { host } = sim('linux');
	host.exec('docker run -d --name cache redis');
	expect(transcript(host, ['docker exec -it cache redis-cli', 'PING', 'SET k v', 'GET k', 'GET nope', 'INCR n', 'KEYS *', 'FOO bar', 'GET', 'quit', 'docker exec -it cache redis-cli', 'DEL k', 'exit'], true)).toBe(`dev@dockside:~/project$ docker exec -it cache redis-cli
[exit 0]
127.0.0.1:6379> PING
PONG
[exit 0]
127.0.0.1:6379> SET k v
OK
[exit 0]
127.0.0.1:6379> GET k
"v"
[exit 0]
127.0.0.1:6379> GET nope
(nil)
[exit 0]
127.0.0.1:6379> INCR n
(integer) 1
[exit 0]
127.0.0.1:6379> KEYS *
1) "k"
2) "n"
[exit 0]
127.0.0.1:6379> FOO bar
(error) ERR unknown command 'FOO', with args beginning with: 'bar'
[exit 0]
127.0.0.1:6379> GET
(error) ERR wrong number of arguments for 'get' command
[exit 0]
127.0.0.1:6379> quit
[exit 0]
dev@dockside:~/project$ docker exec -it cache redis-cli
[exit 0]
127.0.0.1:6379> DEL k
(integer) 1
[exit 0]
127.0.0.1:6379> exit
[exit 0]
`);
});

// redis-cli prints raw replies when stdout is not a terminal (docker exec without -t), and
// shares the container's keyspace with the interactive REPL.
test('redis-cli with a command: raw replies off a terminal, typed ones on it', () => {
	const { host } = sim('linux');
	host.exec('docker pull redis', { tty: false });
	host.exec('docker run -d --name cache redis', { tty: false });
	const run = (line: string) => host.exec(line, { tty: false }).stdout;
	expect(run('docker exec cache redis-cli ping')).toBe('PONG\n');
	expect(run('docker exec cache redis-cli set k v')).toBe('OK\n');
	expect(run('docker exec cache redis-cli get k')).toBe('v\n');
	expect(run('docker exec cache redis-cli incr n')).toBe('1\n');
	expect(run('docker exec cache redis-cli get nope')).toBe('\n');
	expect(run('docker exec cache redis-cli -h 127.0.0.1 -p 6379 exists k n')).toBe('2\n');
	expect(run('docker exec cache redis-cli foo')).toBe("ERR unknown command 'foo', with args beginning with: \n");
	expect(host.exec('docker exec -it cache redis-cli get k', { tty: true }).output).toBe('"v"\r\n');
});

test('npm --version is the npm the image\'s Node.js bundles', () => {
	const { host } = sim('linux');
	for (const img of ['node:24-alpine', 'node:22-alpine', 'node:20-alpine']) host.exec(`docker pull -q ${img}`, { tty: false });
	expect(host.exec('docker run --rm node:24-alpine npm --version', { tty: false }).stdout).toBe('11.6.2\n');
	expect(host.exec('docker run --rm node:22-alpine npm --version', { tty: false }).stdout).toBe('10.9.4\n');
	expect(host.exec('docker run --rm node:20-alpine npm -v', { tty: false }).stdout).toBe('10.8.2\n');
});

test('tr inside a container reads a pipe or a < file, and a build step can write its output', () => {
	const { host } = sim('linux', { Dockerfile: 'FROM alpine\nCOPY message.txt .\nRUN tr a-z A-Z < message.txt > /banner.txt\nCMD ["cat", "/banner.txt"]\n', 'message.txt': 'welcome aboard\n' });
	host.exec('docker pull -q alpine', { tty: false });
	expect(host.exec("docker run --rm alpine sh -c 'echo hello | tr a-z A-Z'", { tty: false }).stdout).toBe('HELLO\n');
	expect(host.exec("docker run --rm debian sh -c 'echo hello | tr -d l'", { tty: false }).stdout).toBe('heo\n');
	expect(host.exec('docker build -q -t shout .', { tty: false }).exitCode).toBe(0);
	expect(host.exec('docker run --rm shout', { tty: false }).stdout).toBe('WELCOME ABOARD\n');
});
