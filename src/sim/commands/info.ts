// docker info: client plugins and the engine's view of itself. On Docker Desktop the
// kernel and operating system are the Linux VM's, not the Mac's or Windows'.
import { sha256 } from '../engine/sha256.ts';
import type { Parsed } from '../shell/flags.ts';
import type { CommandDef, Ctx } from './types.ts';

function gib(bytes: number): string {
	return `${(bytes / 1024 ** 3).toFixed(2).replace(/\.?0+$/, '')}GiB`;
}

export const info: CommandDef = {
	name: 'info',
	group: 'system',
	top: 'info',
	use: '[OPTIONS]',
	short: 'Display system-wide information',
	args: { max: 0 },
	flags: [{ long: 'format', short: 'f', type: 'string', usage: "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" }],
	run(ctx: Ctx, p: Parsed): number {
		const f = ctx.facts;
		const cs = Object.values(ctx.host.containers);
		const running = cs.filter((c) => c.status === 'running').length;
		const format = typeof p.flags.format === 'string' ? p.flags.format : '';
		if (format) {
			const fields: Record<string, string> = { '.OperatingSystem': f.operatingSystem, '.KernelVersion': f.kernel, '.Architecture': f.machine, '.OSType': f.os, '.ServerVersion': f.engineVersion, '.NCPU': String(f.ncpu), '.Name': f.name, '.Driver': f.storageDriver, '.Containers': String(cs.length), '.Images': String(Object.keys(ctx.host.images).length) };
			ctx.io.out(format.replace(/\{\{\s*(\.[A-Za-z]+)\s*\}\}/g, (_m, k: string) => fields[k] ?? '<no value>') + '\n');
			return 0;
		}
		const pluginDir = f.clientOsArch.startsWith('darwin') ? '/Users/dev/.docker/cli-plugins' : f.clientOsArch.startsWith('windows') ? 'C:\\Program Files\\Docker\\cli-plugins' : '/usr/libexec/docker/cli-plugins';
		const ext = f.clientOsArch.startsWith('windows') ? '.exe' : '';
		const sep = f.clientOsArch.startsWith('windows') ? '\\' : '/';
		let out = `Client:${f.desktop ? '' : ' Docker Engine - Community'}\n Version:    ${f.engineVersion}\n Context:    ${f.context}\n Debug Mode: false\n Plugins:\n`;
		out += `  buildx: Docker Buildx (Docker Inc.)\n    Version:  v0.29.1${f.desktop ? '-desktop.1' : ''}\n    Path:     ${pluginDir}${sep}docker-buildx${ext}\n`;
		out += `  compose: Docker Compose (Docker Inc.)\n    Version:  v2.40.3${f.desktop ? '-desktop.1' : ''}\n    Path:     ${pluginDir}${sep}docker-compose${ext}\n`;
		out += `\nServer:\n Containers: ${cs.length}\n  Running: ${running}\n  Paused: 0\n  Stopped: ${cs.length - running}\n Images: ${Object.keys(ctx.host.images).length}\n Server Version: ${f.engineVersion}\n Storage Driver: ${f.storageDriver}\n`;
		if (f.os === 'windows') {
			out += ` Logging Driver: json-file\n Plugins:\n  Volume: local\n  Network: ics internal l2bridge l2tunnel nat null overlay private transparent\n  Log: awslogs etwlogs fluentd gcplogs gelf json-file local splunk syslog\n CDI spec directories:\n  C:\\ProgramData\\docker\\cdi\n Swarm: inactive\n Default Isolation: hyperv\n`;
		} else {
			out += `  Backing Filesystem: extfs\n  Supports d_type: true\n  Using metacopy: false\n  Native Overlay Diff: true\n  userxattr: false\n Logging Driver: json-file\n Cgroup Driver: ${f.desktop ? 'cgroupfs' : 'systemd'}\n Cgroup Version: 2\n Plugins:\n  Volume: local\n  Network: bridge host ipvlan macvlan null overlay\n  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog\n CDI spec directories:\n  /etc/cdi\n  /var/run/cdi\n Swarm: inactive\n Runtimes: io.containerd.runc.v2 runc\n Default Runtime: runc\n Init Binary: docker-init\n containerd version: ${f.desktop ? '05044ec0a9a75232cad458027ca83437aae3f4da' : '442cb34bda9a6a0fed82a2ca7cade05c5c749582'}\n runc version: ${f.desktop ? 'v1.2.5-0-g59923ef' : 'v1.3.3-0-gd842d771'}\n init version: de40ad0\n Security Options:\n  ${f.desktop ? 'seccomp' : 'apparmor\n  seccomp'}\n   Profile: builtin\n  cgroupns\n`;
		}
		out += ` Kernel Version: ${f.kernel}\n Operating System: ${f.operatingSystem}\n OSType: ${f.os}\n Architecture: ${f.machine}\n CPUs: ${f.ncpu}\n Total Memory: ${gib(f.memory)}\n Name: ${f.name}\n`;
		const id = sha256('engine ' + ctx.host.name + ctx.host.platform);
		out += ` ID: ${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}\n Docker Root Dir: ${f.dockerRoot}\n Debug Mode: false\n`;
		if (f.desktop) out += ' HTTP Proxy: http.docker.internal:3128\n HTTPS Proxy: http.docker.internal:3128\n No Proxy: hubproxy.docker.internal\n Labels:\n  com.docker.desktop.address=' + (f.clientOsArch.startsWith('darwin') ? 'unix:///Users/dev/Library/Containers/com.docker.docker/Data/docker-cli.sock' : 'npipe://\\\\.\\pipe\\docker_cli') + '\n';
		out += ' Experimental: false\n Insecure Registries:\n  hubproxy.docker.internal:5555\n  ::1/128\n  127.0.0.0/8\n Live Restore Enabled: false\n';
		ctx.io.out(out.replace(' Insecure Registries:\n  hubproxy.docker.internal:5555\n', f.desktop ? ' Insecure Registries:\n  hubproxy.docker.internal:5555\n' : ' Insecure Registries:\n'));
		return 0;
	},
};
