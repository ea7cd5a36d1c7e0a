// docker load (image load): read what `docker save -o` wrote back into the image store. The CLI
// opens the file (cli/command/image/load.go) and asks for progress only on a terminal; the
// daemon prints a "Loading layer" bar per layer it does not have, then one line per tag.
import { localLayers, storeImage, tagImage } from '../engine/images.ts';
import { normPath } from '../container/fs.ts';
import { humanSize } from '../render/format.ts';
import type { Parsed } from '../shell/flags.ts';
import type { CommandDef, Ctx } from './types.ts';

const BAR = '[==================================================>]';

export const load: CommandDef = {
	name: 'load',
	group: 'image',
	top: 'load',
	use: '[OPTIONS]',
	short: 'Load an image from a tar archive or STDIN',
	args: { max: 0 },
	flags: [
		{ long: 'input', short: 'i', type: 'string', usage: 'Read from tar archive file, instead of STDIN' },
		{ long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the load output' },
		{ long: 'platform', type: 'list', usage: 'Load only the given platform(s). Formatted as a comma-separated list of "os[/arch[/variant]]" (e.g., "linux/amd64,linux/arm64/v8")' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const input = typeof p.flags.input === 'string' ? p.flags.input : '';
		if (input === '') {
			// The simulated shell has no way to pipe a file into docker's stdin.
			ctx.io.err('requested load from stdin, but stdin is empty\n');
			return 1;
		}
		const project = `${ctx.facts.hostHome}/project`;
		const abs = normPath(input.startsWith('~') ? ctx.facts.hostHome + input.slice(1) : input, project);
		const key = abs.startsWith(project + '/') ? abs.slice(project.length + 1) : null;
		if (key === null || ctx.host.files[key] === undefined) {
			ctx.io.err(`open ${input}: no such file or directory\n`);
			return 1;
		}
		// The archive is what save wrote there, unless the file has been written over since.
		const images = ctx.host.files[key]!.startsWith('[{"Config":') ? ctx.host.archives?.[key] : undefined;
		if (!images) {
			ctx.io.err('Error response from daemon: archive/tar: invalid tar header\n');
			return 1;
		}
		const progress = ctx.io.tty && p.flags.quiet !== true;
		const have = localLayers(ctx.host);
		for (const img of images) {
			if (progress) {
				for (const l of img.layers) {
					if (have.has(l.digest)) continue;
					have.add(l.digest);
					const size = humanSize(l.size, 3);
					ctx.io.out(`${l.digest.slice(0, 12)}: Loading layer ${BAR}  ${size}/${size}\n`);
				}
			}
			const stored = storeImage(ctx.host, img);
			if (img.repoTags.length === 0) ctx.io.out(`Loaded image ID: sha256:${img.id}\n`);
			for (const tag of img.repoTags) {
				tagImage(ctx.host, stored, tag);
				ctx.io.out(`Loaded image: ${tag.replace(/^docker\.io\/library\//, '').replace(/^docker\.io\//, '')}\n`);
			}
		}
		return 0;
	},
};
