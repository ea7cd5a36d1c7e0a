// docker wait: block until each container stops, then print its exit code. A replay cannot
// block, so a container that would run forever is waited on as if the reader pressed Ctrl-C.
import type { Parsed } from '../shell/flags.ts';
import { findContainer } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

export const wait: CommandDef = {
	name: 'wait',
	group: 'container',
	top: 'wait',
	use: 'CONTAINER [CONTAINER...]',
	short: 'Block until one or more containers stop, then print their exit codes',
	args: { min: 1 },
	flags: [],
	run(ctx: Ctx, p: Parsed): number {
		let status = 0;
		for (const ref of p.args) {
			const c = findContainer(ctx.host, ref);
			if (!c) {
				ctx.io.err(`Error response from daemon: No such container: ${ref}\n`);
				status = 1;
				continue;
			}
			if (c.status === 'running') {
				// The process keeps running: docker wait would block until interrupted.
				ctx.io.out('^C\n');
				return 130;
			}
			ctx.io.out(`${c.exitCode}\n`);
		}
		return status;
	},
};
