import { describe, expect, it } from 'vitest';
import { Screen, charWidth, screenRows } from './screen';
import { nodeTimelines } from '../loaders/sessions';
import { ROWS, WIDTHS } from './geometry';

const { getTimeline, sessionIds } = nodeTimelines();

import { stepText } from './timing';

/** A line as a terminal `cols` wide shows it: cut into rows, wide characters kept whole. */
function wrap(line: string, cols: number): string[] {
	const rows: string[] = [''];
	let used = 0;
	for (const ch of line) {
		const w = charWidth(ch.codePointAt(0)!);
		if (used + w > cols) {
			rows.push('');
			used = 0;
		}
		rows[rows.length - 1] += ch;
		used += w;
	}
	return rows.map((r) => r.replace(/\s+$/, ''));
}

describe('Screen', () => {
	it('applies carriage returns, cursor-up redraws and erases like a terminal', () => {
		const s = new Screen(80, 18);
		s.write('a: Waiting\r\nb: Waiting\r\n\x1b[2A\x1b[2Ka: Done\r\n\x1b[2Kb: Done\r\n');
		expect(s.text()).toEqual(['a: Done', 'b: Done', '']);
	});

	it('wraps at the width and keeps colour runs', () => {
		const s = new Screen(4, 18);
		s.write('\x1b[31mabc\x1b[0mdef\r\n');
		expect(s.text()).toEqual(['abcd', 'ef', '']);
		expect(s.runs(0)).toEqual([{ text: 'abc', cls: 'tr-f1' }, { text: 'd', cls: '' }]);
	});

	it('an 80-character line followed by CR LF takes one row, as in xterm.js', () => {
		const s = new Screen(80, 18);
		s.write(`${'x'.repeat(80)}\r\nnext`);
		expect(s.text()).toEqual(['x'.repeat(80), 'next']);
	});

	it('Korean takes two cells per syllable', () => {
		const s = new Screen(5, 18);
		s.write('한글이다');
		expect(s.text()).toEqual(['한글', '이다']);
	});

	it('reports changed rows once, and a reset as a redraw', () => {
		const s = new Screen(80, 18);
		s.write('one\r\ntwo');
		expect(s.takeDirty()).toEqual({ rows: [0, 1], shrunk: false });
		s.write('!');
		expect(s.takeDirty()).toEqual({ rows: [1], shrunk: false });
		s.reset();
		expect(s.takeDirty().shrunk).toBe(true);
		expect(s.written).toBe('');
	});

	it('screenRows gives the poster its rows', () => {
		expect(screenRows('$ \x1b[1mdocker\x1b[0m ps', 80, 18)).toEqual([[{ text: '$ ', cls: '' }, { text: 'docker', cls: 'tr-b' }, { text: ' ps', cls: '' }]]);
	});
});

// At 80 columns only: at 40 some of docker's progress lines are wider than the screen, so a
// carriage return redraws only their wrapped tail, in xterm.js as in this model.
describe('every step of every session reads as its final screen', () => {
	for (const id of sessionIds()) {
		for (const cols of [WIDTHS[0]]) {
			it(`${id} at ${cols} columns`, () => {
				for (const step of getTimeline(id, cols)!.steps) {
					if (step.kind !== 'cmd') continue;
					const s = new Screen(cols, ROWS);
					s.write(stepText(step));
					const expected = [`${step.prompt}${step.command}`, ...step.screen.replace(/\n$/, '').split('\n')]
						.flatMap((line) => wrap(line, cols));
					const text = s.text();
					if (text.at(-1) === '') text.pop();
					expect(text, `${id} step ${step.index + 1}`).toEqual(step.screen === '' ? wrap(`${step.prompt}${step.command}`, cols) : expected);
				}
			});
		}
	}
});
