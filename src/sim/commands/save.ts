// docker save (image save): write images to a tar archive. The simulator keeps the archive's
// manifest.json as the file's text, so `ls` shows it; output goes to -o FILE or a redirect.
import { findImage } from '../engine/images.ts';
import { familiarString, parseReference } from '../engine/reference.ts';
import { normPath } from '../container/fs.ts';
import type { Image } from '../engine/types.ts';
import type { Parsed } from '../shell/flags.ts';
import type { CommandDef, Ctx } from './types.ts';

export const save: CommandDef = {
	name: 'save',
	group: 'image',
	top: 'save',
	use: '[OPTIONS] IMAGE [IMAGE...]',
	short: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
	args: { min: 1 },
	flags: [
		{ long: 'output', short: 'o', type: 'string', usage: 'Write to a file, instead of STDOUT' },
		{ long: 'platform', type: 'list', usage: 'Save only the given platform(s). Formatted as a comma-separated list of "os[/arch[/variant]]" (e.g., "linux/amd64,linux/arm64/v8")' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const output = typeof p.flags.output === 'string' ? p.flags.output : '';
		// docker/cli image/save.go refuses before contacting the daemon.
		if (output === '' && ctx.io.tty) {
			ctx.io.err('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
			return 1;
		}
		const manifest: Array<{ Config: string; RepoTags: string[]; Layers: string[] }> = [];
		const images: Image[] = [];
		for (const input of p.args) {
			const img = findImage(ctx.host, input);
			if (!img) {
				const r = parseReference(input);
				ctx.io.err(`Error response from daemon: No such image: ${r.ok ? familiarString(r.ref) : input}\n`);
				return 1;
			}
			images.push(JSON.parse(JSON.stringify(img)) as Image);
			manifest.push({ Config: `blobs/sha256/${img.id}`, RepoTags: img.repoTags, Layers: img.layers.map((l) => `blobs/sha256/${l.digest}`) });
		}
		const text = JSON.stringify(manifest) + '\n';
		if (output === '') {
			ctx.io.out(text);
			return 0;
		}
		const project = `${ctx.facts.hostHome}/project`;
		const abs = normPath(output.startsWith('~') ? ctx.facts.hostHome + output.slice(1) : output, project);
		// Only the project directory is modelled on the host.
		if (!abs.startsWith(project + '/')) {
			ctx.io.err(`failed to save image: open ${abs}: permission denied\n`);
			return 1;
		}
		const key = abs.slice(project.length + 1);
		const dir = key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '';
		// docker/cli command.ValidateOutputPath.
		if (dir && !Object.keys(ctx.host.files).some((k) => k.startsWith(dir + '/'))) {
			ctx.io.err(`failed to save image: invalid output path: directory "${project}/${dir}" does not exist\n`);
			return 1;
		}
		ctx.host.files[key] = text;
		(ctx.host.archives ??= {})[key] = images;
		return 0;
	},
};
