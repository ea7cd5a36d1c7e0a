/**
 * The `glossary` collection: one concept per `src/content/glossary/<id>.yaml`.
 * A custom loader instead of `file()`/`glob()` so that a bad entry stops the build naming its
 * file and line (`src/content/glossary/hypervisor.yaml:7: "short.ko" is empty`).
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { readGlossary, GLOSSARY_DIR } from './read';

export function glossaryLoader(dir = GLOSSARY_DIR): Loader {
	return {
		name: 'dockside-glossary',
		load: async ({ store, parseData, generateDigest, config, logger, watcher }) => {
			const root = fileURLToPath(config.root);
			const sync = async () => {
				// Throws GlossaryError: its message is the whole file:line report.
				const entries = readGlossary(root, dir);
				store.clear();
				for (const { id, ...rest } of entries) {
					const data = await parseData({ id, data: rest });
					store.set({ id, data, digest: generateDigest(data), filePath: `${dir}/${id}.yaml` });
				}
				logger.info(`${entries.length} concepts`);
			};
			await sync();
			if (watcher) {
				const abs = fileURLToPath(new URL(`${dir}/`, config.root));
				const onChange = async (path: string) => {
					if (!relative(abs, path).startsWith('..') && /\.ya?ml$/.test(path)) {
						try {
							await sync();
						} catch (e) {
							logger.error((e as Error).message);
						}
					}
				};
				watcher.on('change', onChange);
				watcher.on('add', onChange);
				watcher.on('unlink', onChange);
			}
		},
	};
}
