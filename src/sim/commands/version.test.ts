import { expect, test } from 'vitest';
import { sim } from '../testing.ts';

test('docker version on a Linux engine', () => {
	const { run } = sim('linux');
	const r = run('docker version');
	expect(r.exitCode).toBe(0);
	expect(r.stderr).toBe('');
	expect(r.stdout).toBe(`Client: Docker Engine - Community
 Version:           28.5.2
 API version:       1.51
 Go version:        go1.24.9
 Git commit:        ecc6942
 Built:             Wed Nov  5 14:43:49 2025
 OS/Arch:           linux/amd64
 Context:           default

Server: Docker Engine - Community
 Engine:
  Version:          28.5.2
  API version:      1.51 (minimum version 1.24)
  Go version:       go1.24.9
  Git commit:       89c5e8f
  Built:            Wed Nov  5 14:43:49 2025
  OS/Arch:          linux/amd64
  Experimental:     false
 containerd:
  Version:          v1.7.29
  GitCommit:        442cb34bda9a6a0fed82a2ca7cade05c5c749582
 runc:
  Version:          1.3.3
  GitCommit:        v1.3.3-0-gd842d771
 docker-init:
  Version:          0.19.0
  GitCommit:        de40ad0
`);
});

test('docker --version and -v print the short form', () => {
	const { run } = sim('linux');
	expect(run('docker --version').stdout).toBe('Docker version 28.5.2, build ecc6942\n');
	expect(run('docker -v').stdout).toBe('Docker version 28.5.2, build ecc6942\n');
});

test('Docker Desktop on a Mac: darwin client, linux/arm64 server in the VM', () => {
	const { run } = sim('macos');
	const out = run('docker version').stdout;
	expect(out).toContain(' OS/Arch:           darwin/arm64\n Context:           desktop-linux\n');
	expect(out).toContain('Server: Docker Desktop 4.48.0 (207573)\n');
	expect(out).toContain('  OS/Arch:          linux/arm64\n');
});

test('Windows containers mode: the server is windows/amd64', () => {
	const { run } = sim('windows-containers');
	const out = run('docker version').stdout;
	expect(out).toContain('  OS/Arch:          windows/amd64\n');
	expect(out).not.toContain('runc');
});

test('docker version accepts no arguments', () => {
	const { run } = sim();
	const r = run('docker version x');
	expect(r.exitCode).toBe(1);
	expect(r.stderr).toBe("docker: 'docker version' accepts no arguments\n\nUsage:  docker version [OPTIONS]\n\nRun 'docker version --help' for more information\n");
});

// docker/cli system/version.go: the template runs on versionInfo with Go field names; a parse
// error is "template parsing error: template: version:…" with exit status 64.
test("--format templates over Client and Server", () => {
	const { host } = sim("linux");
	expect(host.exec('docker version --format "{{.Client.Version}}"', { tty: false }).stdout).toBe("28.5.2\n");
	expect(host.exec('docker version -f "{{.Client.APIVersion}} {{.Server.MinAPIVersion}}"', { tty: false }).stdout).toBe("1.51 1.24\n");
	expect(host.exec('docker version -f "{{.Server.Os}}/{{.Server.Arch}}"', { tty: false }).stdout).toBe("linux/amd64\n");
	const bad = host.exec('docker version -f "{{.Client"', { tty: false });
	expect(bad.exitCode).toBe(64);
	expect(bad.stderr).toBe("template parsing error: template: version:1: unclosed action\n");
	expect(host.exec("docker version --format json", { tty: false }).stdout).toContain('"ApiVersion":"1.51"');
});
