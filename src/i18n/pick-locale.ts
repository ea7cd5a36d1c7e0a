export const locales = ['en', 'ko'] as const;
export type Locale = (typeof locales)[number];

/** The first of the reader's preferred languages that Dockside speaks; English otherwise. */
export function pickLocale(preferred: readonly string[]): Locale {
	for (const tag of preferred) {
		const primary = tag.toLowerCase().split('-')[0];
		const match = locales.find((l) => l === primary);
		if (match) return match;
	}
	return 'en';
}
