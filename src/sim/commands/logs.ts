// docker logs: the container's stdout and stderr as recorded, undecorated. `-f` on a running
// container prints what there is, then `^C` as if the reader interrupted it (a replay cannot block).
import { catchUp } from '../container/runtime.ts';
import { rfc3339 } from '../render/format.ts';
import type { Parsed } from '../shell/flags.ts';
import { containerOr404, str } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

export const logs: CommandDef = {
	name: 'logs',
	group: 'container',
	top: 'logs',
	use: '[OPTIONS] CONTAINER',
	short: 'Fetch the logs of a container',
	args: { exact: 1 },
	flags: [
		{ long: 'details', type: 'bool', usage: 'Show extra details provided to logs' },
		{ long: 'follow', short: 'f', type: 'bool', usage: 'Follow log output' },
		{ long: 'since', type: 'string', usage: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
		{ long: 'tail', short: 'n', type: 'string', usage: 'Number of lines to show from the end of the logs', defValue: 'all' },
		{ long: 'timestamps', short: 't', type: 'bool', usage: 'Show timestamps' },
		{ long: 'until', type: 'string', usage: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const ref = p.args[0]!;
		const c = containerOr404(ctx, ref);
		if (!c) return 1;
		catchUp(ctx.world, ctx.host, c);
		const lines: Array<{ stream: 'stdout' | 'stderr'; text: string; time: number }> = [];
		for (const l of c.logs) {
			const parts = l.text.split('\n');
			if (parts[parts.length - 1] === '') parts.pop();
			for (const t of parts) lines.push({ stream: l.stream, text: t, time: l.time });
		}
		const tail = str(p.flags.tail) || 'all';
		let shown = lines;
		if (tail !== 'all') {
			const n = Number(tail);
			if (!Number.isInteger(n)) {
				ctx.io.err(`Error response from daemon: invalid value for "tail": "${tail}"\n`);
				return 1;
			}
			shown = n <= 0 ? [] : lines.slice(-n);
		}
		const ts = p.flags.timestamps === true;
		for (const l of shown) {
			const stamp = ts ? rfc3339(l.time).replace('Z', `.${String(l.time % 1000).padStart(3, '0')}${String((l.time * 7) % 1000000).padStart(6, '0')}Z `) : '';
			(l.stream === 'stderr' ? ctx.io.err : ctx.io.out)(`${stamp}${l.text}${c.tty ? '\r\n' : '\n'}`);
		}
		if (p.flags.follow === true && c.status === 'running') {
			// Following a live process blocks until the reader presses Ctrl-C.
			ctx.io.out('^C\n');
			return 130;
		}
		return 0;
	},
};
