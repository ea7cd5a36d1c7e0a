// Challenge figures (issue 16): the time to check a challenge after a command, over every
// challenge of the site, after every command of its reference solution and of its wrong attempt,
// as the take-over does after each line the reader types; and the JS the checker adds (gzip).
// Standalone: `npx node bench/challenges.ts` prints JSON. Figures, not assertions.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { build } from 'esbuild';
import { createWorld, type Host } from '../src/sim/index.ts';
import { check, type Condition } from '../src/sim/check/check.ts';

const ROOT = new URL('../', import.meta.url);
const dir = (p: string) => new URL(p, ROOT);

/** The session's machine after all its steps, as src/terminal/rebuild.ts makes it. */
function sessionEnd(session: string): Host {
	const data = parse(readFileSync(dir(`src/content/sessions/${session}.yaml`), 'utf8'));
	const world = createWorld({ seed: 1 });
	const hosts: Record<string, Host> = { main: world.host({ platform: data.host, files: { ...(data.files ?? {}) }, name: 'main' }) };
	for (const [name, platform] of Object.entries(data.hosts ?? {})) hosts[name] = world.host({ platform: platform as 'linux', name });
	let last = 'main';
	for (const s of data.steps) {
		last = s.on ?? 'main';
		if (s.edit) hosts[last]!.writeFile(s.edit, s.content);
		else hosts[last]!.exec(s.cmd, { tty: true, cols: 80, rows: 18 });
	}
	return hosts[last]!;
}

const toCondition = ({ fail: _f, absent, ...rest }: Record<string, unknown>): Condition => {
	const [kind, value] = Object.entries(rest)[0]!;
	return { [kind]: value, ...(absent ? { absent } : {}) } as Condition;
};

async function bytes(entry: string): Promise<{ min: number; gzip: number }> {
	const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', logLevel: 'silent' });
	const code = out.outputFiles[0]!.contents;
	return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function benchChallenges() {
	const samples: number[] = [];
	let challenges = 0;
	for (const file of readdirSync(dir('src/content/challenges/')).filter((f) => f.endsWith('.yaml')).sort()) {
		const session = file.replace(/\.yaml$/, '');
		for (const c of parse(readFileSync(dir(`src/content/challenges/${file}`), 'utf8')).challenges) {
			challenges++;
			const conditions = (c.check as Record<string, unknown>[]).map(toCondition);
			for (const lines of [c.solution as string[], c.wrong.commands as string[]]) {
				const host = sessionEnd(session);
				for (const line of lines) {
					host.exec(line, { tty: true, cols: 80 });
					for (let i = 0; i < 20; i++) {
						const t = performance.now();
						check(conditions, host);
						samples.push(performance.now() - t);
					}
				}
			}
		}
	}
	samples.sort((a, b) => a - b);
	const at = (q: number) => Math.round(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]! * 1000) / 1000;
	const checker = await bytes(new URL('src/sim/check/check.ts', ROOT).pathname);
	return { challenges, checks: samples.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: at(1), checkerBytes: checker };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	benchChallenges().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'));
}
