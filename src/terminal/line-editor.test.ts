import { describe, expect, it } from 'vitest';
import { LineEditor, cellWidth, commonPrefix, neutralise } from './line-editor';

const typeAll = (ed: LineEditor, ...keys: string[]) => keys.flatMap((k) => ed.input(k));

describe('LineEditor', () => {
	it('inserts typed text and submits the line on Enter', () => {
		const ed = new LineEditor();
		expect(typeAll(ed, 'd', 'o')).toEqual([
			{ type: 'write', data: 'd' },
			{ type: 'write', data: 'o' },
		]);
		expect(ed.input('\r')).toEqual([{ type: 'submit', line: 'do' }]);
		expect(ed.line).toBe('');
	});

	it('edits in the middle of the line and redraws the tail', () => {
		const ed = new LineEditor();
		typeAll(ed, 'dcker', '\x1b[D', '\x1b[D', '\x1b[D', '\x1b[D');
		expect(ed.input('o')).toEqual([{ type: 'write', data: 'ocker\x1b[4D' }]);
		expect(ed.line).toBe('docker');
		typeAll(ed, '\x05', '\x7f');
		expect(ed.line).toBe('docke');
	});

	it('recalls history with up and down, keeping the unsent draft', () => {
		const ed = new LineEditor();
		typeAll(ed, 'docker ps', '\r', 'docker images', '\r', 'dra');
		typeAll(ed, '\x1b[A');
		expect(ed.line).toBe('docker images');
		typeAll(ed, '\x1b[A');
		expect(ed.line).toBe('docker ps');
		typeAll(ed, '\x1b[B', '\x1b[B');
		expect(ed.line).toBe('dra');
	});

	it('turns Tab, Ctrl-C and Ctrl-L into events', () => {
		const ed = new LineEditor();
		typeAll(ed, 'docker pu');
		expect(ed.input('\t')).toEqual([{ type: 'complete', line: 'docker pu' }]);
		expect(ed.input('\x03')).toEqual([{ type: 'interrupt' }]);
		expect(ed.line).toBe('');
		expect(ed.input('\x0c')).toEqual([{ type: 'clear' }]);
	});

	it('runs each pasted line in turn, with escape sequences and control characters removed', () => {
		const ed = new LineEditor();
		const events = ed.input('echo \x1b[31mred\x1b[0m\x07\r\ndocker \x1b]0;title\x07ps\n');
		expect(events.filter((e) => e.type === 'submit')).toEqual([
			{ type: 'submit', line: 'echo red' },
			{ type: 'submit', line: 'docker ps' },
		]);
		expect(events.filter((e) => e.type === 'write').map((e) => (e as { data: string }).data).join('')).not.toMatch(/[\x00-\x08\x0b-\x1f]/);
	});

	it('moves the cursor by two columns over Korean characters', () => {
		const ed = new LineEditor();
		typeAll(ed, 'echo 컨테이너');
		expect(ed.input('\x1b[D')).toEqual([{ type: 'write', data: '\x1b[2D' }]);
	});
});

describe('helpers', () => {
	it('measures East Asian wide characters as two cells', () => {
		expect(cellWidth('a')).toBe(1);
		expect(cellWidth('컨')).toBe(2);
		expect(cellWidth('漢')).toBe(2);
	});
	it('neutralises escape sequences, OSC strings and C0/C1 controls', () => {
		expect(neutralise('a\x1b[2Jb\x1b]8;;http://x\x07c\x9bd\x00e')).toBe('abcde');
	});
	it('finds the common prefix of candidates', () => {
		expect(commonPrefix(['push', 'pull'])).toBe('pu');
		expect(commonPrefix([])).toBe('');
	});
});
