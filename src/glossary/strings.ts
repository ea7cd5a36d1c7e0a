import type { Lang } from './validate';

/** The glossary's UI strings; `{n}` and `{total}` are filled in by the filter. */
export const glossaryStrings = {
	en: {
		readMore: 'Read more',
		inGlossary: 'Glossary entry',
		otherLang: 'Korean',
		filterLabel: 'Filter terms',
		filterHint: 'English or Korean: a term, an alias or any word of a definition.',
		filterPlaceholder: 'e.g. hypervisor, 하이퍼, VMM',
		countAll: '{total} terms',
		countSome: '{n} of {total} terms match',
		countNone: 'No term matches. Try another word or clear the box.',
		aliases: 'Also called',
		pages: 'Explained in',
		related: 'Related',
	},
	ko: {
		readMore: '자세히 보기',
		inGlossary: '용어집 항목',
		otherLang: '영어',
		filterLabel: '용어 걸러 보기',
		filterHint: '한국어나 영어로 용어, 다른 이름, 정의 속 낱말을 입력하세요.',
		filterPlaceholder: '예: 하이퍼바이저, hyper, VMM',
		countAll: '용어 {total}개',
		countSome: '용어 {total}개 중 {n}개 일치',
		countNone: '일치하는 용어가 없습니다. 다른 낱말을 입력하거나 입력란을 비워 보세요.',
		aliases: '다른 이름',
		pages: '설명하는 페이지',
		related: '관련 용어',
	},
} as const satisfies Record<Lang, Record<string, string>>;
