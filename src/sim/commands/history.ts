// docker image history: the image's build steps, newest first; pulled images only know
// their own id, every older row is <missing>.
import { findImage } from '../engine/images.ts';
import { parseReference, familiarString } from '../engine/reference.ts';
import { ellipsis, humanDuration, humanSize, shortId, table } from '../render/format.ts';
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
		ctx.io.out(table([['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'], ...rows]));
		return 0;
	},
};
