import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ContentError, parseYaml, pathName, readYaml } from './yaml';

const FILE = 'src/content/example.yaml';
const schema = z.strictObject({
	id: z.string().regex(/^[a-z]+$/, { error: 'must be lowercase letters' }),
	host: z.enum(['linux', 'macos']),
	title: z.strictObject({ en: z.string().min(1), ko: z.string().min(1) }),
	steps: z.array(z.strictObject({ cmd: z.string(), count: z.number().optional() })).min(1),
});
const GOOD = `id: pull
host: linux
title:
  en: Pull
  ko: 받기
steps:
  - cmd: docker pull nginx
  - cmd: docker images
    count: 2
`;

/** The build's report for `text`: one `file:line: message` per line. */
function report(text: string): string {
	try {
		parseYaml(FILE, text, schema);
		return '';
	} catch (e) {
		if (!(e instanceof ContentError)) throw e;
		return e.message;
	}
}

describe('parseYaml: one error path for every collection', () => {
	it('returns the data of a good file', () => {
		expect(parseYaml(FILE, GOOD, schema).data.steps[1]).toEqual({ cmd: 'docker images', count: 2 });
	});

	it('reports a syntax error at its line', () => {
		expect(report(GOOD.replace('  en: Pull', '  en: [Pull'))).toBe(
			`${FILE}:5: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`,
		);
		expect(report(`${GOOD}id: again\n`)).toBe(`${FILE}:10: YAML syntax error: Map keys must be unique`);
	});

	it('reports a missing key at the line of its parent', () => {
		expect(report(GOOD.replace('  ko: 받기\n', ''))).toBe(`${FILE}:4: missing "title.ko"`);
	});

	it('reports a wrong type at the value, saying what was found', () => {
		expect(report(GOOD.replace('count: 2', 'count: two'))).toBe(`${FILE}:9: "steps[1].count" must be a number, not text`);
		expect(report('- a\n- b\n')).toBe(`${FILE}:1: the file must be a mapping, not a list`);
	});

	it('reports each unknown key at its own line', () => {
		expect(report(GOOD.replace('    count: 2', '    cout: 2\n    colour: red'))).toBe(
			`${FILE}:9: unknown key "cout" in "steps[1]"\n${FILE}:10: unknown key "colour" in "steps[1]"`,
		);
	});

	it('reports empty text, an empty list and a value outside an enum', () => {
		expect(report(GOOD.replace('ko: 받기', 'ko: ""'))).toBe(`${FILE}:5: "title.ko" is empty`);
		expect(report(GOOD.replace(/steps:[\s\S]*/, 'steps: []\n'))).toBe(`${FILE}:6: "steps" needs at least 1 item`);
		expect(report(GOOD.replace('host: linux', 'host: solaris'))).toBe(`${FILE}:2: "host" is "solaris"; expected "linux", "macos"`);
	});

	it("carries the schema's own message for formats and refinements", () => {
		expect(report(GOOD.replace('id: pull', 'id: Pull'))).toBe(`${FILE}:1: "id": must be lowercase letters`);
	});

	it('lists every problem at once, in line order', () => {
		const text = GOOD.replace('host: linux', 'host: bsd').replace('id: pull', 'id: 1x');
		expect(report(text).split('\n').map((l) => l.split(': ')[0])).toEqual([`${FILE}:1`, `${FILE}:2`]);
	});

	it('names paths the way an author reads them', () => {
		expect(pathName(['steps', 2, 'caption', 'ko'])).toBe('steps[2].caption.ko');
		expect(readYaml(FILE, GOOD).keyLine(['steps', 1], 'count')).toBe(9);
	});
});
