// Tab completion: subcommands, flags, image, container, volume and network names, and the
// host's files, for the word under the cursor at the end of a partial line.
import { COMMANDS, GLOBAL_FLAGS, GROUPS, subcommand, topLevel, topWords } from './commands/registry.ts';
import { COMPOSE_WORDS } from './commands/compose.ts';
import type { CommandDef } from './commands/types.ts';
import { catalogRepos } from './engine/images.ts';
import type { HostState } from './engine/types.ts';

const HOST_COMMANDS = ['cat', 'cd', 'clear', 'curl', 'docker', 'echo', 'help', 'ls', 'mkdir', 'pwd', 'rm', 'touch', 'uname'];
const CONTAINER_COMMANDS = ['apt-get', 'cat', 'cd', 'clear', 'curl', 'echo', 'env', 'exit', 'hostname', 'ls', 'mkdir', 'ps', 'pwd', 'rm', 'touch', 'uname'];

const IMAGE_ARGS = new Set(['run', 'create', 'pull', 'push', 'rmi', 'tag', 'history', 'image rm', 'image remove', 'image pull', 'image push', 'image tag', 'image history', 'image inspect', 'container run', 'container create']);
const CONTAINER_ARGS = new Set(['stop', 'start', 'restart', 'rm', 'logs', 'exec', 'kill', 'port', 'inspect', 'container stop', 'container start', 'container restart', 'container rm', 'container remove', 'container logs', 'container exec', 'container kill', 'container port', 'container inspect']);

function images(h: HostState): string[] {
	const out: string[] = [];
	for (const i of Object.values(h.images)) out.push(...i.repoTags.map((t) => (t.endsWith(':latest') ? t.slice(0, -7) : t)), ...i.repoTags);
	return out;
}

export function complete(h: HostState, line: string): string[] {
	const input = String(line ?? '').slice(-2000);
	const segment = input.split(/&&|\|\||;|\|/).pop() ?? '';
	const words = segment.trimStart().split(/\s+/);
	const partial = words.pop() ?? '';
	const done = words;
	let pool: string[] = [];
	if (h.attached) {
		pool = done.length === 0 ? CONTAINER_COMMANDS : [];
	} else if (done.length === 0) {
		pool = HOST_COMMANDS;
	} else if (done[0] !== 'docker') {
		pool = ['ls', 'cat', 'cd', 'rm'].includes(done[0]!) ? Object.keys(h.files).map((f) => (f.includes('/') ? f.split('/')[0]! + '/' : f)) : done[0] === 'curl' ? Object.values(h.containers).flatMap((c) => (c.status === 'running' ? c.ports.filter((p) => p.hostIp === '0.0.0.0').map((p) => `http://localhost:${p.hostPort}`) : [])) : [];
	} else {
		const rest = done.slice(1).filter((w) => !w.startsWith('-'));
		let def: CommandDef | undefined;
		let key = '';
		if (rest.length === 0) {
			pool = partial.startsWith('-') ? GLOBAL_FLAGS.flatMap((f) => [`--${f.long}`]).concat(['--help']) : topWords();
		} else {
			const group = GROUPS.find((g) => g.name === rest[0]);
			if (rest[0] === 'compose') {
				// The plugin's subcommands, then the services named in the project's labels.
				pool = rest.length === 1 ? (partial.startsWith('-') ? ['--file', '--project-name', '--help'] : COMPOSE_WORDS) : [...new Set(Object.values(h.containers).map((c) => c.labels?.['com.docker.compose.service'] ?? '').filter(Boolean))];
			} else if (group && rest.length === 1) {
				pool = partial.startsWith('-') ? ['--help'] : COMMANDS.filter((c) => c.group === group.name).flatMap((c) => [c.name, ...(c.aliases ?? [])]);
			} else {
				def = group ? subcommand(group.name, rest[1] ?? '') : topLevel(rest[0]!);
				key = group ? `${group.name} ${rest[1]}` : rest[0]!;
				if (def) {
					if (partial.startsWith('-')) pool = [...def.flags.filter((f) => !f.hidden).map((f) => `--${f.long}`), '--help'];
					else if (IMAGE_ARGS.has(key)) pool = [...images(h), ...(key.includes('pull') || key.includes('run') || key.includes('create') ? catalogRepos() : [])];
					else if (CONTAINER_ARGS.has(key) || key === 'inspect') {
						const running = key.includes('stop') || key.includes('exec') || key.includes('kill') || key.includes('restart');
						pool = Object.values(h.containers).filter((c) => !running || c.status === 'running').map((c) => c.name);
						if (key === 'inspect') pool.push(...images(h), ...Object.keys(h.volumes));
					} else if (key.startsWith('volume')) pool = Object.keys(h.volumes);
					else if (key.startsWith('network')) pool = Object.values(h.networks).map((n) => n.name).concat(key.includes('connect') ? Object.values(h.containers).map((c) => c.name) : []);
					else if (key === 'build') pool = ['.', ...Object.keys(h.files).filter((f) => f.includes('/')).map((f) => f.split('/')[0]! + '/')];
				}
			}
		}
	}
	return [...new Set(pool)].filter((w) => w.startsWith(partial) && w !== '').sort();
}
