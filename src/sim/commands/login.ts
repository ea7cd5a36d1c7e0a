// docker login: -u/-p, --password-stdin, stored credentials, and the web-based flow of a
// bare `docker login` (here it completes at once, as if the reader approved the device code).
import { registryHost } from '../engine/reference.ts';
import type { Parsed } from '../shell/flags.ts';
import { str } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

const HUB = 'https://index.docker.io/v1/';

function stored(ctx: Ctx): string {
	if (ctx.facts.desktop) return '';
	return `WARNING! Your credentials are stored unencrypted in '${ctx.facts.hostHome}/.docker/config.json'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n`;
}

export const login: CommandDef = {
	name: 'login',
	group: '',
	use: '[OPTIONS] [SERVER]',
	short: 'Authenticate to a registry',
	args: { max: 1 },
	flags: [
		{ long: 'password', short: 'p', type: 'string', usage: 'Password or Personal Access Token (PAT)' },
		{ long: 'password-stdin', type: 'bool', usage: 'Take the Password or Personal Access Token (PAT) from stdin' },
		{ long: 'username', short: 'u', type: 'string', usage: 'Username' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const server = p.args[0] ? registryHost(p.args[0].replace(/^https?:\/\//, '').replace(/\/.*$/, '')) : HUB;
		const isHub = server === HUB || server === 'docker.io' || server === 'registry-1.docker.io';
		const key = isHub ? HUB : server;
		let user = str(p.flags.username);
		let password = str(p.flags.password);
		if (p.flags['password-stdin'] === true) {
			if (password) {
				ctx.io.err('Error: --password and --password-stdin are mutually exclusive\n');
				return 1;
			}
			if (!user) {
				ctx.io.err('Error: Must provide --username with --password-stdin\n');
				return 1;
			}
			password = ctx.io.stdin.replace(/\r?\n$/, '');
			if (!password) {
				ctx.io.err('Error: Password Required\n');
				return 1;
			}
		} else if (password) {
			ctx.io.err('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
			if (!user) {
				ctx.io.err('Error: Username is required when using --password\n');
				return 1;
			}
		}
		if (!user && !password) {
			const existing = ctx.host.auth[key];
			if (existing) {
				ctx.io.out(`Authenticating with existing credentials... [Username: ${existing}]\n`);
				ctx.io.err(`\ni Info \u2192 To login with a different account, run 'docker logout' followed by 'docker login'\n\n\n`);
				ctx.io.out('Login Succeeded\n');
				return 0;
			}
			if (!ctx.io.tty) {
				ctx.io.err('Error: Cannot perform an interactive login from a non TTY device\n');
				return 1;
			}
			if (isHub) {
				const code = `${ctx.world.hex(4).toUpperCase().replace(/[0-9]/g, (d) => 'ABCDEFGHJK'[Number(d)]!)}-${ctx.world.hex(4).toUpperCase().replace(/[0-9]/g, (d) => 'LMNPQRSTUV'[Number(d)]!)}`;
				ctx.io.out(`\nUSING WEB-BASED LOGIN\nTo sign in with credentials on the command line, use 'docker login -u <username>'\n\nYour one-time device confirmation code is: ${code}\nPress ENTER to open your browser or submit your device code here: https://login.docker.com/activate\n\nWaiting for authentication in the browser\u2026\n`);
				user = 'dockside';
				password = 'device-flow';
			} else {
				ctx.io.out('Username: ');
				ctx.io.err('Error: Non-null Username Required\n');
				return 1;
			}
		}
		if (user && !password) {
			if (!ctx.io.tty) {
				ctx.io.err('Error: Cannot perform an interactive login from a non TTY device\n');
				return 1;
			}
			if (isHub) ctx.io.err('\ni Info \u2192 A Personal Access Token (PAT) can be used instead.\n         To create a PAT, visit https://app.docker.com/settings\n\n\n');
			ctx.io.out('Password: \n');
			password = 'typed';
		}
		if (/^(wrong|incorrect|bad)/i.test(password) || !/^[a-z0-9][a-z0-9._-]{1,}$/i.test(user)) {
			ctx.io.err(`Error response from daemon: Get "https://${isHub ? 'registry-1.docker.io' : server}/v2/": unauthorized: incorrect username or password\n`);
			return 1;
		}
		ctx.host.auth[key] = user.toLowerCase();
		ctx.io.err(stored(ctx));
		ctx.io.out('Login Succeeded\n');
		return 0;
	},
};

export const logout: CommandDef = {
	name: 'logout',
	group: '',
	use: '[SERVER]',
	short: 'Log out from a registry',
	args: { max: 1 },
	flags: [],
	run(ctx: Ctx, p: Parsed): number {
		const server = p.args[0] ? registryHost(p.args[0].replace(/^https?:\/\//, '')) : HUB;
		const key = server === 'docker.io' ? HUB : server;
		// docker/cli registry/logout.go prints this whether or not credentials were stored.
		delete ctx.host.auth[key];
		ctx.io.out(`Removing login credentials for ${key}\n`);
		return 0;
	},
};

export { HUB };
