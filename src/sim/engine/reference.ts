// Image references as distribution/reference parses them: an optional registry domain, a
// lowercase path, then :tag and/or @sha256:digest. Docker Hub's official images live under
// library/, and the "familiar" form drops docker.io/ and library/ again for display.

export interface Reference {
	domain: string;
	path: string;
	tag: string;
	digest: string;
	/** Whether the user typed a tag or digest (else `Using default tag: latest`). */
	explicit: boolean;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

export type ParseResult = { ok: true; ref: Reference } | { ok: false; error: string };

export function parseReference(input: string): ParseResult {
	const bad: ParseResult = { ok: false, error: 'invalid reference format' };
	if (input.length === 0 || input.length > 255 + 140) return bad;
	let rest = input;
	let digest = '';
	const at = rest.indexOf('@');
	if (at >= 0) {
		digest = rest.slice(at + 1);
		rest = rest.slice(0, at);
		if (!DIGEST.test(digest)) return bad;
	}
	let tag = '';
	const lastSlash = rest.lastIndexOf('/');
	const colon = rest.lastIndexOf(':');
	if (colon > lastSlash) {
		tag = rest.slice(colon + 1);
		rest = rest.slice(0, colon);
		if (!TAG.test(tag)) return bad;
	}
	let domain = 'docker.io';
	let path = rest;
	const slash = rest.indexOf('/');
	if (slash >= 0) {
		const first = rest.slice(0, slash);
		// splitDockerDomain: a first component with "." or ":", "localhost", or any uppercase
		// letter ("uppercase namespaces are not allowed") is a domain.
		if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
			domain = first;
			path = rest.slice(slash + 1);
			if (!/^[a-zA-Z0-9.-]+(?::[0-9]+)?$/.test(domain)) return bad;
		}
	}
	if (domain === 'index.docker.io') domain = 'docker.io';
	if (domain === 'docker.io' && !path.includes('/')) path = `library/${path}`;
	const parts = path.split('/');
	for (const p of parts) {
		if (!COMPONENT.test(p)) {
			if (COMPONENT.test(p.toLowerCase())) {
				return { ok: false, error: `invalid reference format: repository name (${path}) must be lowercase` };
			}
			return bad;
		}
	}
	const explicit = tag !== '' || digest !== '';
	if (!tag && !digest) tag = 'latest';
	return { ok: true, ref: { domain, path, tag, digest, explicit } };
}

/** docker.io/library/nginx → nginx; docker.io/alice/app → alice/app; others keep their domain. */
export function familiarName(ref: { domain: string; path: string }): string {
	if (ref.domain === 'docker.io') return ref.path.startsWith('library/') ? ref.path.slice(8) : ref.path;
	return `${ref.domain}/${ref.path}`;
}

export function familiarString(ref: Reference): string {
	let s = familiarName(ref);
	if (ref.tag) s += `:${ref.tag}`;
	if (ref.digest) s += `@${ref.digest}`;
	return s;
}

export function fullString(ref: Reference): string {
	let s = `${ref.domain}/${ref.path}`;
	if (ref.tag) s += `:${ref.tag}`;
	if (ref.digest) s += `@${ref.digest}`;
	return s;
}

/** The key repository tags are stored under: familiar name plus tag (`nginx:latest`). */
export function tagKey(ref: Reference): string {
	return `${familiarName(ref)}:${ref.tag || 'latest'}`;
}

export function registryHost(domain: string): string {
	return domain === 'docker.io' ? 'https://index.docker.io/v1/' : domain;
}
