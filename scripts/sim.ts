// npm run sim — the Dockside docker simulator in your terminal.
//   A REPL when stdin is a TTY; otherwise one command per line from stdin.
//   --host linux|macos|windows|windows-containers   (default linux)
//   --tty          render as a terminal would (progress redraws); with --json, stdout is the final screen
//   --cols N       terminal width (default: the terminal's, or 80)
//   --cwd DIR      load DIR's files as the host's files (the build context)
//   --json         print one JSON array of { command, stdout, stderr, exitCode }, free of escape codes
//   --seed N       seed for ids and names (default 1)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createWorld, finalScreen, PLATFORMS, stripAnsi, type Platform } from '../src/sim/index.ts';

interface Options {
	host: Platform;
	tty: boolean;
	json: boolean;
	cwd: string;
	cols: number;
	seed: number;
}

function usage(message: string): never {
	process.stderr.write(`${message}\nusage: npm run sim -- [--host ${PLATFORMS.join('|')}] [--tty] [--cols N] [--cwd DIR] [--json] [--seed N]\n`);
	process.exit(2);
}

function options(argv: string[]): Options {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			strict: true,
			options: {
				host: { type: 'string', default: 'linux' },
				tty: { type: 'boolean', default: false },
				json: { type: 'boolean', default: false },
				cwd: { type: 'string', default: '' },
				cols: { type: 'string' },
				seed: { type: 'string', default: '1' },
				help: { type: 'boolean', short: 'h', default: false },
			},
		}).values;
	} catch (e) {
		// node:util words it: "Unknown option '--x'", "Option '--cols <value>' argument missing".
		return usage((e as Error).message);
	}
	if (parsed.help) usage('Dockside docker simulator');
	if (!PLATFORMS.includes(parsed.host as Platform)) usage(`unknown host: ${parsed.host}`);
	const number = (name: string, v: string) => {
		if (!/^\d+$/.test(v)) usage(`--${name} needs a whole number, not "${v}"`);
		return Number(v);
	};
	return {
		host: parsed.host as Platform,
		tty: parsed.tty,
		json: parsed.json,
		cwd: parsed.cwd,
		cols: parsed.cols === undefined ? process.stdout.columns || 80 : Math.max(20, number('cols', parsed.cols)),
		seed: number('seed', parsed.seed),
	};
}

/** Text files under dir (skipping VCS and dependency folders), keyed by relative path. */
function loadFiles(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	let budget = 2000;
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			if (name === '.git' || name === 'node_modules' || budget <= 0) continue;
			const full = join(d, name);
			const st = statSync(full);
			if (st.isDirectory()) walk(full);
			else if (st.isFile() && st.size < 1_000_000) {
				const buf = readFileSync(full);
				if (buf.includes(0)) continue;
				files[relative(dir, full).split('\\').join('/')] = buf.toString('utf8');
				budget--;
			}
		}
	};
	walk(dir);
	return files;
}

const opts = options(process.argv.slice(2));
const files = opts.cwd ? loadFiles(opts.cwd) : {};
const world = createWorld({ seed: opts.seed });
const host = world.host({ platform: opts.host, files });

if (process.stdin.isTTY && !opts.json) {
	const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: host.prompt(), terminal: true });
	rl.prompt();
	rl.on('line', (line) => {
		const r = host.exec(line, { tty: true, cols: process.stdout.columns || opts.cols });
		process.stdout.write(r.output);
		rl.setPrompt(host.prompt());
		rl.prompt();
	});
	rl.on('close', () => process.stdout.write('\n'));
} else {
	const chunks: Buffer[] = [];
	process.stdin.on('data', (c: Buffer) => chunks.push(c));
	process.stdin.on('end', () => {
		const lines = Buffer.concat(chunks).toString('utf8').split(/\r?\n/);
		if (lines[lines.length - 1] === '') lines.pop();
		const results: Array<{ command: string; stdout: string; stderr: string; exitCode: number }> = [];
		for (const line of lines) {
			const prompt = host.prompt();
			const r = host.exec(line, { tty: opts.tty, cols: opts.cols });
			if (opts.json) {
				const clean = (s: string) => (opts.tty ? stripAnsi(finalScreen(s)) : stripAnsi(s));
				results.push({ command: line, stdout: clean(r.stdout), stderr: clean(r.stderr), exitCode: r.exitCode });
			} else {
				process.stdout.write(`${prompt}${line}\n${opts.tty ? finalScreen(r.output) : r.output}`);
			}
		}
		if (opts.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
	});
}
