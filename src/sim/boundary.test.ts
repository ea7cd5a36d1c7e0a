// The line around src/sim, enforced: the simulator is pure TypeScript that runs the same in
// Node, in the browser and at build time, so that a session replays byte for byte. Its files
// import only each other (and `yaml`); they never read the real clock or randomness, and never
// touch the DOM or the host (timers, network, storage, Node's globals). The check parses each
// file (no type-checker: it stays fast on a busy machine) and counts a global as used only when
// the file declares no name of its own with that spelling, so a local `location` is fine.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SIM = dirname(fileURLToPath(import.meta.url));
const TEST = /\.test\.ts$/;
/** What tests may import besides the simulator itself. */
const TEST_IMPORTS = new Set(['vitest', 'fast-check', 'node:fs', 'node:path', 'node:url', 'typescript']);
const NONDETERMINISTIC = new Set(['Date.now', 'Math.random', 'performance.now', 'crypto.getRandomValues', 'crypto.randomUUID']);
/** Browser globals a simulator file could reach for. */
const DOM_GLOBALS = new Set([
	'window', 'document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage', 'indexedDB',
	'HTMLElement', 'Element', 'customElements', 'requestAnimationFrame', 'cancelAnimationFrame', 'getComputedStyle',
	'matchMedia', 'fetch', 'XMLHttpRequest', 'WebSocket', 'Worker', 'alert', 'screen', 'innerWidth', 'innerHeight',
]);
/** Host globals outside the DOM: timers, Node's process and modules. */
const HOST_GLOBALS = new Set(['setTimeout', 'setInterval', 'queueMicrotask', 'requestIdleCallback', 'process', 'Buffer', 'require', 'globalThis', 'performance', 'crypto']);

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
	);
}

interface Finding {
	file: string;
	line: number;
	what: string;
}

/** Names `sf` declares itself: variables, parameters, functions, classes, types, imports. */
function declaredNames(sf: ts.SourceFile): Set<string> {
	const names = new Set<string>();
	const visit = (node: ts.Node): void => {
		const name = (node as { name?: ts.Node }).name;
		if (
			name &&
			ts.isIdentifier(name) &&
			(ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) ||
				ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isEnumDeclaration(node) || ts.isBindingElement(node) ||
				ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node))
		)
			names.add(name.text);
		ts.forEachChild(node, visit);
	};
	visit(sf);
	return names;
}

/** Every boundary violation in `paths` (`read` gives each file's text). */
export function violations(paths: string[], root = SIM, read = (p: string) => readFileSync(p, 'utf8')): Finding[] {
	const out: Finding[] = [];
	for (const path of paths) {
		const sf = ts.createSourceFile(path, read(path), ts.ScriptTarget.ES2023, true);
		const own = declaredNames(sf);
		const file = relative(resolve(root, '../..'), path);
		const at = (node: ts.Node, what: string) =>
			out.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, what });
		const visit = (node: ts.Node): void => {
			if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
				const spec = node.moduleSpecifier.text;
				const inside = spec.startsWith('.') && !relative(root, resolve(dirname(path), spec)).startsWith('..');
				if (!inside && spec !== 'yaml' && !(TEST.test(path) && TEST_IMPORTS.has(spec))) at(node, `imports "${spec}" from outside src/sim`);
			}
			if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) at(node, 'uses a dynamic import()');
			if (ts.isPropertyAccessExpression(node) && NONDETERMINISTIC.has(node.getText(sf))) at(node, `uses ${node.getText(sf)}`);
			const parent = node.parent;
			const isName =
				parent !== undefined &&
				((ts.isPropertyAccessExpression(parent) && parent.name === node) ||
					((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent)) && parent.name === node));
			if (ts.isIdentifier(node) && !isName && !TEST.test(path) && !own.has(node.text)) {
				if (HOST_GLOBALS.has(node.text)) at(node, `uses the host global ${node.text}`);
				else if (DOM_GLOBALS.has(node.text)) at(node, `uses the DOM global ${node.text}`);
			}
			ts.forEachChild(node, visit);
		};
		visit(sf);
	}
	return out;
}

const format = (f: Finding) => `${f.file}:${f.line}: ${f.what}`;

describe('src/sim stays pure', () => {
	// Parsing every file takes a few seconds on a shared, busy machine: more than vitest's 5 s default.
	it('imports nothing from outside itself but yaml, and reads no clock, randomness, DOM or host', () => {
		expect(violations(files(SIM)).map(format)).toEqual([]);
	}, 30_000);

	it('catches each kind of violation, with its line', () => {
		const dir = join(SIM, '__boundary_fixture__');
		const fixture = join(dir, 'bad.ts');
		const text = [
			"import { x } from '../../terminal/strings';",
			'const location = 1;',
			'export const a = document.title + location;',
			'export const b = Date.now() + Math.random();',
			'setTimeout(() => {}, 1);',
			'export const c = window.innerWidth;',
		].join('\n');
		// An in-memory file: nothing is written into src/sim.
		expect(violations([fixture], SIM, () => text).map(format)).toEqual([
			'src/sim/__boundary_fixture__/bad.ts:1: imports "../../terminal/strings" from outside src/sim',
			'src/sim/__boundary_fixture__/bad.ts:3: uses the DOM global document',
			'src/sim/__boundary_fixture__/bad.ts:4: uses Date.now',
			'src/sim/__boundary_fixture__/bad.ts:4: uses Math.random',
			'src/sim/__boundary_fixture__/bad.ts:5: uses the host global setTimeout',
			'src/sim/__boundary_fixture__/bad.ts:6: uses the DOM global window',
		]);
	});
});
