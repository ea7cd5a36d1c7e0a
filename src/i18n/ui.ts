/**
 * Dockside's own UI strings live in Starlight's i18n collection (src/content/i18n/<lang>.json)
 * under `dockside.*`, beside Starlight's and Pagefind's, so one mechanism checks them all: the
 * schema below makes every `dockside.*` key of the English file required, non-empty, in every
 * language, and the build stops naming the file that lacks one.
 */
import { z } from 'astro/zod';
import en from '../content/i18n/en.json';

export const UI_PREFIX = 'dockside.';

/** The `extend` schema for Starlight's i18nSchema(). */
export const uiSchema = z.object(
	Object.fromEntries(Object.keys(en).filter((k) => k.startsWith(UI_PREFIX)).map((k) => [k, z.string().trim().min(1)])),
);

/** Starlight's `Astro.locals.t` (its key type is the union of known keys), or any lookup in tests. */
type Translate = (key: never) => string;

/** The strings of one area (`glossary`, `terminal`, `search`…) for the page's language, by short key. */
export function uiStrings<K extends string>(t: Translate, area: string, keys: readonly K[]): Record<K, string> {
	// `{n}` and `{total}` are ours, filled in later; i18next only interpolates `{{…}}`.
	const lookup = t as unknown as (key: string) => string;
	return Object.fromEntries(keys.map((k) => [k, lookup(`${UI_PREFIX}${area}.${k}`)])) as Record<K, string>;
}
