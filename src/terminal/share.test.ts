import { describe, expect, it } from 'vitest';
import { decodeSession, encodeSession } from './share';

describe('playground links', () => {
	it('round-trip the host, the preset and every typed command, quotes and Korean included', () => {
		const session = { host: 'macos' as const, preset: 'pull' as const, commands: ['docker run -d -p 8080:80 nginx', `echo "안녕 & bye" > f.txt`] };
		expect(decodeSession(encodeSession(session))).toEqual(session);
	});
	it('fall back to a linux empty machine on unknown values', () => {
		expect(decodeSession('#host=plan9&preset=nope')).toEqual({ host: 'linux', preset: 'empty', commands: [] });
		expect(decodeSession('')).toEqual({ host: 'linux', preset: 'empty', commands: [] });
	});
	it('bound what a link can carry', () => {
		const long = decodeSession(encodeSession({ host: 'linux', preset: 'empty', commands: Array(500).fill('x'.repeat(2000)) }));
		expect(long.commands).toHaveLength(100);
		expect(long.commands[0]).toHaveLength(500);
	});
});
