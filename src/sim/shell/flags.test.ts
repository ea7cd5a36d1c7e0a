import { expect, test } from 'vitest';
import { flagUsages, parseFlags, type FlagSpec } from './flags.ts';

const SPECS: FlagSpec[] = [
	{ long: 'detach', short: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
	{ long: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
	{ long: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
	{ long: 'name', type: 'string', usage: 'Assign a name to the container' },
	{ long: 'publish', short: 'p', type: 'list', usage: "Publish a container's port(s) to the host" },
	{ long: 'last', short: 'n', type: 'int', usage: 'Show n last created containers', defValue: '-1' },
];

test('pflag forms: bundles, =values, attached values, lists', () => {
	const r = parseFlags(['-dit', '--name=web', '-p8080:80', '-p', '443:443', 'nginx', '-x'], SPECS, false);
	expect(r).toEqual({ ok: true, parsed: { flags: { detach: true, interactive: true, tty: true, name: 'web', publish: ['8080:80', '443:443'] }, args: ['nginx', '-x'], help: false, shortHelp: false } });
});

test('interspersed flags and --', () => {
	const r = parseFlags(['a', '-d', 'b', '--', '-t'], SPECS, true);
	expect(r.ok && r.parsed.args).toEqual(['a', 'b', '-t']);
	expect(r.ok && r.parsed.flags.detach).toBe(true);
});

test('errors in cobra/pflag wording', () => {
	expect(parseFlags(['--nope'], SPECS, true)).toEqual({ ok: false, error: 'unknown flag: --nope' });
	expect(parseFlags(['-dz'], SPECS, true)).toEqual({ ok: false, error: "unknown shorthand flag: 'z' in -dz" });
	expect(parseFlags(['--name'], SPECS, true)).toEqual({ ok: false, error: 'flag needs an argument: --name' });
	expect(parseFlags(['-p'], SPECS, true)).toEqual({ ok: false, error: "flag needs an argument: 'p' in -p" });
	expect(parseFlags(['--detach=maybe'], SPECS, true)).toEqual({ ok: false, error: 'invalid argument "maybe" for "-d, --detach" flag: strconv.ParseBool: parsing "maybe": invalid syntax' });
	expect(parseFlags(['-n', 'x'], SPECS, true)).toEqual({ ok: false, error: 'invalid argument "x" for "-n, --last" flag: strconv.ParseInt: parsing "x": invalid syntax' });
});

test('--help and -h', () => {
	expect(parseFlags(['--help'], SPECS, true)).toEqual({ ok: true, parsed: { flags: {}, args: [], help: true, shortHelp: false } });
	expect(parseFlags(['-h'], SPECS, true)).toEqual({ ok: true, parsed: { flags: {}, args: [], help: true, shortHelp: true } });
});

test('flag usages are sorted, aligned and wrapped like pflag', () => {
	expect(flagUsages(SPECS, 79)).toBe(
		'  -d, --detach         Run container in background and print container ID\n' +
			'  -i, --interactive    Keep STDIN open even if not attached\n' +
			'  -n, --last int       Show n last created containers (default -1)\n' +
			'      --name string    Assign a name to the container\n' +
			"  -p, --publish list   Publish a container's port(s) to the host\n" +
			'  -t, --tty            Allocate a pseudo-TTY\n',
	);
	expect(flagUsages([{ long: 'init', type: 'bool', usage: 'Run an init inside the container that forwards signals and reaps processes' }], 40)).toBe('      --init   Run an init inside\n               the container that\n               forwards signals\n               and reaps processes\n');
});
