import { describe, expect, it } from 'vitest';
import { compact, haystack, matchesQuery, rankOf } from './filter';
import { readGlossary } from './read';

const entries = readGlossary();
/** Ids whose entry the glossary page would show for `query`, built the way GlossaryList builds it. */
const shown = (query: string) =>
	entries
		.filter((e) =>
			matchesQuery(
				haystack([e.id, ...Object.values(e.term), ...e.aliases.en, ...e.aliases.ko, ...Object.values(e.short), ...Object.values(e.definition)]),
				query,
			),
		)
		.map((e) => e.id);

describe('glossary filter', () => {
	it('ignores case, spaces, hyphens and full-width forms', () => {
		expect(compact('Multi-Stage  Build')).toBe('multistagebuild');
		expect(compact('도커 허브')).toBe(compact('도커허브'));
		expect(compact('ＶＭＭ')).toBe('vmm');
	});

	it('shows everything for an empty query', () => {
		expect(shown('   ')).toHaveLength(entries.length);
	});

	it.each([
		['하이퍼', 'hypervisor'],
		['VMM', 'hypervisor'],
		['vmm', 'hypervisor'],
		['도커허브', 'docker-hub'],
		['도커 허브', 'docker-hub'],
		['wsl2', 'wsl2'],
		['WSL 2', 'wsl2'],
		['k8s', 'kubernetes'],
		['쿠버네티스', 'kubernetes'],
		['cgroups', 'cgroup'],
		['씨그룹', 'cgroup'],
		['베어메탈', 'type-1-hypervisor'],
		['multistage', 'multi-stage-build'],
		['다단계 빌드', 'multi-stage-build'],
		['dockerd', 'docker-daemon'],
		['이미지 인덱스', 'manifest-list'],
		['port mapping', 'port-publishing'],
		['JVM', 'jvm'],
		['MSA', 'microservices'],
	])('%s finds %s', (query, id) => {
		expect(shown(query)).toContain(id);
	});

	it('needs every word of a multi-word query', () => {
		expect(shown('bare metal hypervisor')).toContain('type-1-hypervisor');
		expect(shown('bare metal hypervisor')).not.toContain('jvm');
	});

	it('finds nothing for nonsense', () => {
		expect(shown('zzqxj')).toEqual([]);
	});
});

describe('glossary filter ranking', () => {
	const rankedIds = (query: string) =>
		entries
			.map((e) => ({
				id: e.id,
				rank: rankOf(
					haystack([e.id, ...Object.values(e.term), ...e.aliases.en, ...e.aliases.ko]),
					haystack([e.id, ...Object.values(e.term), ...e.aliases.en, ...e.aliases.ko, ...Object.values(e.short), ...Object.values(e.definition)]),
					query,
				),
			}))
			.filter((r) => r.rank >= 0)
			.sort((a, b) => a.rank - b.rank)
			.map((r) => r.id);

	it('puts the concept a query names before those that mention it', () => {
		expect(rankedIds('kernel')[0]).toBe('kernel');
		expect(rankedIds('커널')[0]).toBe('kernel');
		expect(rankedIds('하이퍼')[0]).toBe('hypervisor');
		expect(rankedIds('VMM')[0]).toBe('hypervisor');
		expect(rankedIds('도커 허브')[0]).toBe('docker-hub');
	});
});
