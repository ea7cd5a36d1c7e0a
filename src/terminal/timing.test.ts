import { describe, expect, it } from 'vitest';
import { batchFrames, outputChunks, stepFrames, stepText, toAsciicast, type ReplayStep } from './timing';

const step: ReplayStep = { kind: 'cmd', prompt: '$ ', command: 'ls', file: null, output: 'a\r\nb\r\n' };

describe('timing', () => {
	it('types the command one character at a time, then writes the output line by line', () => {
		const frames = stepFrames(step, true);
		expect(frames.map((f) => f.data)).toEqual(['$ ', 'l', 's', '\r\n', 'a\r\n', 'b\r\n']);
		expect(frames.map((f) => f.at)).toEqual([...frames.map((f) => f.at)].sort((x, y) => x - y));
	});

	it('shows a whole step at once when typing is off (reduced motion)', () => {
		expect(stepFrames(step, false)).toEqual([{ at: 0, data: '$ ls\r\na\r\nb\r\n' }]);
		expect(stepText(step)).toBe('$ ls\r\na\r\nb\r\n');
	});

	it('splits progress redrawn in place before each carriage return', () => {
		expect(outputChunks('10%\r50%\r100%\r\ndone\r\n')).toEqual(['10%', '\r50%', '\r100%\r\n', 'done\r\n']);
	});

	it('writes a valid asciicast v2 file whose events replay the same bytes', () => {
		const cast = toAsciicast([step, step], { cols: 80, rows: 18, title: 'ls', timestamp: 0 });
		const [header, ...events] = cast.trim().split('\n').map((l) => JSON.parse(l));
		expect(header).toEqual({ version: 2, width: 80, height: 18, timestamp: 0, title: 'ls' });
		expect(events.map((e) => e[2]).join('')).toBe(stepText(step) + stepText(step));
		expect(events.every((e, i) => e[1] === 'o' && (i === 0 || e[0] >= events[i - 1][0]))).toBe(true);
	});

	it('gathers frames into ticks: same data in order, each batch due at the tick at or after its frames, the last at the end of the step', () => {
		const frames = [
			{ at: 0, data: '$ ' },
			{ at: 42, data: 'd' },
			{ at: 84, data: 'o' },
			{ at: 126, data: 'c' },
			{ at: 160, data: 'k' },
			{ at: 161, data: '\r\n' },
		];
		expect(batchFrames(frames, 80)).toEqual([
			{ at: 0, data: '$ ' },
			{ at: 80, data: 'd' },
			{ at: 160, data: 'ock' },
			{ at: 161, data: '\r\n' },
		]);
		expect(batchFrames(frames, 0)).toEqual(frames);
	});
});
