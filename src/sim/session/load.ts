// Session file → timeline. A session (YAML) names a host, its files, and steps: commands
// with bilingual captions, or file edits between commands. Every step runs through the
// simulator here, so output never lives in the session file and cannot drift. Bad files
// throw `path:line: message`, with the line of the offending key or value.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { createWorld, finalScreen, PLATFORMS, type Host, type HostView, type Platform, type Snapshot } from '../index.ts';

export interface Bilingual {
	en: string;
	ko: string;
}

export interface TimelineStep {
	index: number;
	kind: 'cmd' | 'edit';
	/** Source line of the step in the session file. */
	line: number;
	/** Name of the host the step ran on (`main` or a name from `hosts`). */
	host: string;
	/** Prompt shown before the command (the host's, or a container shell's). */
	prompt: string;
	command: string | null;
	/** For edit steps: the file and its new content. */
	file: string | null;
	content: string | null;
	caption: Bilingual;
	concepts: string[];
	expectError: boolean;
	/** Raw TTY output (escape codes, \r, cursor moves) as a terminal receives it. */
	output: string;
	/** The final screen text of the output: progress collapsed, no escape codes. */
	screen: string;
	exitCode: number;
	/** The step's host after the step, for a state panel. */
	state: HostView;
	/** The whole world after the step, to hand to "Try it yourself". */
	snapshot: Snapshot;
}

export interface Timeline {
	id: string;
	title: Bilingual;
	/** Platform of the main host. */
	host: Platform;
	hosts: Record<string, Platform>;
	files: Record<string, string>;
	cols: number;
	steps: TimelineStep[];
}

export interface LoadOptions {
	/** Glossary concept ids steps may name. */
	knownConcepts: ReadonlySet<string>;
	/** Terminal width the outputs are rendered at (default 80). */
	cols?: number;
	rows?: number;
	seed?: number;
}

export const MAIN_HOST = 'main';

const ROOT_KEYS = ['id', 'title', 'host', 'files', 'hosts', 'steps'];
const STEP_KEYS = ['cmd', 'edit', 'content', 'caption', 'concepts', 'expect', 'on'];

export function loadSession(text: string, path: string, options: LoadOptions): Timeline {
	const lc = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
	const lineOf = (node: Node | null | undefined, fallback = 1): number => {
		const start = node?.range?.[0];
		return start === undefined ? fallback : lc.linePos(start).line;
	};
	const fail = (line: number, message: string): never => {
		throw new Error(`${path}:${line}: ${message}`);
	};
	if (doc.errors.length > 0) {
		const e = doc.errors[0]!;
		fail(e.linePos?.[0]?.line ?? lc.linePos(e.pos[0]).line, e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
	}
	const root = doc.contents;
	if (!isMap(root)) return fail(1, 'a session must be a mapping with id, title, host and steps');
	const keyLine = (map: YAMLMap, key: string): number => {
		const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
		return lineOf(pair?.key as Node | undefined, lineOf(map));
	};
	const checkKeys = (map: YAMLMap, allowed: string[], where: string) => {
		for (const p of map.items) {
			const k = isScalar(p.key) ? String(p.key.value) : String(p.key);
			if (!allowed.includes(k)) fail(lineOf(p.key as Node), `unknown key "${k}" in ${where} (allowed: ${allowed.join(', ')})`);
		}
	};
	const str = (map: YAMLMap, key: string, where: string, required: boolean): string | null => {
		const node = map.get(key, true) as Node | undefined;
		if (node === undefined) {
			if (required) fail(lineOf(map), `missing "${key}" in ${where}`);
			return null;
		}
		if (!isScalar(node) || typeof node.value !== 'string') return fail(lineOf(node), `"${key}" in ${where} must be a string`);
		return node.value;
	};
	const bilingual = (map: YAMLMap, key: string, where: string): Bilingual => {
		const node = map.get(key, true) as Node | undefined;
		if (node === undefined) return fail(lineOf(map), `missing "${key}" in ${where}`);
		if (!isMap(node)) return fail(lineOf(node), `"${key}" in ${where} must have "en" and "ko"`);
		checkKeys(node, ['en', 'ko'], `${key}`);
		const out: Partial<Bilingual> = {};
		for (const lang of ['en', 'ko'] as const) {
			const v = node.get(lang, true) as Node | undefined;
			if (v === undefined) fail(lineOf(node), `missing ${key} language "${lang}" in ${where}`);
			if (!isScalar(v) || typeof v.value !== 'string' || v.value.trim() === '') fail(lineOf(v), `${key}.${lang} in ${where} must be a non-empty string`);
			out[lang] = (v as { value: string }).value;
		}
		return out as Bilingual;
	};

	checkKeys(root, ROOT_KEYS, 'the session');
	const id = str(root, 'id', 'the session', true)!;
	if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(keyLine(root, 'id'), `id "${id}" must be lowercase letters, digits and dashes`);
	const title = bilingual(root, 'title', 'the session');
	const hostName = str(root, 'host', 'the session', true)!;
	const platformOf = (value: string, line: number): Platform => {
		if (!PLATFORMS.includes(value as Platform)) fail(line, `unknown host "${value}" (expected ${PLATFORMS.join(', ')})`);
		return value as Platform;
	};
	const mainPlatform = platformOf(hostName, lineOf(root.get('host', true) as Node));

	const files: Record<string, string> = {};
	const filesNode = root.get('files', true) as Node | undefined;
	if (filesNode !== undefined) {
		if (!isMap(filesNode)) fail(lineOf(filesNode), '"files" must map file names to their content');
		for (const p of (filesNode as YAMLMap).items) {
			const name = isScalar(p.key) ? String(p.key.value) : '';
			if (!isScalar(p.value) || typeof p.value.value !== 'string') fail(lineOf((p.value ?? p.key) as Node), `file "${name}" must have text content`);
			files[name] = (p.value as { value: string }).value;
		}
	}
	const extra: Record<string, Platform> = {};
	const hostsNode = root.get('hosts', true) as Node | undefined;
	if (hostsNode !== undefined) {
		if (!isMap(hostsNode)) fail(lineOf(hostsNode), '"hosts" must map host names to platforms');
		for (const p of (hostsNode as YAMLMap).items) {
			const name = isScalar(p.key) ? String(p.key.value) : '';
			if (!/^[a-z][a-z0-9-]*$/.test(name) || name === MAIN_HOST) fail(lineOf(p.key as Node), `host name "${name}" must be lowercase and not "${MAIN_HOST}"`);
			const v = p.value as Node;
			if (!isScalar(v) || typeof v.value !== 'string') fail(lineOf(v ?? (p.key as Node)), `host "${name}" needs a platform`);
			extra[name] = platformOf((v as { value: string }).value, lineOf(v));
		}
	}

	const stepsNode = root.get('steps', true) as Node | undefined;
	if (stepsNode === undefined) return fail(lineOf(root), 'missing "steps" in the session');
	if (!isSeq(stepsNode) || stepsNode.items.length === 0) return fail(lineOf(stepsNode), '"steps" must be a non-empty list');

	const world = createWorld({ seed: options.seed ?? 1 });
	const hosts: Record<string, Host> = { [MAIN_HOST]: world.host({ platform: mainPlatform, files, name: MAIN_HOST }) };
	for (const [name, platform] of Object.entries(extra)) hosts[name] = world.host({ platform, name });
	const cols = options.cols ?? 80;
	const rows = options.rows ?? 24;

	const steps: TimelineStep[] = [];
	stepsNode.items.forEach((item, index) => {
		const node = item as Node;
		const line = lineOf(node);
		if (!isMap(node)) return fail(line, `step ${index + 1} must be a mapping with cmd or edit`);
		checkKeys(node, STEP_KEYS, `step ${index + 1}`);
		const cmd = str(node, 'cmd', `step ${index + 1}`, false);
		const edit = str(node, 'edit', `step ${index + 1}`, false);
		if ((cmd === null) === (edit === null)) fail(line, `step ${index + 1} needs exactly one of "cmd" or "edit"`);
		const caption = bilingual(node, 'caption', `step ${index + 1}`);
		const on = str(node, 'on', `step ${index + 1}`, false) ?? MAIN_HOST;
		if (!hosts[on]) fail(keyLine(node, 'on'), `unknown host "${on}" in step ${index + 1} (hosts: ${Object.keys(hosts).join(', ')})`);
		const conceptsNode = node.get('concepts', true) as Node | undefined;
		const concepts: string[] = [];
		if (conceptsNode !== undefined) {
			if (!isSeq(conceptsNode)) fail(lineOf(conceptsNode), '"concepts" must be a list of concept ids');
			for (const c of (conceptsNode as { items: Node[] }).items) {
				if (!isScalar(c) || typeof c.value !== 'string') fail(lineOf(c), 'concept ids must be strings');
				const cid = (c as { value: string }).value;
				if (!options.knownConcepts.has(cid)) fail(lineOf(c), `unknown concept "${cid}"`);
				concepts.push(cid);
			}
		}
		const expectNode = node.get('expect', true) as Node | undefined;
		if (expectNode !== undefined && !(isScalar(expectNode) && expectNode.value === 'error')) fail(lineOf(expectNode), '"expect" can only be "error"');
		const expectError = expectNode !== undefined;
		const host = hosts[on]!;
		if (edit !== null) {
			if (expectError) fail(keyLine(node, 'expect'), '"expect" applies to commands, not edits');
			const content = str(node, 'content', `step ${index + 1}`, true)!;
			host.writeFile(edit, content);
			steps.push({ index, kind: 'edit', line, host: on, prompt: host.prompt(), command: null, file: edit, content, caption, concepts, expectError: false, output: '', screen: '', exitCode: 0, state: host.state(), snapshot: host.snapshot() });
			return;
		}
		if (node.get('content', true) !== undefined) fail(keyLine(node, 'content'), '"content" belongs to edit steps');
		const prompt = host.prompt();
		const r = host.exec(cmd!, { tty: true, cols, rows });
		const failed = r.exitCode !== 0;
		if (failed && !expectError) {
			const why = finalScreen(r.stderr || r.stdout).split('\n').find((l) => l.trim() !== '') ?? '';
			fail(keyLine(node, 'cmd'), `command "${cmd}" failed with exit code ${r.exitCode}${why ? `: ${why}` : ''} (add "expect: error" if that is the point)`);
		}
		if (!failed && expectError) fail(keyLine(node, 'expect'), `command "${cmd}" was expected to fail but exited 0`);
		steps.push({ index, kind: 'cmd', line, host: on, prompt, command: cmd!, file: null, content: null, caption, concepts, expectError, output: r.output, screen: finalScreen(r.output), exitCode: r.exitCode, state: host.state(), snapshot: host.snapshot() });
	});
	return { id, title, host: mainPlatform, hosts: extra, files, cols, steps };
}
