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

function parseArgs(argv: string[]): Options {
	const o: Options = { host: 'linux', tty: false, json: false, cwd: '', cols: process.stdout.columns || 80, seed: 1 };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i]!;
		const value = () => {
			const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
			if (v === undefined) usage(`missing value for ${a}`);
			return v;
		};
		if (a === '--tty') o.tty = true;
		else if (a === '--json') o.json = true;
		else if (a === '--host' || a.startsWith('--host=')) {
			const v = value();
			if (!PLATFORMS.includes(v as Platform)) usage(`unknown host: ${v}`);
			o.host = v as Platform;
		} else if (a === '--cwd' || a.startsWith('--cwd=')) o.cwd = value();
		else if (a === '--cols' || a.startsWith('--cols=')) o.cols = Math.max(20, Number(value()) || 80);
		else if (a === '--seed' || a.startsWith('--seed=')) o.seed = Number(value()) || 1;
		else if (a === '--help' || a === '-h') usage('Dockside docker simulator');
		else usage(`unknown option: ${a}`);
	}
	return o;
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

const opts = parseArgs(process.argv.slice(2));
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
