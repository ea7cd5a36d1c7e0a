import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * The one exception, for one element: Starlight's search button is named "Search" and shows
 * "Search" plus a keyboard hint (Ctrl K). axe joins the visible text into "SearchCtrlK" and reports
 * label-content-name-mismatch, but the visible label "Search" is the start of the accessible name,
 * which is what WCAG 2.5.3 asks; the shortcut is exposed through aria-keyshortcuts.
 */
const ALLOWED = [{ rule: 'label-content-name-mismatch', target: 'button[data-open-modal=""]' }];

/** The rules of AXE_TAGS whose outcome depends on colours alone. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Violations of AXE_TAGS, or with `only` of those rules alone. */
export async function axeViolations(page: Page, only?: string[]) {
	const builder = new AxeBuilder({ page });
	const { violations } = await (only ? builder.withRules(only) : builder.withTags(AXE_TAGS)).analyze();
	return violations.flatMap((v) => {
		const nodes = v.nodes.filter((n) => !ALLOWED.some((a) => a.rule === v.id && n.target.join(' ') === a.target));
		return nodes.length ? [`${v.id} (${v.impact}): ${v.help} — ${nodes.map((n) => n.target.join(' ')).join(', ')}`] : [];
	});
}

