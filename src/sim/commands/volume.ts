// docker volume create/ls/rm/inspect/prune: named volumes outlive the containers that use
// them, which is how data survives `docker rm`.
import { byteLength } from '../engine/sha256.ts';
import { table } from '../render/format.ts';
import { formatRows } from '../render/template.ts';
import type { Parsed } from '../shell/flags.ts';
import { confirm, str } from './common.ts';
import { printObjects, volumeJson } from './inspect.ts';
import type { CommandDef, Ctx } from './types.ts';

const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export function volumeSize(files: Record<string, string>): number {
	return Object.values(files).reduce((n, v) => n + byteLength(v), 0);
}

export const volumeCreate: CommandDef = {
	name: 'create',
	group: 'volume',
	use: '[OPTIONS] [VOLUME]',
	short: 'Create a volume',
	args: { max: 1 },
	flags: [
		{ long: 'driver', short: 'd', type: 'string', usage: 'Specify volume driver name', defValue: 'local' },
		{ long: 'label', type: 'list', usage: 'Set metadata for a volume' },
		{ long: 'name', type: 'string', usage: 'Specify volume name', hidden: true },
		{ long: 'opt', short: 'o', type: 'map', usage: 'Set driver specific options', defValue: 'map[]' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const name = p.args[0] ?? (str(p.flags.name) || ctx.world.hex(64));
		if (!NAME_RE.test(name)) {
			ctx.io.err(`Error response from daemon: create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n`);
			return 1;
		}
		const driver = str(p.flags.driver) || 'local';
		if (driver !== 'local') {
			ctx.io.err(`Error response from daemon: create ${name}: error looking up volume plugin ${driver}: plugin "${driver}" not found\n`);
			return 1;
		}
		if (!ctx.host.volumes[name]) ctx.host.volumes[name] = { name, created: ctx.world.now(), anonymous: p.args[0] === undefined && !str(p.flags.name), files: {}, dirs: [] };
		ctx.io.out(`${name}\n`);
		return 0;
	},
};

export const volumeLs: CommandDef = {
	name: 'ls',
	group: 'volume',
	aliases: ['list'],
	use: '[OPTIONS]',
	short: 'List volumes',
	args: { max: 0 },
	flags: [
		{ long: 'cluster', type: 'bool', usage: 'Display only cluster volumes, and use cluster volume list formatting' },
		{ long: 'filter', short: 'f', type: 'list', varName: 'filter', usage: "Provide filter values (e.g. 'dangling=true')" },
		{ long: 'format', type: 'string', usage: "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" },
		{ long: 'quiet', short: 'q', type: 'bool', usage: 'Only display volume names' },
	],
	run(ctx: Ctx, p: Parsed): number {
		let vols = Object.values(ctx.host.volumes).sort((a, b) => (a.name < b.name ? -1 : 1));
		// moby daemon/volumes.go accepts dangling, name, driver and label filters.
		for (const f of Array.isArray(p.flags.filter) ? (p.flags.filter as string[]) : []) {
			const eq = f.indexOf('=');
			const k = eq < 0 ? f : f.slice(0, eq);
			const v = f.slice(eq + 1);
			if (eq < 0 || !['dangling', 'name', 'driver', 'label'].includes(k)) {
				ctx.io.err(`Error response from daemon: invalid filter '${k}'\n`);
				return 1;
			}
			const used = (name: string) => Object.values(ctx.host.containers).some((c) => c.mounts.some((m) => m.type === 'volume' && m.source === name));
			if (k === 'name') vols = vols.filter((x) => x.name.includes(v));
			if (k === 'driver') vols = vols.filter(() => v === 'local');
			if (k === 'dangling') vols = vols.filter((x) => used(x.name) !== (v === 'true' || v === '1'));
			if (k === 'label') vols = vols.filter((x) => x.anonymous && v.split('=')[0] === 'com.docker.volume.anonymous');
		}
		if (p.flags.quiet === true) {
			ctx.io.out(vols.map((v) => v.name + '\n').join(''));
			return 0;
		}
		// docker/cli formatter/volume.go: the fields and headers a --format template can use.
		const format = str(p.flags.format);
		if (format && format !== 'table') {
			const res = formatRows(
				format,
				vols.map((v) => ({ Name: v.name, Driver: 'local', Scope: 'local', Mountpoint: `/var/lib/docker/volumes/${v.name}/_data`, Labels: v.anonymous ? 'com.docker.volume.anonymous=' : '', Links: 'N/A', Size: 'N/A' })),
				{ Name: 'VOLUME NAME', Driver: 'DRIVER', Scope: 'SCOPE', Mountpoint: 'MOUNTPOINT', Labels: 'LABELS', Links: 'LINKS', Size: 'SIZE' },
			);
			if (!res.ok) {
				ctx.io.err(res.error + '\n');
				return 1;
			}
			ctx.io.out(res.text);
			return 0;
		}
		ctx.io.out(table([['DRIVER', 'VOLUME NAME'], ...vols.map((v) => ['local', v.name])]));
		return 0;
	},
};

export const volumeRm: CommandDef = {
	name: 'rm',
	group: 'volume',
	aliases: ['remove'],
	use: '[OPTIONS] VOLUME [VOLUME...]',
	short: 'Remove one or more volumes',
	args: { min: 1 },
	flags: [{ long: 'force', short: 'f', type: 'bool', usage: 'Force the removal of one or more volumes' }],
	run(ctx: Ctx, p: Parsed): number {
		let status = 0;
		for (const name of p.args) {
			const v = ctx.host.volumes[name];
			if (!v) {
				if (p.flags.force === true) continue;
				ctx.io.err(`Error response from daemon: get ${name}: no such volume\n`);
				status = 1;
				continue;
			}
			const users = Object.values(ctx.host.containers).filter((c) => c.mounts.some((m) => m.type === 'volume' && m.source === name));
			if (users.length) {
				ctx.io.err(`Error response from daemon: remove ${name}: volume is in use - [${users.map((c) => c.id).join(', ')}]\n`);
				status = 1;
				continue;
			}
			delete ctx.host.volumes[name];
			ctx.io.out(`${name}\n`);
		}
		return status;
	},
};

export const volumeInspect: CommandDef = {
	name: 'inspect',
	group: 'volume',
	use: '[OPTIONS] VOLUME [VOLUME...]',
	short: 'Display detailed information on one or more volumes',
	args: { min: 1 },
	flags: [{ long: 'format', short: 'f', type: 'string', usage: "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" }],
	run(ctx: Ctx, p: Parsed): number {
		const found = p.args.filter((n) => ctx.host.volumes[n]).map((n) => volumeJson(ctx.host.volumes[n]!));
		printObjects(ctx, found, str(p.flags.format));
		const missing = p.args.filter((n) => !ctx.host.volumes[n]);
		for (const m of missing) ctx.io.err(`Error response from daemon: get ${m}: no such volume\n`);
		return missing.length ? 1 : 0;
	},
};

export const volumePrune: CommandDef = {
	name: 'prune',
	group: 'volume',
	use: '[OPTIONS]',
	short: 'Remove unused local volumes',
	args: { max: 0 },
	flags: [
		{ long: 'all', short: 'a', type: 'bool', usage: 'Remove all unused volumes, not just anonymous ones' },
		{ long: 'filter', type: 'list', varName: 'filter', usage: 'Provide filter values (e.g. "label=<label>")' },
		{ long: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const warning = p.flags.all === true ? 'WARNING! This will remove all local volumes not used by at least one container.' : 'WARNING! This will remove anonymous local volumes not used by at least one container.';
		if (p.flags.force !== true && !confirm(ctx, `${warning}\nAre you sure you want to continue?`, p.flags.all === true ? ['--all'] : [])) return 0;
		const used = new Set(Object.values(ctx.host.containers).flatMap((c) => c.mounts.map((m) => m.source)));
		const gone = Object.values(ctx.host.volumes).filter((v) => !used.has(v.name) && (v.anonymous || p.flags.all === true));
		let bytes = 0;
		for (const v of gone) {
			bytes += volumeSize(v.files);
			delete ctx.host.volumes[v.name];
		}
		if (gone.length) ctx.io.out(`Deleted Volumes:\n${gone.map((v) => v.name + '\n').join('')}\n`);
		ctx.io.out(`Total reclaimed space: ${bytes === 0 ? '0B' : `${(bytes / 1000).toFixed(0)}kB`}\n`);
		return 0;
	},
};
