// docker version and docker --version: client and server blocks per host kind.
import { renderTemplate } from '../render/template.ts';
import type { Parsed } from '../shell/flags.ts';
import type { CommandDef, Ctx } from './types.ts';

export function versionLine(ctx: Ctx): string {
	return `Docker version ${ctx.facts.engineVersion}, build ${ctx.facts.gitCommit}\n`;
}

export const version: CommandDef = {
	name: 'version',
	group: '',
	use: '[OPTIONS]',
	short: 'Show the Docker version information',
	args: { max: 0 },
	flags: [{ long: 'format', short: 'f', type: 'string', usage: "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates" }],
	run(ctx: Ctx, p: Parsed): number {
		const f = ctx.facts;
		const built = f.desktop ? 'Mon Oct  6 18:21:12 2025' : 'Wed Nov  5 14:43:49 2025';
		const format = typeof p.flags.format === 'string' ? p.flags.format : '';
		if (format) {
			// docker/cli system/version.go: the template runs on versionInfo{Client, Server}, with
			// Go field names (APIVersion, not the JSON tag ApiVersion); a parse error exits 64.
			const [os, arch] = f.clientOsArch.split('/');
			const info = {
				Client: { Platform: { Name: f.desktop ? '' : 'Docker Engine - Community' }, Version: f.engineVersion, APIVersion: f.apiVersion, DefaultAPIVersion: f.apiVersion, GitCommit: f.gitCommit, GoVersion: f.goVersion, Os: os, Arch: arch, BuildTime: built, Context: f.context },
				Server: { Platform: { Name: f.desktop ? f.desktopVersion : 'Docker Engine - Community' }, Version: f.engineVersion, APIVersion: f.apiVersion, MinAPIVersion: '1.24', GitCommit: f.engineCommit, GoVersion: f.goVersion, Os: f.os, Arch: f.arch, Experimental: false, BuildTime: built },
			};
			if (format === 'json' || format.trim() === '{{json .}}') {
				// json.Marshal uses the struct tags: ApiVersion.
				ctx.io.out(JSON.stringify(info).replace(/"APIVersion":/g, '"ApiVersion":') + '\n');
				return 0;
			}
			const res = renderTemplate(format, info);
			if (!res.ok) {
				// templates.New("version"): Go names the template in its errors.
				ctx.io.err(res.error.replace('template: :', 'template: version:') + '\n');
				return res.error.startsWith('template parsing error') ? 64 : 1;
			}
			ctx.io.out(res.text + '\n');
			return 0;
		}
		let out = `Client:${f.desktop ? '' : ' Docker Engine - Community'}\n`;
		out += ` Version:           ${f.engineVersion}\n API version:       ${f.apiVersion}\n Go version:        ${f.goVersion}\n Git commit:        ${f.gitCommit}\n Built:             ${built}\n OS/Arch:           ${f.clientOsArch}\n Context:           ${f.context}\n`;
		out += `\nServer: ${f.desktop ? f.desktopVersion : 'Docker Engine - Community'}\n Engine:\n  Version:          ${f.engineVersion}\n  API version:      ${f.apiVersion} (minimum version ${f.os === 'windows' ? '1.24' : '1.24'})\n  Go version:       ${f.goVersion}\n  Git commit:       ${f.engineCommit}\n  Built:            ${built}\n  OS/Arch:          ${f.os}/${f.arch}\n  Experimental:     false\n`;
		if (f.os === 'linux') {
			out += ` containerd:\n  Version:          ${f.desktop ? '1.7.27' : 'v1.7.29'}\n  GitCommit:        ${f.desktop ? '05044ec0a9a75232cad458027ca83437aae3f4da' : '442cb34bda9a6a0fed82a2ca7cade05c5c749582'}\n runc:\n  Version:          ${f.desktop ? '1.2.5' : '1.3.3'}\n  GitCommit:        ${f.desktop ? 'v1.2.5-0-g59923ef' : 'v1.3.3-0-gd842d771'}\n docker-init:\n  Version:          0.19.0\n  GitCommit:        de40ad0\n`;
		}
		ctx.io.out(out);
		return 0;
	},
};
