// docker ps / docker container ls: running containers (all with -a), newest first.
import { catchUp } from '../container/runtime.ts';
import type { Container, PortBinding } from '../engine/types.ts';
import { ellipsis, goQuote, humanDuration, table } from '../render/format.ts';
import { formatRows } from '../render/template.ts';
import type { Parsed } from '../shell/flags.ts';
import { containersNewestFirst, list, str } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

export function commandString(c: Container): string {
	return [c.path, ...c.args].map((a, i) => (i > 0 && a.includes(' ') ? `'${a}'` : a)).join(' ');
}

export function statusString(c: Container, now: number): string {
	if (c.status === 'running') return `Up ${humanDuration(now - c.started)}${c.paused ? ' (Paused)' : c.health === 'starting' ? ' (health: starting)' : c.health ? ` (${c.health})` : ''}`;
	if (c.status === 'exited') return `Exited (${c.exitCode}) ${humanDuration(now - c.finished)} ago`;
	return 'Created';
}

/** The engine's State string: a paused container is still running, but reports `paused`. */
export function stateOf(c: Container): string {
	return c.status === 'running' && c.paused ? 'paused' : c.status;
}

/** cli DisplayablePorts: published mappings, then exposed ports grouped into ranges. */
export function portsString(c: Container): string {
	if (c.status !== 'running') return '';
	type Item = { key: number; text: string; ip: string };
	const items: Item[] = [];
	const ipText = (b: PortBinding) => (b.hostIp === '::' ? '[::]' : b.hostIp);
	const published = new Set<string>();
	for (const b of c.ports) {
		items.push({ key: b.containerPort, ip: b.hostIp, text: `${ipText(b)}:${b.hostPort}->${b.containerPort}/${b.proto}` });
		published.add(`${b.containerPort}/${b.proto}`);
	}
	const bare = c.exposed.filter((e) => !published.has(e)).map((e) => ({ port: Number(e.split('/')[0]), proto: e.split('/')[1]! })).sort((a, b) => a.port - b.port);
	let i = 0;
	while (i < bare.length) {
		let j = i;
		while (j + 1 < bare.length && bare[j + 1]!.port === bare[j]!.port + 1 && bare[j + 1]!.proto === bare[i]!.proto) j++;
		items.push({ key: bare[i]!.port, ip: '', text: i === j ? `${bare[i]!.port}/${bare[i]!.proto}` : `${bare[i]!.port}-${bare[j]!.port}/${bare[i]!.proto}` });
		i = j + 1;
	}
	items.sort((a, b) => a.key - b.key || (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0));
	return items.map((x) => x.text).join(', ');
}

export const ps: CommandDef = {
	name: 'ls',
	group: 'container',
	top: 'ps',
	aliases: ['list', 'ps'],
	use: '[OPTIONS]',
	short: 'List containers',
	args: { max: 0 },
	flags: [
		{ long: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
		{ long: 'filter', short: 'f', type: 'list', varName: 'filter', usage: 'Filter output based on conditions provided' },
		{ long: 'format', type: 'string', usage: "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" },
		{ long: 'last', short: 'n', type: 'int', usage: 'Show n last created containers (includes all states)', defValue: '-1' },
		{ long: 'latest', short: 'l', type: 'bool', usage: 'Show the latest created container (includes all states)' },
		{ long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
		{ long: 'quiet', short: 'q', type: 'bool', usage: 'Only display container IDs' },
		{ long: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const now = ctx.world.now();
		for (const c of Object.values(ctx.host.containers)) catchUp(ctx.world, ctx.host, c);
		let cs = containersNewestFirst(ctx.host);
		const last = typeof p.flags.last === 'number' ? p.flags.last : -1;
		const all = p.flags.all === true || last > 0 || p.flags.latest === true;
		if (!all) cs = cs.filter((c) => c.status === 'running');
		if (p.flags.latest === true) cs = cs.slice(0, 1);
		if (last > 0) cs = cs.slice(0, last);
		for (const f of list(p.flags.filter)) {
			const eq = f.indexOf('=');
			const k = f.slice(0, eq);
			const v = f.slice(eq + 1);
			if (eq < 0 || !['status', 'name', 'ancestor', 'id', 'exited', 'label', 'network', 'volume'].includes(k)) {
				ctx.io.err(`Error response from daemon: invalid filter '${eq < 0 ? f : k}'\n`);
				return 1;
			}
			if (k === 'status') {
				if (!['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'].includes(v)) {
					ctx.io.err(`Error response from daemon: invalid filter 'status=${v}'\n`);
					return 1;
				}
				cs = containersNewestFirst(ctx.host).filter((c) => stateOf(c) === v);
			}
			if (k === 'name') cs = cs.filter((c) => c.name.includes(v));
			if (k === 'id') cs = cs.filter((c) => c.id.startsWith(v));
			if (k === 'ancestor') cs = cs.filter((c) => c.image === v || c.image.split(':')[0] === v || c.imageId.startsWith(v));
			if (k === 'exited') cs = cs.filter((c) => c.status === 'exited' && String(c.exitCode) === v);
			if (k === 'network') cs = cs.filter((c) => c.endpoints.some((e) => e.network === v));
		}
		const noTrunc = p.flags['no-trunc'] === true;
		if (p.flags.quiet === true) {
			ctx.io.out(cs.map((c) => (noTrunc ? c.id : c.id.slice(0, 12)) + '\n').join(''));
			return 0;
		}
		const rows = cs.map((c) => ({
			ID: noTrunc ? c.id : c.id.slice(0, 12),
			Image: c.image,
			Command: noTrunc ? goQuote(commandString(c)) : goQuote(ellipsis(commandString(c), 20)),
			RunningFor: `${humanDuration(now - c.created)} ago`,
			CreatedAt: new Date(c.created).toISOString().replace('T', ' ').slice(0, 19) + ' +0000 UTC',
			Status: statusString(c, now),
			State: stateOf(c),
			Ports: portsString(c),
			Names: c.name,
			Networks: c.endpoints.map((e) => e.network).join(','),
			Mounts: c.mounts.map((m) => (m.source.length === 64 ? m.source.slice(0, 12) + '…' : m.source)).join(','),
			Size: '0B (virtual 0B)',
			Labels: '',
		}));
		const format = str(p.flags.format);
		if (format && format !== 'table') {
			const res = formatRows(format, rows, { ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', RunningFor: 'CREATED', CreatedAt: 'CREATED AT', Status: 'STATUS', State: 'STATE', Ports: 'PORTS', Names: 'NAMES', Networks: 'NETWORKS', Mounts: 'MOUNTS', Size: 'SIZE', Labels: 'LABELS' });
			if (!res.ok) {
				ctx.io.err(res.error + '\n');
				return 1;
			}
			ctx.io.out(res.text);
			return 0;
		}
		const head = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
		if (p.flags.size === true) head.push('SIZE');
		ctx.io.out(table([head, ...rows.map((r) => [r.ID, r.Image, r.Command, r.RunningFor, r.Status, r.Ports, r.Names, ...(p.flags.size === true ? ['0B (virtual 0B)'] : [])])]));
		return 0;
	},
};
