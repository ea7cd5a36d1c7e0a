import { describe, expect, it } from 'vitest';
import { GlossaryError, formatIssue, validateGlossaryFile } from './validate';

const FILE = 'src/content/glossary/hypervisor.yaml';
const IDS = ['hypervisor', 'virtual-machine', 'kernel'];

const GOOD = `term: { en: Hypervisor, ko: 하이퍼바이저 }
aliases: { en: [VMM], ko: [가상 머신 모니터] }
short: { en: Runs VMs., ko: VM을 실행합니다. }
definition:
  en: >-
    A longer text.
  ko: >-
    더 긴 글입니다.
pages: [foundations/hypervisors#type-1-and-type-2]
related: [virtual-machine]
`;

/** The report the build would print for `text`. */
const report = (text: string, path = FILE) => {
	const r = validateGlossaryFile(path, text, IDS);
	return r.ok ? [] : r.issues.map(formatIssue);
};
const replace = (from: string, to: string) => {
	if (!GOOD.includes(from)) throw new Error(`fixture has no ${from}`);
	return GOOD.replace(from, to);
};

describe('validateGlossaryFile', () => {
	it('accepts a complete entry and normalises whitespace', () => {
		const r = validateGlossaryFile(FILE, GOOD, IDS);
		expect(r.ok).toBe(true);
		expect(r.entry).toEqual({
			id: 'hypervisor',
			term: { en: 'Hypervisor', ko: '하이퍼바이저' },
			aliases: { en: ['VMM'], ko: ['가상 머신 모니터'] },
			short: { en: 'Runs VMs.', ko: 'VM을 실행합니다.' },
			definition: { en: 'A longer text.', ko: '더 긴 글입니다.' },
			pages: ['foundations/hypervisors#type-1-and-type-2'],
			related: ['virtual-machine'],
		});
	});

	it('treats pages and related as optional', () => {
		const text = GOOD.split('\n').filter((l) => !/^(pages|related):/.test(l)).join('\n');
		const r = validateGlossaryFile(FILE, text, IDS);
		expect(r.ok && r.entry.pages).toEqual([]);
		expect(r.ok && r.entry.related).toEqual([]);
	});

	it('reports YAML syntax errors with their line', () => {
		expect(report(replace('short: { en: Runs VMs., ko: VM을 실행합니다. }', 'short: { en: [oops }'))[0]).toBe(
			`${FILE}:3: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`,
		);
		expect(report(replace('  ko: >-\n    더 긴 글입니다.', '  en: again'))).toEqual([
			`${FILE}:7: YAML syntax error: Map keys must be unique`,
		]);
	});

	it('reports a file that is not a mapping', () => {
		expect(report('- just\n- a list\n')).toEqual([
			`${FILE}:1: the file must be a mapping, not a list`,
		]);
	});

	it('reports an unknown key', () => {
		expect(report(`${GOOD}sumary: { en: x, ko: y }\n`)).toEqual([
			`${FILE}:11: unknown key "sumary"`,
		]);
	});

	it('reports a missing field', () => {
		expect(report(replace('short: { en: Runs VMs., ko: VM을 실행합니다. }\n', ''))).toEqual([
			`${FILE}:1: missing "short"`,
		]);
	});

	it('reports a missing language', () => {
		expect(report(replace('term: { en: Hypervisor, ko: 하이퍼바이저 }', 'term: { en: Hypervisor }'))).toEqual([
			`${FILE}:1: missing "term.ko"`,
		]);
		expect(report(replace('  en: >-\n    A longer text.\n', ''))).toEqual([`${FILE}:5: missing "definition.en"`]);
	});

	it('reports an unknown language key', () => {
		expect(report(replace('ko: 하이퍼바이저 }', 'ko: 하이퍼바이저, ja: ハイパーバイザー }'))).toEqual([
			`${FILE}:1: unknown key "ja" in "term"`,
		]);
	});

	it('reports a field that is not a mapping of languages', () => {
		expect(report(replace('short: { en: Runs VMs., ko: VM을 실행합니다. }', 'short: Runs VMs.'))).toEqual([
			`${FILE}:3: "short" must be a mapping, not text`,
		]);
	});

	it('reports empty strings, in text fields and lists', () => {
		expect(report(replace('ko: VM을 실행합니다. }', "ko: '  ' }"))).toEqual([`${FILE}:3: "short.ko" is empty`]);
		expect(report(replace('en: [VMM]', "en: [VMM, '']"))).toEqual([`${FILE}:2: "aliases.en[1]" is empty`]);
		expect(report(replace('  ko: >-\n    더 긴 글입니다.', '  ko: ""'))).toEqual([`${FILE}:7: "definition.ko" is empty`]);
	});

	it('reports values of the wrong type', () => {
		expect(report(replace('en: Hypervisor,', 'en: [Hypervisor],'))).toEqual([`${FILE}:1: "term.en" must be text, not a list`]);
		expect(report(replace('en: [VMM]', 'en: VMM'))).toEqual([`${FILE}:2: "aliases.en" must be a list, not text`]);
	});

	it('reports a duplicate alias', () => {
		expect(report(replace('en: [VMM]', 'en: [VMM, vmm]'))).toEqual([`${FILE}:2: "aliases.en[1]" lists "vmm" twice`]);
	});

	it('reports an unknown related id, and the concept itself', () => {
		expect(report(replace('related: [virtual-machine]', 'related: [virtual-machine, container]'))).toEqual([
			`${FILE}:10: "related[1]": unknown concept "container" (no src/content/glossary/container.yaml)`,
		]);
		expect(report(replace('related: [virtual-machine]', 'related: [hypervisor]'))).toEqual([
			`${FILE}:10: "related[0]" is the concept itself`,
		]);
		expect(report(replace('related: [virtual-machine]', 'related: [kernel, kernel]'))).toEqual([
			`${FILE}:10: "related" lists "kernel" twice`,
		]);
	});

	it('reports a page that is not a slug', () => {
		expect(report(replace('pages: [foundations/hypervisors#type-1-and-type-2]', 'pages: [Foundations/Hypervisors/]'))).toEqual([
			`${FILE}:9: "pages[0]": "Foundations/Hypervisors/" is not a page slug like "foundations/hypervisors" or "foundations/hypervisors#type-1" (lowercase, no locale, no leading or trailing slash)`,
		]);
		expect(report(replace('pages: [foundations/hypervisors#type-1-and-type-2]', 'pages:\n  - docker/objects\n  - /ko/docker/objects'))).toEqual([
			`${FILE}:11: "pages[1]": "/ko/docker/objects" starts with a locale: write the slug without it, e.g. "docker/objects"`,
		]);
	});

	it('reports a file name that is not an id', () => {
		expect(report(GOOD, 'src/content/glossary/Hypervisor_2.yaml')).toEqual([
			'src/content/glossary/Hypervisor_2.yaml:1: file name "Hypervisor_2" is not a concept id (lowercase letters, digits and single hyphens)',
		]);
	});

	it('reports every problem at once, in line order', () => {
		const text = replace('term: { en: Hypervisor, ko: 하이퍼바이저 }', 'term: { en: "" }').replace('related: [virtual-machine]', 'related: [nope]');
		expect(report(text)).toEqual([
			`${FILE}:1: "term.en" is empty`,
			`${FILE}:1: missing "term.ko"`,
			`${FILE}:10: "related[0]": unknown concept "nope" (no src/content/glossary/nope.yaml)`,
		]);
	});

	it('GlossaryError carries one file:line: message per line', () => {
		const e = new GlossaryError([
			{ file: FILE, line: 3, message: '"short.ko" is empty' },
			{ file: FILE, line: 9, message: 'missing "pages"' },
		]);
		expect(e.message).toBe(`${FILE}:3: "short.ko" is empty\n${FILE}:9: missing "pages"`);
	});
});
