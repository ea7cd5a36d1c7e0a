// docker diff: the writable layer's changes as `A`/`C`/`D` lines, sorted by path, parents of a
// change listed as changed (moby's overlay ChangesDirs; cli container/diff.go `{{.Type}} {{.Path}}`).
import { imageOf } from '../container/runtime.ts';
import { ContainerFs } from '../container/fs.ts';
import type { Parsed } from '../shell/flags.ts';
import { containerOr404 } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

export const diff: CommandDef = {
	name: 'diff',
	group: 'container',
	top: 'diff',
	use: 'CONTAINER',
	short: "Inspect changes to files or directories on a container's filesystem",
	args: { exact: 1 },
	flags: [],
	run(ctx: Ctx, p: Parsed): number {
		const ref = p.args[0]!;
		const c = containerOr404(ctx, ref);
		if (!c) return 1;
		if (ctx.facts.os === 'windows' && c.status === 'running') {
			ctx.io.err('Error response from daemon: Windows does not support diff of a running container\n');
			return 1;
		}
		const img = imageOf(ctx.host, c);
		const lower = new ContainerFs({ family: img?.family ?? 'scratch', image: { files: img?.files ?? {}, dirs: img?.dirs ?? [] }, upper: { files: {}, dirs: [] }, mounts: [] });
		const changes = new Map<string, string>();
		// The engine bind-mounts these over the rootfs; they never show as changes.
		const mounted = ['/etc/hostname', '/etc/hosts', '/etc/resolv.conf'];
		for (const [path, content] of Object.entries(c.files)) if (!mounted.includes(path)) changes.set(path, content === null ? 'D' : lower.exists(path) ? 'C' : 'A');
		for (const d of c.dirs) if (!changes.has(d)) changes.set(d, lower.exists(d) ? 'C' : 'A');
		for (const path of [...changes.keys()]) {
			for (let at = path.lastIndexOf('/'); at > 0; at = path.lastIndexOf('/', at - 1)) {
				const parent = path.slice(0, at);
				if (!changes.has(parent)) changes.set(parent, lower.exists(parent) ? 'C' : 'A');
			}
		}
		const lines = [...changes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
		for (const [path, kind] of lines) ctx.io.out(`${kind} ${path}\n`);
		return 0;
	},
};
