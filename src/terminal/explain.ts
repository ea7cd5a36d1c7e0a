// The explanation table (explain.json): its schema, checked when the build imports it, so a bad
// rule stops the build naming the rule. Build-time only: the browser receives the patterns of the
// tokens a widget shows and the explanations rendered in the page's language.
import { z } from 'astro/zod';
import table from './explain.json';
import type { TokenRule } from './explain-tokens';

const text = z.string().trim().min(40);
export const ruleSchema = z.strictObject({
	id: z.string().regex(/^[a-z][a-z0-9-]*$/),
	pattern: z.string().min(1).refine((p) => {
		try {
			new RegExp(p, 'gm');
			return true;
		} catch {
			return false;
		}
	}, 'not a valid regular expression'),
	example: z.string().min(1),
	concept: z.string().regex(/^[a-z][a-z0-9-]*$/),
	en: text,
	ko: text,
});
export const tableSchema = z.strictObject({ $comment: z.string(), rules: z.array(ruleSchema).min(1) });
export type ExplainRule = z.infer<typeof ruleSchema>;

export function parseTable(data: unknown): ExplainRule[] {
	const parsed = tableSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		const [, index] = issue.path;
		const rule = typeof index === 'number' ? (data as { rules: Array<{ id?: string }> }).rules[index]?.id : undefined;
		throw new Error(`src/terminal/explain.json: ${rule ? `rule "${rule}": ` : ''}${issue.path.slice(2).join('.') || issue.path.join('.')}: ${issue.message}`);
	}
	const ids = parsed.data.rules.map((r) => r.id);
	const twice = ids.find((id, i) => ids.indexOf(id) !== i);
	if (twice) throw new Error(`src/terminal/explain.json: rule "${twice}" is defined twice`);
	return parsed.data.rules;
}

export const EXPLAIN_RULES: ExplainRule[] = parseTable(table);
export const TOKEN_RULES: TokenRule[] = EXPLAIN_RULES.map((r) => [r.id, r.pattern] as const);
