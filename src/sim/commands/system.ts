// docker system df and docker system prune: disk usage with shared layers counted once.
import { byteLength } from '../engine/sha256.ts';
import { humanSize, table } from '../render/format.ts';
import type { Parsed } from '../shell/flags.ts';
import { removeContainer } from './run.ts';
import { deleteImage } from './rmi.ts';
import { confirm } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';
import { volumeSize } from './volume.ts';
import { pruneBuildCache } from './builder.ts';

export const systemDf: CommandDef = {
	name: 'df',
	group: 'system',
	use: '[OPTIONS]',
	short: 'Show docker disk usage',
	args: { max: 0 },
	flags: [
		{ long: 'format', type: 'string', usage: "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" },
		{ long: 'verbose', short: 'v', type: 'bool', usage: 'Show detailed information on space usage' },
	],
	run(ctx: Ctx, _p: Parsed): number {
		const host = ctx.host;
		const images = Object.values(host.images);
		const containers = Object.values(host.containers);
		const usedImages = new Set(containers.map((c) => c.imageId));
		const layerSize = new Map<string, number>();
		const layerUsed = new Set<string>();
		for (const img of images) {
			for (const l of img.layers) {
				layerSize.set(l.digest, l.size);
				if (usedImages.has(img.id)) layerUsed.add(l.digest);
			}
		}
		const total = [...layerSize.values()].reduce((a, b) => a + b, 0);
		const reclaimImages = [...layerSize.entries()].filter(([d]) => !layerUsed.has(d)).reduce((a, [, s]) => a + s, 0);
		const cSize = (c: (typeof containers)[number]) => Object.values(c.files).reduce((n, v) => n + (v ? byteLength(v) : 0), 0);
		const cTotal = containers.reduce((n, c) => n + cSize(c), 0);
		const cReclaim = containers.filter((c) => c.status !== 'running').reduce((n, c) => n + cSize(c), 0);
		const vols = Object.values(host.volumes);
		const usedVols = new Set(containers.flatMap((c) => c.mounts.map((m) => m.source)));
		const vTotal = vols.reduce((n, v) => n + volumeSize(v.files), 0);
		const vReclaim = vols.filter((v) => !usedVols.has(v.name)).reduce((n, v) => n + volumeSize(v.files), 0);
		const cache = Object.entries(host.buildCache).filter(([k]) => !k.startsWith('ctx ') && !k.startsWith('legacy '));
		const bTotal = cache.reduce((n, [, c]) => n + c.size, 0);
		const pct = (r: number, t: number) => (t > 0 ? `${humanSize(r)} (${Math.floor((r * 100) / t)}%)` : humanSize(r));
		ctx.io.out(
			table([
				['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
				['Images', String(images.length), String(images.filter((i) => usedImages.has(i.id)).length), humanSize(total), pct(reclaimImages, total)],
				['Containers', String(containers.length), String(containers.filter((c) => c.status === 'running').length), humanSize(cTotal), pct(cReclaim, cTotal)],
				['Local Volumes', String(vols.length), String(vols.filter((v) => usedVols.has(v.name)).length), humanSize(vTotal), pct(vReclaim, vTotal)],
				['Build Cache', String(cache.length), '0', humanSize(bTotal), humanSize(bTotal)],
			]),
		);
		return 0;
	},
};

export const systemPrune: CommandDef = {
	name: 'prune',
	group: 'system',
	use: '[OPTIONS]',
	short: 'Remove unused data',
	args: { max: 0 },
	flags: [
		{ long: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images not just dangling ones' },
		{ long: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
		{ long: 'volumes', type: 'bool', usage: 'Prune anonymous volumes' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const all = p.flags.all === true;
		const warn = `WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n${p.flags.volumes === true ? '  - all anonymous volumes not used by at least one container\n' : ''}  - ${all ? 'all images without at least one container associated to them' : 'all dangling images'}\n  - ${all ? 'all build cache' : 'unused build cache'}\n`;
		if (p.flags.force !== true && !confirm(ctx, `${warn}\nAre you sure you want to continue?`, [...(all ? ['--all'] : []), ...(p.flags.volumes === true ? ['--volumes'] : [])])) return 0;
		let out = '';
		const stopped = Object.values(ctx.host.containers).filter((c) => c.status !== 'running');
		if (stopped.length) out += `Deleted Containers:\n${stopped.map((c) => c.id + '\n').join('')}\n`;
		for (const c of stopped) removeContainer(ctx, c, false);
		const netsUsed = new Set(Object.values(ctx.host.containers).flatMap((c) => c.endpoints.map((e) => e.network)));
		const nets = Object.values(ctx.host.networks).filter((n) => !n.builtin && !netsUsed.has(n.name));
		if (nets.length) out += `Deleted Networks:\n${nets.map((n) => n.name + '\n').join('')}\n`;
		for (const n of nets) delete ctx.host.networks[n.id];
		const used = new Set(Object.values(ctx.host.containers).map((c) => c.imageId));
		const imgs = Object.values(ctx.host.images).filter((i) => !used.has(i.id) && (all || i.repoTags.length === 0));
		let reclaimed = 0;
		if (imgs.length) {
			out += 'Deleted Images:\n';
			for (const i of imgs) {
				for (const t of i.repoTags) out += `untagged: ${t}\n`;
				for (const d of i.repoDigests) out += `untagged: ${d}\n`;
				reclaimed += i.layers.reduce((n, l) => n + l.size, 0);
				out += deleteImage(ctx, i).replace(/Deleted:/g, 'deleted:');
			}
			out += '\n';
		}
		const cache = pruneBuildCache(ctx.host, all);
		out += cache.text;
		reclaimed += cache.reclaimed;
		out += `Total reclaimed space: ${humanSize(reclaimed)}\n`;
		ctx.io.out(out);
		return 0;
	},
};
