// docker images / docker image ls: one row per repository:tag, newest image first.
import { allImages, imageSize } from '../engine/images.ts';
import { humanDuration, humanSize, shortId, table } from '../render/format.ts';
import { formatRows } from '../render/template.ts';
import type { Parsed } from '../shell/flags.ts';
import { list, str } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

export const images: CommandDef = {
	name: 'ls',
	group: 'image',
	top: 'images',
	aliases: ['list'],
	use: '[OPTIONS] [REPOSITORY[:TAG]]',
	short: 'List images',
	args: { max: 1 },
	flags: [
		{ long: 'all', short: 'a', type: 'bool', usage: 'Show all images (default hides intermediate images)' },
		{ long: 'digests', type: 'bool', usage: 'Show digests' },
		{ long: 'filter', short: 'f', type: 'list', varName: 'filter', usage: 'Filter output based on conditions provided' },
		{ long: 'format', type: 'string', usage: "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" },
		{ long: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
		{ long: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
		{ long: 'tree', type: 'bool', usage: 'List multi-platform images as a tree (EXPERIMENTAL)' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const now = ctx.world.now();
		const noTrunc = p.flags['no-trunc'] === true;
		const filterRepo = p.args[0] ?? '';
		const filters = list(p.flags.filter);
		for (const f of filters) {
			if (!/^(dangling|reference|label|before|since|until)=/.test(f)) {
				ctx.io.err(`Error response from daemon: invalid filter '${f.split('=')[0]}'\n`);
				return 1;
			}
		}
		const rows: Array<{ repo: string; tag: string; digest: string; id: string; created: string; size: string; raw: number }> = [];
		for (const img of allImages(ctx.host)) {
			const id = noTrunc ? `sha256:${img.id}` : shortId(img.id);
			const created = `${humanDuration(now - img.created)} ago`;
			const size = humanSize(imageSize(img), 3);
			const tags = img.repoTags.length ? img.repoTags : [];
			if (tags.length === 0) {
				const digest = img.repoDigests[0]?.split('@')[1] ?? '<none>';
				rows.push({ repo: img.repoDigests[0]?.split('@')[0] ?? '<none>', tag: '<none>', digest, id, created, size, raw: img.created });
			}
			for (const t of tags) {
				const i = t.lastIndexOf(':');
				const repo = t.slice(0, i);
				const digest = img.repoDigests.find((d) => d.startsWith(repo + '@'))?.split('@')[1] ?? '<none>';
				rows.push({ repo, tag: t.slice(i + 1), digest, id, created, size, raw: img.created });
			}
		}
		let shown = rows;
		if (filterRepo) {
			const [r, t] = filterRepo.includes(':') ? [filterRepo.slice(0, filterRepo.lastIndexOf(':')), filterRepo.slice(filterRepo.lastIndexOf(':') + 1)] : [filterRepo, ''];
			shown = shown.filter((x) => x.repo === r && (!t || x.tag === t));
		}
		for (const f of filters) {
			const [k, v] = [f.slice(0, f.indexOf('=')), f.slice(f.indexOf('=') + 1)];
			if (k === 'dangling') shown = shown.filter((x) => (x.tag === '<none>') === (v === 'true'));
			if (k === 'reference') shown = shown.filter((x) => x.repo === v.split(':')[0] || `${x.repo}:${x.tag}` === v);
		}
		if (p.flags.quiet === true) {
			ctx.io.out(shown.map((x) => x.id + '\n').join(''));
			return 0;
		}
		const format = str(p.flags.format);
		if (format && format !== 'table') {
			const res = formatRows(format, shown.map((x) => ({ Repository: x.repo, Tag: x.tag, ID: x.id, Digest: x.digest, CreatedSince: x.created, CreatedAt: new Date(x.raw).toISOString().replace('T', ' ').slice(0, 19) + ' +0000 UTC', Size: x.size, Containers: 'N/A', VirtualSize: x.size, SharedSize: 'N/A', UniqueSize: 'N/A' })), { Repository: 'REPOSITORY', Tag: 'TAG', ID: 'IMAGE ID', Digest: 'DIGEST', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', Size: 'SIZE' });
			if (!res.ok) {
				ctx.io.err(res.error + '\n');
				return 1;
			}
			ctx.io.out(res.text);
			return 0;
		}
		const digests = p.flags.digests === true;
		const head = digests ? ['REPOSITORY', 'TAG', 'DIGEST', 'IMAGE ID', 'CREATED', 'SIZE'] : ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'];
		ctx.io.out(table([head, ...shown.map((x) => (digests ? [x.repo, x.tag, x.digest, x.id, x.created, x.size] : [x.repo, x.tag, x.id, x.created, x.size]))]));
		return 0;
	},
};
