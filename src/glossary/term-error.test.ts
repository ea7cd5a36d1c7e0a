import { describe, expect, it } from 'vitest';
import { unknownTermMessage } from './term-error';

const IDS = ['docker-hub', 'hypervisor', 'image'];
const PAGE = 'src/content/docs/en/docker/architecture.mdx';

describe('unknownTermMessage', () => {
	it('names the page, the line and the nearest id', () => {
		const source = '---\ntitle: x\n---\n\nText <Term id="dockr-hub">Hub</Term>.\n';
		expect(unknownTermMessage('dockr-hub', PAGE, IDS, source)).toBe(
			`Unknown glossary concept "dockr-hub" in ${PAGE}:5 (did you mean "docker-hub"?)`,
		);
	});

	it('falls back to the page alone and suggests nothing far off', () => {
		expect(unknownTermMessage('orchestra-pit', '/en/docker/architecture/', IDS)).toBe(
			'Unknown glossary concept "orchestra-pit" in /en/docker/architecture/',
		);
	});
});
