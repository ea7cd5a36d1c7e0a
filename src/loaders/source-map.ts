/**
 * The `sources` and `sourceMap` collections: src/content/source-map/sources.yaml (each source
 * article: title, form, licence, what it contributed, its sections) and part-*.yaml (which
 * section went to which page), checked by the shared YAML helper.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Entry } from './astro';
import { ContentError, parseYaml, type ContentIssue } from './yaml';

export const SOURCE_MAP_DIR = 'src/content/source-map';

const text = z.string().trim().min(1);
const bilingual = z.strictObject({ en: text, ko: text });

export const sourceSchema = z.strictObject({
	file: z.string().regex(/^[\w-]+\.txt$/, { error: 'must be an article file name like 000_2abb49322893f358.txt' }),
	title: text,
	author: text.optional(),
	date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date like 2025-02-05' }).optional(),
	form: bilingual,
	licence: bilingual,
	licenceUrl: z.url({ protocol: /^https$/ }).optional(),
	contributed: bilingual,
	sections: z.array(z.strictObject({ heading: text, en: text })).min(1),
});
export const sourcesSchema = z.array(sourceSchema);

export const mapRowSchema = z.strictObject({
	source: text,
	section: text,
	page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*(#[a-z0-9-]+)?$/, { error: 'must be a page slug with an optional #anchor' }),
});
export const mapPartSchema = z.array(mapRowSchema);

export type Source = z.infer<typeof sourceSchema>;
export type MapRow = z.infer<typeof mapRowSchema> & { part: string };

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');

export function readSources(root = process.cwd(), dir = SOURCE_MAP_DIR): Entry<Source>[] {
	const file = `${dir}/sources.yaml`;
	const { data, yaml } = parseYaml(file, read(root, file), sourcesSchema);
	const seen = new Set<string>();
	const issues: ContentIssue[] = [];
	data.forEach((s, i) => {
		if (seen.has(s.file)) issues.push(yaml.issueAt([i, 'file'], `"${s.file}" is listed twice`));
		seen.add(s.file);
	});
	if (issues.length > 0) throw new ContentError(issues);
	return data.map((s) => ({ id: s.file, data: s, filePath: file }));
}

/** Every row of every part, checked against the sources' sections. */
export function readSourceMap(root = process.cwd(), dir = SOURCE_MAP_DIR): Entry<MapRow>[] {
	const sections = new Map(readSources(root, dir).map((s) => [s.id, new Set(s.data.sections.map((x) => x.heading))]));
	const issues: ContentIssue[] = [];
	const entries: Entry<MapRow>[] = [];
	const parts = readdirSync(join(root, dir)).filter((f) => /^part-.*\.ya?ml$/.test(f)).sort();
	for (const part of parts) {
		const file = `${dir}/${part}`;
		let parsed;
		try {
			parsed = parseYaml(file, read(root, file), mapPartSchema);
		} catch (e) {
			if (!(e instanceof ContentError)) throw e;
			issues.push(...e.issues);
			continue;
		}
		parsed.data.forEach((row, i) => {
			const known = sections.get(row.source);
			if (!known) issues.push(parsed.yaml.issueAt([i, 'source'], `unknown source "${row.source}" (not in sources.yaml)`));
			else if (!known.has(row.section)) issues.push(parsed.yaml.issueAt([i, 'section'], `"${row.section}" is not a section of ${row.source} in sources.yaml`));
			entries.push({ id: `${part.replace(/\.ya?ml$/, '')}/${i + 1}`, data: { ...row, part }, filePath: file });
		});
	}
	if (issues.length > 0) throw new ContentError(issues);
	return entries;
}
