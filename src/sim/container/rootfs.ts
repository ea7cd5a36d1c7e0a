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

const CORE = ['sh', 'ls', 'cat', 'echo', 'printenv', 'pwd', 'mkdir', 'rm', 'rmdir', 'touch', 'cp', 'mv', 'uname', 'hostname', 'env', 'id', 'whoami', 'date', 'sleep', 'head', 'tail', 'grep', 'wc', 'true', 'false', 'printf', 'clear', 'seq', 'df', 'sort', 'tee', 'chmod', 'chown', 'ln', 'find', 'basename', 'dirname', 'yes', 'test', 'kill', 'nproc', 'stat', 'du', 'tr', 'cut', 'uniq', 'xargs'];
const GNU = [...CORE, 'bash', 'which', 'apt-get', 'apt', 'dpkg', 'sed', 'tar', 'gzip', 'mount', 'free'];
const BUSYBOX = [...CORE, 'ps', 'ping', 'wget', 'nslookup', 'vi', 'top', 'which', 'free', 'sed', 'tar', 'gzip', 'ip', 'ifconfig', 'netstat', 'mount', 'uptime', 'hostname', 'less', 'more', 'nc', 'telnet', 'awk'];

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
			fs = { dirs: [...FHS, '/lib64', '/root', '/home/ubuntu'], files: { '/etc/os-release': UBUNTU_OS, '/etc/debian_version': 'trixie/sid\n', '/root/.bashrc': '# ~/.bashrc: executed by bash(1) for non-login shells.\n' }, commands: [...GNU, 'ps', 'top', 'free'], binDir: '/usr/bin', shell: 'bash', shName: '/bin/sh: 1:' };
			break;
		case 'debian':
			fs = { dirs: [...FHS, '/lib64'], files: { '/etc/os-release': DEBIAN_OS, '/etc/debian_version': '13.1\n', '/root/.bashrc': '# ~/.bashrc: executed by bash(1) for non-login shells.\n' }, commands: GNU, binDir: '/usr/bin', shell: 'bash', shName: '/bin/sh: 1:' };
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
	fs.files['/etc/hosts'] = fs.files['/etc/hosts'] ?? '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n';
	table[family] = fs;
	return fs;
}
