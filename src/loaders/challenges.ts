/**
 * The `challenges` collection: src/content/challenges/<session>.yaml, one file per walkthrough
 * session, checked by the shared YAML helper (structure, one kind per condition), then proved
 * against the simulator: from the machine the session leaves behind, the checks must not pass
 * yet, the reference solution must pass them, and the `wrong` attempt must fail at the
 * condition it names. Any problem stops the build as `file:line: message`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { check, type Condition } from '../sim/check/check';
import type { Host } from '../sim/index';
import { rebuild } from '../terminal/rebuild';
import type { Entry } from './astro';
import { SESSIONS_DIR } from './sessions';
import { checkYaml, ContentError, type ContentIssue } from './yaml';

export const CHALLENGES_DIR = 'src/content/challenges';

const text = z.string().trim().min(1);
const bilingual = z.strictObject({ en: text, ko: text });
const KINDS = ['container', 'image', 'volume', 'network', 'registry', 'file', 'logs', 'http', 'exit'] as const;
const ABSENT_KINDS = ['container', 'image', 'volume', 'network'];

const regex = text.refine((r) => { try { new RegExp(r); return true; } catch { return false; } }, { error: 'must be a valid regular expression' });

const condition = z
	.strictObject({
		container: z
			.strictObject({
				name: text.optional(),
				image: text.optional(),
				status: z.enum(['created', 'running', 'exited']).optional(),
				exitCode: z.number().int().optional(),
				port: z
					.string()
					.regex(/^(\d{1,3}(\.\d{1,3}){3}:)?\d+:\d+$/, { error: 'must be hostPort:containerPort or ip:hostPort:containerPort, e.g. 8081:80 or 127.0.0.1:8081:80' })
					.optional(),
				mount: z.string().regex(/^[^:]+:\/\S*$/, { error: 'must be source:/destination, e.g. site:/usr/share/nginx/html' }).optional(),
				network: text.optional(),
				env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*=/, { error: 'must be KEY=value' }).optional(),
			})
			.optional(),
		image: text.optional(),
		volume: text.optional(),
		network: text.optional(),
		registry: text.optional(),
		file: z
			.strictObject({
				container: text.optional(),
				volume: text.optional(),
				path: text,
				contains: text.optional(),
				/** A regular expression (multiline) the content must match. */
				matches: regex.optional(),
			})
			.refine((f) => (f.container === undefined) !== (f.volume === undefined), { error: 'a file is in exactly one of "container" or "volume"' })
			.optional(),
		logs: z
			.strictObject({
				container: text,
				contains: text.optional(),
				/** A regular expression (multiline) the logs must match. */
				matches: regex.optional(),
			})
			.optional(),
		http: z.strictObject({ url: z.string().regex(/^https?:\/\/\S+$/, { error: 'must be an http:// URL' }), status: z.number().int().optional(), contains: text.optional() }).optional(),
		exit: z.number().int().optional(),
		absent: z.literal(true).optional(),
		fail: bilingual,
	})
	.superRefine((c, ctx) => {
		const kinds = KINDS.filter((k) => c[k] !== undefined);
		if (kinds.length !== 1) ctx.addIssue({ code: 'custom', message: `a condition needs exactly one of ${KINDS.map((k) => `"${k}"`).join(', ')}${kinds.length ? ` (found ${kinds.join(', ')})` : ''}` });
		else if (c.absent && !ABSENT_KINDS.includes(kinds[0]!)) ctx.addIssue({ code: 'custom', message: `"absent" goes with ${ABSENT_KINDS.map((k) => `"${k}"`).join(', ')}, not "${kinds[0]}"` });
	});

const challenge = z.strictObject({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be lowercase letters, digits and dashes' }),
	title: bilingual,
	goal: bilingual,
	hints: z.array(bilingual).min(2).max(3, { error: 'two or three hints: then "Show a solution"' }),
	solution: z.array(text).min(1),
	wrong: z.strictObject({
		commands: z.array(text).min(1),
		/** 1-based: the condition the wrong attempt must fail first. */
		fails: z.number().int().min(1),
	}),
	check: z.array(condition).min(1),
});

/** A challenges file, as authors write it. */
export const challengesSchema = z.strictObject({ challenges: z.array(challenge).min(2) });

export interface ChallengeCondition {
	condition: Condition;
	fail: { en: string; ko: string };
}

export interface Challenge {
	/** `<session>/<id>`, e.g. `run/port-8081`: the playground's `?challenge=` value too. */
	id: string;
	session: string;
	title: { en: string; ko: string };
	goal: { en: string; ko: string };
	hints: Array<{ en: string; ko: string }>;
	solution: string[];
	wrong: { commands: string[]; fails: number };
	check: ChallengeCondition[];
}

export interface ChallengesData extends Record<string, unknown> {
	session: string;
	challenges: Challenge[];
}

type Authored = z.output<typeof condition>;
function toCondition(c: Authored): Condition {
	const { fail: _fail, absent, ...rest } = c;
	const [kind, value] = Object.entries(rest).find(([, v]) => v !== undefined)!;
	return { [kind]: value, ...(absent ? { absent } : {}) } as Condition;
}

/** The session's machine after all its steps: where every challenge of the session starts. */
export function sessionEnd(root: string, session: string): () => Host {
	const data = parse(readFileSync(join(root, SESSIONS_DIR, `${session}.yaml`), 'utf8'));
	const steps = (data.steps as Array<{ cmd?: string; edit?: string; content?: string; on?: string }>).map((s) => ({
		kind: s.cmd !== undefined ? ('cmd' as const) : ('edit' as const),
		host: s.on ?? 'main',
		command: s.cmd ?? null,
		file: s.edit ?? null,
		content: s.content ?? null,
	}));
	const timeline = { host: data.host, hosts: data.hosts ?? {}, files: data.files ?? {}, cols: 80, steps } as unknown as Parameters<typeof rebuild>[0];
	return () => rebuild(timeline, steps.length, 24);
}

/** Runs lines as a reader would type them. */
export function typeLines(host: Host, lines: readonly string[]): void {
	for (const line of lines) host.exec(line, { tty: true, cols: 80 });
}

/** Every challenges file, checked and proved. Throws one ContentError listing every problem. */
export function readChallenges(root = process.cwd(), dir = CHALLENGES_DIR): Entry<ChallengesData>[] {
	const issues: ContentIssue[] = [];
	const entries: Entry<ChallengesData>[] = [];
	const files = readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
	for (const name of files) {
		const file = `${dir}/${name}`;
		const session = name.replace(/\.ya?ml$/, '');
		let checked;
		try {
			checked = checkYaml(file, readFileSync(join(root, file), 'utf8'), challengesSchema);
		} catch (e) {
			if (!(e instanceof ContentError)) throw e;
			issues.push(...e.issues);
			continue;
		}
		const { yaml, data } = checked;
		if (!data) {
			issues.push(...checked.issues);
			continue;
		}
		if (!existsSync(join(root, SESSIONS_DIR, `${session}.yaml`))) {
			issues.push(yaml.issueAt([], `no session "${session}" (${SESSIONS_DIR}/${session}.yaml): a challenges file is named after its session`));
			continue;
		}
		const own: ContentIssue[] = [];
		const seen = new Set<string>();
		const start = sessionEnd(root, session);
		const challenges: Challenge[] = data.challenges.map((c, i) => {
			const at = (...path: Array<string | number>) => ['challenges', i, ...path];
			if (seen.has(c.id)) own.push(yaml.issueAt(at('id'), `challenge id "${c.id}" is used twice in this file`));
			seen.add(c.id);
			const conditions = c.check.map((k) => ({ condition: toCondition(k), fail: k.fail }));
			const list = conditions.map((k) => k.condition);
			const quote = (n: number) => `condition ${n + 1} ("${conditions[n]!.fail.en}")`;
			if (c.wrong.fails > list.length) own.push(yaml.issueAt(at('wrong', 'fails'), `"wrong.fails" is ${c.wrong.fails} but there are only ${list.length} conditions`));
			else {
				const begin = check(list, start());
				if (begin.passed) own.push(yaml.issueAt(at('check'), 'the check already passes on the machine the session leaves behind: the challenge asks for nothing'));
				const solved = start();
				typeLines(solved, c.solution);
				const good = check(list, solved);
				if (!good.passed) own.push(yaml.issueAt(at('solution'), `the solution does not pass: ${quote(good.failed)} fails`));
				const tried = start();
				typeLines(tried, c.wrong.commands);
				const bad = check(list, tried);
				if (bad.passed) own.push(yaml.issueAt(at('wrong'), 'the wrong attempt passes the check: it must fail'));
				else if (bad.failed !== c.wrong.fails - 1) own.push(yaml.issueAt(at('wrong', 'fails'), `the wrong attempt fails at ${quote(bad.failed)}, not at condition ${c.wrong.fails}`));
			}
			return { ...c, id: `${session}/${c.id}`, session, check: conditions };
		});
		if (own.length > 0) issues.push(...own);
		else entries.push({ id: session, filePath: file, data: { session, challenges } });
	}
	if (issues.length > 0) throw new ContentError(issues);
	return entries;
}
