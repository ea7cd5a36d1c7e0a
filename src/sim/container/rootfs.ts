// The root filesystems containers start from, per image family: the top-level directories
// `ls /` shows, the commands on PATH, and the files people cat (/etc/os-release).
import type { FsFamily } from '../engine/types.ts';

const UBUNTU_OS = `PRETTY_NAME="Ubuntu 24.04.3 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.3 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
`;
export const DEBIAN_OS = `PRETTY_NAME="Debian GNU/Linux 13 (trixie)"
NAME="Debian GNU/Linux"
VERSION_ID="13"
VERSION="13 (trixie)"
VERSION_CODENAME=trixie
DEBIAN_VERSION_FULL=13.1
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;
export const BOOKWORM_OS = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;
const ALPINE_OS = `NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.22.2
PRETTY_NAME="Alpine Linux v3.22"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`;
const ORACLE_OS = `NAME="Oracle Linux Server"
VERSION="9.6"
ID="ol"
ID_LIKE="fedora"
VARIANT="Server"
VARIANT_ID="server"
VERSION_ID="9.6"
PLATFORM_ID="platform:el9"
PRETTY_NAME="Oracle Linux Server 9.6"
ANSI_COLOR="0;31"
CPE_NAME="cpe:/o:oracle:linux:9:6:server"
HOME_URL="https://linux.oracle.com/"
BUG_REPORT_URL="https://github.com/oracle/oracle-linux"
`;

/** /etc/passwd as each base image ships it. */
const PASSWD: Partial<Record<FsFamily, string>> = {
	debian: 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\nsync:x:4:65534:sync:/bin:/bin/sync\ngames:x:5:60:games:/usr/games:/usr/sbin/nologin\nman:x:6:12:man:/var/cache/man:/usr/sbin/nologin\nlp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin\nmail:x:8:8:mail:/var/mail:/usr/sbin/nologin\nnews:x:9:9:news:/var/spool/news:/usr/sbin/nologin\nuucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin\nproxy:x:13:13:proxy:/bin:/usr/sbin/nologin\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\nbackup:x:34:34:backup:/var/backups:/usr/sbin/nologin\nlist:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin\nirc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin\n_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n',
	ubuntu: 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\nsync:x:4:65534:sync:/bin:/bin/sync\ngames:x:5:60:games:/usr/games:/usr/sbin/nologin\nman:x:6:12:man:/var/cache/man:/usr/sbin/nologin\nlp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin\nmail:x:8:8:mail:/var/mail:/usr/sbin/nologin\nnews:x:9:9:news:/var/spool/news:/usr/sbin/nologin\nuucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin\nproxy:x:13:13:proxy:/bin:/usr/sbin/nologin\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\nbackup:x:34:34:backup:/var/backups:/usr/sbin/nologin\nlist:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin\nirc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin\n_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\nubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash\n',
	alpine: 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nlp:x:4:7:lp:/var/spool/lpd:/sbin/nologin\nsync:x:5:0:sync:/sbin:/bin/sync\nshutdown:x:6:0:shutdown:/sbin:/sbin/shutdown\nhalt:x:7:0:halt:/sbin:/sbin/halt\nmail:x:8:12:mail:/var/mail:/sbin/nologin\nnews:x:9:13:news:/usr/lib/news:/sbin/nologin\nuucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin\ncron:x:16:16:cron:/var/spool/cron:/sbin/nologin\nftp:x:21:21::/var/lib/ftp:/sbin/nologin\nsshd:x:22:22:sshd:/dev/null:/sbin/nologin\ngames:x:35:35:games:/usr/games:/sbin/nologin\nntp:x:123:123:NTP:/var/empty:/sbin/nologin\nguest:x:405:100:guest:/dev/null:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n',
	oracle: 'root:x:0:0:root:/root:/bin/bash\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nadm:x:3:4:adm:/var/adm:/sbin/nologin\nlp:x:4:7:lp:/var/spool/lpd:/sbin/nologin\nsync:x:5:0:sync:/sbin:/bin/sync\nshutdown:x:6:0:shutdown:/sbin:/sbin/shutdown\nhalt:x:7:0:halt:/sbin:/sbin/halt\nmail:x:8:12:mail:/var/spool/mail:/sbin/nologin\noperator:x:11:0:operator:/root:/sbin/nologin\ngames:x:12:100:games:/usr/games:/sbin/nologin\nftp:x:14:50:FTP User:/var/ftp:/sbin/nologin\nnobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin\n',
};

/** /etc/group as each base image ships it (who is a member decides `id`'s groups). */
const DEBIAN_GROUP = 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nnews:x:9:\nuucp:x:10:\nman:x:12:\nproxy:x:13:\nkmem:x:15:\ndialout:x:20:\nfax:x:21:\nvoice:x:22:\ncdrom:x:24:\nfloppy:x:25:\ntape:x:26:\nsudo:x:27:\naudio:x:29:\ndip:x:30:\nwww-data:x:33:\nbackup:x:34:\noperator:x:37:\nlist:x:38:\nirc:x:39:\nsrc:x:40:\nshadow:x:42:\nutmp:x:43:\nvideo:x:44:\nsasl:x:45:\nplugdev:x:46:\nstaff:x:50:\ngames:x:60:\nusers:x:100:\nnogroup:x:65534:\n';
const GROUP: Partial<Record<FsFamily, string>> = {
	debian: DEBIAN_GROUP,
	ubuntu: DEBIAN_GROUP + 'ubuntu:x:1000:\n',
	alpine: 'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nsys:x:3:root,bin,adm\nadm:x:4:root,adm,daemon\ntty:x:5:\ndisk:x:6:root,adm\nlp:x:7:lp\nkmem:x:9:\nwheel:x:10:root\nfloppy:x:11:root\nmail:x:12:mail\nnews:x:13:news\nuucp:x:14:uucp\ncron:x:16:cron\nconsole:x:17:\naudio:x:18:\ncdrom:x:19:\ndialout:x:20:root\nftp:x:21:\nsshd:x:22:\ninput:x:23:\ntape:x:26:root\nvideo:x:27:root\nnetdev:x:28:\nkvm:x:34:kvm\ngames:x:35:\nshadow:x:42:\nwww-data:x:82:\nusers:x:100:games\nntp:x:123:\nabuild:x:300:\nutmp:x:406:\nping:x:999:\nnogroup:x:65533:\nnobody:x:65534:\n',
	busybox: 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nkmem:x:9:\nwheel:x:10:root\ncdrom:x:11:\ndialout:x:18:\nfloppy:x:19:\nvideo:x:28:\naudio:x:29:\ntape:x:32:\nwww-data:x:33:\noperator:x:37:\nutmp:x:43:\nplugdev:x:46:\nstaff:x:50:\nlock:x:54:\nnetdev:x:82:\nusers:x:100:\nnobody:x:65534:\n',
};

const CORE = ['sh', 'ls', 'cat', 'echo', 'printenv', 'pwd', 'mkdir', 'rm', 'rmdir', 'touch', 'cp', 'mv', 'uname', 'hostname', 'env', 'id', 'whoami', 'date', 'sleep', 'head', 'tail', 'grep', 'wc', 'true', 'false', 'printf', 'clear', 'seq', 'df', 'sort', 'tee', 'chmod', 'chown', 'ln', 'find', 'basename', 'dirname', 'yes', 'test', 'kill', 'nproc', 'stat', 'du', 'tr', 'cut', 'uniq', 'xargs'];
const GNU = [...CORE, 'bash', 'which', 'apt-get', 'apt', 'dpkg', 'sed', 'tar', 'gzip', 'mount', 'free', 'useradd', 'groupadd'];
const BUSYBOX = [...CORE, 'ps', 'ping', 'wget', 'nslookup', 'vi', 'top', 'which', 'free', 'sed', 'tar', 'gzip', 'ip', 'ifconfig', 'netstat', 'mount', 'uptime', 'hostname', 'less', 'more', 'nc', 'telnet', 'awk', 'adduser', 'addgroup'];

export interface RootFs {
	dirs: string[];
	files: Record<string, string>;
	commands: string[];
	binDir: string;
	shell: 'bash' | 'sh' | 'cmd' | '';
	/** How `sh -c` names itself in errors (dash vs busybox ash). */
	shName: string;
}

const FHS = ['/bin', '/boot', '/dev', '/etc', '/home', '/lib', '/media', '/mnt', '/opt', '/proc', '/root', '/run', '/sbin', '/srv', '/sys', '/tmp', '/usr', '/var', '/usr/bin', '/usr/sbin', '/usr/lib', '/usr/local', '/usr/local/bin', '/usr/share', '/var/lib', '/var/log', '/var/cache', '/var/tmp', '/etc/apt'];

const table: Partial<Record<FsFamily, RootFs>> = {};

export function rootFs(family: FsFamily): RootFs {
	const hit = table[family];
	if (hit) return hit;
	let fs: RootFs;
	switch (family) {
		case 'ubuntu':
			fs = { dirs: [...FHS, '/lib64', '/root', '/home/ubuntu'], files: { '/etc/os-release': UBUNTU_OS, '/etc/issue': 'Ubuntu 24.04.3 LTS \\n \\l\n\n', '/etc/debian_version': 'trixie/sid\n', '/root/.bashrc': '# ~/.bashrc: executed by bash(1) for non-login shells.\n' }, commands: [...GNU, 'ps', 'top', 'free'], binDir: '/usr/bin', shell: 'bash', shName: '/bin/sh: 1:' };
			break;
		case 'debian':
			fs = { dirs: [...FHS, '/lib64'], files: { '/etc/os-release': DEBIAN_OS, '/etc/issue': 'Debian GNU/Linux 13 \\n \\l\n\n', '/etc/debian_version': '13.1\n', '/root/.bashrc': '# ~/.bashrc: executed by bash(1) for non-login shells.\n' }, commands: GNU, binDir: '/usr/bin', shell: 'bash', shName: '/bin/sh: 1:' };
			break;
		case 'oracle':
			fs = { dirs: [...FHS, '/lib64', '/afs'], files: { '/etc/os-release': ORACLE_OS, '/etc/oracle-release': 'Oracle Linux Server release 9.6\n' }, commands: [...CORE, 'bash', 'microdnf', 'sed', 'tar', 'gzip'], binDir: '/usr/bin', shell: 'bash', shName: '/bin/sh:' };
			break;
		case 'alpine':
			fs = { dirs: [...FHS.filter((d) => d !== '/boot'), '/etc/apk'], files: { '/etc/os-release': ALPINE_OS, '/etc/alpine-release': '3.22.2\n', '/etc/apk/arch': 'x86_64\n' }, commands: [...BUSYBOX, 'apk'], binDir: '/bin', shell: 'sh', shName: '/bin/sh:' };
			break;
		case 'busybox':
			fs = { dirs: ['/bin', '/dev', '/etc', '/home', '/lib', '/lib64', '/proc', '/root', '/sys', '/tmp', '/usr', '/usr/sbin', '/var', '/var/spool', '/var/www'], files: { '/etc/group': 'root:x:0:\n', '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\n' }, commands: BUSYBOX, binDir: '/bin', shell: 'sh', shName: 'sh:' };
			break;
		case 'windows':
			fs = { dirs: ['/Windows', '/Windows/System32', '/Users', '/Program Files'], files: { '/License.txt': '' }, commands: ['cmd'], binDir: '/Windows/System32', shell: 'cmd', shName: 'cmd' };
			break;
		default:
			fs = { dirs: ['/dev', '/etc', '/proc', '/sys'], files: { '/hello': '' }, commands: [], binDir: '/', shell: '', shName: '' };
	}
	if (family !== 'windows' && family !== 'scratch' && !fs.files['/etc/passwd']) {
		fs.files['/etc/passwd'] = PASSWD[family] ?? PASSWD.debian!;
		fs.files['/etc/group'] = fs.files['/etc/group'] ?? GROUP[family] ?? 'root:x:0:\n';
	}
	if (family === 'busybox') fs.files['/etc/group'] = GROUP.busybox!;
	fs.files['/etc/hosts'] = fs.files['/etc/hosts'] ?? '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n';
	table[family] = fs;
	return fs;
}
