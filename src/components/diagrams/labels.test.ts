import { describe, expect, it } from 'vitest';
import { locales } from '../../i18n/pick-locale';
import { diagramId, labels } from './labels';

const hangul = /[\uac00-\ud7a3]/;

describe('diagram labels', () => {
	for (const [diagram, byLang] of Object.entries(labels)) {
		it(`${diagram}: every label exists, non-empty, in every language`, () => {
			const keys = locales.map((l) => Object.keys(byLang[l]).sort());
			for (const k of keys) expect(k).toEqual(keys[0]);
			for (const l of locales) {
				const empty = Object.entries(byLang[l] as Record<string, string>).filter(([, v]) => !v.trim());
				expect(empty, `${diagram}.${l}`).toEqual([]);
			}
		});

		it(`${diagram}: the Korean title, description and caption are written in Korean`, () => {
			const ko = byLang.ko as Record<string, string>;
			const prose = Object.entries(ko).filter(([k]) => /title|desc|caption/i.test(k));
			expect(prose.length).toBeGreaterThan(0);
			for (const [k, v] of prose) expect(v, `${diagram}.ko.${k}`).toMatch(hangul);
		});
	}
});

describe('diagramId', () => {
	it('numbers repeats within one page and starts over on the next', () => {
		const page = {};
		expect(diagramId(page, 'bakery')).toBe('dgm-bakery');
		expect(diagramId(page, 'bakery')).toBe('dgm-bakery-2');
		expect(diagramId(page, 'os-layers')).toBe('dgm-os-layers');
		expect(diagramId({}, 'bakery')).toBe('dgm-bakery');
	});

	it('uses an explicit id as given', () => {
		expect(diagramId({}, 'bakery', 'intro')).toBe('intro');
	});
});
