// docker kill: SIGKILL at once (exit 137); the container must be running.
import { stopProcess } from '../container/runtime.ts';
import type { Parsed } from '../shell/flags.ts';
import { findContainer } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

export const kill: CommandDef = {
	name: 'kill',
	group: 'container',
	top: 'kill',
	use: '[OPTIONS] CONTAINER [CONTAINER...]',
	short: 'Kill one or more running containers',
	args: { min: 1 },
	flags: [{ long: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' }],
	run(ctx: Ctx, p: Parsed): number {
		let status = 0;
		for (const ref of p.args) {
			const c = findContainer(ctx.host, ref);
			if (!c) {
				ctx.io.err(`Error response from daemon: cannot kill container: ${ref}: No such container: ${ref}\n`);
				status = 1;
				continue;
			}
			if (c.status !== 'running') {
				ctx.io.err(`Error response from daemon: cannot kill container: ${ref}: container ${c.id} is not running\n`);
				status = 1;
				continue;
			}
			stopProcess(ctx.world, ctx.host, c, 'kill');
			ctx.io.out(`${ref}\n`);
			if (c.autoRemove) delete ctx.host.containers[c.id];
		}
		return status;
	},
};
