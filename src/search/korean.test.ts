import { describe, expect, it } from 'vitest';
import { koreanStems, stripParticle, words } from './korean';

describe('stripParticle', () => {
	it.each([
		['컨테이너는', '컨테이너'],
		['컨테이너를', '컨테이너'],
		['컨테이너와', '컨테이너'],
		['이미지를', '이미지'],
		['하이퍼바이저의', '하이퍼바이저'],
		['가상화란', '가상화'],
		['커널이란', '커널'],
		['커널이', '커널'],
		['도커가', '도커'],
		['볼륨으로', '볼륨'],
		['레이어로', '레이어'],
		['레지스트리에서', '레지스트리'],
		['네임스페이스와', '네임스페이스'],
		['네트워크과', '네트워크과'], // 과 needs a final consonant before it
		['커널과', '커널'],
		['격리는', '격리'],
		['컨테이너도', '컨테이너'],
		['가상화된', '가상화'],
		['VM이', 'VM'],
		['cgroups를', 'cgroups'],
	])('%s → %s', (word, stem) => {
		expect(stripParticle(word)).toBe(stem);
	});

	it.each(['도커', '차이', '경로', '속도', '게이트웨이', '정의', '결과', '하이퍼바이저', '이미지', '레지스트리', 'docker'])(
		'leaves %s whole',
		(word) => {
			expect(stripParticle(word)).toBe(word);
		},
	);

	it('never cuts a word it is told to keep', () => {
		expect(stripParticle('게스트의')).toBe('게스트');
		expect(stripParticle('마이크로서비스', new Set(['마이크로서비스']))).toBe('마이크로서비스');
	});
});

describe('koreanStems', () => {
	it('lists the stems that differ from the words, once each', () => {
		expect(koreanStems('컨테이너는 커널을 공유하고, 컨테이너를 빠르게 띄웁니다. 도커 docker')).toEqual(['컨테이너', '커널']);
	});

	it('splits like Pagefind on spaces and punctuation', () => {
		expect(words('`docker push`는 (레지스트리에) 올립니다.')).toEqual(['docker', 'push', '는', '레지스트리에', '올립니다']);
	});
});
