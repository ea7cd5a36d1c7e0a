// docker network create/ls/rm/inspect/connect/disconnect. Containers on the same
// user-defined network reach each other by name; on the default bridge they do not.
import { allocIp, newNetwork } from '../engine/world.ts';
import { table } from '../render/format.ts';
import type { Parsed } from '../shell/flags.ts';
import { findContainer, str } from './common.ts';
import { findNetwork, networkJson, printObjects } from './inspect.ts';
import type { CommandDef, Ctx } from './types.ts';

export const networkCreate: CommandDef = {
	name: 'create',
	group: 'network',
	use: '[OPTIONS] NETWORK',
	short: 'Create a network',
	args: { exact: 1 },
	flags: [
		{ long: 'attachable', type: 'bool', usage: 'Enable manual container attachment' },
		{ long: 'driver', short: 'd', type: 'string', usage: 'Driver to manage the Network', defValue: 'bridge' },
		{ long: 'internal', type: 'bool', usage: 'Restrict external access to the network' },
		{ long: 'label', type: 'list', usage: 'Set metadata on a network' },
		{ long: 'subnet', type: 'list', varName: 'strings', usage: 'Subnet in CIDR format that represents a network segment' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const name = p.args[0]!;
		if (Object.values(ctx.host.networks).some((n) => n.name === name)) {
			ctx.io.err(`Error response from daemon: network with name ${name} already exists\n`);
			return 1;
		}
		const driver = str(p.flags.driver) || (ctx.facts.os === 'windows' ? 'nat' : 'bridge');
		if (!['bridge', 'overlay', 'macvlan', 'ipvlan', 'nat', 'transparent'].includes(driver)) {
			ctx.io.err(`Error response from daemon: plugin "${driver}" not found\n`);
			return 1;
		}
		const used = Object.values(ctx.host.networks).filter((n) => n.driver === 'bridge' && !n.builtin).length;
		const net = newNetwork(ctx.world, name, driver, used + 1, false);
		ctx.host.networks[net.id] = net;
		ctx.io.out(`${net.id}\n`);
		return 0;
	},
};

export const networkLs: CommandDef = {
	name: 'ls',
	group: 'network',
	aliases: ['list'],
	use: '[OPTIONS]',
	short: 'List networks',
	args: { max: 0 },
	flags: [
		{ long: 'filter', short: 'f', type: 'list', varName: 'filter', usage: "Provide filter values (e.g. 'driver=bridge')" },
		{ long: 'format', type: 'string', usage: "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" },
		{ long: 'no-trunc', type: 'bool', usage: 'Do not truncate the output' },
		{ long: 'quiet', short: 'q', type: 'bool', usage: 'Only display network IDs' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const nets = Object.values(ctx.host.networks).sort((a, b) => (a.name < b.name ? -1 : 1));
		const id = (x: string) => (p.flags['no-trunc'] === true ? x : x.slice(0, 12));
		if (p.flags.quiet === true) {
			ctx.io.out(nets.map((n) => id(n.id) + '\n').join(''));
			return 0;
		}
		ctx.io.out(table([['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'], ...nets.map((n) => [id(n.id), n.name, n.driver, 'local'])]));
		return 0;
	},
};

export const networkRm: CommandDef = {
	name: 'rm',
	group: 'network',
	aliases: ['remove'],
	use: 'NETWORK [NETWORK...]',
	short: 'Remove one or more networks',
	args: { min: 1 },
	flags: [{ long: 'force', short: 'f', type: 'bool', usage: 'Do not error if the network does not exist' }],
	run(ctx: Ctx, p: Parsed): number {
		let status = 0;
		for (const ref of p.args) {
			const n = findNetwork(ctx.host, ref);
			if (!n) {
				if (p.flags.force === true) continue;
				ctx.io.err(`Error response from daemon: network ${ref} not found\n`);
				status = 1;
				continue;
			}
			if (n.builtin) {
				ctx.io.err(`Error response from daemon: ${n.name} is a pre-defined network and cannot be removed\n`);
				status = 1;
				continue;
			}
			const users = Object.values(ctx.host.containers).filter((c) => c.status === 'running' && c.endpoints.some((e) => e.network === n.name));
			if (users.length) {
				ctx.io.err(`Error response from daemon: error while removing network: network ${n.name} has active endpoints (${users.map((c) => `name:"${c.name}" id:"${c.id.slice(0, 12)}"`).join(', ')})\n`);
				status = 1;
				continue;
			}
			for (const c of Object.values(ctx.host.containers)) c.endpoints = c.endpoints.filter((e) => e.network !== n.name);
			delete ctx.host.networks[n.id];
			ctx.io.out(`${ref}\n`);
		}
		return status;
	},
};

export const networkInspect: CommandDef = {
	name: 'inspect',
	group: 'network',
	use: '[OPTIONS] NETWORK [NETWORK...]',
	short: 'Display detailed information on one or more networks',
	args: { min: 1 },
	flags: [{ long: 'format', short: 'f', type: 'string', usage: "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" }, { long: 'verbose', short: 'v', type: 'bool', usage: 'Verbose output for diagnostics' }],
	run(ctx: Ctx, p: Parsed): number {
		const found = p.args.map((r) => findNetwork(ctx.host, r)).filter((n) => n !== undefined).map((n) => networkJson(n!, ctx.host));
		printObjects(ctx, found, str(p.flags.format));
		const missing = p.args.filter((r) => !findNetwork(ctx.host, r));
		for (const m of missing) ctx.io.err(`Error response from daemon: network ${m} not found\n`);
		return missing.length ? 1 : 0;
	},
};

export const networkConnect: CommandDef = {
	name: 'connect',
	group: 'network',
	use: '[OPTIONS] NETWORK CONTAINER',
	short: 'Connect a container to a network',
	args: { exact: 2 },
	flags: [{ long: 'alias', type: 'list', varName: 'strings', usage: 'Add network-scoped alias for the container' }],
	run(ctx: Ctx, p: Parsed): number {
		const [netRef, cRef] = p.args as [string, string];
		const n = findNetwork(ctx.host, netRef);
		if (!n) {
			ctx.io.err(`Error response from daemon: network ${netRef} not found\n`);
			return 1;
		}
		const c = findContainer(ctx.host, cRef);
		if (!c) {
			ctx.io.err(`Error response from daemon: No such container: ${cRef}\n`);
			return 1;
		}
		if (c.endpoints.some((e) => e.network === n.name)) {
			ctx.io.err(`Error response from daemon: endpoint with name ${c.name} already exists in network ${n.name}\n`);
			return 1;
		}
		const mode = c.networkMode ?? 'bridge';
		// moby daemon/container_operations.go updateNetworkConfig: a host-mode container, or the
		// host network itself, cannot join anything else; none mode cannot be combined.
		if (mode === 'host' || n.driver === 'host') {
			ctx.io.err('Error response from daemon: container sharing network namespace with another container or host cannot be connected to any other network\n');
			return 1;
		}
		if (mode === 'none' || n.driver === 'null') {
			ctx.io.err('Error response from daemon: container cannot be connected to multiple networks with one of the networks in private (none) mode\n');
			return 1;
		}
		const aliases = Array.isArray(p.flags.alias) ? (p.flags.alias as string[]) : [];
		c.endpoints.push({ network: n.name, ip: allocIp(n), mac: `02:42:${ctx.world.hex(8).match(/../g)!.join(':')}`, endpointId: ctx.world.hex(64), aliases });
		return 0;
	},
};

export const networkDisconnect: CommandDef = {
	name: 'disconnect',
	group: 'network',
	use: '[OPTIONS] NETWORK CONTAINER',
	short: 'Disconnect a container from a network',
	args: { exact: 2 },
	flags: [{ long: 'force', short: 'f', type: 'bool', usage: 'Force the container to disconnect from a network' }],
	run(ctx: Ctx, p: Parsed): number {
		const [netRef, cRef] = p.args as [string, string];
		const n = findNetwork(ctx.host, netRef);
		const c = findContainer(ctx.host, cRef);
		if (!n) {
			ctx.io.err(`Error response from daemon: network ${netRef} not found\n`);
			return 1;
		}
		if (!c) {
			ctx.io.err(`Error response from daemon: No such container: ${cRef}\n`);
			return 1;
		}
		// moby daemon/container_operations.go DisconnectFromNetwork: the stopped path says "the network".
		if (!c.endpoints.some((e) => e.network === n.name)) {
			ctx.io.err(`Error response from daemon: container ${c.id} is not connected to ${c.status === 'running' ? '' : 'the '}network ${n.name}\n`);
			return 1;
		}
		if (c.status === 'running' && c.networkMode === 'host' && n.driver === 'host') {
			ctx.io.err('Error response from daemon: cannot disconnect container from host network - container was created in host network mode\n');
			return 1;
		}
		c.endpoints = c.endpoints.filter((e) => e.network !== n.name);
		return 0;
	},
};
