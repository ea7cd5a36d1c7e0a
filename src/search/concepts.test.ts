import { describe, expect, it } from 'vitest';
import { readGlossary } from '../glossary/read';
import { analyse, distance, indexConcepts, slimConcept, type Lang } from './concepts';
import { searchMeta } from './index-meta';

const glossary = readGlossary();
const build = (lang: Lang) =>
	indexConcepts(glossary.map((e) => slimConcept(e, lang, { href: `/${lang}/${e.pages[0]}/`, title: e.term[lang] })));
const en = build('en');
const ko = build('ko');
const ids = (q: string, lang: Lang) => analyse(q, lang === 'en' ? en : ko, lang).concepts.map((c) => c.id);
const term = (q: string, lang: Lang) => analyse(q, lang === 'en' ? en : ko, lang).term;

describe('analyse: concept cards', () => {
	it.each<[string, Lang, string]>([
		['하이퍼바이저', 'ko', 'hypervisor'],
		['하이퍼바이저의', 'ko', 'hypervisor'],
		['hypervisor', 'ko', 'hypervisor'],
		['컨테이너를', 'en', 'container'],
		['가상화란?', 'ko', 'virtualization'],
		['도커허브', 'ko', 'docker-hub'],
		['image layer', 'ko', 'layer'],
		['hypervisr', 'en', 'hypervisor'],
		['하이퍼바이져', 'ko', 'hypervisor'],
		['docker run -p', 'en', 'port-publishing'],
		['docker build --no-cache', 'ko', 'build-cache'],
	])('%s (%s) → %s first', (q, lang, id) => {
		expect(ids(q, lang)[0]).toBe(id);
	});

	it('shows no card for a lone command word', () => {
		expect(ids('docker push', 'en')).toEqual([]);
		expect(ids('docker run -p', 'en')).toEqual(['port-publishing']);
	});
});

describe('analyse: what Pagefind searches', () => {
	it.each<[string, Lang, string]>([
		['컨테이너는', 'ko', '컨테이너'],
		['하이퍼바이저의', 'ko', '하이퍼바이저'],
		['컨테이너와 VM 차이', 'ko', '컨테이너 VM 차이'],
		['hypervisor', 'ko', '하이퍼바이저'],
		['image layer', 'ko', '레이어'],
		['컨테이너', 'en', 'Container'],
		['레지스트리에', 'en', 'Registry'],
		['hypervisor', 'en', 'hypervisor'],
		['hypervisr', 'en', 'Hypervisor'],
		['docker push', 'ko', 'docker push'],
		['docker run -p', 'ko', 'docker run 포트 공개'],
		['docker build --no-cache', 'en', 'docker build --no-cache'],
		['something else', 'en', 'something else'],
		['컨테이너와 VM 차이', 'en', 'Container VM'],
		['차이', 'en', '차이'],
	])('%s (%s) → %s', (q, lang, out) => {
		expect(term(q, lang)).toBe(out);
	});
});

describe('distance', () => {
	it('counts a transposition as one edit', () => {
		expect(distance('contianer', 'container')).toBe(1);
		expect(distance('kubernets', 'kubernetes')).toBe(1);
		expect(distance('abc', 'abcdefg')).toBe(3);
	});
});

describe('searchMeta', () => {
	it('gives a concept\'s first page its names in both languages, and Korean stems', () => {
		const meta = searchMeta(glossary, 'ko', 'foundations/hypervisors', '하이퍼바이저는 가상 머신을 실행합니다.');
		expect(meta.concepts.split(' ')).toEqual(expect.arrayContaining(['hypervisor', '하이퍼바이저', 'vmm']));
		expect(meta.stems.split(' ')).toEqual(expect.arrayContaining(['하이퍼바이저', '머신']));
		expect(searchMeta(glossary, 'en', 'foundations/hypervisors', 'text').stems).toBe('');
	});
});
