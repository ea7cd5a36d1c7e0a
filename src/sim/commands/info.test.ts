import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test('docker info on a Linux engine reports the host kernel and overlay2', () => {
	const { run } = sim('linux');
	run('docker run hello-world');
	const r = run('docker info');
	expect(r.exitCode).toBe(0);
	const lines = r.stdout.split('\n');
	expect(lines.slice(0, 12)).toEqual([
		'Client: Docker Engine - Community',
		' Version:    28.5.2',
		' Context:    default',
		' Debug Mode: false',
		' Plugins:',
		'  buildx: Docker Buildx (Docker Inc.)',
		'    Version:  v0.29.1',
		'    Path:     /usr/libexec/docker/cli-plugins/docker-buildx',
		'  compose: Docker Compose (Docker Inc.)',
		'    Version:  v2.40.3',
		'    Path:     /usr/libexec/docker/cli-plugins/docker-compose',
		'',
	]);
	expect(lines.slice(12, 22)).toEqual(['Server:', ' Containers: 1', '  Running: 0', '  Paused: 0', '  Stopped: 1', ' Images: 1', ' Server Version: 28.5.2', ' Storage Driver: overlay2', '  Backing Filesystem: extfs', '  Supports d_type: true']);
	expect(r.stdout).toContain(' Kernel Version: 6.8.0-87-generic\n Operating System: Ubuntu 24.04.3 LTS\n OSType: linux\n Architecture: x86_64\n CPUs: 4\n Total Memory: 15.24GiB\n Name: dockside\n');
});

test('Docker Desktop on a Mac reports the Linux VM kernel, not Darwin', () => {
	const { run } = sim('macos');
	const out = run('docker info').stdout;
	expect(out).toContain(' Kernel Version: 6.10.14-linuxkit\n Operating System: Docker Desktop\n OSType: linux\n Architecture: aarch64\n');
	expect(out).not.toContain('Darwin');
});

test('Docker Desktop on Windows (WSL 2) reports the WSL kernel', () => {
	const { run } = sim('windows');
	expect(run('docker info').stdout).toContain(' Kernel Version: 6.6.87.2-microsoft-standard-WSL2\n Operating System: Docker Desktop\n OSType: linux\n Architecture: x86_64\n');
});

test('Windows containers mode reports a Windows kernel and windowsfilter', () => {
	const { run } = sim('windows-containers');
	const out = run('docker info').stdout;
	expect(out).toContain(' Storage Driver: windowsfilter\n');
	expect(out).toContain(' OSType: windows\n');
});

test('docker info --format picks fields', () => {
	const { run } = sim('macos');
	expect(run("docker info --format '{{.OperatingSystem}} {{.KernelVersion}}'").stdout).toBe('Docker Desktop 6.10.14-linuxkit\n');
});
