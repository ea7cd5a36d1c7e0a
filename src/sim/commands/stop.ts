// docker stop: SIGTERM (or the image's STOPSIGNAL), then SIGKILL after the timeout. A shell
// or `sleep` as PID 1 ignores SIGTERM, so stopping it takes the full 10 seconds (exit 137).
import { effectiveArgv, fsOf, kindOf, stopProcess } from '../container/runtime.ts';
import type { Container } from '../engine/types.ts';
import type { Parsed } from '../shell/flags.ts';
import { eachContainer } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

export function stopOne(ctx: Ctx, c: Container, timeout: number): void {
	if (c.status !== 'running') return;
	const kind = kindOf(effectiveArgv(c), fsOf(ctx.host, c), c.workdir);
	const ignoresTerm = kind === 'shell' || kind === 'idle' || kind === 'repl' || kind === 'app' || kind === 'cmd';
	ctx.world.advance(ignoresTerm ? timeout * 1000 : 400);
	stopProcess(ctx.world, ctx.host, c, ignoresTerm ? 'kill' : 'stop');
	if (ignoresTerm) c.exitCode = 137;
}

export const stop: CommandDef = {
	name: 'stop',
	group: 'container',
	top: 'stop',
	use: '[OPTIONS] CONTAINER [CONTAINER...]',
	short: 'Stop one or more running containers',
	args: { min: 1 },
	flags: [
		{ long: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' },
		{ long: 'timeout', short: 't', type: 'int', usage: 'Seconds to wait before killing the container' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const timeout = typeof p.flags.timeout === 'number' ? Math.max(0, p.flags.timeout) : 10;
		return eachContainer(ctx, p.args, (c, ref) => {
			stopOne(ctx, c, timeout);
			ctx.io.out(`${ref}\n`);
			if (c.autoRemove && c.status === 'exited') delete ctx.host.containers[c.id];
		});
	},
};
