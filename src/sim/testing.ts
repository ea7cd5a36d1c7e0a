// Helpers for the simulator's tests: a fresh world with one host, and a transcript writer.
import { createWorld, finalScreen, type Host, type Platform } from './index.ts';

export function sim(platform: Platform = 'linux', files: Record<string, string> = {}) {
	const world = createWorld();
	const host = world.host({ platform, files });
	return {
		world,
		host,
		run: (line: string, tty = false, cols = 80) => host.exec(line, { tty, cols }),
	};
}

/** A transcript as a reader sees it: prompt, command, final screen of the output. */
export function transcript(host: Host, lines: string[], tty = false, cols = 80): string {
	let out = '';
	for (const line of lines) {
		const prompt = host.prompt();
		const r = host.exec(line, { tty, cols });
		out += `${prompt}${line}\n${tty ? finalScreen(r.output) : r.output}[exit ${r.exitCode}]\n`;
	}
	return out;
}
