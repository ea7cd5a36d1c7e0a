// docker attach: the CLI inspects first and refuses stopped or paused containers in its own
// words (cli container/attach.go). An interactive shell takes the reader back in; any other
// process streams until the reader presses Ctrl-C, which --sig-proxy (default) forwards.
import { stopProcess } from '../container/runtime.ts';
import type { Parsed } from '../shell/flags.ts';
import { containerOr404 } from './common.ts';
import { attach as attachShell, attachKind } from './run.ts';
import type { CommandDef, Ctx } from './types.ts';

export const attach: CommandDef = {
	name: 'attach',
	group: 'container',
	top: 'attach',
	use: '[OPTIONS] CONTAINER',
	short: 'Attach local standard input, output, and error streams to a running container',
	args: { exact: 1 },
	flags: [
		{ long: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
		{ long: 'no-stdin', type: 'bool', usage: 'Do not attach STDIN' },
		{ long: 'sig-proxy', type: 'bool', usage: 'Proxy all received signals to the process', defValue: 'true' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const ref = p.args[0]!;
		const c = containerOr404(ctx, ref);
		if (!c) return 1;
		if (c.status !== 'running') {
			ctx.io.err('You cannot attach to a stopped container, start it first\n');
			return 1;
		}
		if (c.paused) {
			ctx.io.err('You cannot attach to a paused container, unpause it first\n');
			return 1;
		}
		const kind = c.tty && c.interactive && p.flags['no-stdin'] !== true ? attachKind(c) : null;
		if (kind) {
			attachShell(ctx, c, false, kind, ctx.io);
			return 0;
		}
		ctx.io.out('^C');
		if (p.flags['sig-proxy'] === false) {
			ctx.io.out('\n');
			return 0;
		}
		const before = c.logs.length;
		ctx.world.advance(1000);
		stopProcess(ctx.world, ctx.host, c, 'interrupt');
		for (const l of c.logs.slice(before)) (l.stream === 'stderr' && !c.tty ? ctx.io.err : ctx.io.out)(l.text);
		if (c.logs.length === before) ctx.io.out('\n');
		return c.exitCode;
	},
};
