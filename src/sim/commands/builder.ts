// docker builder prune: remove BuildKit's build cache (docker/cli cli/command/builder/prune.go).
// Without --all only the steps' own records go; --all also drops the base images BuildKit keeps
// in its own store. Each record is listed by its cache id, then the space reclaimed.
import { sha256 } from '../engine/sha256.ts';
import type { HostState } from '../engine/types.ts';
import { humanSize } from '../render/format.ts';
import type { Parsed } from '../shell/flags.ts';
import { confirm } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

/** A BuildKit cache record id: 25 characters of [a-z0-9], stable for the same step. */
function cacheId(key: string): string {
	const hex = sha256(key);
	let id = '';
	for (let i = 0; i < 25; i++) id += '0123456789abcdefghijklmnopqrstuvwxyz'[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % 36];
	return id;
}

/** Empties the build cache (and with `all` BuildKit's base images), as `builder prune` and
 * `system prune` do: the "Deleted build cache objects" block, and the bytes reclaimed. */
export function pruneBuildCache(host: HostState, all: boolean): { text: string; reclaimed: number } {
	const ids: string[] = [];
	let reclaimed = 0;
	for (const [key, step] of Object.entries(host.buildCache)) {
		// The build context's own records go too, uncounted, as `docker system df` leaves them out.
		if (!key.startsWith('ctx ') && !key.startsWith('legacy ')) ids.push(cacheId(key));
		reclaimed += step.size;
		delete host.buildCache[key];
	}
	if (all) {
		// One record per base image's content (`name@id`); the `name` keys only remember its metadata.
		for (const base of Object.keys(host.buildBases)) if (base.includes('@')) ids.push(cacheId(`base ${base}`));
		host.buildBases = {};
	}
	return { text: ids.length ? `Deleted build cache objects:\n${ids.map((id) => id + '\n').join('')}\n` : '', reclaimed };
}

export const builderPrune: CommandDef = {
	name: 'prune',
	group: 'builder',
	use: '',
	short: 'Remove build cache',
	args: { max: 0 },
	flags: [
		{ long: 'all', short: 'a', type: 'bool', usage: 'Remove all unused build cache, not just dangling ones' },
		{ long: 'filter', type: 'list', usage: 'Provide filter values (e.g. "until=24h")' },
		{ long: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
		{ long: 'keep-storage', type: 'string', usage: 'Amount of disk space to keep for cache' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const all = p.flags.all === true;
		const warning = all ? 'WARNING! This will remove all build cache. Are you sure you want to continue?' : 'WARNING! This will remove all dangling build cache. Are you sure you want to continue?';
		if (p.flags.force !== true && !confirm(ctx, warning, all ? ['--all'] : [])) return 0;
		const { text, reclaimed } = pruneBuildCache(ctx.host, all);
		ctx.io.out(`${text}Total reclaimed space: ${humanSize(reclaimed)}\n`);
		return 0;
	},
};
