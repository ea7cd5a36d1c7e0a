// docker pause / unpause: freeze and thaw a running container's processes (moby daemon/pause.go,
// unpause.go). A paused container stays running: ps shows `Up … (Paused)`, exec is refused.
import type { Parsed } from '../shell/flags.ts';
import { eachContainer } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

export const pause: CommandDef = {
	name: 'pause',
	group: 'container',
	top: 'pause',
	use: 'CONTAINER [CONTAINER...]',
	short: 'Pause all processes within one or more containers',
	args: { min: 1 },
	flags: [],
	run(ctx: Ctx, p: Parsed): number {
		return eachContainer(ctx, p.args, (c, ref) => {
			if (c.status !== 'running') {
				ctx.io.err(`Error response from daemon: container ${c.id} is not running\n`);
				return false;
			}
			if (c.paused) {
				ctx.io.err(`Error response from daemon: Container ${c.id} is already paused\n`);
				return false;
			}
			c.paused = true;
			ctx.io.out(`${ref}\n`);
		});
	},
};

export const unpause: CommandDef = {
	name: 'unpause',
	group: 'container',
	top: 'unpause',
	use: 'CONTAINER [CONTAINER...]',
	short: 'Unpause all processes within one or more containers',
	args: { min: 1 },
	flags: [],
	run(ctx: Ctx, p: Parsed): number {
		return eachContainer(ctx, p.args, (c, ref) => {
			if (!c.paused || c.status !== 'running') {
				ctx.io.err(`Error response from daemon: Container ${c.id} is not paused\n`);
				return false;
			}
			c.paused = false;
			ctx.io.out(`${ref}\n`);
		});
	},
};
