// docker rmi / docker image rm: untag first, delete when the last reference goes, and
// refuse while a container still uses the image (unless forced).
import { findImage } from '../engine/images.ts';
import { familiarName, familiarString, parseReference } from '../engine/reference.ts';
import { sha256 } from '../engine/sha256.ts';
import type { Image } from '../engine/types.ts';
import { shortId } from '../render/format.ts';
import type { Parsed } from '../shell/flags.ts';
import type { CommandDef, Ctx } from './types.ts';

/** The lines `Deleted: sha256:…` for an image's layers no other image shares, top first. */
export function deleteImage(ctx: Ctx, img: Image): string {
	let out = `Deleted: sha256:${img.id}\n`;
	delete ctx.host.images[img.id];
	const still = new Set<string>();
	for (const other of Object.values(ctx.host.images)) for (const l of other.layers) still.add(l.digest);
	const chains: string[] = [];
	let chain = '';
	for (const l of img.layers) {
		chain = sha256(`chain ${chain} ${l.digest}`);
		chains.push(still.has(l.digest) ? '' : chain);
	}
	for (const c of chains.reverse()) if (c) out += `Deleted: sha256:${c}\n`;
	return out;
}

export const rmi: CommandDef = {
	name: 'rm',
	group: 'image',
	top: 'rmi',
	aliases: ['remove'],
	use: '[OPTIONS] IMAGE [IMAGE...]',
	short: 'Remove one or more images',
	args: { min: 1 },
	flags: [
		{ long: 'force', short: 'f', type: 'bool', usage: 'Force removal of the image' },
		{ long: 'no-prune', type: 'bool', usage: 'Do not delete untagged parents' },
		{ long: 'platform', type: 'list', varName: 'stringSlice', usage: 'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const force = p.flags.force === true;
		let status = 0;
		for (const arg of p.args) {
			const img = findImage(ctx.host, arg);
			const parsed = parseReference(arg);
			if (!img) {
				ctx.io.err(`Error response from daemon: No such image: ${parsed.ok ? familiarString(parsed.ref) : arg}\n`);
				status = 1;
				continue;
			}
			const users = Object.values(ctx.host.containers).filter((c) => c.imageId === img.id);
			const byId = img.id.startsWith(arg.replace(/^sha256:/, '')) && !(parsed.ok && img.repoTags.includes(`${familiarName(parsed.ref)}:${parsed.ref.tag}`));
			let out = '';
			if (byId) {
				const running = users.find((c) => c.status === 'running');
				if (running && force) {
					ctx.io.err(`Error response from daemon: conflict: unable to delete ${shortId(img.id)} (cannot be forced) - image is being used by running container ${shortId(running.id)}\n`);
					status = 1;
					continue;
				}
				if (!force && users.length) {
					ctx.io.err(`Error response from daemon: conflict: unable to delete ${shortId(img.id)} (must be forced) - image is being used by ${users[0]!.status === 'running' ? 'running' : 'stopped'} container ${shortId(users[0]!.id)}\n`);
					status = 1;
					continue;
				}
				const repos = new Set(img.repoTags.map((t) => t.slice(0, t.lastIndexOf(':'))));
				if (!force && repos.size > 1) {
					ctx.io.err(`Error response from daemon: conflict: unable to delete ${shortId(img.id)} (must be forced) - image is referenced in multiple repositories\n`);
					status = 1;
					continue;
				}
				for (const t of img.repoTags) out += `Untagged: ${t}\n`;
				for (const d of img.repoDigests) out += `Untagged: ${d}\n`;
				img.repoTags = [];
				img.repoDigests = [];
				if (users.length) {
					ctx.io.out(out);
					continue;
				}
				ctx.io.out(out + deleteImage(ctx, img));
				continue;
			}
			if (!parsed.ok) continue;
			const name = familiarName(parsed.ref);
			const key = parsed.ref.digest ? '' : `${name}:${parsed.ref.tag}`;
			const lastRef = img.repoTags.filter((t) => t !== key).length === 0 && (parsed.ref.digest ? img.repoTags.length === 0 : true);
			if (lastRef && users.length && !force) {
				ctx.io.err(`Error response from daemon: conflict: unable to remove repository reference "${arg}" (must force) - container ${shortId(users[0]!.id)} is using its referenced image ${shortId(img.id)}\n`);
				status = 1;
				continue;
			}
			if (key) {
				img.repoTags = img.repoTags.filter((t) => t !== key);
				out += `Untagged: ${key}\n`;
			}
			const sameRepoLeft = img.repoTags.some((t) => t.startsWith(name + ':'));
			if (!sameRepoLeft) {
				for (const d of img.repoDigests.filter((d) => d.startsWith(name + '@'))) out += `Untagged: ${d}\n`;
				img.repoDigests = img.repoDigests.filter((d) => !d.startsWith(name + '@'));
			}
			if (img.repoTags.length === 0 && users.length === 0) out += deleteImage(ctx, img);
			ctx.io.out(out);
		}
		return status;
	},
};
