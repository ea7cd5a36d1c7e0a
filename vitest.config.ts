import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Tests named *.shared.test.ts check the repository against ../shared (the source articles),
// which only the team's machines have; a public clone runs everything else.
const shared = existsSync(new URL('../shared/sources/', import.meta.url));

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		exclude: ['**/node_modules/**', ...(shared ? [] : ['**/*.shared.test.ts'])],
		environment: 'node',
	},
});
