import type { Lang } from './concepts';

/** The concept layer's own UI strings (Starlight's cover the rest of the dialog). */
export const searchStrings: Record<Lang, { concepts: string; read: string; answers: string }> = {
	en: { concepts: 'Concepts', read: 'Read', answers: 'Go to' },
	ko: { concepts: '개념', read: '읽기', answers: '바로 가기' },
};
