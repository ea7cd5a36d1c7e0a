// docker top: the daemon runs `ps -ef` over the container's PIDs (moby daemon/top_unix.go) and
// the CLI lays the rows out with tabwriter(minwidth 20, padding 3) (cli container/top.go).
import { effectiveArgv, fsOf, kindOf, mainArgv } from '../container/runtime.ts';
import type { Container } from '../engine/types.ts';
import type { Parsed } from '../shell/flags.ts';
import { containerOr404 } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

/** A stable host PID for a container's main process. */
export function hostPid(c: Container): number {
	return 1000 + (parseInt(c.id.slice(0, 6), 16) % 60000);
}

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
		const pid = hostPid(c);
		const ppid = pid - 23;
		const tty = c.tty ? 'pts/0' : '?';
		const uid = c.user && c.user !== '0' ? c.user : 'root';
		const kind = kindOf(effectiveArgv(c), fsOf(ctx.host, c), c.workdir);
		const rows: string[][] = [['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD']];
		if (kind === 'nginx') {
			rows.push([uid, String(pid), String(ppid), '0', stime, tty, '00:00:00', `nginx: master process ${effectiveArgv(c).join(' ')}`]);
			for (let i = 0; i < ctx.facts.ncpu; i++) rows.push(['101', String(pid + 41 + i), String(pid), '0', stime, tty, '00:00:00', 'nginx: worker process']);
		} else {
			rows.push([uid, String(pid), String(ppid), '0', stime, tty, '00:00:00', mainArgv(c).join(' ')]);
		}
		ctx.io.out(tabwrite(rows, 20, 3));
		return 0;
	},
};
