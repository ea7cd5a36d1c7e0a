// Whole-output tests for the shell itself on the reader's host: variables and export,
// $((…)), if / for / while, test, bounded loops that end in ^C, history, env, which, sudo.
import { expect, test } from 'vitest';
import { sim, transcript } from '../testing.ts';

test('variables, export and arithmetic carry across lines', () => {
	const { host } = sim('linux', { Dockerfile: 'FROM alpine\n' });
	expect(transcript(host, ['x=5; echo $x', 'echo ${x}0 $((x * 2 + 1)) "$((7 / 2))"', 'TAG=1.0', 'echo app:$TAG', 'export NAME=web; env | grep ^NAME', 'echo $((1/0))', 'unset x; echo "[$x]"'])).toBe(`dev@dockside:~/project$ x=5; echo $x
5
[exit 0]
dev@dockside:~/project$ echo \${x}0 $((x * 2 + 1)) "$((7 / 2))"
50 11 3
[exit 0]
dev@dockside:~/project$ TAG=1.0
[exit 0]
dev@dockside:~/project$ echo app:$TAG
app:1.0
[exit 0]
dev@dockside:~/project$ export NAME=web; env | grep ^NAME
NAME=web
[exit 0]
dev@dockside:~/project$ echo $((1/0))
bash: 1/0: division by 0 (error token is "0")
[exit 1]
dev@dockside:~/project$ unset x; echo "[$x]"
[]
[exit 0]
`);
});

test('TAG=1.0; docker build -t app:$TAG . tags the build', () => {
	const { host } = sim('linux', { Dockerfile: 'FROM alpine\n' });
	host.exec('TAG=1.0; docker build -q -t app:$TAG .');
	expect(host.exec(`docker images --format '{{.Repository}}:{{.Tag}}' app`).stdout).toBe('app:1.0\n');
});

test('if, for, while and until', () => {
	const { host } = sim('linux', { Dockerfile: 'FROM alpine\n' });
	expect(transcript(host, ['for i in 1 2 3; do echo item $i; done', 'if [ -f Dockerfile ]; then echo yes; elif true; then echo maybe; else echo no; fi', 'if [ -d nope ]; then echo yes; else echo no; fi', 'i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done; echo done $i', 'n=3; until [ $n -eq 0 ]; do n=$((n-1)); done && echo $n', 'for w in $(echo a b); do if [ $w = b ]; then break; fi; echo $w; done'])).toBe(`dev@dockside:~/project$ for i in 1 2 3; do echo item $i; done
item 1
item 2
item 3
[exit 0]
dev@dockside:~/project$ if [ -f Dockerfile ]; then echo yes; elif true; then echo maybe; else echo no; fi
yes
[exit 0]
dev@dockside:~/project$ if [ -d nope ]; then echo yes; else echo no; fi
no
[exit 0]
dev@dockside:~/project$ i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done; echo done $i
0
1
2
done 3
[exit 0]
dev@dockside:~/project$ n=3; until [ $n -eq 0 ]; do n=$((n-1)); done && echo $n
0
[exit 0]
dev@dockside:~/project$ for w in $(echo a b); do if [ $w = b ]; then break; fi; echo $w; done
a
[exit 0]
`);
});

test('syntax errors in compound commands use bash wording', () => {
	const { host } = sim('linux');
	expect(host.exec('if true; then echo a').stderr).toBe('bash: syntax error: unexpected end of file\n');
	expect(host.exec('then echo a').stderr).toBe("bash: syntax error near unexpected token `then'\n");
	expect(host.exec('for 1x in a; do echo; done').stderr).toBe("bash: `1x': not a valid identifier\n");
	expect(host.exec('[ 1 -lt ]').stderr).toBe('bash: [: 1: unary operator expected\n');
	expect(host.exec('[ a -lt 2 ]').stderr).toBe('bash: [: a: integer expression expected\n');
});

test('an endless loop runs about ten seconds of sleeps, then the reader presses Ctrl-C', () => {
	const { host } = sim('linux');
	const r = host.exec('while true; do date; sleep 1; done');
	expect(r.stdout).toBe(`Wed Nov 12 09:00:02 UTC 2025
Wed Nov 12 09:00:03 UTC 2025
Wed Nov 12 09:00:04 UTC 2025
Wed Nov 12 09:00:05 UTC 2025
Wed Nov 12 09:00:06 UTC 2025
Wed Nov 12 09:00:07 UTC 2025
Wed Nov 12 09:00:08 UTC 2025
Wed Nov 12 09:00:09 UTC 2025
Wed Nov 12 09:00:10 UTC 2025
Wed Nov 12 09:00:11 UTC 2025
Wed Nov 12 09:00:12 UTC 2025
^C
`);
	expect(r.exitCode).toBe(130);
	const busy = host.exec('while true; do echo y; done');
	expect(busy.stdout).toBe('y\n'.repeat(1000) + '^C\n');
	expect(busy.exitCode).toBe(130);
});

test('pipes into grep, head, tail, wc and sort', () => {
	const { host } = sim('linux');
	host.exec('docker run -d --name web -p 8080:80 nginx');
	host.exec('docker run -d --name cache redis');
	expect(transcript(host, ['docker ps | grep web', 'docker ps --format "{{.Names}}" | sort', 'docker images | head -2', 'docker ps -q | wc -l', 'docker ps | tail -n 1', 'docker ps | grep -c Up', 'docker ps | grep nothing'])).toBe(`dev@dockside:~/project$ docker ps | grep web
2391675b3f5d   nginx     "/docker-entrypoint.…"   4 seconds ago   Up 4 seconds   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web
[exit 0]
dev@dockside:~/project$ docker ps --format "{{.Names}}" | sort
cache
web
[exit 0]
dev@dockside:~/project$ docker images | head -2
REPOSITORY   TAG       IMAGE ID       CREATED      SIZE
nginx        latest    2a7b6a2c98ec   7 days ago   192MB
[exit 0]
dev@dockside:~/project$ docker ps -q | wc -l
2
[exit 0]
dev@dockside:~/project$ docker ps | tail -n 1
2391675b3f5d   nginx     "/docker-entrypoint.…"   12 seconds ago   Up 12 seconds   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web
[exit 0]
dev@dockside:~/project$ docker ps | grep -c Up
2
[exit 0]
dev@dockside:~/project$ docker ps | grep nothing
[exit 1]
`);
});

test('history, which, sudo and env', () => {
	const { host } = sim('linux');
	expect(transcript(host, ['which docker ls', 'which nope', 'sudo docker ps -q', 'sudo nope', 'history'])).toBe(`dev@dockside:~/project$ which docker ls
/usr/bin/docker
/usr/bin/ls
[exit 0]
dev@dockside:~/project$ which nope
[exit 1]
dev@dockside:~/project$ sudo docker ps -q
[exit 0]
dev@dockside:~/project$ sudo nope
sudo: nope: command not found
[exit 1]
dev@dockside:~/project$ history
    1  which docker ls
    2  which nope
    3  sudo docker ps -q
    4  sudo nope
    5  history
[exit 0]
`);
	expect(host.exec('env').stdout).toBe(`SHELL=/bin/bash
LANG=en_US.UTF-8
PWD=/home/dev/project
HOME=/home/dev
TERM=xterm-256color
USER=dev
LOGNAME=dev
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
`);
	const mac = sim('macos').host;
	expect(mac.exec('which nope')).toEqual({ stdout: 'nope not found\n', stderr: '', exitCode: 1, output: 'nope not found\n' });
	expect(mac.exec('echo hi | wc -l').stdout).toBe('       1\n');
});
