// docker push: layers top first; blobs the repository has print `Layer already exists`,
// blobs another repository has are mounted (`Mounted from library/nginx`), the rest are
// pushed. Without a login for the namespace the registry answers `denied`.
import { findImageByRef } from '../engine/images.ts';
import { familiarName, parseReference, registryHost } from '../engine/reference.ts';
import { sha256 } from '../engine/sha256.ts';
import { JsonMessageWriter } from '../render/progress.ts';
import type { Parsed } from '../shell/flags.ts';
import { HUB } from './login.ts';
import type { CommandDef, Ctx } from './types.ts';
import { CATALOG } from '../engine/catalog.ts';
import { catalogImage } from '../engine/catalog.ts';

function catalogHas(path: string, digest: string): boolean {
	for (const v of CATALOG) {
		if (v.domain !== 'docker.io' || v.path !== path) continue;
		for (const p of v.platforms) if (catalogImage(v, p).layers.some((l) => l.digest === digest)) return true;
	}
	return false;
}

export const push: CommandDef = {
	name: 'push',
	group: 'image',
	top: 'push',
	use: '[OPTIONS] NAME[:TAG]',
	short: 'Upload an image to a registry',
	args: { exact: 1 },
	flags: [
		{ long: 'all-tags', short: 'a', type: 'bool', usage: 'Push all tags of an image to the repository' },
		{ long: 'disable-content-trust', type: 'bool', usage: 'Skip image signing', defValue: 'true' },
		{ long: 'platform', type: 'string', usage: 'Push a platform-specific manifest as a single-platform image to the registry.\nImage index won\'t be pushed, meaning that other manifests, including attestations won\'t be preserved.\n\'os[/arch[/variant]]\': Explicit platform (eg. linux/amd64)' },
		{ long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const input = p.args[0]!;
		const parsed = parseReference(input);
		if (!parsed.ok) {
			ctx.io.err(`${parsed.error}\n`);
			return 1;
		}
		const ref = parsed.ref;
		const quiet = p.flags.quiet === true;
		if (!ref.explicit && !quiet) ctx.io.out('Using default tag: latest\n');
		const repo = `${ref.domain}/${ref.path}`;
		ctx.io.out(`The push refers to repository [${repo}]\n`);
		const img = findImageByRef(ctx.host, ref);
		if (!img) {
			ctx.io.err(`An image does not exist locally with the tag: ${familiarName(ref)}\n`);
			return 1;
		}
		const w = new JsonMessageWriter(ctx.io.tty, ctx.io.tty ? ctx.io.cols : 80);
		const layers = [...img.layers].reverse().filter((l, i, a) => a.findIndex((x) => x.digest === l.digest) === i);
		const key = ref.domain === 'docker.io' ? HUB : registryHost(ref.domain);
		const user = ctx.host.auth[key];
		const namespace = ref.path.split('/')[0];
		const allowed = user !== undefined && (ref.domain !== 'docker.io' || namespace === user);
		layers.forEach((l, i) => w.write({ id: l.digest.slice(0, 12), status: 'Preparing', progress: 'none' }));
		layers.forEach((l, i) => {
			if (i >= 5) w.write({ id: l.digest.slice(0, 12), status: 'Waiting', progress: 'none' });
		});
		if (!allowed) {
			ctx.io.out(w.out);
			ctx.io.err('denied: requested access to the resource is denied\n');
			return 1;
		}
		const world = ctx.world;
		const target = (world.state.registry[repo] ??= { tags: {}, blobs: {} });
		let seconds = 0.5;
		for (const l of layers) {
			const id = l.digest.slice(0, 12);
			if (target.blobs[l.digest]) {
				w.write({ id, status: 'Layer already exists', progress: 'none' });
				continue;
			}
			// The client only mounts blobs it knows the source of: the repository the base image came from.
			const from = img.mountFrom;
			const fromKey = `${ref.domain}/${from}`;
			const owner = from && fromKey !== repo && (world.state.registry[fromKey]?.blobs[l.digest] || (ref.domain === 'docker.io' && catalogHas(from, l.digest))) ? from : '';
			if (owner) {
				w.write({ id, status: `Mounted from ${owner}`, progress: 'none' });
			} else {
				const size = Math.max(l.compressed, 32);
				w.write({ id, status: 'Pushing', progress: { current: Math.ceil(size / 2), total: size, etaSeconds: size / 20_000_000 } });
				w.write({ id, status: 'Pushing', progress: { current: size, total: size } });
				w.write({ id, status: 'Pushed', progress: 'none' });
				seconds += size / 20_000_000;
			}
			target.blobs[l.digest] = true;
		}
		const manifestSize = 428 + 211 * img.layers.length;
		const digest = sha256(`manifest ${repo}:${ref.tag} ${img.id}`);
		w.write({ status: `${ref.tag}: digest: sha256:${digest} size: ${manifestSize}` });
		const copy = JSON.parse(JSON.stringify(img)) as typeof img;
		copy.repoTags = [];
		copy.repoDigests = [];
		target.tags[ref.tag] = { digest, image: copy, manifestSize };
		const dref = `${familiarName(ref)}@sha256:${digest}`;
		if (!img.repoDigests.includes(dref)) img.repoDigests.push(dref);
		world.advance(seconds * 1000);
		if (quiet) ctx.io.out(`${familiarName(ref)}:${ref.tag}\n`);
		else ctx.io.out(w.out);
		return 0;
	},
};
