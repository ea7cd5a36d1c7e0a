// The shape every docker subcommand shares: its cobra metadata (name, aliases, usage line,
// flags, argument counts) and a run function over one context. One result shape: the
// command writes to ctx.io and returns its exit status.
import type { PlatformFacts } from '../engine/platform.ts';
import type { HostState } from '../engine/types.ts';
import type { World } from '../engine/world.ts';
import type { Io } from '../shell/exec.ts';
import type { FlagSpec, Parsed } from '../shell/flags.ts';

export interface Ctx {
	world: World;
	host: HostState;
	facts: PlatformFacts;
	io: Io;
	/** The command path as invoked and shown in errors: `docker run`, `docker container ls`. */
	path: string;
	/** `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`. */
	useLine: string;
	/** Env assignments typed before `docker` (DOCKER_BUILDKIT=0 …). */
	env: Record<string, string>;
}

export interface CommandDef {
	name: string;
	/** Management command it belongs to ('' for top-level only: version, login, …). */
	group: string;
	/** Top-level shortcut name (`docker ps` for `container ls`), if any. */
	top?: string;
	/** Other names inside its group (`list`, `ps`). */
	aliases?: string[];
	/** Override for the Aliases line of the help (buildx's build). */
	aliasLine?: string;
	/** Usage after the command path: `[OPTIONS] IMAGE [COMMAND] [ARG...]`. */
	use: string;
	short: string;
	flags: FlagSpec[];
	args?: { min?: number; max?: number; exact?: number };
	/** Flags stop at the first argument (run, exec). */
	noInterspersed?: boolean;
	run(ctx: Ctx, p: Parsed): number;
}

export interface GroupDef {
	name: string;
	short: string;
}
