// docker top: the daemon runs `ps -ef` (or the reader's ps options) over the container's PIDs
// (moby daemon/top_unix.go) and the CLI lays the rows out with tabwriter(minwidth 20, padding 3)
// (cli container/top.go). With custom fields (`-o`, `-eo`, `o`, `--format`) the daemon puts
// `-opid` first to find the container's rows, then drops that column; it splits every ps line on
// whitespace and merges what overhangs into the last title, so a command in the middle of the
// fields comes out cut, as it does with real docker.
import { processesOf, type ProcessInfo } from '../container/processes.ts';
import type { Parsed } from '../shell/flags.ts';
import { containerOr404 } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

function tabwrite(rows: string[][], minwidth: number, padding: number): string {
	const widths: number[] = [];
	for (const r of rows) r.slice(0, -1).forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, Math.max([...cell].length + padding, minwidth))));
	return rows.map((r) => r.map((cell, i) => (i < r.length - 1 ? cell + ' '.repeat(widths[i]! - [...cell].length) : cell)).join('') + '\n').join('');
}

/** The procps format keywords the simulator knows: header, value. */
const PS_FIELDS: Record<string, [string, (pr: ProcessInfo, at: { stime: string; tty: string }) => string]> = {
	pid: ['PID', (pr) => String(pr.hostPid)],
	ppid: ['PPID', (pr) => String(pr.hostPpid)],
	user: ['USER', (pr) => pr.hostUser],
	uid: ['UID', (pr) => (pr.hostUser === 'root' ? '0' : pr.hostUser)],
	args: ['COMMAND', (pr) => pr.command],
	command: ['COMMAND', (pr) => pr.command],
	cmd: ['CMD', (pr) => pr.command],
	// The kernel's name for the task: the program's file name, at most 15 characters.
	comm: ['COMMAND', (pr) => (pr.command.split(/[\s:]/)[0]!.split('/').pop() ?? '').slice(0, 15)],
	c: ['C', () => '0'],
	'%cpu': ['%CPU', () => '0.0'],
	pcpu: ['%CPU', () => '0.0'],
	stime: ['STIME', (_, at) => at.stime],
	tty: ['TT', (_, at) => at.tty],
	time: ['TIME', () => '00:00:00'],
};

/** The format fields of ps options given as `-o f,g`, `-of`, `-eo f`, `o f`, `--format f` or
 * `--format=f` (moby's customFields decides whether there are any); null when none. */
function customFields(args: string[]): string[] | null {
	const fields: string[] = [];
	let found = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		let value: string | undefined;
		// An option's own argument (`-u root`) is not a format.
		if (/^-[CGgOpqstuU]$/.test(arg)) {
			i++;
			continue;
		}
		if (arg.startsWith('--format')) value = arg.startsWith('--format=') ? arg.slice(9) : args[++i];
		else {
			const m = /^-?[A-Za-z]*?o(.*)$/.exec(arg);
			if (!m) continue;
			value = m[1] || args[++i];
		}
		found = true;
		fields.push(...(value ?? '').split(',').filter(Boolean));
	}
	return found ? fields : null;
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
		const processes = processesOf(ctx.host, c);
		const psArgs = p.args.slice(1).join(' ');
		const fields = psArgs ? customFields(psArgs.split(' ')) : null;
		let rows: string[][];
		if (!fields) {
			rows = [['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD']];
			// The host's view: host PIDs and UIDs, not the container's.
			for (const pr of processes) rows.push([pr.hostUser, String(pr.hostPid), String(pr.hostPpid), '0', stime, tty, '00:00:00', pr.command]);
		} else {
			const unknown = fields.find((f) => !PS_FIELDS[f]);
			if (unknown !== undefined) {
				ctx.io.err(`Error response from daemon: ps: error: unknown user-defined format specifier "${unknown}"\n`);
				return 1;
			}
			const values = (pr: ProcessInfo) => fields.map((f) => PS_FIELDS[f]![1](pr, { stime, tty }));
			// ps's own output (its column padding does not matter: the daemon splits on whitespace).
			const lines = [['PID', ...fields.map((f) => PS_FIELDS[f]![0])].join(' '), ...processes.map((pr) => [String(pr.hostPid), ...values(pr)].join(' '))];
			const titles = lines[0]!.split(/\s+/).slice(1);
			rows = [titles];
			for (const line of lines.slice(1)) {
				const cells = line.split(/\s+/).slice(1);
				rows.push([...cells.slice(0, titles.length - 1), cells.slice(titles.length - 1).join(' ')]);
			}
		}
		ctx.io.out(tabwrite(rows, 20, 3));
		return 0;
	},
};
