import type { Platform } from '../sim/index';
import { PRESET_NAMES, type PresetName } from './presets';

/** What a playground link carries in its fragment: the machine, the start, and what was typed. */
export interface SharedSession {
	host: Platform;
	preset: PresetName;
	commands: string[];
}

const HOSTS: Platform[] = ['linux', 'macos', 'windows', 'windows-containers'];
const MAX_COMMANDS = 100;
const MAX_LENGTH = 500;

export function encodeSession(s: SharedSession): string {
	const params = new URLSearchParams({ host: s.host, preset: s.preset });
	for (const c of s.commands.slice(-MAX_COMMANDS)) params.append('c', c.slice(0, MAX_LENGTH));
	return `#${params.toString()}`;
}

/** Reads a fragment; anything unknown falls back to the defaults, and commands stay plain text. */
export function decodeSession(hash: string): SharedSession {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const host = params.get('host') as Platform;
	const preset = params.get('preset') as PresetName;
	return {
		host: HOSTS.includes(host) ? host : 'linux',
		preset: PRESET_NAMES.includes(preset) ? preset : 'empty',
		commands: params.getAll('c').slice(0, MAX_COMMANDS).map((c) => c.slice(0, MAX_LENGTH)),
	};
}
