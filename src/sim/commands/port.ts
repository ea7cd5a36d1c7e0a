// docker port: the published mappings of a container.
import type { Parsed } from '../shell/flags.ts';
import { findContainer } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

export const port: CommandDef = {
	name: 'port',
	group: 'container',
	top: 'port',
	use: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
	short: 'List port mappings or a specific mapping for the container',
	args: { min: 1, max: 2 },
	flags: [],
	run(ctx: Ctx, p: Parsed): number {
		const c = findContainer(ctx.host, p.args[0]!);
		if (!c) {
			ctx.io.err(`Error response from daemon: No such container: ${p.args[0]}\n`);
			return 1;
		}
		const want = p.args[1];
		const ports = c.status === 'running' ? c.ports : [];
		const shown = want ? ports.filter((b) => `${b.containerPort}/${b.proto}` === (want.includes('/') ? want : `${want}/tcp`)) : ports;
		if (want && shown.length === 0) {
			ctx.io.err(`Error: No public port '${want.includes('/') ? want : want + '/tcp'}' published for ${p.args[0]}\n`);
			return 1;
		}
		for (const b of shown) ctx.io.out(want ? `${b.hostIp === '::' ? '[::]' : b.hostIp}:${b.hostPort}\n` : `${b.containerPort}/${b.proto} -> ${b.hostIp === '::' ? '[::]' : b.hostIp}:${b.hostPort}\n`);
		return 0;
	},
};
