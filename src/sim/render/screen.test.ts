import { expect, test } from 'vitest';
import { finalScreen, stripAnsi } from './screen.ts';

test('plain text is unchanged', () => {
	expect(finalScreen('a\nb\n\n')).toBe('a\nb\n\n');
	expect(finalScreen('')).toBe('');
});

test('carriage returns and erase-line rewrite a line in place', () => {
	expect(finalScreen('50%\r\x1b[2K\r100%\n')).toBe('100%\n');
});

test('cursor up and down rewrite earlier lines (docker pull on a TTY)', () => {
	const raw = 'latest: Pulling from library/x\n' + '\n\x1b[1A\x1b[2K\rAAA: Pulling fs layer \r\x1b[1B' + '\n\x1b[1A\x1b[2K\rBBB: Pulling fs layer \r\x1b[1B' + '\x1b[2A\x1b[2K\rAAA: Pull complete \r\x1b[2B' + '\x1b[1A\x1b[2K\rBBB: Pull complete \r\x1b[1B' + 'Digest: sha256:0\n';
	expect(finalScreen(raw)).toBe('latest: Pulling from library/x\nAAA: Pull complete\nBBB: Pull complete\nDigest: sha256:0\n');
});

test('a first frame that moves up then down does not add a blank line', () => {
	expect(finalScreen('\x1b[1A\x1b[1B\x1b[0Gframe\n')).toBe('frame\n');
});

test('clear empties the screen; colours and OSC sequences are dropped', () => {
	expect(finalScreen('old\n\x1b[H\x1b[2J\x1b[3Jnew\n')).toBe('new\n');
	expect(finalScreen('\x1b[34mblue\x1b[0m \x1b]0;title\x07ok\n')).toBe('blue ok\n');
});

test('stripAnsi removes escapes and control characters but keeps newlines and tabs', () => {
	expect(stripAnsi('\x1b[1mbold\x1b[0m\ta\x07b\x00\n')).toBe('bold\tab\n');
});
