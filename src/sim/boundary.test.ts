// The line around src/sim, enforced: the simulator is pure TypeScript that runs the same in
// Node, in the browser and at build time, so that a session replays byte for byte. Its files
// import only each other (and `yaml`); they never read the real clock or randomness, and never
// touch the DOM or the host (timers, network, storage). The compiler finds the symbols, so a
// local variable that happens to be called `location` is not mistaken for the browser's.
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SIM = dirname(fileURLToPath(import.meta.url));
const TEST = /\.test\.ts$/;
/** What tests may import besides the simulator itself. */
const TEST_IMPORTS = new Set(['vitest', 'fast-check', 'node:fs', 'node:path', 'node:url', 'typescript']);
const NONDETERMINISTIC = new Set(['Date.now', 'Math.random', 'performance.now', 'crypto.getRandomValues', 'crypto.randomUUID']);
/** Host globals that ES2023 itself declares (so tsc with the sim's tsconfig does not catch them). */
const HOST_GLOBALS = new Set(['setTimeout', 'setInterval', 'queueMicrotask', 'globalThis']);

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

/** Every boundary violation in `paths`, type-checked with the DOM and Node libraries loaded so they can be recognised. */
export function violations(paths: string[], root = SIM): Finding[] {
	const program = ts.createProgram(paths, {
		target: ts.ScriptTarget.ES2023,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		allowImportingTsExtensions: true,
		noEmit: true,
		lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
		types: [],
	});
	const checker = program.getTypeChecker();
	const out: Finding[] = [];
	for (const path of paths) {
		const sf = program.getSourceFile(path)!;
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
			const isMemberName = node.parent !== undefined && ts.isPropertyAccessExpression(node.parent) && node.parent.name === node;
			if (ts.isIdentifier(node) && !isMemberName && !TEST.test(path)) {
				const symbol = checker.getSymbolAtLocation(node);
				const decls = symbol?.declarations ?? [];
				const fromDom = decls.length > 0 && decls.every((d) => /lib\.dom\.d\.ts$/.test(d.getSourceFile().fileName));
				const global = decls.length > 0 && decls.every((d) => d.getSourceFile().isDeclarationFile);
				if (global && HOST_GLOBALS.has(node.text)) at(node, `uses the host global ${node.text}`);
				else if (fromDom) at(node, `uses the DOM global ${node.text}`);
			}
			ts.forEachChild(node, visit);
		};
		visit(sf);
	}
	return out;
}

const format = (f: Finding) => `${f.file}:${f.line}: ${f.what}`;

describe('src/sim stays pure', () => {
	it('imports nothing from outside itself but yaml, and reads no clock, randomness, DOM or host', () => {
		expect(violations(files(SIM)).map(format)).toEqual([]);
	});

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
		const original = ts.sys.readFile;
		const originalExists = ts.sys.fileExists;
		ts.sys.readFile = (p, enc) => (p === fixture ? text : original(p, enc));
		ts.sys.fileExists = (p) => p === fixture || originalExists(p);
		try {
			expect(violations([fixture]).map(format)).toEqual([
				'src/sim/__boundary_fixture__/bad.ts:1: imports "../../terminal/strings" from outside src/sim',
				'src/sim/__boundary_fixture__/bad.ts:3: uses the DOM global document',
				'src/sim/__boundary_fixture__/bad.ts:4: uses Date.now',
				'src/sim/__boundary_fixture__/bad.ts:4: uses Math.random',
				'src/sim/__boundary_fixture__/bad.ts:5: uses the host global setTimeout',
				'src/sim/__boundary_fixture__/bad.ts:6: uses the DOM global window',
			]);
		} finally {
			ts.sys.readFile = original;
			ts.sys.fileExists = originalExists;
		}
	});
});
