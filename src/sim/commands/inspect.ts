// docker inspect (and image/container/volume/network inspect): a realistic subset of the
// engine's JSON, indented as the CLI prints it, or a --format template per object.
import { hostPid } from '../container/processes.ts';
import { platformFacts } from '../engine/platform.ts';
import { findImage, imageSize } from '../engine/images.ts';
import { familiarString, parseReference } from '../engine/reference.ts';
import { sha256 } from '../engine/sha256.ts';
import type { Container, HostState, Image, Network, Volume } from '../engine/types.ts';
import { goJson, rfc3339 } from '../render/format.ts';
import { goStruct, renderTemplate } from '../render/template.ts';
import type { FlagSpec, Parsed } from '../shell/flags.ts';
import { findContainer, str } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

const nano = (ms: number) => (ms ? new Date(ms).toISOString().replace(/\.(\d{3})Z$/, (_m, f: string) => `.${f}${String((ms * 7919) % 1000000).padStart(6, '0')}Z`) : '0001-01-01T00:00:00Z');

export function imageJson(img: Image, host: HostState): Record<string, unknown> {
	const c = img.config;
	const exposed: Record<string, object> = {};
	for (const p of c.exposed) exposed[p] = {};
	const config: Record<string, unknown> = {};
	if (c.user) config.User = c.user;
	if (c.exposed.length) config.ExposedPorts = exposed;
	config.Env = c.env;
	if (c.entrypoint) config.Entrypoint = c.entrypoint;
	if (c.cmd) config.Cmd = c.cmd;
	if (c.volumes.length) config.Volumes = Object.fromEntries(c.volumes.map((v) => [v, {}]));
	if (c.workdir) config.WorkingDir = c.workdir;
	if (Object.keys(c.labels).length) config.Labels = c.labels;
	if (c.stopSignal) config.StopSignal = c.stopSignal;
	const facts = platformFacts(host.platform);
	const top = sha256(`diff ${img.id}`);
	return {
		Id: `sha256:${img.id}`,
		RepoTags: img.repoTags,
		RepoDigests: img.repoDigests,
		Parent: img.parent ? `sha256:${img.parent}` : '',
		Comment: img.history[img.history.length - 1]?.comment ?? '',
		Created: rfc3339(img.created),
		DockerVersion: '',
		Author: '',
		Config: config,
		Architecture: img.arch,
		...(img.arch === 'arm64' ? { Variant: 'v8' } : {}),
		Os: img.os,
		...(img.osVersion ? { OsVersion: img.osVersion } : {}),
		Size: imageSize(img),
		GraphDriver: facts.os === 'windows' ? { Data: { dir: `C:\\ProgramData\\Docker\\windowsfilter\\${top}` }, Name: 'windowsfilter' } : {
			Data: { LowerDir: img.layers.slice(0, -1).reverse().map((l) => `/var/lib/docker/overlay2/${sha256('dir ' + l.digest)}/diff`).join(':') || undefined, MergedDir: `/var/lib/docker/overlay2/${top}/merged`, UpperDir: `/var/lib/docker/overlay2/${top}/diff`, WorkDir: `/var/lib/docker/overlay2/${top}/work` },
			Name: 'overlay2',
		},
		RootFS: { Type: 'layers', Layers: img.layers.map((l) => `sha256:${sha256('diffid ' + l.digest)}`) },
		Metadata: { LastTagTime: '0001-01-01T00:00:00Z' },
	};
}

export function containerJson(c: Container, host: HostState): Record<string, unknown> {
	const ports: Record<string, Array<{ HostIp: string; HostPort: string }> | null> = {};
	for (const e of c.exposed) ports[e] = null;
	for (const p of c.ports) {
		const key = `${p.containerPort}/${p.proto}`;
		ports[key] = [...(ports[key] ?? []), goStruct({ HostIp: p.hostIp, HostPort: String(p.hostPort) })];
	}
	const networks: Record<string, unknown> = {};
	for (const ep of c.endpoints) {
		const net = Object.values(host.networks).find((n) => n.name === ep.network);
		networks[ep.network] = {
			IPAMConfig: null, Links: null, Aliases: ep.aliases.length ? ep.aliases : null, MacAddress: ep.mac, DriverOpts: null, GwPriority: 0,
			NetworkID: net?.id ?? '', EndpointID: c.status === 'running' ? ep.endpointId : '', Gateway: c.status === 'running' ? (net?.gateway ?? '') : '',
			IPAddress: c.status === 'running' ? ep.ip : '', IPPrefixLen: c.status === 'running' ? 16 : 0, IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0,
			DNSNames: ep.network === 'bridge' ? null : [c.name, c.id.slice(0, 12), ...ep.aliases],
		};
	}
	const bridge = c.endpoints.find((e) => e.network === 'bridge');
	const running = c.status === 'running';
	return {
		Id: c.id,
		Created: nano(c.created),
		Path: c.path,
		Args: c.args,
		State: {
			Status: c.paused && running ? 'paused' : c.status, Running: running, Paused: c.paused && running, Restarting: false, OOMKilled: c.oomKilled === true, Dead: false,
			Pid: running ? hostPid(c) : 0, ExitCode: c.exitCode, Error: c.startError,
			StartedAt: nano(c.started), FinishedAt: nano(c.finished),
		},
		Image: `sha256:${c.imageId}`,
		ResolvConfPath: `/var/lib/docker/containers/${c.id}/resolv.conf`,
		HostnamePath: `/var/lib/docker/containers/${c.id}/hostname`,
		HostsPath: `/var/lib/docker/containers/${c.id}/hosts`,
		LogPath: `/var/lib/docker/containers/${c.id}/${c.id}-json.log`,
		Name: `/${c.name}`,
		RestartCount: c.restartCount,
		Driver: 'overlay2',
		Platform: c.platform.split('/')[0],
		MountLabel: '',
		ProcessLabel: '',
		AppArmorProfile: '',
		HostConfig: {
			Binds: c.mounts.filter((m) => m.type === 'bind' && !m.viaMount).map((m) => `${m.source}:${m.destination}${m.readOnly ? ':ro' : ''}`),
			NetworkMode: c.networkMode ?? (c.endpoints[0]?.network === 'bridge' ? 'bridge' : (c.endpoints[0]?.network ?? 'none')),
			PortBindings: Object.fromEntries(c.ports.filter((p) => p.hostIp === '0.0.0.0').map((p) => [`${p.containerPort}/${p.proto}`, [goStruct({ HostIp: '', HostPort: String(p.hostPort) })]])),
			RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
			AutoRemove: c.autoRemove,
		},
		// daemon/volumes.go: Mode is the -v mode string ('z' for volumes given without one).
		Mounts: c.mounts.map((m) => (m.type === 'volume'
			? { Type: 'volume', Name: m.source, Source: `/var/lib/docker/volumes/${m.source}/_data`, Destination: m.destination, Driver: 'local', Mode: m.readOnly && !m.viaMount ? 'ro' : 'z', RW: !m.readOnly, Propagation: '' }
			: m.type === 'tmpfs'
				? { Type: 'tmpfs', Source: '', Destination: m.destination, Mode: '', RW: !m.readOnly, Propagation: '' }
				: { Type: 'bind', Source: m.source, Destination: m.destination, Mode: m.readOnly && !m.viaMount ? 'ro' : '', RW: !m.readOnly, Propagation: 'rprivate' })),
		Config: {
			Hostname: c.hostname, Domainname: '', User: c.user, AttachStdin: c.interactive, AttachStdout: true, AttachStderr: true,
			...(c.exposed.length ? { ExposedPorts: Object.fromEntries(c.exposed.map((e) => [e, {}])) } : {}),
			Tty: c.tty, OpenStdin: c.interactive, StdinOnce: c.interactive, Env: c.env, Cmd: c.args.length ? c.args : null, Image: c.image,
			Volumes: null, WorkingDir: c.workdir, Entrypoint: null, Labels: c.labels ?? {},
		},
		NetworkSettings: {
			Bridge: '', SandboxID: running ? sha256('sandbox ' + c.id) : '', SandboxKey: running ? `/var/run/docker/netns/${c.id.slice(0, 12)}` : '',
			Ports: ports,
			HairpinMode: false, LinkLocalIPv6Address: '', LinkLocalIPv6PrefixLen: 0, SecondaryIPAddresses: null, SecondaryIPv6Addresses: null,
			EndpointID: running && bridge ? bridge.endpointId : '', Gateway: running && bridge ? '172.17.0.1' : '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0,
			IPAddress: running && bridge ? bridge.ip : '', IPPrefixLen: running && bridge ? 16 : 0, IPv6Gateway: '', MacAddress: running && bridge ? bridge.mac : '',
			Networks: networks,
		},
	};
}

export function volumeJson(v: Volume): Record<string, unknown> {
	return { CreatedAt: rfc3339(v.created), Driver: 'local', Labels: v.anonymous ? { 'com.docker.volume.anonymous': '' } : (v.labels ?? null), Mountpoint: `/var/lib/docker/volumes/${v.name}/_data`, Name: v.name, Options: null, Scope: 'local' };
}

export function networkJson(n: Network, host: HostState): Record<string, unknown> {
	const containers: Record<string, unknown> = {};
	for (const c of Object.values(host.containers)) {
		if (c.status !== 'running') continue;
		const ep = c.endpoints.find((e) => e.network === n.name);
		if (ep) containers[c.id] = { Name: c.name, EndpointID: ep.endpointId, MacAddress: ep.ip ? ep.mac : '', IPv4Address: ep.ip ? `${ep.ip}/${n.subnet.split('/')[1] ?? '16'}` : '', IPv6Address: '' };
	}
	return {
		Name: n.name, Id: n.id, Created: nano(n.created), Scope: 'local', Driver: n.driver, EnableIPv4: true, EnableIPv6: false,
		IPAM: { Driver: 'default', Options: null, Config: n.subnet ? [{ Subnet: n.subnet, Gateway: n.gateway }] : null },
		Internal: false, Attachable: false, Ingress: false, ConfigFrom: { Network: '' }, ConfigOnly: false, Containers: containers,
		Options: n.name === 'bridge' ? { 'com.docker.network.bridge.default_bridge': 'true', 'com.docker.network.bridge.enable_icc': 'true', 'com.docker.network.bridge.enable_ip_masquerade': 'true', 'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0', 'com.docker.network.bridge.name': 'docker0', 'com.docker.network.driver.mtu': '1500' } : {},
		Labels: n.labels ?? {},
	};
}

export function printObjects(ctx: Ctx, objects: unknown[], format: string): number {
	if (format) {
		for (const o of objects) {
			const res = renderTemplate(format, o);
			if (!res.ok) {
				ctx.io.err(res.error + '\n');
				return 1;
			}
			ctx.io.out(res.text + '\n');
		}
		return 0;
	}
	ctx.io.out(goJson(objects) + '\n');
	return 0;
}

const FORMAT: FlagSpec = { long: 'format', short: 'f', type: 'string', usage: "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" };

function findNetwork(host: HostState, ref: string): Network | undefined {
	return Object.values(host.networks).find((n) => n.name === ref || n.id === ref || (ref.length >= 3 && n.id.startsWith(ref)));
}

export const inspect: CommandDef = {
	name: 'inspect',
	group: '',
	use: '[OPTIONS] NAME|ID [NAME|ID...]',
	short: 'Return low-level information on Docker objects',
	args: { min: 1 },
	flags: [FORMAT, { long: 'size', short: 's', type: 'bool', usage: 'Display total file sizes if the type is container' }, { long: 'type', type: 'string', usage: 'Only inspect objects of the given type' }],
	run(ctx: Ctx, p: Parsed): number {
		const found: unknown[] = [];
		const missing: string[] = [];
		const type = str(p.flags.type);
		for (const ref of p.args) {
			const c = !type || type === 'container' ? findContainer(ctx.host, ref) : undefined;
			if (c) {
				found.push(containerJson(c, ctx.host));
				continue;
			}
			const img = !type || type === 'image' ? findImage(ctx.host, ref) : undefined;
			if (img) {
				found.push(imageJson(img, ctx.host));
				continue;
			}
			const net = !type || type === 'network' ? findNetwork(ctx.host, ref) : undefined;
			if (net) {
				found.push(networkJson(net, ctx.host));
				continue;
			}
			const vol = !type || type === 'volume' ? ctx.host.volumes[ref] : undefined;
			if (vol) {
				found.push(volumeJson(vol));
				continue;
			}
			missing.push(ref);
		}
		const status = printObjects(ctx, found, str(p.flags.format));
		if (found.length === 0 && !str(p.flags.format)) {
			/* `[]` is already printed */
		}
		for (const m of missing) ctx.io.err(`Error: No such object: ${m}\n`);
		return missing.length ? 1 : status;
	},
};

export const imageInspect: CommandDef = {
	name: 'inspect',
	group: 'image',
	use: '[OPTIONS] IMAGE [IMAGE...]',
	short: 'Display detailed information on one or more images',
	args: { min: 1 },
	flags: [FORMAT, { long: 'platform', type: 'string', usage: 'Inspect a specific platform of the multi-platform image.' }],
	run(ctx: Ctx, p: Parsed): number {
		const found: unknown[] = [];
		let status = 0;
		const errs: string[] = [];
		for (const ref of p.args) {
			const img = findImage(ctx.host, ref);
			if (img) found.push(imageJson(img, ctx.host));
			else {
				const r = parseReference(ref);
				errs.push(`Error response from daemon: No such image: ${r.ok ? familiarString(r.ref) : ref}\n`);
				status = 1;
			}
		}
		printObjects(ctx, found, str(p.flags.format));
		for (const e of errs) ctx.io.err(e);
		return status;
	},
};

export const containerInspect: CommandDef = {
	name: 'inspect',
	group: 'container',
	use: '[OPTIONS] CONTAINER [CONTAINER...]',
	short: 'Display detailed information on one or more containers',
	args: { min: 1 },
	flags: [FORMAT, { long: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' }],
	run(ctx: Ctx, p: Parsed): number {
		const found: unknown[] = [];
		const errs: string[] = [];
		for (const ref of p.args) {
			const c = findContainer(ctx.host, ref);
			if (c) found.push(containerJson(c, ctx.host));
			else errs.push(`Error response from daemon: No such container: ${ref}\n`);
		}
		printObjects(ctx, found, str(p.flags.format));
		for (const e of errs) ctx.io.err(e);
		return errs.length ? 1 : 0;
	},
};

export { findNetwork };
