// docker top: the daemon runs `ps -ef` over the container's PIDs (moby daemon/top_unix.go) and
// the CLI lays the rows out with tabwriter(minwidth 20, padding 3) (cli container/top.go).
import { processesOf } from '../container/processes.ts';
import type { Parsed } from '../shell/flags.ts';
import { containerOr404 } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

function tabwrite(rows: string[][], minwidth: number, padding: number): string {
	const widths: number[] = [];
	for (const r of rows) r.slice(0, -1).forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, Math.max([...cell].length + padding, minwidth))));
	return rows.map((r) => r.map((cell, i) => (i < r.length - 1 ? cell + ' '.repeat(widths[i]! - [...cell].length) : cell)).join('') + '\n').join('');
}

export const top: CommandDef = {
	name: 'top',
	group: 'container',
	top: 'top',
	use: 'CONTAINER [ps OPTIONS]',
	short: 'Display the running processes of a container',
	args: { min: 1 },
	flags: [],
	noInterspersed: true,
	run(ctx: Ctx, p: Parsed): number {
		const ref = p.args[0]!;
		const c = containerOr404(ctx, ref);
		if (!c) return 1;
		if (c.status !== 'running') {
			ctx.io.err(`Error response from daemon: container ${c.id} is not running\n`);
			return 1;
		}
		const t = new Date(c.started);
		const stime = `${String(t.getUTCHours()).padStart(2, '0')}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
		const tty = c.tty ? 'pts/0' : '?';
		const rows: string[][] = [['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD']];
		// The host's view: host PIDs and UIDs, not the container's.
		for (const pr of processesOf(ctx.host, c)) rows.push([pr.hostUser, String(pr.hostPid), String(pr.hostPpid), '0', stime, tty, '00:00:00', pr.command]);
		ctx.io.out(tabwrite(rows, 20, 3));
		return 0;
	},
};
