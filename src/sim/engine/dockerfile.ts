// Dockerfile → instructions: line continuations, comments, JSON (exec) and shell forms,
// stages (`FROM … AS name`), with the original text kept for BuildKit's step names.

export interface Instruction {
	/** Upper-case keyword. */
	cmd: string;
	/** Text after the keyword, continuations joined. */
	rest: string;
	/** 1-based line where the instruction starts. */
	line: number;
	/** `--from=build`, `--platform=…`, `--chown=…` style flags. */
	flags: Record<string, string>;
	/** Arguments: exec form parsed as JSON, otherwise split on whitespace. */
	args: string[];
	json: boolean;
	/** As BuildKit names the step: `RUN apt-get update &&     apt-get install -y curl`. */
	original: string;
}

export interface Stage {
	name: string;
	index: number;
	base: string;
	platform: string;
	from: Instruction;
	steps: Instruction[];
}

export type DockerfileResult = { ok: true; stages: Stage[]; args: Instruction[] } | { ok: false; error: string; line: number };

const KNOWN = ['FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL'];

function suggest(word: string): string {
	const w = word.toUpperCase();
	let best = '';
	let bestD = 3;
	for (const k of KNOWN) {
		const d = distance(w, k);
		if (d < bestD) {
			bestD = d;
			best = k;
		}
	}
	return best ? ` (did you mean ${best.toLowerCase() === word ? best.toLowerCase() : best}?)` : '';
}

function distance(a: string, b: string): number {
	if (Math.abs(a.length - b.length) > 3) return 9;
	const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)] as number[]);
	for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++)
			dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? dp[i - 2]![j - 2]! + 1 : 99);
	return dp[a.length]![b.length]!;
}

export function parseDockerfile(text: string): DockerfileResult {
	const lines = text.replace(/\r\n/g, '\n').split('\n');
	const instructions: Instruction[] = [];
	let i = 0;
	while (i < lines.length) {
		const start = i;
		let raw = lines[i]!;
		i++;
		if (/^\s*#/.test(raw) || raw.trim() === '') continue;
		let original = raw.trim();
		while (/\\\s*$/.test(raw) && i < lines.length) {
			const next = lines[i]!;
			i++;
			if (/^\s*#/.test(next)) continue;
			raw = raw.replace(/\\\s*$/, '') + next;
			original = original.replace(/\\\s*$/, '') + next;
		}
		raw = raw.replace(/\\\s*$/, '');
		const m = /^\s*(\S+)\s*(.*)$/.exec(raw);
		if (!m) continue;
		const word = m[1]!;
		const cmd = word.toUpperCase();
		if (!KNOWN.includes(cmd)) return { ok: false, error: `dockerfile parse error on line ${start + 1}: unknown instruction: ${word}${suggest(word)}`, line: start + 1 };
		let rest = m[2]!.trim();
		const flags: Record<string, string> = {};
		if (['FROM', 'COPY', 'ADD', 'RUN'].includes(cmd)) {
			let fm: RegExpExecArray | null;
			while ((fm = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest))) {
				flags[fm[1]!] = fm[2] ?? 'true';
				rest = rest.slice(fm[0].length);
			}
		}
		let args: string[] = [];
		let json = false;
		if (rest.startsWith('[')) {
			try {
				const parsed: unknown = JSON.parse(rest);
				if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) {
					args = parsed as string[];
					json = true;
				}
			} catch {
				/* not JSON: shell form */
			}
		}
		if (!json) args = rest.split(/\s+/).filter(Boolean);
		const text = original.replace(/^\S+/, cmd);
		instructions.push({ cmd, rest, line: start + 1, flags, args, json, original: text.replace(/\s+$/, '') });
	}
	const stages: Stage[] = [];
	const globalArgs: Instruction[] = [];
	for (const ins of instructions) {
		if (ins.cmd === 'FROM') {
			const a = ins.args;
			if (a.length === 0) return { ok: false, error: `dockerfile parse error on line ${ins.line}: FROM requires either one or three arguments`, line: ins.line };
			const asIdx = a.findIndex((x) => x.toLowerCase() === 'as');
			stages.push({ name: asIdx > 0 ? (a[asIdx + 1] ?? '').toLowerCase() : '', index: stages.length, base: a[0]!, platform: ins.flags.platform ?? '', from: ins, steps: [] });
			continue;
		}
		if (stages.length === 0) {
			if (ins.cmd === 'ARG') {
				globalArgs.push(ins);
				continue;
			}
			return { ok: false, error: `dockerfile parse error on line ${ins.line}: no build stage in current context`, line: ins.line };
		}
		stages[stages.length - 1]!.steps.push(ins);
	}
	if (stages.length === 0) return { ok: false, error: 'dockerfile parse error: no build stage in current context', line: 0 };
	return { ok: true, stages, args: globalArgs };
}

/** ${VAR} / $VAR expansion for non-RUN instructions. */
export function expandVars(text: string, vars: Record<string, string>): string {
	return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a: string | undefined, def: string | undefined, b: string | undefined) => {
		const k = a ?? b ?? '';
		return vars[k] ?? def ?? '';
	});
}
