// What each kind of host is: the machine the reader types on, and the engine it talks to.
// Docker Desktop runs Linux containers inside a Linux VM, so `uname -r` in a container shows
// the VM's kernel there, not the Mac's or Windows' own.
import type { Arch, OsName, Platform } from './types.ts';

export interface PlatformFacts {
	/** Engine side. */
	os: OsName;
	arch: Arch;
	/** `uname -m` inside containers / docker info Architecture. */
	machine: string;
	/** os/arch[/variant] as the engine formats it in errors. */
	platformString: string;
	/** The host platform string in the run WARNING (linux/amd64/v4 style). */
	detectedPlatform: string;
	kernel: string;
	kernelBuild: string;
	operatingSystem: string;
	osVersion: string;
	desktop: boolean;
	desktopVersion: string;
	engineVersion: string;
	apiVersion: string;
	gitCommit: string;
	engineCommit: string;
	goVersion: string;
	clientOsArch: string;
	context: string;
	builder: string;
	name: string;
	ncpu: number;
	memory: number;
	storageDriver: string;
	dockerRoot: string;
	/** The reader's own machine. */
	unameHost: string;
	hostHome: string;
	shell: 'bash' | 'zsh';
	/** Linux engine without binfmt: foreign-arch images fail with exec format error. */
	emulation: boolean;
	helloArch: string;
}

export function platformFacts(p: Platform): PlatformFacts {
	const base = {
		engineVersion: '28.5.2', apiVersion: '1.51', gitCommit: 'ecc6942', engineCommit: '89c5e8f', goVersion: 'go1.24.9',
	};
	// The three Docker Desktop hosts run the same Desktop release and engine build.
	const desktop = {
		...base, engineVersion: '28.5.1', gitCommit: 'e180ab8', engineCommit: 'f8215cc',
		desktop: true, desktopVersion: 'Docker Desktop 4.48.0 (207573)', ncpu: 8,
	};
	switch (p) {
		case 'macos':
			return {
				...desktop, os: 'linux', arch: 'arm64', machine: 'aarch64', platformString: 'linux/arm64/v8', detectedPlatform: 'linux/arm64/v8',
				kernel: '6.10.14-linuxkit', kernelBuild: '#1 SMP Thu Mar 20 16:32:56 UTC 2025', operatingSystem: 'Docker Desktop', osVersion: '',
				clientOsArch: 'darwin/arm64', context: 'desktop-linux',
				builder: 'docker:desktop-linux', name: 'docker-desktop', memory: 8_217_309_184, storageDriver: 'overlay2', dockerRoot: '/var/lib/docker',
				unameHost: 'Darwin dockside.local 24.6.0 Darwin Kernel Version 24.6.0: Mon Jul 14 11:30:40 PDT 2025; root:xnu-11417.140.69~1/RELEASE_ARM64_T6041 arm64',
				hostHome: '/Users/dev', shell: 'zsh', emulation: true, helloArch: 'arm64v8',
			};
		case 'windows':
			return {
				...desktop, os: 'linux', arch: 'amd64', machine: 'x86_64', platformString: 'linux/amd64', detectedPlatform: 'linux/amd64/v3',
				kernel: '6.6.87.2-microsoft-standard-WSL2', kernelBuild: '#1 SMP PREEMPT_DYNAMIC Thu Jun  5 18:30:46 UTC 2025', operatingSystem: 'Docker Desktop', osVersion: '',
				clientOsArch: 'windows/amd64', context: 'desktop-linux',
				builder: 'docker:desktop-linux', name: 'docker-desktop', memory: 16_646_684_672, storageDriver: 'overlay2', dockerRoot: '/var/lib/docker',
				unameHost: 'MINGW64_NT-10.0-26100 DOCKSIDE 3.6.4-b9f03e96.x86_64 2025-08-18 14:26 UTC x86_64 Msys',
				hostHome: '/c/Users/dev', shell: 'bash', emulation: true, helloArch: 'amd64',
			};
		case 'windows-containers':
			return {
				...desktop, os: 'windows', arch: 'amd64', machine: 'x86_64', platformString: 'windows/amd64 10.0.26100', detectedPlatform: 'windows/amd64',
				kernel: '10.0 26100 (26100.1.amd64fre.ge_release.240331-1435)', kernelBuild: '', operatingSystem: 'Microsoft Windows Version 24H2 (OS Build 26100.6899)', osVersion: '10.0 26100 (26100.1.amd64fre.ge_release.240331-1435)',
				clientOsArch: 'windows/amd64', context: 'desktop-windows',
				builder: 'docker:desktop-windows', name: 'DOCKSIDE', memory: 34_029_924_352, storageDriver: 'windowsfilter', dockerRoot: 'C:\\ProgramData\\Docker',
				unameHost: 'MINGW64_NT-10.0-26100 DOCKSIDE 3.6.4-b9f03e96.x86_64 2025-08-18 14:26 UTC x86_64 Msys',
				hostHome: '/c/Users/dev', shell: 'bash', emulation: false, helloArch: 'windows-amd64, nanoserver-ltsc2022',
			};
		default:
			return {
				...base, os: 'linux', arch: 'amd64', machine: 'x86_64', platformString: 'linux/amd64', detectedPlatform: 'linux/amd64/v3',
				kernel: '6.8.0-87-generic', kernelBuild: '#88-Ubuntu SMP PREEMPT_DYNAMIC Sat Oct 11 09:28:41 UTC 2025', operatingSystem: 'Ubuntu 24.04.3 LTS', osVersion: '24.04',
				desktop: false, desktopVersion: '', clientOsArch: 'linux/amd64', context: 'default',
				builder: 'docker:default', name: 'dockside', ncpu: 4, memory: 16_366_518_272, storageDriver: 'overlay2', dockerRoot: '/var/lib/docker',
				unameHost: 'Linux dockside 6.8.0-87-generic #88-Ubuntu SMP PREEMPT_DYNAMIC Sat Oct 11 09:28:41 UTC 2025 x86_64 x86_64 x86_64 GNU/Linux',
				hostHome: '/home/dev', shell: 'bash', emulation: false, helloArch: 'amd64',
			};
	}
}

export const PLATFORMS: readonly Platform[] = ['linux', 'macos', 'windows', 'windows-containers'];
