// Local image store and registry resolution: tag lookups, manifest-list platform matching,
// and what a pull has to fetch. Pure functions over plain state.
import { CATALOG, catalogImage, findCatalog, findCatalogByDigest, indexDigest, manifestDigest, repoExists } from './catalog.ts';
import type { PlatformFacts } from './platform.ts';
import { familiarName, parseReference, type Reference } from './reference.ts';
import type { HostState, Image } from './types.ts';
import type { World } from './world.ts';

export function imagePlatform(img: Image): string {
	if (img.os === 'windows') return 'windows/amd64';
	return img.arch === 'arm64' ? 'linux/arm64/v8' : 'linux/amd64';
}

export function shortPlatform(img: Image): string {
	return img.arch === 'arm64' && img.os === 'linux' ? 'linux/arm64' : `${img.os}/${img.arch}`;
}

export function allImages(host: HostState): Image[] {
	return Object.values(host.images).sort((a, b) => b.created - a.created || (a.id < b.id ? -1 : 1));
}

export function findImageByRef(host: HostState, ref: Reference): Image | undefined {
	const name = familiarName(ref);
	if (ref.digest) return Object.values(host.images).find((i) => i.repoDigests.includes(`${name}@${ref.digest}`));
	const key = `${name}:${ref.tag}`;
	return Object.values(host.images).find((i) => i.repoTags.includes(key));
}

/** Find a local image by name[:tag], by digest, or by (a prefix of) its id. */
export function findImage(host: HostState, input: string): Image | undefined {
	const idLike = input.replace(/^sha256:/, '');
	if (/^[0-9a-f]{4,64}$/.test(idLike)) {
		const hits = Object.values(host.images).filter((i) => i.id.startsWith(idLike));
		if (hits.length === 1) return hits[0];
	}
	const r = parseReference(input);
	if (!r.ok) return undefined;
	return findImageByRef(host, r.ref);
}

export function normalizePlatform(p: string): { os: string; arch: string; text: string } | null {
	const parts = p.toLowerCase().split('/');
	const os = parts[0] ?? '';
	let arch = parts[1] ?? '';
	if (!['linux', 'windows', 'darwin'].includes(os)) return null;
	if (arch === '') arch = 'amd64';
	if (arch === 'x86_64' || arch === 'x86-64') arch = 'amd64';
	if (arch === 'aarch64') arch = 'arm64';
	if (!['amd64', 'arm64', 'arm', '386', 'ppc64le', 's390x', 'riscv64'].includes(arch)) return null;
	let text = `${os}/${arch}`;
	if (arch === 'arm64' && os === 'linux') text += '/v8';
	if (parts[2] && arch !== 'arm64') text += `/${parts[2]}`;
	return { os, arch, text };
}

export interface RemoteImage {
	image: Image;
	/** Digest printed by pull (`Digest:`): the index digest for multi-platform images. */
	digest: string;
	mountFrom: string;
}

export type Resolve =
	| { ok: true; remote: RemoteImage }
	| { ok: false; kind: 'denied' | 'manifest-unknown' | 'no-match'; message: string };

/** Resolve a reference against the registry for a platform. */
export function resolveRemote(world: World, facts: PlatformFacts, ref: Reference, platform: string): Resolve {
	const name = familiarName(ref);
	const deniedMsg = `pull access denied for ${name}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
	const repoKey = `${ref.domain}/${ref.path}`;
	const pushed = world.state.registry[repoKey];
	const want = platform ? normalizePlatform(platform) : null;
	const wantText = want ? want.text : facts.platformString;
	if (pushed) {
		const tag = ref.digest ? Object.values(pushed.tags).find((t) => t.digest === ref.digest.slice(7)) : pushed.tags[ref.tag];
		if (!tag) return { ok: false, kind: 'manifest-unknown', message: `manifest for ${name}:${ref.tag} not found: manifest unknown: manifest unknown` };
		return { ok: true, remote: { image: tag.image, digest: tag.digest, mountFrom: tag.image.mountFrom } };
	}
	if (!repoExists(ref.domain, ref.path)) return { ok: false, kind: 'denied', message: deniedMsg };
	const version = ref.digest ? findCatalogByDigest(ref.domain, ref.path, ref.digest.slice(7)) : findCatalog(ref.domain, ref.path, ref.tag);
	if (!version) {
		if (ref.digest) return { ok: false, kind: 'manifest-unknown', message: `manifest for ${name}@${ref.digest} not found: manifest unknown: manifest unknown` };
		return { ok: false, kind: 'manifest-unknown', message: `manifest for ${name}:${ref.tag} not found: manifest unknown: manifest unknown` };
	}
	const wantOs = want ? want.os : facts.os;
	const wantArch = want ? want.arch : facts.arch;
	const entry = version.platforms.find((p) => p === `${wantOs}/${wantArch}`);
	if (!entry) return { ok: false, kind: 'no-match', message: `no matching manifest for ${wantText} in the manifest list entries` };
	return { ok: true, remote: { image: catalogImage(version, entry), digest: indexDigest(version), mountFrom: version.path } };
}

export function catalogManifestDigest(ref: Reference, platform: string): string {
	const v = findCatalog(ref.domain, ref.path, ref.tag);
	return v ? manifestDigest(v, platform) : '';
}

/** Every layer digest present on the host (for `Already exists`). */
export function localLayers(host: HostState): Set<string> {
	const s = new Set<string>();
	for (const img of Object.values(host.images)) for (const l of img.layers) s.add(l.digest);
	return s;
}

/**
 * Put a pulled or built image into the store under a tag, moving the tag off any image
 * that had it; an image left with no tags and no digests becomes dangling (<none>).
 */
export function tagImage(host: HostState, image: Image, tagKey: string): void {
	for (const other of Object.values(host.images)) {
		if (other.id !== image.id && other.repoTags.includes(tagKey)) {
			other.repoTags = other.repoTags.filter((t) => t !== tagKey);
			const repo = tagKey.slice(0, tagKey.lastIndexOf(':'));
			other.repoDigests = other.repoDigests.filter((d) => !d.startsWith(repo + '@') || other.repoTags.some((t) => t.startsWith(repo + ':')));
		}
	}
	const existing = host.images[image.id];
	const target = existing ?? image;
	if (!existing) host.images[image.id] = target;
	if (!target.repoTags.includes(tagKey)) target.repoTags.push(tagKey);
}

export function storeImage(host: HostState, image: Image): Image {
	const existing = host.images[image.id];
	if (existing) return existing;
	const copy: Image = JSON.parse(JSON.stringify(image));
	copy.repoTags = [];
	copy.repoDigests = [];
	host.images[copy.id] = copy;
	return copy;
}

export function imageSize(img: Image): number {
	return img.layers.reduce((n, l) => n + l.size, 0);
}

export function catalogRepos(): string[] {
	const out: string[] = [];
	for (const v of CATALOG) {
		const n = familiarName({ domain: v.domain, path: v.path });
		for (const t of v.tags) out.push(`${n}:${t}`);
	}
	return out;
}
