declare const structuredClone: <T>(value: T) => T;
import { expect, test } from 'vitest';
import { loadSession } from './load.ts';

const CONCEPTS = new Set(['image', 'container', 'registry', 'layer', 'port']);
const load = (text: string) => loadSession(text, 'src/content/sessions/demo.yaml', { knownConcepts: CONCEPTS });

const GOOD = `id: push-demo
title:
  en: Build and push
  ko: 빌드하고 푸시하기
host: macos
hosts:
  server: linux
files:
  Dockerfile: |
    FROM nginx
    COPY index.html /usr/share/nginx/html/
  index.html: "<h1>v1</h1>\\n"
steps:
  - cmd: docker build -t alice/site .
    caption:
      en: Build the image.
      ko: 이미지를 빌드합니다.
    concepts: [image, layer]
  - edit: index.html
    content: "<h1>v2</h1>\\n"
    caption: { en: Change one file., ko: 파일 하나를 고칩니다. }
  - cmd: docker push alice/site
    expect: error
    caption: { en: Not logged in yet., ko: 아직 로그인하지 않았습니다. }
    concepts: [registry]
  - cmd: docker login -u alice -p secret && docker push alice/site
    caption: { en: Log in and push., ko: 로그인하고 푸시합니다. }
  - cmd: docker run -d -p 80:80 alice/site
    on: server
    caption: { en: Run it on the server., ko: 서버에서 실행합니다. }
`;

test('a session becomes a timeline of plain data', () => {
	const t = load(GOOD);
	expect(t.id).toBe('push-demo');
	expect(t.title).toEqual({ en: 'Build and push', ko: '빌드하고 푸시하기' });
	expect(t.hosts).toEqual({ server: 'linux' });
	expect(t.steps.map((s) => [s.kind, s.line, s.host, s.exitCode, s.expectError])).toEqual([
		['cmd', 14, 'main', 0, false],
		['edit', 19, 'main', 0, false],
		['cmd', 22, 'main', 1, true],
		['cmd', 26, 'main', 0, false],
		['cmd', 28, 'server', 0, false],
	]);
	const build = t.steps[0]!;
	expect(build.prompt).toBe('dev@dockside project % ');
	expect(build.output).toContain('\x1b[');
	expect(build.screen.split('\n')[0]).toMatch(/^\[\+\] Building [\d.]+s \(\d+\/\d+\) FINISHED +docker:desktop-linux$/);
	expect(build.concepts).toEqual(['image', 'layer']);
	expect(t.steps[2]!.screen).toContain('denied: requested access to the resource is denied');
	expect(t.steps[4]!.screen).toContain("WARNING: The requested image's platform (linux/arm64/v8) does not match the detected host platform (linux/amd64/v3)");
	expect(t.steps[4]!.state.containers[0]!.status).toBe('exited');
	expect(structuredClone(t)).toEqual(t);
});

test('the same file gives the same timeline', () => {
	expect(load(GOOD)).toEqual(load(GOOD));
});

test('a snapshot from any step continues the session', () => {
	const t = load(GOOD);
	expect(t.steps[1]!.snapshot.world.hosts.main!.files['index.html']).toBe('<h1>v2</h1>\n');
});

const errors: Array<[string, string, string]> = [
	['unknown root key', GOOD.replace('host: macos', 'host: macos\nhots: x'), 'src/content/sessions/demo.yaml:6: unknown key "hots" in the session (allowed: id, title, host, files, hosts, steps)'],
	['unknown step key', GOOD.replace('    concepts: [image, layer]', '    concept: [image]'), 'src/content/sessions/demo.yaml:18: unknown key "concept" in step 1 (allowed: cmd, edit, content, caption, concepts, expect, on)'],
	['unknown host platform', GOOD.replace('host: macos', 'host: beos'), 'src/content/sessions/demo.yaml:5: unknown host "beos" (expected linux, macos, windows, windows-containers)'],
	['unknown extra host platform', GOOD.replace('server: linux', 'server: solaris'), 'src/content/sessions/demo.yaml:7: unknown host "solaris" (expected linux, macos, windows, windows-containers)'],
	['unknown on: host', GOOD.replace('on: server', 'on: srv'), 'src/content/sessions/demo.yaml:29: unknown host "srv" in step 5 (hosts: main, server)'],
	['a failing command without expect: error', GOOD.replace('docker build -t alice/site .', 'docker build --prot -t alice/site .'), 'src/content/sessions/demo.yaml:14: command "docker build --prot -t alice/site ." failed with exit code 1: ERROR: unknown flag: --prot (add "expect: error" if that is the point)'],
	['a run flag typo', GOOD.replace('docker run -d -p 80:80 alice/site', 'docker run --prot 80 alice/site'), 'src/content/sessions/demo.yaml:28: command "docker run --prot 80 alice/site" failed with exit code 125: unknown flag: --prot (add "expect: error" if that is the point)'],
	['expect: error on a command that succeeds', GOOD.replace('  - cmd: docker push alice/site\n    expect: error', '  - cmd: docker images\n    expect: error'), 'src/content/sessions/demo.yaml:23: command "docker images" was expected to fail but exited 0'],
	['a missing caption language', GOOD.replace('      ko: 이미지를 빌드합니다.\n', ''), 'src/content/sessions/demo.yaml:16: missing caption language "ko" in step 1'],
	['a missing caption', GOOD.replace('    caption: { en: Log in and push., ko: 로그인하고 푸시합니다. }\n', ''), 'src/content/sessions/demo.yaml:26: missing "caption" in step 4'],
	['an unknown concept', GOOD.replace('concepts: [registry]', 'concepts: [registry, dockerhub]'), 'src/content/sessions/demo.yaml:25: unknown concept "dockerhub"'],
	['cmd and edit together', GOOD.replace('  - edit: index.html', '  - edit: index.html\n    cmd: ls'), 'src/content/sessions/demo.yaml:19: step 2 needs exactly one of "cmd" or "edit"'],
	['an edit without content', GOOD.replace('    content: "<h1>v2</h1>\\n"\n', ''), 'src/content/sessions/demo.yaml:19: missing "content" in step 2'],
	['expect with another value', GOOD.replace('expect: error', 'expect: failure'), 'src/content/sessions/demo.yaml:23: "expect" can only be "error"'],
	['invalid YAML', 'id: x\ntitle: [unclosed\n', 'src/content/sessions/demo.yaml:3: Flow sequence in block collection must be sufficiently indented and end with a ]'],
	['no steps', GOOD.slice(0, GOOD.indexOf('steps:')) + 'steps: []\n', 'src/content/sessions/demo.yaml:13: "steps" must be a non-empty list'],
	['a bad id', GOOD.replace('id: push-demo', 'id: Push Demo'), 'src/content/sessions/demo.yaml:1: id "Push Demo" must be lowercase letters, digits and dashes'],
];

for (const [name, text, message] of errors) {
	test(`error: ${name}`, () => {
		let thrown: unknown;
		try {
			load(text);
		} catch (e) {
			thrown = e;
		}
		expect(thrown).toBeInstanceOf(Error);
		expect((thrown as Error).message).toBe(message);
	});
}
