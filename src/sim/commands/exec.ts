// docker exec: run another process in a running container; with -it the reader's next
// lines go to that shell until `exit`, and the container keeps running.
import { containerShell, fsOf, ociNotFound } from '../container/runtime.ts';
import { rootFs } from '../container/rootfs.ts';
import type { Parsed } from '../shell/flags.ts';
import { containerOr404, list, str } from './common.ts';
import { attach } from './run.ts';
import type { CommandDef, Ctx } from './types.ts';

export const exec: CommandDef = {
	name: 'exec',
	group: 'container',
	top: 'exec',
	use: '[OPTIONS] CONTAINER COMMAND [ARG...]',
	short: 'Execute a command in a running container',
	args: { min: 2 },
	noInterspersed: true,
	flags: [
		{ long: 'detach', short: 'd', type: 'bool', usage: 'Detached mode: run command in the background' },
		{ long: 'env', short: 'e', type: 'list', usage: 'Set environment variables' },
		{ long: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
		{ long: 'privileged', type: 'bool', usage: 'Give extended privileges to the command' },
		{ long: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
		{ long: 'user', short: 'u', type: 'string', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
		{ long: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const [ref, ...argv] = p.args as [string, ...string[]];
		if (p.flags.tty === true && !ctx.io.tty) {
			ctx.io.err('the input device is not a TTY\n');
			return 1;
		}
		const c = containerOr404(ctx, ref);
		if (!c) return 1;
		if (c.status !== 'running') {
			ctx.io.err(`Error response from daemon: container ${c.id} is not running\n`);
			return 1;
		}
		if (c.paused) {
			ctx.io.err(`Error response from daemon: Container ${ref} is paused, unpause the container before exec\n`);
			return 1;
		}
		const fs = fsOf(ctx.host, c);
		const name = argv[0]!;
		const isWindows = rootFs(ctx.host.images[c.imageId]?.family ?? 'scratch').shell === 'cmd';
		if (!isWindows && !fs.hasCommand(name)) {
			ctx.io.err(`OCI runtime exec failed: ${ociNotFound(name).replace('failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ', 'exec failed: unable to start container process: ')}\n`);
			return 127;
		}
		const base = name.split(/[\\/]/).pop()!.toLowerCase();
		const shellLike = ['bash', 'sh', 'ash', 'cmd', 'cmd.exe', 'python3', 'python', 'node', 'redis-cli'].includes(base) && argv.length === 1;
		if (p.flags.interactive === true && p.flags.tty === true && shellLike) {
			attach(ctx, c, true, base === 'bash' ? 'bash' : base.startsWith('cmd') ? 'cmd' : base.startsWith('python') ? 'python' : base === 'node' ? 'node' : base === 'redis-cli' ? 'redis' : 'sh', ctx.io);
			const att = ctx.host.attached;
			if (att) {
				att.cwd = str(p.flags.workdir) || c.workdir || att.cwd;
				for (const e of list(p.flags.env)) if (e.includes('=')) att.env[e.slice(0, e.indexOf('='))] = e.slice(e.indexOf('=') + 1);
			}
			return 0;
		}
		if (shellLike && !argv.includes('-c')) return 0;
		const env: Record<string, string> = {};
		for (const e of list(p.flags.env)) if (e.includes('=')) env[e.slice(0, e.indexOf('='))] = e.slice(e.indexOf('=') + 1);
		const tty = p.flags.tty === true;
		const io = tty ? { ...ctx.io, err: (t: string) => ctx.io.out(t) } : { ...ctx.io, tty: false };
		const sh = containerShell(ctx.world, ctx.host, c, io, fs, { interactive: false, cwd: str(p.flags.workdir) || c.workdir || '/', extraProcs: [argv.join(' ')], env, user: str(p.flags.user) || undefined });
		const status = sh.executor.hooks.run(argv, io, {});
		return sh.exited ?? status;
	},
};
