/**
 * The `glossary` collection: one concept per `src/content/glossary/<id>.yaml`, read through the
 * shared YAML loader (src/loaders), so a bad entry stops the build naming its file and line
 * (`src/content/glossary/hypervisor.yaml:7: "short.ko" is empty`).
 */
import { yamlLoader } from '../loaders/astro';
import { readGlossary, GLOSSARY_DIR } from './read';

export function glossaryLoader(dir = GLOSSARY_DIR) {
	return yamlLoader({
		name: 'dockside-glossary',
		dir,
		noun: 'concepts',
		read: (root) => readGlossary(root, dir).map(({ id, ...data }) => ({ id, data, filePath: `${dir}/${id}.yaml` })),
	});
}
