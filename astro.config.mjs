// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

/**
 * A sidebar group listing one content folder, ordered by each page's `sidebar.order`.
 * @param {string} label English label
 * @param {string} ko Korean label
 * @param {string} directory folder under src/content/docs/<locale>/
 */
const group = (label, ko, directory) => ({
	label,
	translations: { ko },
	items: [{ autogenerate: { directory } }],
});

// Declarative only: behaviour lives in src/.
export default defineConfig({
	site: 'https://dockside.example',
	trailingSlash: 'always',
	markdown: {
		// `## 제목 {#english-id}`: Korean headings carry the English page's anchors.
		processor: satteri({ features: { headingAttributes: true } }),
	},
	integrations: [
		starlight({
			title: { en: 'Dockside', ko: 'Dockside' },
			description: 'Learn virtual machines, containers and Docker by doing.',
			defaultLocale: 'en',
			locales: {
				en: { label: 'English', lang: 'en' },
				ko: { label: '한국어', lang: 'ko' },
			},
			sidebar: [
				group('Foundations', '기초', 'foundations'),
				group('Containers', '컨테이너', 'containers'),
				group('VM or container?', 'VM과 컨테이너', 'vm-vs-container'),
				group('Docker', '도커', 'docker'),
				group('Walkthroughs', '따라 하기', 'walkthroughs'),
				group('Reference', '참고', 'reference'),
			],
		}),
		mdx(),
	],
});
