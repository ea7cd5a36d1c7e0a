/**
 * The `sessions` collection: src/content/sessions/<id>.yaml, checked by the shared YAML helper
 * (structure, concept ids, the id matching the file name), then run through the simulator at
 * every width the widget renders. A command that fails without `expect: error` is reported by
 * the simulator's session loader as `file:line: message` and stops the build the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { readGlossary } from '../glossary/read';
import { PLATFORMS } from '../sim/index';
import { loadSession, type Timeline } from '../sim/session/load';
import { ROWS, WIDTHS } from '../terminal/geometry';
import type { Entry } from './astro';
import { checkYaml, ContentError, type ContentIssue } from './yaml';

export const SESSIONS_DIR = 'src/content/sessions';

const text = z.string().trim().min(1);
const bilingual = z.strictObject({ en: text, ko: text });
const platform = z.enum(PLATFORMS);
const step = z
	.strictObject({
		cmd: text.optional(),
		edit: text.optional(),
		content: z.string().optional(),
		caption: bilingual,
		concepts: z.array(z.string()).optional(),
		expect: z.literal('error').optional(),
		on: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'must be a host name from "hosts"' }).optional(),
	})
	.superRefine((s, ctx) => {
		// One message per step: the first rule it breaks.
		if ((s.cmd === undefined) === (s.edit === undefined)) ctx.addIssue({ code: 'custom', message: 'a step needs exactly one of "cmd" or "edit"' });
		else if (s.cmd !== undefined && s.content !== undefined) ctx.addIssue({ code: 'custom', message: '"content" belongs to edit steps' });
		else if (s.edit !== undefined && s.content === undefined) ctx.addIssue({ code: 'custom', message: 'an edit step needs "content"' });
	});

/** A session file, as authors write it. */
export const sessionSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be lowercase letters, digits and dashes' }),
	title: bilingual,
	host: platform,
	files: z.record(z.string(), z.string()).optional(),
	hosts: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), platform).optional(),
	steps: z.array(step).min(1),
});

export interface SessionData extends Record<string, unknown> {
	title: { en: string; ko: string };
	host: z.infer<typeof platform>;
	/** The timeline at each width in WIDTHS, keyed by columns. */
	timelines: Record<string, Timeline>;
}

/** `path:line: message` from the simulator's session loader → an issue. */
function simIssue(e: unknown, file: string): ContentIssue {
	const m = /^(.+?):(\d+): ([\s\S]*)$/.exec((e as Error).message);
	return m ? { file: m[1]!, line: Number(m[2]), message: m[3]! } : { file, line: 1, message: (e as Error).message };
}

/** Every session, checked and computed. Throws one ContentError listing every bad file's problems. */
export function readSessions(root = process.cwd(), dir = SESSIONS_DIR): Entry<SessionData>[] {
	const knownConcepts = new Set(readGlossary(root).map((e) => e.id));
	const issues: ContentIssue[] = [];
	const entries: Entry<SessionData>[] = [];
	const files = readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
	for (const name of files) {
		const file = `${dir}/${name}`;
		const id = name.replace(/\.ya?ml$/, '');
		const source = readFileSync(join(root, file), 'utf8');
		let checked;
		try {
			checked = checkYaml(file, source, sessionSchema);
		} catch (e) {
			if (!(e instanceof ContentError)) throw e;
			issues.push(...e.issues);
			continue;
		}
		const { yaml, data } = checked;
		const own = [...checked.issues];
		if (data) {
			if (data.id !== id) own.push(yaml.issueAt(['id'], `"id" is "${data.id}" but the file is ${name}: they must match`));
			data.steps.forEach((s, i) =>
				s.concepts?.forEach((c, j) => {
					if (!knownConcepts.has(c)) own.push(yaml.issueAt(['steps', i, 'concepts', j], `unknown concept "${c}" (no src/content/glossary/${c}.yaml)`));
				}),
			);
			const hosts = ['main', ...Object.keys(data.hosts ?? {})];
			data.steps.forEach((s, i) => {
				if (s.on !== undefined && !hosts.includes(s.on)) own.push(yaml.issueAt(['steps', i, 'on'], `unknown host "${s.on}" (hosts: ${hosts.join(', ')})`));
			});
		}
		if (own.length > 0 || !data) {
			issues.push(...own);
			continue;
		}
		try {
			const timelines: Record<string, Timeline> = {};
			for (const cols of WIDTHS) timelines[cols] = loadSession(source, file, { knownConcepts, cols, rows: ROWS });
			entries.push({ id, filePath: file, data: { title: data.title, host: data.host, timelines } });
		} catch (e) {
			issues.push(simIssue(e, file));
		}
	}
	if (issues.length > 0) throw new ContentError(issues);
	return entries;
}

/** Plain Node (tests, scripts): the sessions as the collection holds them, read once. */
export function nodeTimelines(root = process.cwd()) {
	const entries = readSessions(root);
	return {
		sessionIds: () => entries.map((e) => e.id).sort(),
		getTimeline: (id: string, cols: number = WIDTHS[0]): Timeline | undefined => entries.find((e) => e.id === id)?.data.timelines[String(cols)],
	};
}
