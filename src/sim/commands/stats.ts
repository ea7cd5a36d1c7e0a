// docker stats: one sample of each container's resource use (cli container/stats.go,
// formatter_stats.go). `--no-stream` prints one table; streaming writes the frame the way the
// CLI does (cursor home, each line followed by erase-to-end, erase below) and then the reader
// presses Ctrl-C, since a replay cannot block. The numbers are a fixed function of the program.
import { memoryUse, pidCount } from '../container/processes.ts';
import { effectiveArgv, fsOf, kindOf } from '../container/runtime.ts';
import type { Container } from '../engine/types.ts';
import { goG, humanSize, table } from '../render/format.ts';
import { formatRows } from '../render/template.ts';
import type { Parsed } from '../shell/flags.ts';
import { containersNewestFirst, findContainer, str } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** go-units BytesSize: `%.4g` over powers of 1024. */
export function bytesSize(size: number): string {
	let i = 0;
	let v = size;
	while (v >= 1024 && i < BINARY.length - 1) {
		v /= 1024;
		i++;
	}
	return goG(v, 4) + BINARY[i];
}

interface Sample {
	ID: string;
	Name: string;
	Container: string;
	CPUPerc: string;
	MemUsage: string;
	MemPerc: string;
	NetIO: string;
	BlockIO: string;
	PIDs: string;
}

function sample(ctx: Ctx, c: Container, ref: string, noTrunc: boolean): Sample {
	const base = { ID: noTrunc ? c.id : c.id.slice(0, 12), Name: c.name, Container: ref };
	if (c.status !== 'running') return { ...base, CPUPerc: '0.00%', MemUsage: '0B / 0B', MemPerc: '0.00%', NetIO: '0B / 0B', BlockIO: '0B / 0B', PIDs: '0' };
	const kind = kindOf(effectiveArgv(c), fsOf(ctx.host, c), c.workdir);
	const mem = memoryUse(ctx.host, c, kind);
	// A -m limit is the container's cgroup limit; without one, the whole machine's memory.
	const limit = c.memory ?? ctx.facts.memory;
	const pids = pidCount(ctx.host, kind);
	const rx = c.endpoints.length ? 746 + 90 * (parseInt(c.id.slice(2, 4), 16) % 16) : 0;
	return {
		...base,
		CPUPerc: '0.00%',
		MemUsage: `${bytesSize(mem)} / ${bytesSize(limit)}`,
		MemPerc: `${((mem / limit) * 100).toFixed(2)}%`,
		NetIO: `${humanSize(rx, 3)} / ${humanSize(rx ? 126 : 0, 3)}`,
		BlockIO: `${humanSize(0, 3)} / ${humanSize(kind === 'postgres' || kind === 'mysql' ? 4_096 * 1_024 : 0, 3)}`,
		PIDs: String(pids),
	};
}

export const stats: CommandDef = {
	name: 'stats',
	group: 'container',
	top: 'stats',
	use: '[OPTIONS] [CONTAINER...]',
	short: 'Display a live stream of container(s) resource usage statistics',
	flags: [
		{ long: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
		{ long: 'format', type: 'string', usage: "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" },
		{ long: 'no-stream', type: 'bool', usage: 'Disable streaming stats and only pull the first result' },
		{ long: 'no-trunc', type: 'bool', usage: 'Do not truncate output' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const noTrunc = p.flags['no-trunc'] === true;
		const rows: Sample[] = [];
		if (p.args.length) {
			let missing = '';
			for (const ref of p.args) {
				const c = findContainer(ctx.host, ref);
				if (!c) missing += `Error response from daemon: No such container: ${ref}\n`;
				else rows.push(sample(ctx, c, ref, noTrunc));
			}
			if (missing) {
				ctx.io.err(missing);
				return 1;
			}
		} else {
			const cs = containersNewestFirst(ctx.host).filter((c) => p.flags.all === true || c.status === 'running');
			for (const c of cs) rows.push(sample(ctx, c, c.id.slice(0, 12), noTrunc));
		}
		const windows = ctx.facts.os === 'windows';
		const format = str(p.flags.format) || 'table';
		let text: string;
		if (format === 'table') {
			const head = windows ? ['CONTAINER ID', 'NAME', 'CPU %', 'PRIV WORKING SET', 'NET I/O', 'BLOCK I/O'] : ['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS'];
			text = table([head, ...rows.map((r) => (windows ? [r.ID, r.Name, r.CPUPerc, r.MemUsage.split(' / ')[0]!, r.NetIO, r.BlockIO] : [r.ID, r.Name, r.CPUPerc, r.MemUsage, r.MemPerc, r.NetIO, r.BlockIO, r.PIDs]))]);
		} else {
			const res = formatRows(format, rows as unknown as Array<Record<string, unknown>>, { Container: 'CONTAINER', Name: 'NAME', ID: 'CONTAINER ID', CPUPerc: 'CPU %', MemUsage: windows ? 'PRIV WORKING SET' : 'MEM USAGE / LIMIT', MemPerc: 'MEM %', NetIO: 'NET I/O', BlockIO: 'BLOCK I/O', PIDs: 'PIDS' });
			if (!res.ok) {
				ctx.io.err(res.error + '\n');
				return 1;
			}
			text = res.text;
		}
		if (p.flags['no-stream'] === true) {
			ctx.io.out(text);
			return 0;
		}
		// The CLI appends the erase-line copy of the frame to the same buffer it is reading.
		let frame = '\x1b[H' + text;
		for (const line of frame.split('\n')) frame += `${line} \x1b[K\n`;
		ctx.io.out(frame + '\x1b[J');
		ctx.io.out('^C\n');
		return 130;
	},
};
