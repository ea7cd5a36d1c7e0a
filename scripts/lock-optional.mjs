// Adds lock-file entries for platform-specific optional dependencies that `npm install`
// left out because the registry has no build of that version (npm/cli#9846): without them
// `npm ci` refuses the lock file as "out of sync". Each entry carries the package's os/cpu/libc,
// so npm skips it on platforms it does not fit, exactly as it would a recorded entry.
// Run after `npm install <pkg>` changes package-lock.json: node scripts/lock-optional.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;
let added = 0;

for (const entry of Object.values({ ...packages })) {
	for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
		if (packages[`node_modules/${name}`]) continue;
		const meta = registryMeta(name);
		// Keys in the order npm itself writes them (version, then the rest alphabetically), so
		// that the next `npm install` or `npm ci` leaves the lock file byte for byte as it is.
		const record = { version };
		for (const field of ['cpu', 'libc', 'optional', 'os']) {
			if (field === 'optional') record.optional = true;
			else if (meta[field]) record[field] = meta[field];
		}
		packages[`node_modules/${name}`] = record;
		added++;
		console.log(`lock-optional: added ${name}@${version}`);
	}
}

const [root, ...rest] = Object.entries(packages);
lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => a.localeCompare(b))]);
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-optional: ${added} entr${added === 1 ? 'y' : 'ies'} added`);

function registryMeta(name) {
	try {
		return JSON.parse(execFileSync('npm', ['view', name, '--json'], { encoding: 'utf8' }));
	} catch {
		return {};
	}
}
