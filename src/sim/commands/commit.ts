// docker commit: a new image from a container's writable layer (cli container/commit.go prints
// the new image's ID). The image is the container's image plus one layer holding the changed
// files, with the container's command, environment and working directory as its config.
import { imageOf } from '../container/runtime.ts';
import { parseReference, tagKey } from '../engine/reference.ts';
import { byteLength, sha256 } from '../engine/sha256.ts';
import { tagImage } from '../engine/images.ts';
import type { Image } from '../engine/types.ts';
import type { Parsed } from '../shell/flags.ts';
import { containerOr404, str } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

export const commit: CommandDef = {
	name: 'commit',
	group: 'container',
	top: 'commit',
	use: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
	short: "Create a new image from a container's changes",
	args: { min: 1, max: 2 },
	noInterspersed: true,
	flags: [
		{ long: 'author', short: 'a', type: 'string', usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' },
		{ long: 'change', short: 'c', type: 'list', usage: 'Apply Dockerfile instruction to the created image' },
		{ long: 'message', short: 'm', type: 'string', usage: 'Commit message' },
		{ long: 'pause', short: 'p', type: 'bool', usage: 'Pause container during commit', defValue: 'true' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const ref = p.args[0]!;
		const target = p.args[1];
		let key = '';
		if (target !== undefined) {
			const parsed = parseReference(target);
			if (!parsed.ok) {
				ctx.io.err(`Error response from daemon: ${parsed.error}\n`);
				return 1;
			}
			key = tagKey(parsed.ref);
		}
		const c = containerOr404(ctx, ref);
		if (!c) return 1;
		const base = imageOf(ctx.host, c);
		if (!base) {
			ctx.io.err(`Error response from daemon: No such image: ${c.imageId}\n`);
			return 1;
		}
		const now = ctx.world.now();
		const files: Record<string, string> = { ...base.files };
		let size = 0;
		for (const [path, content] of Object.entries(c.files)) {
			if (content === null) delete files[path];
			else {
				files[path] = content;
				size += byteLength(content);
			}
		}
		const argv = [c.path, ...c.args];
		const ep = base.config.entrypoint ?? [];
		const keepsEntrypoint = ep.length > 0 && ep.every((a, i) => argv[i] === a);
		const layerDigest = sha256(`commit ${c.id} ${now} ${JSON.stringify(c.files)}`);
		const image: Image = {
			...JSON.parse(JSON.stringify(base)) as Image,
			created: now,
			files,
			dirs: [...new Set([...base.dirs, ...c.dirs])],
			layers: [...base.layers, { digest: layerDigest, size, compressed: size }],
			history: [...base.history, { created: now, createdBy: argv.join(' '), size, emptyLayer: false, comment: str(p.flags.message) }],
			repoTags: [],
			repoDigests: [],
			parent: base.id,
			config: { ...base.config, env: [...c.env], workdir: c.workdir || base.config.workdir, cmd: keepsEntrypoint ? argv.slice(ep.length) : argv, entrypoint: keepsEntrypoint ? ep : null },
		};
		image.id = sha256(`image ${layerDigest} ${JSON.stringify(image.config)}`);
		ctx.host.images[image.id] = image;
		if (key) tagImage(ctx.host, image, key);
		ctx.io.out(`sha256:${image.id}\n`);
		return 0;
	},
};
