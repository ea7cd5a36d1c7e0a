// docker rm: delete containers and their writable layer; named volumes stay, anonymous
// ones go with -v. A running container needs -f.
import { stopProcess } from '../container/runtime.ts';
import type { Parsed } from '../shell/flags.ts';
import { eachContainer } from './common.ts';
import { removeContainer } from './run.ts';
import type { CommandDef, Ctx } from './types.ts';

export const rm: CommandDef = {
	name: 'rm',
	group: 'container',
	top: 'rm',
	aliases: ['remove'],
	use: '[OPTIONS] CONTAINER [CONTAINER...]',
	short: 'Remove one or more containers',
	args: { min: 1 },
	flags: [
		{ long: 'force', short: 'f', type: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
		{ long: 'link', short: 'l', type: 'bool', usage: 'Remove the specified link' },
		{ long: 'volumes', short: 'v', type: 'bool', usage: 'Remove anonymous volumes associated with the container' },
	],
	run(ctx: Ctx, p: Parsed): number {
		return eachContainer(ctx, p.args, (c, ref) => {
			if (c.status === 'running') {
				if (p.flags.force !== true) {
					ctx.io.err(`Error response from daemon: cannot remove container "${ref}": container is running: stop the container before removing or force remove\n`);
					return false;
				}
				stopProcess(ctx.world, ctx.host, c, 'kill');
			}
			removeContainer(ctx, c, p.flags.volumes === true);
			ctx.io.out(`${ref}\n`);
			// cli rm.go: with --force a not-found error is printed and skipped, not returned.
		}, undefined, p.flags.force !== true);
	},
};
