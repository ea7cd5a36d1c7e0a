// Whole-output tests for --format templates: docker's own inspect example ({{range}} over
// the networks), if/else, and parse errors with docker/cli's `template parsing error: ` prefix.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';
import { renderTemplate } from './template.ts';

test("docker's inspect example: range over the container's networks", () => {
	const { host } = sim('linux');
	host.exec('docker network create appnet');
	host.exec('docker run -d --name web --network appnet nginx');
	expect(host.exec(`docker inspect --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' web`)).toEqual({ stdout: '172.18.0.2\n', stderr: '', exitCode: 0, output: '172.18.0.2\n' });
	expect(host.exec(`docker inspect -f '{{if .State.Running}}up{{else}}down{{end}}' web`).stdout).toBe('up\n');
});

test('parse errors carry the template parsing error prefix', () => {
	const { host } = sim('linux');
	host.exec('docker run -d --name web nginx');
	expect(host.exec(`docker inspect -f '{{.Name' web`)).toEqual({ stdout: '', stderr: 'template parsing error: template: :1: unclosed action\n', exitCode: 1, output: 'template parsing error: template: :1: unclosed action\n' });
	expect(host.exec(`docker inspect -f '{{foo .Name}}' web`).stderr).toBe('template parsing error: template: :1: function "foo" not defined\n');
	expect(host.exec(`docker ps --format '{{bar}}'`).stderr).toBe('template parsing error: template: :1: function "bar" not defined\n');
});

test('range over lists and maps (sorted keys), with else and trim markers', () => {
	expect(renderTemplate('{{range .L}}[{{.}}]{{end}}', { L: ['a', 'b'] })).toEqual({ ok: true, text: '[a][b]' });
	expect(renderTemplate('{{range .M}}{{.}} {{end}}', { M: { b: 2, a: 1 } })).toEqual({ ok: true, text: '1 2 ' });
	expect(renderTemplate('{{range .L}}x{{else}}none{{end}}', { L: [] })).toEqual({ ok: true, text: 'none' });
	expect(renderTemplate('a  {{- .X -}}  b', { X: 1 })).toEqual({ ok: true, text: 'a1b' });
	expect(renderTemplate('{{range .L}}x', { L: [] })).toEqual({ ok: false, error: 'template parsing error: template: :1: unexpected EOF' });
});
