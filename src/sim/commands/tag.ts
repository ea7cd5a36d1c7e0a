// docker tag: a second name for the same image id; prints nothing.
import { findImage, tagImage } from '../engine/images.ts';
import { familiarString, parseReference, tagKey } from '../engine/reference.ts';
import type { Parsed } from '../shell/flags.ts';
import type { CommandDef, Ctx } from './types.ts';

export const tag: CommandDef = {
	name: 'tag',
	group: 'image',
	top: 'tag',
	use: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
	short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
	args: { exact: 2 },
	flags: [],
	run(ctx: Ctx, p: Parsed): number {
		const [src, dst] = p.args as [string, string];
		const target = parseReference(dst);
		if (!target.ok || target.ref.digest) {
			const why = target.ok ? 'invalid reference format' : target.error;
			ctx.io.err(`Error parsing reference: "${dst}" is not a valid repository/tag: ${why}\n`);
			return 1;
		}
		const img = findImage(ctx.host, src);
		if (!img) {
			const r = parseReference(src);
			ctx.io.err(`Error response from daemon: No such image: ${r.ok ? familiarString(r.ref) : src}\n`);
			return 1;
		}
		tagImage(ctx.host, img, tagKey(target.ref));
		return 0;
	},
};
