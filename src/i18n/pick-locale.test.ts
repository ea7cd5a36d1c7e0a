import { describe, expect, it } from 'vitest';
import { pickLocale } from './pick-locale';

describe('pickLocale', () => {
	it('takes the first supported language in preference order', () => {
		expect(pickLocale(['fr-FR', 'ko-KR', 'en-US'])).toBe('ko');
		expect(pickLocale(['en-GB', 'ko'])).toBe('en');
	});
	it('falls back to English when nothing matches or nothing is given', () => {
		expect(pickLocale(['de', 'ja'])).toBe('en');
		expect(pickLocale([])).toBe('en');
	});
	it('ignores case in language tags', () => {
		expect(pickLocale(['KO-kr'])).toBe('ko');
	});
});
