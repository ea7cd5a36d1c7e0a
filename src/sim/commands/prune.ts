// docker container prune, docker image prune and docker network prune: each asks first
// (prompt.Confirm) unless -f.
import { humanSize } from '../render/format.ts';
import type { Parsed } from '../shell/flags.ts';
import { removeContainer } from './run.ts';
import { deleteImage } from './rmi.ts';
import { confirm } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

export const containerPrune: CommandDef = {
	name: 'prune',
	group: 'container',
	use: '[OPTIONS]',
	short: 'Remove all stopped containers',
	args: { max: 0 },
	flags: [{ long: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' }],
	run(ctx: Ctx, p: Parsed): number {
		if (p.flags.force !== true && !confirm(ctx, 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue?', [])) return 0;
		const stopped = Object.values(ctx.host.containers).filter((c) => c.status !== 'running');
		let out = stopped.length ? `Deleted Containers:\n${stopped.map((c) => c.id + '\n').join('')}\n` : '';
		for (const c of stopped) removeContainer(ctx, c, false);
		out += 'Total reclaimed space: 0B\n';
		ctx.io.out(out);
		return 0;
	},
};

export const imagePrune: CommandDef = {
	name: 'prune',
	group: 'image',
	use: '[OPTIONS]',
	short: 'Remove unused images',
	args: { max: 0 },
	flags: [
		{ long: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images, not just dangling ones' },
		{ long: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const all = p.flags.all === true;
		if (p.flags.force !== true && !confirm(ctx, `WARNING! This will remove all ${all ? 'images without at least one container associated to them' : 'dangling images'}.\nAre you sure you want to continue?`, all ? ['--all'] : [])) return 0;
		const used = new Set(Object.values(ctx.host.containers).map((c) => c.imageId));
		const imgs = Object.values(ctx.host.images).filter((i) => !used.has(i.id) && (all || i.repoTags.length === 0));
		let out = imgs.length ? 'Deleted Images:\n' : '';
		let reclaimed = 0;
		for (const i of imgs) {
			for (const t of i.repoTags) out += `untagged: ${t}\n`;
			for (const d of i.repoDigests) out += `untagged: ${d}\n`;
			reclaimed += i.layers.reduce((n, l) => n + l.size, 0);
			out += deleteImage(ctx, i).replace(/Deleted:/g, 'deleted:');
		}
		out += `${imgs.length ? '\n' : ''}Total reclaimed space: ${humanSize(reclaimed)}\n`;
		ctx.io.out(out);
		return 0;
	},
};

export const networkPrune: CommandDef = {
	name: 'prune',
	group: 'network',
	use: '[OPTIONS]',
	short: 'Remove all unused networks',
	args: { max: 0 },
	flags: [
		{ long: 'filter', type: 'list', varName: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
		{ long: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
	],
	run(ctx: Ctx, p: Parsed): number {
		if (p.flags.force !== true && !confirm(ctx, 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue?', [])) return 0;
		const used = new Set(Object.values(ctx.host.containers).flatMap((c) => c.endpoints.map((e) => e.network)));
		const nets = Object.values(ctx.host.networks).filter((n) => !n.builtin && !used.has(n.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
		for (const n of nets) delete ctx.host.networks[n.id];
		if (nets.length) ctx.io.out(`Deleted Networks:\n${nets.map((n) => n.name + '\n').join('')}\n`);
		return 0;
	},
};
