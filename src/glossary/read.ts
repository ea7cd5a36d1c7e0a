/**
 * Reads and validates the whole glossary folder in plain Node (scripts, tests, search indexing).
 * Inside Astro pages, use `getGlossary()` from `./data` instead: same entries, from the content store.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GlossaryError, idFromPath, validateGlossaryFile, type GlossaryEntry, type GlossaryIssue } from './validate';

export const GLOSSARY_DIR = 'src/content/glossary';

/** Every `*.yaml` file in the folder, sorted, as paths relative to `root`. */
export function listGlossaryFiles(root = process.cwd(), dir = GLOSSARY_DIR): string[] {
	return readdirSync(join(root, dir))
		.filter((f) => /\.ya?ml$/.test(f))
		.sort()
		.map((f) => `${dir}/${f}`);
}

/** All entries, sorted by id. Throws a `GlossaryError` listing every problem as `file:line: message`. */
export function readGlossary(root = process.cwd(), dir = GLOSSARY_DIR): GlossaryEntry[] {
	const files = listGlossaryFiles(root, dir);
	const ids = files.map(idFromPath);
	const entries: GlossaryEntry[] = [];
	const issues: GlossaryIssue[] = [];
	for (const file of files) {
		const result = validateGlossaryFile(relative(root, join(root, file)), readFileSync(join(root, file), 'utf8'), ids);
		if (result.ok) entries.push(result.entry);
		else issues.push(...result.issues);
	}
	if (issues.length > 0) throw new GlossaryError(issues);
	return entries.sort((a, b) => a.id.localeCompare(b.id));
}
