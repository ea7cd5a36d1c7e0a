import type { Lang } from './concepts';

/** The concept layer's own UI strings (Starlight's cover the rest of the dialog). */
export const searchStrings: Record<Lang, { concepts: string; read: string }> = {
	en: { concepts: 'Concepts', read: 'Read' },
	ko: { concepts: '개념', read: '읽기' },
};
