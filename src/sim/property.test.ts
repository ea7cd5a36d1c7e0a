// Property-based robustness: thousands of random lines (docker-ish and garbage, 10,000-char
// lines, unbalanced quotes, control characters, escape sequences) never throw, stay within
// time and size bounds, and fail with docker's (or bash's) own wording.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { COMMANDS, topWords } from './commands/registry.ts';
import { createWorld, type ExecResult } from './index.ts';
import { MAX_STREAM } from './host.ts';

const now = () => (globalThis as unknown as { performance: { now(): number } }).performance.now();

const SUBS = topWords().concat(['container ls', 'image ls', 'volume ls', 'network ls', 'system df', 'image rm', 'container rm', 'compose up', 'compose up -d', 'compose down', 'compose ps', 'compose logs', 'compose config', 'compose run --rm', 'compose exec']);
const FLAGS = [...new Set(COMMANDS.flatMap((c) => c.flags.flatMap((f) => [`--${f.long}`, ...(f.short ? [`-${f.short}`] : [])])))];
const WORDS = ['nginx', 'alpine', 'ubuntu', 'hello-world', 'redis', 'web', 'db', 'data', 'appnet', '8080:80', 'sh', 'bash', 'ls', '/', '.', 'echo', 'hi', '-c', 'exit', 'Ubuntu', 'foo::bar', 'mysql:5.7', 'alice/app', ':', '""', "''", '$(ls)', '${HOME}', '&&', '||', ';', '|', '>', '#', '\\', '\x1b[31m', '\x1b]0;x\x07', '\x00', '\x7f', '한국어', '🐳', 'if', 'then', 'else', 'fi', 'for', 'in', 'do', 'done', 'while', 'until', 'true', 'x=5', '$x', '$((1+2))', '$((', '[', ']', '-f', 'sleep', '1', 'grep', 'head', 'wc', 'sort', 'export', 'history', 'sudo', 'y', 'redis:7', 'node:22-alpine', 'web:/etc', 'web:/', 'web:', '-', './', 'ps -ef'];

const word = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...FLAGS), fc.string({ maxLength: 12 }), fc.stringMatching(/^[a-z0-9:/._-]{1,16}$/));
const dockerLine = fc.tuple(fc.constantFrom(...SUBS), fc.array(word, { maxLength: 8 })).map(([s, ws]) => ['docker', s, ...ws].join(' '));
const garbage = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.array(word, { maxLength: 20 }).map((ws) => ws.join(' ')));
const huge = fc.tuple(fc.constantFrom('docker run ', 'echo ', '', 'docker ', '"', "'", '$(', 'docker ps --format '), fc.constantFrom('a', ' ', '"', '$(', '\x1b[2J', 'x ', '-p 1 ', '한')).map(([head, unit]) => head + unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000));
// Shell constructs: loops (bounded by the sim), conditionals, arithmetic, pipes into filters.
const shellLine = fc.tuple(fc.constantFrom('while true; do ', 'for i in 1 2 3; do ', 'if [ -f Dockerfile ]; then ', 'until false; do ', 'x=$((', 'docker ps | ', 'echo $((2**62 * 4)); ', 'docker system prune; '), fc.array(word, { maxLength: 6 }), fc.constantFrom('; done', '; fi', '))', '', ' | grep a', ' | head -1', ' | wc -l', '; done | sort')).map(([a, ws, b]) => a + ws.join(' ') + b);
const anyLine = fc.oneof({ weight: 5, arbitrary: dockerLine }, { weight: 3, arbitrary: garbage }, { weight: 2, arbitrary: shellLine }, { weight: 1, arbitrary: huge });

function check(line: string, r: ExecResult, ms: number): void {
	expect(typeof r.stdout).toBe('string');
	expect(typeof r.stderr).toBe('string');
	expect(Number.isInteger(r.exitCode) && r.exitCode >= 0 && r.exitCode <= 255).toBe(true);
	expect(r.stdout.length).toBeLessThanOrEqual(2 * MAX_STREAM);
	expect(r.stderr.length).toBeLessThanOrEqual(2 * MAX_STREAM);
	expect(ms).toBeLessThan(2000);
	const all = r.stdout + r.stderr;
	expect(all).not.toMatch(/internal error|\bundefined\b|\bNaN\b|\[object Object\]/);
	void line;
}

test('any line: no throw, bounded time and output (persistent hosts on every platform)', () => {
	const world = createWorld({ seed: 3 });
	const hosts = (['linux', 'macos', 'windows', 'windows-containers'] as const).map((platform) => world.host({ platform, files: { Dockerfile: 'FROM alpine\nRUN echo hi\n', 'index.html': 'hi\n' } }));
	fc.assert(
		fc.property(anyLine, fc.nat(3), fc.boolean(), (line, i, tty) => {
			const t0 = now();
			const r = hosts[i]!.exec(line, { tty, cols: 80 });
			check(line, r, now() - t0);
			// Leave container shells so the next docker line reaches the host again.
			if (hosts[i]!.attached()) hosts[i]!.exec('exit', { tty: true });
		}),
		{ numRuns: 2500, seed: 20251112 },
	);
}, 60_000);

test('unknown flags fail as cobra does (exit 125, usage, Run … --help)', () => {
	const host = createWorld().host({ platform: 'linux' });
	const cmds = ['ps', 'images', 'pull', 'push', 'rmi', 'rm', 'stop', 'start', 'logs', 'tag', 'version', 'info', 'volume ls', 'network ls', 'system df', 'stats', 'top', 'pause', 'unpause', 'rename', 'wait', 'diff', 'commit', 'attach'];
	fc.assert(
		fc.property(fc.constantFrom(...cmds), fc.stringMatching(/^[a-z]{3,12}$/), (cmd, name) => {
			fc.pre(!FLAGS.includes(`--${name}`) && name !== 'help');
			const r = host.exec(`docker ${cmd} --${name}`);
			expect(r.exitCode).toBe(125);
			expect(r.stderr).toMatch(new RegExp(`^unknown flag: --${name}\\n\\nUsage:  docker [^\\n]+\\n\\nRun 'docker [a-z ]+ --help' for more information\\n$`));
		}),
		{ numRuns: 400, seed: 7 },
	);
});

test('unknown commands fail as docker 28 does', () => {
	const host = createWorld().host({ platform: 'linux' });
	fc.assert(
		fc.property(fc.stringMatching(/^[a-z][a-z0-9]{1,14}$/), (name) => {
			fc.pre(!SUBS.includes(name));
			const r = host.exec(`docker ${name}`);
			expect(r).toEqual({ stdout: '', stderr: `docker: unknown command: docker ${name}\n\nRun 'docker --help' for more information\n`, exitCode: 1, output: `docker: unknown command: docker ${name}\n\nRun 'docker --help' for more information\n` });
		}),
		{ numRuns: 400, seed: 11 },
	);
});

test('unbalanced quotes give bash syntax errors, never a crash', () => {
	const host = createWorld().host({ platform: 'linux' });
	fc.assert(
		fc.property(fc.string({ maxLength: 40 }).filter((s) => !/["'\\`$()]/.test(s)), fc.constantFrom('"', "'"), (s, q) => {
			const r = host.exec(`docker run ${q}${s}`);
			expect(r.exitCode).toBe(2);
			expect(r.stderr).toBe(`bash: unexpected EOF while looking for matching \`${q}'\n`);
		}),
		{ numRuns: 300, seed: 5 },
	);
});

// Any text in compose.yaml — YAML-ish fragments, real keys with wrong shapes, anchors, garbage —
// gets an answer from every compose command, never a throw or a leaked `undefined`.
const YAML_BITS = ['services:', '  web:', '    image: nginx', '    image: redis:7', '    build: .', '    ports:', '      - "8000:80"', '      - 80', '      - {target: 80, published: 8080}', '    volumes:', '      - data:/data', '      - ./src:/app', '    depends_on:', '      - db', '      db: {condition: service_healthy}', '    environment:', '      - A=1', '      B: ${B:-x}', '    healthcheck: {test: [CMD, true]}', '    networks: [front]', '    command: echo hi', '    restart: always', 'volumes:', '  data:', 'networks:', '  front:', 'version: "3"', '  db:', '    image: alpine', '    command: ["sleep", "100"]', 'x-base: &b {image: nginx}', '  other: *b', '  <<: *b', '\t', ':', '- a', '[', '{', '"', '${', '$$', 'name: Demo', 'services: []', 'services: 3', '  web: null', '    ports: 8080', ''];
const yamlText = fc.oneof(
	fc.array(fc.constantFrom(...YAML_BITS), { maxLength: 24 }).map((ls) => ls.join('\n') + '\n'),
	fc.string({ maxLength: 300 }),
	fc.array(fc.oneof(fc.constantFrom(...YAML_BITS), fc.string({ maxLength: 20 })), { maxLength: 16 }).map((ls) => ls.join('\n')),
);
const composeLine = fc.constantFrom('docker compose up -d', 'docker compose up', 'docker compose config', 'docker compose ps -a', 'docker compose logs', 'docker compose down -v --rmi all', 'docker compose run --rm web echo hi', 'docker compose exec -T web ls', 'docker compose pull', 'docker compose build', 'docker compose restart', 'docker compose ls -a', 'docker compose -p x up -d', 'docker compose config --services');

test('any compose.yaml: every compose command answers, never throws', () => {
	const world = createWorld({ seed: 9 });
	const hosts = (['linux', 'macos'] as const).map((platform) => world.host({ platform, files: { Dockerfile: 'FROM alpine\n' } }));
	fc.assert(
		fc.property(yamlText, fc.array(composeLine, { minLength: 1, maxLength: 3 }), fc.nat(1), fc.boolean(), (text, lines, i, tty) => {
			const host = hosts[i]!;
			host.writeFile('compose.yaml', text);
			for (const line of lines) {
				const t0 = now();
				const r = host.exec(line, { tty, cols: 80 });
				check(line, r, now() - t0);
				if (host.attached()) host.exec('exit', { tty: true });
			}
		}),
		{ numRuns: 400, seed: 20251202 },
	);
}, 60_000);
