/**
 * The one error path for every YAML collection (sessions, glossary, source map): the file is
 * parsed with node ranges, checked against a zod schema, and every problem comes back as
 * `file:line: message`, the line being that of the offending key or value. Messages are
 * pinned by yaml.test.ts; a collection adds its own cross-file checks with `issueAt`.
 */
import { isCollection, isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';

export interface ContentIssue {
	/** As given, relative to the project: `src/content/sessions/pull.yaml`. */
	file: string;
	/** 1-based. */
	line: number;
	message: string;
}

export type Path = ReadonlyArray<PropertyKey>;

export const formatIssue = (i: ContentIssue) => `${i.file}:${i.line}: ${i.message}`;

/** Thrown by every loader; its message is one `file:line: message` per line, sorted. */
export class ContentError extends Error {
	readonly issues: ContentIssue[];
	constructor(issues: ContentIssue[]) {
		const sorted = [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
		super(sorted.map(formatIssue).join('\n'));
		this.issues = sorted;
		this.name = 'ContentError';
	}
}

/** A parsed file that can say which line any path into it is on. */
export interface YamlFile {
	file: string;
	data: unknown;
	/** Line of the value at `path`; for a missing key, the line of its nearest parent. */
	lineOf(path: Path): number;
	/** Line of the key `key` inside the mapping at `path` (for unknown keys). */
	keyLine(path: Path, key: string): number;
	issueAt(path: Path, message: string): ContentIssue;
}

/** Parses YAML with positions. Syntax errors throw a ContentError at their line. */
export function readYaml(file: string, text: string): YamlFile {
	const lc = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		throw new ContentError(
			doc.errors.map((e) => ({
				file,
				line: lc.linePos(e.pos[0]).line,
				message: `YAML syntax error: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
			})),
		);
	}
	const lineAt = (node: YamlNode | null | undefined) => (node?.range ? lc.linePos(node.range[0]).line : undefined);
	const nodeAt = (path: Path): YamlNode | undefined => {
		let node: unknown = doc.contents;
		for (const key of path) {
			if (!isCollection(node)) return undefined;
			node = node.get(typeof key === 'number' ? key : String(key), true);
		}
		return (node ?? undefined) as YamlNode | undefined;
	};
	const lineOf = (path: Path): number => {
		for (let n = path.length; n >= 0; n--) {
			const line = lineAt(nodeAt(path.slice(0, n)));
			if (line !== undefined) return line;
		}
		return 1;
	};
	const keyLine = (path: Path, key: string): number => {
		const map = nodeAt(path);
		if (isMap(map)) {
			const pair = map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
			const line = lineAt(pair?.key as YamlNode | undefined);
			if (line !== undefined) return line;
		}
		return lineOf(path);
	};
	return {
		file,
		data: (doc as Document).toJS({ maxAliasCount: 100 }),
		lineOf,
		keyLine,
		issueAt: (path, message) => ({ file, line: lineOf(path), message }),
	};
}

/** `['steps', 2, 'caption', 'ko']` → `steps[2].caption.ko` */
export function pathName(path: Path): string {
	return path
		.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
		.join('');
}

const kindOf = (v: unknown): string =>
	v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : typeof v === 'string' ? 'text' : `a ${typeof v}`;

const EXPECTED: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a mapping',
	record: 'a mapping',
};

/** One zod issue in words an author can act on. Schemas give custom messages with `{ error }`. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
	const path = issue.path as Path;
	const name = pathName(path) || 'the file';
	let value: unknown = data;
	for (const k of path) value = value == null ? undefined : (value as Record<PropertyKey, unknown>)[k];
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined) return `missing "${name}"`;
			if (path.length === 0) return `the file must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
			return `"${name}" must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
		case 'unrecognized_keys':
			return issue.keys.map((k) => `unknown key "${k}"${path.length ? ` in "${name}"` : ''}`).join('; ');
		case 'too_small':
			if (issue.origin === 'string') return `"${name}" is empty`;
			if (issue.origin === 'array') return `"${name}" needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
			return `"${name}" is too small (at least ${issue.minimum})`;
		case 'invalid_value':
			return `"${name}" is ${JSON.stringify(value)}; expected ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		default:
			// invalid_format and custom carry the schema's own message.
			return path.length ? `"${name}": ${issue.message}` : issue.message;
	}
}

/** Every schema problem of a parsed file, each at its line. */
export function schemaIssues(file: YamlFile, error: z.ZodError): ContentIssue[] {
	return error.issues.flatMap((issue) => {
		const path = issue.path as Path;
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((k) => ({
				file: file.file,
				line: file.keyLine(path, k),
				message: describeIssue({ ...issue, keys: [k] }, file.data),
			}));
		}
		return [{ file: file.file, line: file.lineOf(path), message: describeIssue(issue, file.data) }];
	});
}

/**
 * Checks one file against its schema without throwing, so a collection can add its own checks
 * and report every problem at once. Syntax errors still throw (nothing else can be checked).
 */
export function checkYaml<S extends z.ZodType>(
	file: string,
	text: string,
	schema: S,
): { yaml: YamlFile; data?: z.output<S>; issues: ContentIssue[] } {
	const yaml = readYaml(file, text);
	const result = schema.safeParse(yaml.data);
	return result.success ? { yaml, data: result.data, issues: [] } : { yaml, issues: schemaIssues(yaml, result.error) };
}

/** Parses and checks one file; throws a ContentError naming every problem's line. */
export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): { data: z.output<S>; yaml: YamlFile } {
	const { yaml, data, issues } = checkYaml(file, text, schema);
	if (issues.length > 0) throw new ContentError(issues);
	return { data: data as z.output<S>, yaml };
}
