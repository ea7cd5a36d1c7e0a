import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSessions } from './sessions';
import { WIDTHS } from '../terminal/geometry';

/** A project with the real glossary and one session file, `text`. */
function project(text: string, name = 'demo.yaml'): string {
	const root = mkdtempSync(join(tmpdir(), 'dockside-sessions-'));
	cpSync('src/content/glossary', join(root, 'src/content/glossary'), { recursive: true });
	mkdirSync(join(root, 'src/content/sessions'), { recursive: true });
	writeFileSync(join(root, 'src/content/sessions', name), text);
	return root;
}
const GOOD = `id: demo
title: { en: Demo, ko: 데모 }
host: linux
steps:
  - cmd: docker pull alpine
    caption: { en: Pull., ko: 받습니다. }
    concepts: [image]
  - cmd: docker images
    caption: { en: List., ko: 봅니다. }
`;
const report = (text: string, name?: string) => {
	try {
		readSessions(project(text, name));
		return '';
	} catch (e) {
		return (e as Error).message;
	}
};
const F = 'src/content/sessions/demo.yaml';

describe('the sessions collection reader', () => {
	it('computes a timeline at every width the widget renders', () => {
		const [entry] = readSessions(project(GOOD));
		expect(entry!.id).toBe('demo');
		expect(Object.keys(entry!.data.timelines).map(Number).sort()).toEqual([...WIDTHS].sort());
		expect(entry!.data.timelines['80']!.steps.map((s) => s.command)).toEqual(['docker pull alpine', 'docker images']);
	});

	it('reports structure problems through the shared helper, at their lines', () => {
		expect(report(GOOD.replace('    caption: { en: List., ko: 봅니다. }\n', ''))).toBe(`${F}:8: missing "steps[1].caption"`);
		expect(report(GOOD.replace('host: linux', 'host: solaris'))).toBe(
			`${F}:3: "host" is "solaris"; expected "linux", "macos", "windows", "windows-containers"`,
		);
		expect(report(GOOD.replace('  - cmd: docker images', '  - cmd: docker images\n    edit: Dockerfile'))).toBe(
			`${F}:8: "steps[1]": a step needs exactly one of "cmd" or "edit"`,
		);
		expect(report(GOOD.replace('concepts: [image]', 'concepts: [image]\n    expected: error'))).toBe(`${F}:8: unknown key "expected" in "steps[0]"`);
	});

	it('reports an unknown concept, a wrong id and an unknown host', () => {
		expect(report(GOOD.replace('[image]', '[image, imgae]'))).toBe(`${F}:7: unknown concept "imgae" (no src/content/glossary/imgae.yaml)`);
		expect(report(GOOD, 'other.yaml')).toBe('src/content/sessions/other.yaml:1: "id" is "demo" but the file is other.yaml: they must match');
		expect(report(GOOD.replace('concepts: [image]', 'on: box'))).toBe(`${F}:7: unknown host "box" (hosts: main)`);
	});

	it("stops on a command that fails without expect: error, in the simulator's words", () => {
		expect(report(GOOD.replace('docker images', 'docker imgaes'))).toBe(
			`${F}:8: command "docker imgaes" failed with exit code 1: docker: unknown command: docker imgaes (add "expect: error" if that is the point)`,
		);
	});
});
