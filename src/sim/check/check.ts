// A challenge's check: a list of conditions on the machine's state, tried in order; the first
// that does not hold is the one the reader hears about. Conditions look at state (containers,
// images, volumes, networks, the registry, files, what curl would answer), never at the
// commands typed, so any correct way passes. Plain data in, plain data out; nothing here is
// imported at run time but the conditions and a probe (a Host satisfies it).
import type { Facts, HttpAnswer } from './facts.ts';

/** Containers matching every given field. */
export interface ContainerCondition {
	name?: string;
	/** As typed or any tag of its image: `nginx` matches `nginx:latest`. */
	image?: string;
	status?: 'created' | 'running' | 'exited';
	exitCode?: number;
	/** `hostPort:containerPort`. */
	port?: string;
	/** `volume-or-host-path:/destination`. */
	mount?: string;
	network?: string;
	/** `KEY=value` in the container's environment. */
	env?: string;
}

export type Condition =
	| { container: ContainerCondition; absent?: boolean }
	| { image: string; absent?: boolean }
	| { volume: string; absent?: boolean }
	| { network: string; absent?: boolean }
	| { registry: string }
	/** In a container (as it sees its files) or in a named volume (from the volume's root). */
	| { file: { container?: string; volume?: string; path: string; contains?: string; matches?: string } }
	| { http: { url: string; status?: number; contains?: string } }
	/** What `docker logs CONTAINER` shows (stdout and stderr). */
	| { logs: { container: string; contains?: string; matches?: string } }
	| { exit: number };

export interface Probe {
	facts(): Facts;
	http(url: string): HttpAnswer;
	readFile(container: string, path: string): string | null;
	volumeFile(volume: string, path: string): string | null;
	logs(container: string): string | null;
}

export interface CheckResult {
	passed: boolean;
	/** Index of the first condition that does not hold, or -1. */
	failed: number;
}

/** `nginx` → `nginx:latest`; `docker.io/library/nginx` → `nginx:latest`. Kept small on purpose (no parser in the bundle). */
export function normalizeTag(ref: string): string {
	let r = ref.replace(/^(?:docker\.io|index\.docker\.io)\//, '').replace(/^library\//, '');
	if (!/:[\w][\w.-]*$/.test(r.slice(r.lastIndexOf('/') + 1))) r += ':latest';
	return r;
}

/** `yourname/site:1.0` → `docker.io/yourname/site:1.0`, as the registry lists its tags. */
export function registryTag(ref: string): string {
	const r = normalizeTag(ref);
	const first = r.split('/')[0]!;
	const domain = r.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
	return domain ? r : `docker.io/${r.includes('/') ? r : `library/${r}`}`;
}

const matches = (want: ContainerCondition) => (c: Facts['containers'][number]) =>
	(want.name === undefined || c.name === want.name) &&
	(want.image === undefined || normalizeTag(c.image) === normalizeTag(want.image) || c.imageTags.includes(normalizeTag(want.image))) &&
	(want.status === undefined || c.status === want.status) &&
	(want.exitCode === undefined || (c.status === 'exited' && c.exitCode === want.exitCode)) &&
	(want.port === undefined || c.ports.includes(want.port)) &&
	(want.mount === undefined || c.mounts.some((m) => `${m.source}:${m.destination}` === want.mount)) &&
	(want.network === undefined || c.networks.includes(want.network)) &&
	(want.env === undefined || c.env.includes(want.env));

/** A text that exists, contains `contains` and matches the multiline regular expression `matches` (each when given). */
const textHolds = (text: string | null, contains?: string, matches?: string) =>
	text !== null && (contains === undefined || text.includes(contains)) && (matches === undefined || new RegExp(matches, 'm').test(text));

/** Whether one condition holds. `facts` is read once per check and shared. */
export function holds(cond: Condition, probe: Probe, facts: () => Facts): boolean {
	if ('container' in cond) return facts().containers.some(matches(cond.container)) !== Boolean(cond.absent);
	if ('image' in cond) return facts().images.some((i) => i.tags.includes(normalizeTag(cond.image))) !== Boolean(cond.absent);
	if ('volume' in cond) return facts().volumes.some((v) => v.name === cond.volume) !== Boolean(cond.absent);
	if ('network' in cond) return facts().networks.some((n) => n.name === cond.network) !== Boolean(cond.absent);
	if ('registry' in cond) return facts().registry.includes(registryTag(cond.registry));
	if ('file' in cond) {
		const { container, volume, path, contains, matches } = cond.file;
		const text = container !== undefined ? probe.readFile(container, path) : volume !== undefined ? probe.volumeFile(volume, path) : null;
		return textHolds(text, contains, matches);
	}
	if ('logs' in cond) return textHolds(probe.logs(cond.logs.container), cond.logs.contains, cond.logs.matches);
	if ('http' in cond) {
		const res = probe.http(cond.http.url);
		if (!res.ok) return false;
		return res.status === (cond.http.status ?? 200) && (cond.http.contains === undefined || res.body.includes(cond.http.contains));
	}
	return facts().lastStatus === cond.exit;
}

/** Tries the conditions in order and stops at the first that does not hold. */
export function check(conditions: readonly Condition[], probe: Probe): CheckResult {
	let cached: Facts | undefined;
	const facts = () => (cached ??= probe.facts());
	const failed = conditions.findIndex((c) => !holds(c, probe, facts));
	return { passed: failed === -1, failed };
}
