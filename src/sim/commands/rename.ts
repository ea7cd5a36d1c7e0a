// docker rename: the daemon's checks (moby daemon/rename.go, names.go), then the CLI's own
// `Error: failed to rename container named …` line (cli/command/container/rename.go).
import type { Parsed } from '../shell/flags.ts';
import { findContainer } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

export const rename: CommandDef = {
	name: 'rename',
	group: 'container',
	top: 'rename',
	use: 'CONTAINER NEW_NAME',
	short: 'Rename a container',
	args: { exact: 2 },
	flags: [],
	run(ctx: Ctx, p: Parsed): number {
		const oldName = p.args[0]!.trim();
		const newName = p.args[1]!.trim();
		if (oldName === '' || newName === '') {
			ctx.io.err('Error: Neither old nor new names may be empty\n');
			return 1;
		}
		const fail = (message: string) => {
			ctx.io.err(`Error response from daemon: ${message}\nError: failed to rename container named ${oldName}\n`);
			return 1;
		};
		const c = findContainer(ctx.host, oldName);
		if (!c) return fail(`No such container: ${oldName}`);
		const bare = newName.replace(/^\//, '');
		if (c.name === bare && newName.length - bare.length <= 1) return fail('Renaming a container with the same name as its current name');
		if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(bare)) return fail(`Error when allocating new name: Invalid container name (${newName}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
		const other = Object.values(ctx.host.containers).find((o) => o.name === bare);
		if (other) return fail(`Error when allocating new name: Conflict. The container name "/${bare}" is already in use by container "${other.id}". You have to remove (or rename) that container to be able to reuse that name.`);
		c.name = bare;
		return 0;
	},
};
