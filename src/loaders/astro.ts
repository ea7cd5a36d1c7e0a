/**
 * One Astro loader for every YAML collection: `read(root)` returns the entries (or throws a
 * ContentError, whose message is the whole `file:line: message` report, and the build stops on
 * it); in `astro dev` the folder is watched and re-read on change, a bad edit logged, not fatal.
 */
import type { Loader } from 'astro/loaders';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Entry<T> {
	id: string;
	data: T;
	/** Relative to the project root: `src/content/sessions/pull.yaml`. */
	filePath: string;
}

export function yamlLoader<T extends Record<string, unknown>>(options: {
	name: string;
	/** The folder the entries come from, relative to the project root; watched in dev. */
	dir: string;
	read: (root: string) => Entry<T>[];
	/** A word for the log line: `8 sessions`. */
	noun: string;
}): Loader {
	return {
		name: options.name,
		load: async ({ store, parseData, generateDigest, config, logger, watcher }) => {
			const root = fileURLToPath(config.root);
			const sync = async () => {
				const entries = options.read(root);
				store.clear();
				for (const { id, data, filePath } of entries) {
					const parsed = await parseData({ id, data, filePath });
					store.set({ id, data: parsed, digest: generateDigest(data), filePath });
				}
				logger.info(`${entries.length} ${options.noun}`);
			};
			await sync();
			if (!watcher) return;
			const abs = fileURLToPath(new URL(`${options.dir}/`, config.root));
			const onChange = async (path: string) => {
				if (relative(abs, path).startsWith('..') || !/\.ya?ml$/.test(path)) return;
				try {
					await sync();
				} catch (e) {
					logger.error((e as Error).message);
				}
			};
			watcher.on('change', onChange);
			watcher.on('add', onChange);
			watcher.on('unlink', onChange);
		},
	};
}
