/** The real glossary: every concept the pages rely on exists, complete in both languages. */
import { describe, expect, it } from 'vitest';
import { readGlossary } from './read';
import { LANGS } from './validate';

// Page writers link to these ids; removing or renaming one breaks their pages.
const IDS = `virtualization physical-machine virtual-machine hypervisor type-1-hypervisor type-2-hypervisor
host-os guest-os operating-system kernel system-vm process-vm jvm cpu-virtualization memory-virtualization
multi-tenancy container container-engine namespace cgroup process-isolation lxc podman image layer dockerfile
build-cache multi-stage-build registry docker-hub docker-engine docker-daemon docker-client rest-api
docker-desktop wsl2 compose volume bind-mount network port-publishing tag digest manifest-list platform
emulation orchestration kubernetes microservices`.split(/\s+/);

// The docs' page slugs (issue 5): a concept may only point at these.
const PAGES = `foundations/what-is-virtualization foundations/operating-systems foundations/virtual-machines
foundations/hypervisors foundations/kinds-of-virtualization foundations/kernel-and-virtualization
foundations/cloud-and-multi-tenancy containers/what-is-a-container containers/namespaces-and-cgroups
containers/sharing-the-kernel containers/process-isolation containers/hardware vm-vs-container/comparison
vm-vs-container/choosing docker/architecture docker/objects docker/images-and-layers docker/data-and-volumes
docker/updating-apps docker/containerization docker/runs-everywhere docker/bakery walkthroughs/pull
walkthroughs/build walkthroughs/run walkthroughs/push walkthroughs/platforms walkthroughs/volumes
walkthroughs/kernel walkthroughs/tour reference/glossary reference/sources docker/get-docker
docker/writing-a-dockerfile docker/tags-digests-ids docker/under-the-hood docker/security walkthroughs/debug`.split(/\s+/);

// Throws (failing every test) with file:line messages if any file breaks the contract.
const entries = readGlossary();
const byId = new Map(entries.map((e) => [e.id, e]));

describe('the glossary', () => {
	it('has every concept id the pages use', () => {
		expect(IDS.filter((id) => !byId.has(id))).toEqual([]);
		expect(entries.length).toBeGreaterThanOrEqual(40);
	});

	it('has every field in both languages', () => {
		for (const e of entries) {
			for (const lang of LANGS) {
				for (const field of ['term', 'short', 'definition'] as const) {
					expect(e[field][lang], `${e.id}.${field}.${lang}`).toMatch(/\S/);
				}
				expect(Array.isArray(e.aliases[lang]), `${e.id}.aliases.${lang}`).toBe(true);
			}
			expect(e.aliases.en.length + e.aliases.ko.length, `${e.id} has aliases`).toBeGreaterThan(0);
			// Korean text is Korean: a definition with no Hangul was probably pasted in English.
			expect(e.definition.ko, `${e.id}.definition.ko`).toMatch(/[가-힣]/);
			expect(e.short.ko, `${e.id}.short.ko`).toMatch(/[가-힣]/);
		}
	});

	it('resolves every related id, and relations are not one-way islands', () => {
		for (const e of entries) {
			for (const r of e.related) expect(byId.has(r), `${e.id} → ${r}`).toBe(true);
		}
		// Each concept is reachable: something relates to it, or it relates to something.
		const linked = new Set(entries.flatMap((e) => (e.related.length > 0 ? [e.id, ...e.related] : [])));
		expect(entries.filter((e) => !linked.has(e.id)).map((e) => e.id)).toEqual([]);
	});

	it('points only at planned pages, and every concept at one at least', () => {
		for (const e of entries) {
			expect(e.pages.length, `${e.id} has pages`).toBeGreaterThan(0);
			for (const p of e.pages) expect(PAGES, `${e.id} → ${p}`).toContain(p.split('#')[0]);
		}
	});

	it('has one meaning per term: no two concepts share a term', () => {
		for (const lang of LANGS) {
			const terms = entries.map((e) => e.term[lang].toLowerCase());
			expect(terms.filter((t, i) => terms.indexOf(t) !== i), lang).toEqual([]);
		}
	});
});
