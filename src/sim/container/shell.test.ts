// The small shells inside containers: run -it, exec -it, language REPLs and Windows cmd.
import { expect, test } from 'vitest';
import { finalScreen } from '../index.ts';
import { sim } from '../testing.ts';
import { scriptLine } from './runtime.ts';

test('docker run -it ubuntu bash: ls, os-release, kernel, hostname, ps, files, exit', () => {
	const { host } = sim('linux');
	const t = (line: string) => {
		const r = host.exec(line, { tty: true, cols: 80 });
		return { screen: finalScreen(r.output), code: r.exitCode };
	};
	host.exec('docker pull ubuntu');
	expect(t('docker run -it ubuntu bash')).toEqual({ screen: '', code: 0 });
	expect(host.prompt()).toBe('root@2391675b3f5d:/# ');
	expect(t('ls /').screen).toBe('bin   dev  home  lib64  mnt  proc  run   srv  tmp  var\nboot  etc  lib   media  opt  root  sbin  sys  usr\n');
	expect(t('cat /etc/os-release').screen.split('\n')[0]).toBe('PRETTY_NAME="Ubuntu 24.04.3 LTS"');
	expect(t('uname -r').screen).toBe('6.8.0-87-generic\n');
	expect(t('hostname').screen).toBe('2391675b3f5d\n');
	expect(t('ps').screen).toBe('    PID TTY          TIME CMD\n      1 pts/0    00:00:00 bash\n     10 pts/0    00:00:00 ps\n');
	expect(t('cd /tmp && echo "hello" > note.txt && cat note.txt').screen).toBe('hello\n');
	expect(host.prompt()).toBe('root@2391675b3f5d:/tmp# ');
	expect(t('curl http://example.com')).toEqual({ screen: 'bash: curl: command not found\n', code: 127 });
	expect(t('echo "unterminated')).toEqual({ screen: 'bash: unexpected EOF while looking for matching `"\'\n', code: 2 });
	expect(t('exit')).toEqual({ screen: 'exit\n', code: 0 });
	expect(host.attached()).toBe(false);
	expect(host.exec('docker ps -a --format "{{.Names}} {{.Status}}"').stdout).toBe('objective_kowalevski Exited (0) 2 seconds ago\n');
});

test('files in the container layer survive stop/start but not rm', () => {
	const { host } = sim('linux');
	host.exec('docker run -it --name box alpine sh', { tty: true });
	host.exec('echo keep > /root/f', { tty: true });
	host.exec('exit 3', { tty: true });
	expect(host.exec('docker ps -a --format "{{.Status}}"').stdout).toBe('Exited (3) 2 seconds ago\n');
	host.exec('docker start box');
	expect(host.exec('docker exec box cat /root/f').stdout).toBe('keep\n');
	host.exec('docker rm -f box');
	host.exec('docker run -d --name box alpine sleep 1000');
	expect(host.exec('docker exec box cat /root/f')).toMatchObject({ stderr: "cat: can't open '/root/f': No such file or directory\n", exitCode: 1 });
});

test('alpine sh: busybox prompt, ls columns, not found', () => {
	const { host } = sim('linux');
	host.exec('docker run -it alpine sh', { tty: true });
	expect(host.prompt()).toBe('/ # ');
	expect(finalScreen(host.exec('ls', { tty: true }).output)).toBe('bin    etc    lib    mnt    proc   run    srv    tmp    var\ndev    home   media  opt    root   sbin   sys    usr\n');
	expect(host.exec('nope', { tty: true })).toMatchObject({ exitCode: 127 });
	expect(finalScreen(host.exec('nope', { tty: true }).output)).toBe('sh: nope: not found\n');
	expect(finalScreen(host.exec('exit', { tty: true }).output)).toBe('');
});

test('apt-get update then install puts curl on PATH', () => {
	const { host } = sim('linux');
	host.exec('docker run -it ubuntu bash', { tty: true });
	expect(host.exec('apt-get install -y curl', { tty: true }).exitCode).toBe(100);
	expect(host.exec('apt-get update', { tty: true }).exitCode).toBe(0);
	expect(host.exec('apt-get install -y curl', { tty: true }).exitCode).toBe(0);
	expect(finalScreen(host.exec('which curl', { tty: true }).output)).toBe('/usr/bin/curl\n');
});

test('docker exec -it leaves the container running after exit', () => {
	const { host } = sim('linux');
	host.exec('docker run -d --name web nginx');
	host.exec('docker exec -it web bash', { tty: true });
	expect(host.prompt()).toBe('root@2391675b3f5d:/# ');
	expect(finalScreen(host.exec('cat /usr/share/nginx/html/index.html | head -n 4', { tty: true }).output)).toBe('<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n');
	// The nginx image has no procps: ps is missing there, as in the real image.
	expect(finalScreen(host.exec('ps aux', { tty: true }).output)).toBe('bash: ps: command not found\n');
	host.exec('exit', { tty: true });
	expect(host.exec('docker ps --format "{{.Names}} {{.Status}}"').stdout).toBe('web Up 10 seconds\n');
});

test('containers reach each other by name on a user-defined network', () => {
	const { host } = sim('linux');
	host.exec('docker network create shop');
	host.exec('docker run -d --name api --network shop nginx');
	host.exec('docker run -it --network shop alpine sh', { tty: true });
	expect(finalScreen(host.exec('wget -qO- http://api | head -n 4', { tty: true }).output)).toBe('<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n');
	expect(finalScreen(host.exec('ping -c 1 api', { tty: true }).output).split('\n')[0]).toBe('PING api (172.18.0.2): 56 data bytes');
});

test('python and node REPLs', () => {
	const { host } = sim('linux');
	const r = host.exec('docker run -it python', { tty: true });
	expect(finalScreen(r.output).split('\n').slice(-3)).toEqual(['Python 3.14.0 (main, Nov  4 2025, 23:41:12) [GCC 14.2.0] on linux', 'Type "help", "copyright", "credits" or "license" for more information.', '']);
	expect(host.prompt()).toBe('>>> ');
	expect(finalScreen(host.exec('print("hi")', { tty: true }).output)).toBe('hi\n');
	expect(finalScreen(host.exec('6 * 7', { tty: true }).output)).toBe('42\n');
	host.exec('exit()', { tty: true });
	expect(host.attached()).toBe(false);
	host.exec('docker run -it node', { tty: true });
	expect(host.prompt()).toBe('> ');
	expect(finalScreen(host.exec('console.log("yo")', { tty: true }).output)).toBe('yo\nundefined\n');
	host.exec('.exit', { tty: true });
	expect(host.attached()).toBe(false);
});

test('Windows cmd in a nanoserver container', () => {
	const { host } = sim('windows-containers');
	host.exec('docker pull mcr.microsoft.com/windows/nanoserver:ltsc2022');
	expect(finalScreen(host.exec('docker run -it mcr.microsoft.com/windows/nanoserver:ltsc2022', { tty: true }).output)).toBe('Microsoft Windows [Version 10.0.20348.4294]\n(c) Microsoft Corporation. All rights reserved.\n\n');
	expect(host.prompt()).toBe('C:\\>');
	expect(finalScreen(host.exec('ls', { tty: true }).output)).toBe("'ls' is not recognized as an internal or external command,\noperable program or batch file.\n\n");
	host.exec('exit', { tty: true });
	expect(host.attached()).toBe(false);
});

test('BusyBox ash names itself by argv[0]: /bin/sh for alpine\'s CMD, sh when typed as sh', () => {
	const { host } = sim('linux');
	host.exec('docker run -it alpine', { tty: true });
	expect(finalScreen(host.exec('bash', { tty: true }).output)).toBe('/bin/sh: bash: not found\n');
	host.exec('exit', { tty: true });
	host.exec('docker run -it alpine sh', { tty: true });
	expect(finalScreen(host.exec('bash', { tty: true }).output)).toBe('sh: bash: not found\n');
});

test('/etc/issue in Debian and Ubuntu, getty escapes and all', () => {
	const { host } = sim('linux');
	host.exec('docker pull debian', { tty: false });
	host.exec('docker pull ubuntu', { tty: false });
	expect(host.exec('docker run --rm debian cat /etc/issue', { tty: false }).stdout).toBe('Debian GNU/Linux 13 \\n \\l\n\n');
	expect(host.exec('docker run --rm ubuntu cat /etc/issue', { tty: false }).stdout).toBe('Ubuntu 24.04.3 LTS \\n \\l\n\n');
});

test('env lists PATH, HOSTNAME, then -e variables, then HOME, as moby builds it', () => {
	const { host } = sim('linux');
	host.exec('docker pull alpine', { tty: false });
	const out = host.exec('docker run --rm -e A=1 -e B=2 alpine env', { tty: false }).stdout;
	expect(out.replace(/HOSTNAME=[0-9a-f]{12}/, 'HOSTNAME=<id>')).toBe('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=<id>\nA=1\nB=2\nHOME=/root\n');
});

test('positional parameters: sh -c SCRIPT NAME ARGS, a script file by path or on PATH, and the host shell', () => {
	const { host } = sim('linux', {
		'greet.sh': '#!/bin/sh\necho "$GREETING, $1! ($# args: $@)"\n',
		Dockerfile: 'FROM alpine\nCOPY greet.sh /usr/local/bin/greet\nENV GREETING=Hello\nENTRYPOINT ["greet"]\nCMD ["world"]\n',
	});
	const run = (line: string) => host.exec(line, { tty: false }).stdout;
	run('docker pull -q alpine');
	// docker's own example of sh -c with arguments: the first word after the script is $0.
	expect(run("docker run --rm alpine sh -c 'echo \"$0|$1|$#|$@\"' name a b")).toBe('name|a|2|a b\n');
	expect(run("docker run --rm alpine sh -c 'echo $0 $#'")).toBe('sh 0\n');
	expect(run("docker run --rm debian bash -c 'echo $0'")).toBe('bash\n');
	// An entrypoint script: CMD gives its default argument, docker run's words replace it.
	expect(host.exec('docker build -q -t greet .', { tty: false }).exitCode).toBe(0);
	expect(run('docker run --rm greet')).toBe('Hello, world! (1 args: world)\n');
	expect(run('docker run --rm greet Dockside two')).toBe('Hello, Dockside! (2 args: Dockside two)\n');
	expect(run('docker run --rm --entrypoint sh greet /usr/local/bin/greet x')).toBe('Hello, x! (1 args: x)\n');
	expect(run('echo "$0 $#"')).toBe('bash 0\n');
});

test('a script file keeps its comments out and its if/for blocks whole', () => {
	expect(scriptLine('#!/bin/sh\n# greet each name\nfor n in "$@"\ndo\n  echo "hi $n"\ndone\n\nif [ $# -eq 0 ]; then\n  echo none\nfi\n')).toBe('for n in "$@"; do echo "hi $n"; done; if [ $# -eq 0 ]; then echo none; fi');
	const { host } = sim('linux', { 'run.sh': '#!/bin/sh\n# greet each name\nfor n in "$@"\ndo\n  echo "hi $n"\ndone\nif [ $# -eq 0 ]; then\n  echo none\nfi\n', Dockerfile: 'FROM alpine\nCOPY run.sh /run.sh\nENTRYPOINT ["/run.sh"]\n' });
	host.exec('docker build -q -t each .', { tty: false });
	expect(host.exec('docker run --rm each a b', { tty: false }).stdout).toBe('hi a\nhi b\n');
	expect(host.exec('docker run --rm each', { tty: false }).stdout).toBe('none\n');
});
