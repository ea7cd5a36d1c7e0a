// docker kill: SIGKILL at once (exit 137); the container must be running.
import { stopProcess } from '../container/runtime.ts';
import type { Parsed } from '../shell/flags.ts';
import { eachContainer } from './common.ts';
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
		const cannot = (ref: string) => `cannot kill container: ${ref}: `;
		return eachContainer(
			ctx,
			p.args,
			(c, ref) => {
				if (c.status !== 'running') {
					ctx.io.err(`Error response from daemon: ${cannot(ref)}container ${c.id} is not running\n`);
					return false;
				}
				stopProcess(ctx.world, ctx.host, c, 'kill');
				ctx.io.out(`${ref}\n`);
				if (c.autoRemove) delete ctx.host.containers[c.id];
			},
			(ref) => `${cannot(ref)}No such container: ${ref}`,
		);
	},
};
