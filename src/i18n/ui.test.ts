import { readFileSync } from 'node:fs';
import { i18nSchema } from '@astrojs/starlight/schema';
import { describe, expect, it } from 'vitest';
import { uiSchema, uiStrings } from './ui';

const read = (lang: string) => JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
const schema = i18nSchema({ extend: uiSchema });

describe("Dockside's UI strings in Starlight's i18n schema", () => {
	it('accepts both languages as they are', () => {
		for (const lang of ['en', 'ko']) expect(schema.safeParse(read(lang)).success, lang).toBe(true);
	});

	it('refuses a language that lacks a string, or has an empty one, naming the key', () => {
		const { 'dockside.glossary.readMore': _, ...missing } = read('ko');
		const r = schema.safeParse(missing);
		expect(r.success).toBe(false);
		expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['dockside.glossary.readMore']);
		const empty = schema.safeParse({ ...read('ko'), 'dockside.glossary.related': ' ' });
		expect(empty.error?.issues.map((i) => i.path.join('.'))).toEqual(['dockside.glossary.related']);
	});

	it('gives an area its strings by short key', () => {
		const ko = read('ko');
		expect(uiStrings((k) => ko[k]!, 'glossary', ['related', 'countSome'])).toEqual({ related: '관련 용어', countSome: '용어 {total}개 중 {n}개 일치' });
	});
});
