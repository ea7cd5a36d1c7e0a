// Whole-output tests for shells as PID 1 and inside containers: docker's own `docker logs`
// example (a detached date loop whose logs advance with the clock), scripts that end,
// shell variables and /etc/passwd in an attached shell.
import { expect, test } from 'vitest';
import { sim, transcript } from '../testing.ts';

test('a detached while-true loop logs dated lines that advance with the clock', () => {
	const { host } = sim('linux');
	host.exec('docker pull -q busybox');
	host.exec('docker run -d --name clock busybox sh -c "while true; do date; sleep 1; done"');
	expect(host.exec('docker logs clock').stdout).toBe(`Wed Nov 12 09:00:04 UTC 2025
Wed Nov 12 09:00:05 UTC 2025
Wed Nov 12 09:00:06 UTC 2025
`);
	expect(host.exec('docker logs --tail 2 clock').stdout).toBe(`Wed Nov 12 09:00:07 UTC 2025
Wed Nov 12 09:00:08 UTC 2025
`);
	expect(host.exec(`docker ps --format '{{.Names}} {{.Status}}'`).stdout).toBe('clock Up 6 seconds\n');
});

test('a looping script that ends exits at its own end time', () => {
	const { host } = sim('linux');
	host.exec('docker pull -q alpine');
	const r = host.exec("docker run --name count alpine sh -c 'for i in 1 2 3; do echo $i; sleep 1; done'");
	expect(r).toEqual({ stdout: '1\n2\n3\n', stderr: '', exitCode: 0, output: '1\n2\n3\n' });
	expect(host.exec(`docker ps -a --format '{{.Names}} {{.Status}}'`).stdout).toBe('count Exited (0) 2 seconds ago\n');
});

test('shell variables, arithmetic and loops in attached shells; /etc/passwd exists', () => {
	const { host } = sim('linux');
	host.exec('docker pull -q ubuntu');
	host.exec('docker pull -q alpine');
	host.exec('docker run -it ubuntu', { tty: true });
	expect(transcript(host, ['x=5; echo $x', 'echo $((x+1))', 'head -1 /etc/passwd', 'for f in a b; do echo $f; done', 'foo', 'exit'])).toBe(`root@2391675b3f5d:/# x=5; echo $x
5
[exit 0]
root@2391675b3f5d:/# echo $((x+1))
6
[exit 0]
root@2391675b3f5d:/# head -1 /etc/passwd
root:x:0:0:root:/root:/bin/bash
[exit 0]
root@2391675b3f5d:/# for f in a b; do echo $f; done
a
b
[exit 0]
root@2391675b3f5d:/# foo
bash: foo: command not found
[exit 127]
root@2391675b3f5d:/# exit
exit
[exit 0]
`);
	host.exec('docker run -it alpine', { tty: true });
	// alpine's CMD is ["/bin/sh"], and BusyBox ash names itself by argv[0] in errors.
	expect(transcript(host, ['foo', 'head -1 /etc/passwd', 'exit'])).toBe(`/ # foo
/bin/sh: foo: not found
[exit 127]
/ # head -1 /etc/passwd
root:x:0:0:root:/root:/bin/sh
[exit 0]
/ # exit
[exit 0]
`);
});
