// The docker CLI's command tree: top-level shortcuts, management commands and their
// subcommands, global flags, help and usage errors (docker/cli cli/cobra.go, required.go).
import { flagUsages, parseFlags, type FlagSpec } from '../shell/flags.ts';
import { build } from './build.ts';
import { exec } from './exec.ts';
import { history } from './history.ts';
import { images } from './images.ts';
import { info } from './info.ts';
import { attach } from './attach.ts';
import { commit } from './commit.ts';
import { compose, setDocker } from './compose.ts';
import { contextLs, contextShow, contextUse } from './context.ts';
import { cp } from './cp.ts';
import { diff } from './diff.ts';
import { containerInspect, imageInspect, inspect } from './inspect.ts';
import { kill } from './kill.ts';
import { login, logout } from './login.ts';
import { logs } from './logs.ts';
import { networkConnect, networkCreate, networkDisconnect, networkInspect, networkLs, networkRm } from './network.ts';
import { pause, unpause } from './pause.ts';
import { port } from './port.ts';
import { containerPrune, imagePrune, networkPrune } from './prune.ts';
import { ps } from './ps.ts';
import { pull } from './pull.ts';
import { push } from './push.ts';
import { rename } from './rename.ts';
import { restart } from './restart.ts';
import { rm } from './rm.ts';
import { rmi } from './rmi.ts';
import { save } from './save.ts';
import { load } from './load.ts';
import { builderPrune } from './builder.ts';
import { create, run } from './run.ts';
import { start } from './start.ts';
import { stats } from './stats.ts';
import { stop } from './stop.ts';
import { systemDf, systemPrune } from './system.ts';
import { tag } from './tag.ts';
import { top } from './top.ts';
import type { CommandDef, Ctx, GroupDef } from './types.ts';
import { version, versionLine } from './version.ts';
import { wait } from './wait.ts';
import { volumeCreate, volumeInspect, volumeLs, volumePrune, volumeRm } from './volume.ts';

export const COMMANDS: CommandDef[] = [
	run, create, exec, ps, build, pull, push, images, login, logout, version, info, history, inspect, imageInspect, containerInspect,
	kill, logs, port, restart, rm, rmi, start, stop, tag, containerPrune, imagePrune,
	volumeCreate, volumeLs, volumeRm, volumeInspect, volumePrune,
	networkCreate, networkLs, networkRm, networkInspect, networkConnect, networkDisconnect, networkPrune,
	systemDf, systemPrune,
	cp, stats, top, rename, pause, unpause, wait, diff, commit, attach,
	save, load, builderPrune, contextLs, contextShow, contextUse,
];

export const GROUPS: GroupDef[] = [
	{ name: 'builder', short: 'Manage builds' },
	{ name: 'container', short: 'Manage containers' },
	{ name: 'context', short: 'Manage contexts' },
	{ name: 'image', short: 'Manage images' },
	{ name: 'network', short: 'Manage networks' },
	{ name: 'system', short: 'Manage Docker' },
	{ name: 'volume', short: 'Manage volumes' },
];

/** The order of docker --help's "Common Commands" (category-top annotations). */
const COMMON = ['run', 'exec', 'ps', 'build', 'pull', 'push', 'images', 'login', 'logout', 'version', 'info'];

export const GLOBAL_FLAGS: FlagSpec[] = [
	{ long: 'config', type: 'string', usage: 'Location of client config files', defValue: '/root/.docker' },
	{ long: 'context', short: 'c', type: 'string', usage: 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")' },
	{ long: 'debug', short: 'D', type: 'bool', usage: 'Enable debug mode' },
	{ long: 'host', short: 'H', type: 'list', usage: 'Daemon socket to connect to' },
	{ long: 'log-level', short: 'l', type: 'string', usage: 'Set the logging level ("debug", "info", "warn", "error", "fatal")', defValue: 'info' },
	{ long: 'tls', type: 'bool', usage: 'Use TLS; implied by --tlsverify' },
	{ long: 'tlscacert', type: 'string', usage: 'Trust certs signed only by this CA', defValue: '/root/.docker/ca.pem' },
	{ long: 'tlscert', type: 'string', usage: 'Path to TLS certificate file', defValue: '/root/.docker/cert.pem' },
	{ long: 'tlskey', type: 'string', usage: 'Path to TLS key file', defValue: '/root/.docker/key.pem' },
	{ long: 'tlsverify', type: 'bool', usage: 'Use TLS and verify remote' },
	{ long: 'version', short: 'v', type: 'bool', usage: 'Print version information and quit' },
];

const ROOT_USE = 'docker [OPTIONS] COMMAND [ARG...]';

function pad(name: string, width = 11): string {
	return name.length >= width ? name : name + ' '.repeat(width - name.length);
}

export function topLevel(name: string): CommandDef | undefined {
	return COMMANDS.find((c) => (c.group === '' && c.name === name) || c.top === name);
}

export function subcommand(group: string, name: string): CommandDef | undefined {
	return COMMANDS.find((c) => c.group === group && (c.name === name || (c.aliases ?? []).includes(name)));
}

export function groupCommands(group: string): CommandDef[] {
	return COMMANDS.filter((c) => c.group === group).sort((a, b) => (a.name < b.name ? -1 : 1));
}

export function rootHelp(cols: number, tty: boolean): string {
	let out = 'Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nCommon Commands:\n';
	// `docker build` is buildx's alias, but the root help lists the CLI's own description.
	for (const n of COMMON) out += `  ${pad(n + ' ', 12)}${n === 'build' ? 'Build an image from a Dockerfile' : topLevel(n)!.short}\n`;
	out += '\nManagement Commands:\n';
	// CLI plugins sort in among the groups, marked with * (docker/cli cli/cobra.go).
	const plugin: [string, string] = ['compose*', 'Docker Compose'];
	const mgmt = [...GROUPS.map((g): [string, string] => [g.name, g.short]), plugin].sort(([a], [b]) => (a < b ? -1 : 1));
	for (const [n, short] of mgmt) out += `  ${pad(n + ' ', 12)}${short}\n`;
	out += '\nCommands:\n';
	const rest = COMMANDS.filter((c) => (c.top || (c.group === '' && c.name)) && !COMMON.includes(c.top ?? c.name)).map((c) => c.top ?? c.name);
	for (const n of [...new Set(rest)].sort()) out += `  ${pad(n)} ${topLevel(n)!.short}\n`;
	out += '\nGlobal Options:\n' + flagUsages(GLOBAL_FLAGS, cols - 1).replace(/\s+$/, '') + '\n';
	out += "\nRun 'docker COMMAND --help' for more information on a command.\n\n";
	const more = 'For more help on how to use Docker, head to https://docs.docker.com/go/guides/';
	out += (tty ? `\x1b[1m${more}\x1b[0m` : more) + '\n';
	return out;
}

export function groupHelp(group: GroupDef): string {
	let out = `Usage:  docker ${group.name} COMMAND\n\n${group.short}\n\nCommands:\n`;
	for (const c of groupCommands(group.name)) out += `  ${pad(c.name)} ${c.short}\n`;
	out += `\nRun 'docker ${group.name} COMMAND --help' for more information on a command.\n`;
	return out;
}

export function commandPath(def: CommandDef, viaTop: boolean): string {
	if (def.name === 'build' && def.group === 'image') return 'docker buildx build';
	return viaTop || def.group === '' ? `docker ${def.top ?? def.name}` : `docker ${def.group} ${def.name}`;
}

export function aliasLine(def: CommandDef): string {
	if (def.aliasLine) return def.aliasLine;
	if (def.group === '') return '';
	const names = [`docker ${def.group} ${def.name}`, ...(def.aliases ?? []).map((a) => `docker ${def.group} ${a}`)];
	if (def.top) names.push(`docker ${def.top}`);
	return names.length > 1 ? names.join(', ') : '';
}

export function commandHelp(def: CommandDef, path: string, cols: number): string {
	let out = `Usage:  ${path} ${def.use}\n\n${def.short}\n`;
	const aliases = aliasLine(def);
	if (aliases) out += `\nAliases:\n  ${aliases}\n`;
	if (def.flags.length) out += '\nOptions:\n' + flagUsages(def.flags, cols - 1).replace(/\s+$/, '') + '\n';
	return out;
}

function plural(n: number): string {
	return n === 1 ? 'argument' : 'arguments';
}

/** cli/required.go wording for argument counts. */
function argsError(def: CommandDef, path: string, useLine: string, count: number): string | null {
	const a = def.args;
	if (!a) return null;
	if (path === 'docker buildx build') {
		if (count !== 1) return `ERROR: docker: 'docker buildx build' requires 1 argument\n\nUsage:  ${useLine}\n\nRun 'docker buildx build --help' for more information\n`;
		return null;
	}
	if (a.exact !== undefined && count !== a.exact) return `docker: '${path}' requires ${a.exact} ${plural(a.exact)}\n\nUsage:  ${useLine}\n\nRun '${path} --help' for more information\n`;
	if (a.max === 0 && count > 0) return `docker: '${path}' accepts no arguments\n\nUsage:  ${useLine}\n\nRun '${path} --help' for more information\n`;
	if (a.min !== undefined && a.max !== undefined && (count < a.min || count > a.max)) return `docker: '${path}' requires at least ${a.min} and at most ${a.max} ${plural(a.max)}\n\nUsage:  ${useLine}\n\nRun '${path} --help' for more information\n`;
	if (a.min !== undefined && count < a.min) return `docker: '${path}' requires at least ${a.min} ${plural(a.min)}\n\nUsage:  ${useLine}\n\nSee '${path} --help' for more information\n`;
	if (a.max !== undefined && count > a.max) return `docker: '${path}' requires at most ${a.max} ${plural(a.max)}\n\nUsage:  ${useLine}\n\nSRun '${path} --help' for more information\n`;
	return null;
}

/** Run `docker <args>`; ctx.path/useLine are filled in here. */
export function docker(base: Omit<Ctx, 'path' | 'useLine'>, args: string[]): number {
	const io = base.io;
	const global = parseFlags(args, GLOBAL_FLAGS, false);
	if (!global.ok) {
		io.err(`${global.error}\n\nUsage:  ${ROOT_USE}\n\nRun 'docker --help' for more information\n`);
		return 125;
	}
	const g = global.parsed;
	if (g.flags.version === true) {
		io.out(versionLine({ ...base, path: 'docker', useLine: ROOT_USE }));
		return 0;
	}
	const rest = g.args;
	if (g.help || rest.length === 0) {
		(g.help ? io.out : io.err)(rootHelp(io.cols, io.tty));
		return 0;
	}
	let [name, ...tail] = rest as [string, ...string[]];
	if (name === 'help') {
		if (tail.length === 0) {
			io.out(rootHelp(io.cols, io.tty));
			return 0;
		}
		const [n2, ...t2] = tail as [string, ...string[]];
		const grp = GROUPS.find((x) => x.name === n2);
		if (grp && t2.length === 0) {
			io.out(groupHelp(grp));
			return 0;
		}
		const def = grp ? subcommand(grp.name, t2[0]!) : topLevel(n2);
		if (!def || (grp ? t2.length > 1 : t2.length > 0)) {
			io.err(`unknown help topic: ${tail.join(' ')}\n`);
			return 1;
		}
		const path = commandPath(def, !grp);
		io.out(commandHelp(def, path, io.cols));
		return 0;
	}
	// A CLI plugin: docker/cli hands everything after the plugin's name to docker-compose.
	if (name === 'compose') return compose(base, tail);
	const group = GROUPS.find((x) => x.name === name);
	let def: CommandDef | undefined;
	let viaTop = true;
	if (group) {
		const sub = tail[0];
		if (sub === undefined) {
			io.err(groupHelp(group));
			return 0;
		}
		if (sub === '--help' || sub === '-h') {
			io.out(groupHelp(group));
			return 0;
		}
		if (sub.startsWith('-') && sub !== '-') {
			const e = sub.startsWith('--') ? `unknown flag: ${sub.split('=')[0]}` : `unknown shorthand flag: '${sub[1]}' in ${sub}`;
			io.err(`${e}\n\nUsage:  docker ${group.name} COMMAND\n\nRun 'docker ${group.name} --help' for more information\n`);
			return 125;
		}
		def = subcommand(group.name, sub);
		if (!def) {
			io.err(`docker: unknown command: docker ${group.name} ${sub}\n\nUsage:  docker ${group.name}\n\nRun 'docker ${group.name} --help' for more information\n`);
			return 1;
		}
		viaTop = false;
		tail = tail.slice(1);
	} else {
		def = topLevel(name);
		if (!def) {
			io.err(`docker: unknown command: docker ${name}\n\nRun 'docker --help' for more information\n`);
			return 1;
		}
	}
	const path = commandPath(def, viaTop);
	const useLine = `${path} ${def.use}`;
	const ctx: Ctx = { ...base, path, useLine };
	const parsed = parseFlags(tail, def.flags, !def.noInterspersed);
	if (!parsed.ok) {
		if (path === 'docker buildx build') {
			io.err(`ERROR: ${parsed.error}\n`);
			return 1;
		}
		io.err(`${parsed.error}\n\nUsage:  ${useLine}\n\nRun '${path} --help' for more information\n`);
		return 125;
	}
	if (parsed.parsed.help) {
		if (parsed.parsed.shortHelp) io.err('Flag shorthand -h has been deprecated, use --help\n');
		io.out(commandHelp(def, path, io.cols));
		return 0;
	}
	const argErr = argsError(def, path, useLine, parsed.parsed.args.length);
	if (argErr) {
		io.err(argErr);
		return 1;
	}
	return def.run(ctx, parsed.parsed);
}

/** Every word the completer offers after `docker`. */
export function topWords(): string[] {
	const words = new Set<string>();
	for (const c of COMMANDS) {
		if (c.top) words.add(c.top);
		else if (c.group === '') words.add(c.name);
	}
	for (const g of GROUPS) words.add(g.name);
	words.add('help');
	words.add('compose');
	return [...words].sort();
}

setDocker(docker);
