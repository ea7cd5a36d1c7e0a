// docker restart: stop (with the same timeout rules as stop), then start again.
import type { Parsed } from '../shell/flags.ts';
import { eachContainer } from './common.ts';
import { startContainer } from './run.ts';
import { stopOne } from './stop.ts';
import type { CommandDef, Ctx } from './types.ts';

export const restart: CommandDef = {
	name: 'restart',
	group: 'container',
	top: 'restart',
	use: '[OPTIONS] CONTAINER [CONTAINER...]',
	short: 'Restart one or more containers',
	args: { min: 1 },
	flags: [
		{ long: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' },
		{ long: 'timeout', short: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const timeout = typeof p.flags.timeout === 'number' ? Math.max(0, p.flags.timeout) : 10;
		return eachContainer(ctx, p.args, (c, ref) => {
			stopOne(ctx, c, timeout);
			const res = startContainer(ctx, c, null);
			if (res.error) {
				ctx.io.err(`Error response from daemon: Cannot restart container ${ref}: ${res.error}\n`);
				return false;
			}
			ctx.io.out(`${ref}\n`);
		});
	},
};
