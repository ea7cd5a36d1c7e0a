// docker pull (and the pull inside run/create/build): resolve the tag against the registry
// for this host's platform, fetch the missing layers with jsonmessage progress, tag the
// image, and print the digest and status lines.
import { localLayers, resolveRemote, storeImage, tagImage } from '../engine/images.ts';
import { familiarName, familiarString, fullString, parseReference, type Reference } from '../engine/reference.ts';
import type { Image } from '../engine/types.ts';
import { JsonMessageWriter } from '../render/progress.ts';
import type { Parsed } from '../shell/flags.ts';
import { str } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

const SPEED = 40_000_000;

export type PullResult = { ok: true; image: Image; digest: string } | { ok: false; message: string; inStream: boolean };

/** Events for fetching layers, in the order moby's download manager emits them. */
export function pullProgress(w: JsonMessageWriter, layers: Array<{ digest: string; compressed: number }>, have: Set<string>): number {
	const seen = new Set<string>();
	const todo: Array<{ id: string; size: number; got: number; state: 'wait' | 'dl' | 'done' | 'extracted' }> = [];
	for (const l of layers) {
		if (seen.has(l.digest)) continue;
		seen.add(l.digest);
		const id = l.digest.slice(0, 12);
		if (have.has(l.digest)) w.write({ id, status: 'Already exists', progress: 'none' });
		else {
			w.write({ id, status: 'Pulling fs layer', progress: 'none' });
			todo.push({ id, size: Math.max(l.compressed, 32), got: 0, state: 'wait' });
		}
	}
	todo.forEach((t, i) => {
		if (i >= 3) w.write({ id: t.id, status: 'Waiting', progress: 'none' });
	});
	let seconds = 0;
	let guard = 0;
	while (todo.some((t) => t.state !== 'extracted') && guard++ < 1000) {
		const active = todo.filter((t) => t.state === 'dl' || t.state === 'wait').slice(0, 3);
		for (const t of active) {
			t.state = 'dl';
			const step = Math.max(Math.ceil(t.size / 3), 1);
			t.got = Math.min(t.size, t.got + step);
			if (t.got < t.size) w.write({ id: t.id, status: 'Downloading', progress: { current: t.got, total: t.size, etaSeconds: (t.size - t.got) / (SPEED / 3) } });
			else {
				w.write({ id: t.id, status: 'Downloading', progress: { current: t.size, total: t.size } });
				w.write({ id: t.id, status: 'Verifying Checksum', progress: 'none' });
				w.write({ id: t.id, status: 'Download complete', progress: 'none' });
				t.state = 'done';
			}
			seconds += step / SPEED;
		}
		const next = todo.find((t) => t.state !== 'extracted');
		if (next && next.state === 'done') {
			const half = Math.ceil(next.size / 2);
			w.write({ id: next.id, status: 'Extracting', progress: { current: half, total: next.size, etaSeconds: 0.5 } });
			w.write({ id: next.id, status: 'Extracting', progress: { current: next.size, total: next.size } });
			w.write({ id: next.id, status: 'Pull complete', progress: 'none' });
			next.state = 'extracted';
			seconds += next.size / (SPEED * 4);
		}
	}
	return seconds;
}

/**
 * Pull one reference. Progress goes to `write` (stdout for pull, stderr for run); errors
 * are returned, not printed, because pull and run word them differently.
 */
export function pullImage(ctx: Ctx, ref: Reference, opts: { platform: string; quiet: boolean; write: (t: string) => void }): PullResult {
	const r = resolveRemote(ctx.world, ctx.facts, ref, opts.platform);
	const tagLabel = ref.digest ? fullString(ref) : ref.tag;
	const w = new JsonMessageWriter(ctx.io.tty, ctx.io.tty ? ctx.io.cols : 80);
	if (!r.ok) {
		if (r.kind === 'no-match') {
			if (!opts.quiet) opts.write(`${tagLabel}: Pulling from ${ref.domain === 'docker.io' ? ref.path : ref.path}\n`);
			return { ok: false, message: r.message, inStream: true };
		}
		return { ok: false, message: r.message, inStream: false };
	}
	const remote = r.remote;
	const host = ctx.host;
	const name = familiarName(ref);
	const tagKey = `${name}:${ref.tag}`;
	const existing = host.images[remote.image.id];
	const upToDate = existing !== undefined && (ref.digest ? existing.repoDigests.includes(`${name}@${ref.digest}`) : existing.repoTags.includes(tagKey));
	if (!opts.quiet) w.write({ id: tagLabel, status: `Pulling from ${ref.path}` });
	let seconds = 0.4;
	if (!upToDate) seconds += pullProgress(w, remote.image.layers, localLayers(host));
	if (!opts.quiet) {
		w.write({ status: `Digest: sha256:${remote.digest}` });
		w.write({ status: `Status: ${upToDate ? 'Image is up to date' : 'Downloaded newer image'} for ${familiarString(ref)}` });
		opts.write(w.out);
	}
	ctx.world.advance(seconds * 1000);
	const img = storeImage(host, remote.image);
	if (!ref.digest) tagImage(host, img, tagKey);
	const digestRef = `${name}@sha256:${remote.digest}`;
	if (!img.repoDigests.includes(digestRef)) img.repoDigests.push(digestRef);
	if (img.mountFrom === '') img.mountFrom = remote.mountFrom;
	return { ok: true, image: img, digest: remote.digest };
}

export const pull: CommandDef = {
	name: 'pull',
	group: 'image',
	top: 'pull',
	use: '[OPTIONS] NAME[:TAG|@DIGEST]',
	short: 'Download an image from a registry',
	args: { exact: 1 },
	flags: [
		{ long: 'all-tags', short: 'a', type: 'bool', usage: 'Download all tagged images in the repository' },
		{ long: 'disable-content-trust', type: 'bool', usage: 'Skip image verification', defValue: 'true' },
		{ long: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
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
		if (p.flags['all-tags'] === true && ref.explicit) {
			ctx.io.err(`tag can't be used with --all-tags/-a\n`);
			return 1;
		}
		const quiet = p.flags.quiet === true;
		const platform = str(p.flags.platform);
		if (platform && !/^[a-z]+(\/[a-z0-9_]+)?(\/v\d)?$/.test(platform)) {
			ctx.io.err(`"${platform}": unknown operating system or architecture: invalid argument\n`);
			return 1;
		}
		if (!ref.explicit && !quiet) ctx.io.out('Using default tag: latest\n');
		const res = pullImage(ctx, ref, { platform, quiet, write: (t) => ctx.io.out(t) });
		if (!res.ok) {
			ctx.io.err(res.inStream ? `${res.message}\n` : `Error response from daemon: ${res.message}\n`);
			return 1;
		}
		ctx.io.out(`${fullString(ref)}\n`);
		return 0;
	},
};
