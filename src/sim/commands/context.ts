// docker context ls/show/use: the contexts a fresh install has. Linux Engine has only `default`
// (the local socket); Docker Desktop adds its own context and makes it current.
import { sha256 } from '../engine/sha256.ts';
import { formatRows } from '../render/template.ts';
import type { Parsed } from '../shell/flags.ts';
import type { CommandDef, Ctx } from './types.ts';

interface ContextRow {
	Name: string;
	Description: string;
	DockerEndpoint: string;
	Current: boolean;
	Error: string;
}

function contexts(ctx: Ctx): ContextRow[] {
	const f = ctx.facts;
	const windows = f.clientOsArch.startsWith('windows');
	const rows: ContextRow[] = [
		// docker/cli cli/command/context.go: the default context's description.
		{ Name: 'default', Description: 'Current DOCKER_HOST based configuration', DockerEndpoint: windows ? 'npipe:////./pipe/docker_engine' : 'unix:///var/run/docker.sock', Current: f.context === 'default', Error: '' },
	];
	if (f.context !== 'default') {
		const endpoint = windows ? (f.context === 'desktop-windows' ? 'npipe:////./pipe/dockerDesktopWindowsEngine' : 'npipe:////./pipe/dockerDesktopLinuxEngine') : `unix://${f.hostHome}/.docker/run/docker.sock`;
		rows.push({ Name: f.context, Description: 'Docker Desktop', DockerEndpoint: endpoint, Current: true, Error: '' });
	}
	return rows;
}

export const contextLs: CommandDef = {
	name: 'ls',
	group: 'context',
	aliases: ['list'],
	use: '[OPTIONS]',
	short: 'List contexts',
	args: { max: 0 },
	flags: [
		{ long: 'format', type: 'string', usage: "Format output using a custom template:\n'table':            Print output in table format with column headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" },
		{ long: 'quiet', short: 'q', type: 'bool', usage: 'Only show context names' },
	],
	run(ctx: Ctx, p: Parsed): number {
		// docker/cli formatter/context.go ClientContextTableFormat.
		const format = p.flags.quiet === true ? '{{.Name}}' : typeof p.flags.format === 'string' && p.flags.format && p.flags.format !== 'table' ? p.flags.format : 'table {{.Name}}{{if .Current}} *{{end}}\t{{.Description}}\t{{.DockerEndpoint}}\t{{.Error}}';
		const res = formatRows(format, contexts(ctx) as unknown as Array<Record<string, unknown>>, { Name: 'NAME', Description: 'DESCRIPTION', DockerEndpoint: 'DOCKER ENDPOINT', Error: 'ERROR' });
		if (!res.ok) {
			ctx.io.err(res.error + '\n');
			return 1;
		}
		ctx.io.out(res.text);
		return 0;
	},
};

export const contextShow: CommandDef = {
	name: 'show',
	group: 'context',
	use: '',
	short: 'Print the name of the current context',
	args: { max: 0 },
	flags: [],
	run(ctx: Ctx): number {
		ctx.io.out(`${ctx.facts.context}\n`);
		return 0;
	},
};

export const contextUse: CommandDef = {
	name: 'use',
	group: 'context',
	use: 'CONTEXT',
	short: 'Set the current docker context',
	args: { exact: 1 },
	flags: [],
	run(ctx: Ctx, p: Parsed): number {
		const name = p.args[0]!;
		if (!contexts(ctx).some((c) => c.Name === name)) {
			// docker/cli context/store/metadatastore.go: the store keeps contexts under the sha256
			// of their name, so a missing one is "context not found: open …/meta.json: …".
			ctx.io.err(`context not found: open ${ctx.facts.hostHome}/.docker/contexts/meta/${sha256(name)}/meta.json: no such file or directory\n`);
			return 1;
		}
		ctx.io.out(`${name}\n`);
		ctx.io.err(`Current context is now "${name}"\n`);
		return 0;
	},
};
