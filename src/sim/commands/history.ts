// docker image history: the image's build steps, newest first; pulled images only know
// their own id, every older row is <missing>.
import { findImage } from '../engine/images.ts';
import { parseReference, familiarString } from '../engine/reference.ts';
import { ellipsis, humanDuration, humanSize, rfc3339, shortId, table } from '../render/format.ts';
import { formatRows } from '../render/template.ts';
import type { Parsed } from '../shell/flags.ts';
import type { CommandDef, Ctx } from './types.ts';

export const history: CommandDef = {
	name: 'history',
	group: 'image',
	top: 'history',
	use: '[OPTIONS] IMAGE',
	short: 'Show the history of an image',
	args: { exact: 1 },
	flags: [
		{ long: 'format', type: 'string', usage: "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" },
		{ long: 'human', short: 'H', type: 'bool', usage: 'Print sizes and dates in human readable format', defValue: 'true' },
		{ long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
		{ long: 'platform', type: 'string', usage: 'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
		{ long: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const input = p.args[0]!;
		const img = findImage(ctx.host, input);
		if (!img) {
			const r = parseReference(input);
			ctx.io.err(`Error response from daemon: No such image: ${r.ok ? familiarString(r.ref) : input}\n`);
			return 1;
		}
		const now = ctx.world.now();
		const noTrunc = p.flags['no-trunc'] === true;
		const rows = [...img.history].reverse().map((h, i) => {
			const id = i === 0 ? (noTrunc ? `sha256:${img.id}` : shortId(img.id)) : '<missing>';
			const by = h.createdBy.replace(/\t/g, ' ');
			return [id, `${humanDuration(now - h.created)} ago`, noTrunc ? by : ellipsis(by, 45), humanSize(h.size, 3), h.comment];
		});
		if (p.flags.quiet === true) {
			ctx.io.out(rows.map((r) => r[0] + '\n').join(''));
			return 0;
		}
		// docker/cli formatter/history.go: the fields and headers a --format template can use.
		const format = typeof p.flags.format === 'string' ? p.flags.format : '';
		if (format && format !== 'table') {
			const entries = [...img.history].reverse();
			const res = formatRows(format, rows.map((r, i) => ({ ID: r[0], CreatedSince: r[1], CreatedAt: rfc3339(entries[i]!.created), CreatedBy: r[2], Size: r[3], Comment: r[4] })), { ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT' });
			if (!res.ok) {
				ctx.io.err(res.error + '\n');
				return 1;
			}
			ctx.io.out(res.text);
			return 0;
		}
		ctx.io.out(table([['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'], ...rows]));
		return 0;
	},
};
