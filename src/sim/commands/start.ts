// docker start: start created or stopped containers again (their writable layer is still
// there); `-a`/`-i` attach to the output or the shell.
import type { Parsed } from '../shell/flags.ts';
import { findContainer } from './common.ts';
import { attach, startContainer } from './run.ts';
import type { CommandDef, Ctx } from './types.ts';

export const start: CommandDef = {
	name: 'start',
	group: 'container',
	top: 'start',
	use: '[OPTIONS] CONTAINER [CONTAINER...]',
	short: 'Start one or more stopped containers',
	args: { min: 1 },
	flags: [
		{ long: 'attach', short: 'a', type: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' },
		{ long: 'interactive', short: 'i', type: 'bool', usage: "Attach container's STDIN" },
	],
	run(ctx: Ctx, p: Parsed): number {
		const failed: string[] = [];
		const attachOut = p.flags.attach === true || p.flags.interactive === true;
		for (const ref of p.args) {
			const c = findContainer(ctx.host, ref);
			if (!c) {
				ctx.io.err(`Error response from daemon: No such container: ${ref}\n`);
				failed.push(ref);
				continue;
			}
			if (c.status === 'running') {
				if (!attachOut) ctx.io.out(`${ref}\n`);
				continue;
			}
			const res = startContainer(ctx, c, attachOut ? ctx.io : null);
			if (res.error) {
				ctx.io.err(`Error response from daemon: ${res.error}\n`);
				failed.push(ref);
				continue;
			}
			if (attachOut && (c.status as string) === 'running' && c.interactive && c.tty && p.flags.interactive === true) {
				const name = (c.args[0] ?? c.path).split('/').pop();
				attach(ctx, c, false, name === 'bash' ? 'bash' : name === 'python3' ? 'python' : name === 'node' ? 'node' : 'sh', ctx.io);
				continue;
			}
			if (!attachOut) ctx.io.out(`${ref}\n`);
		}
		if (failed.length) {
			ctx.io.err(`Error: failed to start containers: ${failed.join(', ')}\n`);
			return 1;
		}
		return 0;
	},
};
