import { describe, expect, it } from 'vitest';
import { createWorld } from '../sim';
import { PRESETS, PRESET_NAMES } from './presets';

describe('playground presets', () => {
	for (const name of PRESET_NAMES) {
		it(`${name}: its commands succeed on a fresh machine`, () => {
			const host = createWorld().host({ platform: 'linux', files: { ...PRESETS[name].files } });
			for (const command of PRESETS[name].commands) expect(host.exec(command, { tty: true, cols: 80 }).exitCode, command).toBe(0);
		});
	}

	it('compose: the project comes up as Compose names it, web published on 8080 and reaching cache by name', () => {
		const host = createWorld().host({ platform: 'linux', files: { ...PRESETS.compose.files } });
		expect(host.exec('ls').stdout).toBe('compose.yaml\n');
		const up = host.exec('docker compose up -d');
		expect(up.exitCode, up.stderr).toBe(0);
		const ps = host.exec('docker compose ps --format "{{.Name}} {{.Service}} {{.Ports}}"');
		expect(ps.stdout).toBe('project-cache-1 cache 6379/tcp\nproject-web-1 web 0.0.0.0:8080->80/tcp, [::]:8080->80/tcp\n');
		expect(host.exec('docker volume ls -q').stdout).toBe('project_cache-data\n');
		expect(host.exec('docker compose exec web ping -c 1 cache').stdout).toContain('1 packets transmitted, 1 packets received, 0% packet loss');
	});
});
