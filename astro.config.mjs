// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import securityHeaders from './src/integrations/security-headers';
import { externalLinks } from './src/integrations/external-links';
import terminalSessions from './src/integrations/terminal-sessions';

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
	security: {
		// Astro hashes every script and style it renders into a per-page <meta> policy;
		// securityHeaders() copies each into dist/_headers for servers. Pagefind needs WebAssembly.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	markdown: {
		// `## 제목 {#english-id}`: Korean headings carry the English page's anchors.
		processor: satteri({ features: { headingAttributes: true }, hastPlugins: [externalLinks()] }),
		// Code blocks go through Expressive Code; Astro's own Shiki pass would only add inline styles.
		syntaxHighlight: false,
	},
	integrations: [
		terminalSessions(),
		starlight({
			title: { en: 'Dockside', ko: 'Dockside' },
			description: 'Learn virtual machines, containers and Docker by doing.',
			defaultLocale: 'en',
			locales: {
				en: { label: 'English', lang: 'en' },
				ko: { label: '한국어', lang: 'ko' },
			},
			// Long shell commands wrap (with their indentation) instead of scrolling: a page with two
			// scrolling blocks would have two unnamed scroll regions, which axe reports.
			expressiveCode: { defaultProps: { overridesByLang: { 'sh,bash,shell,console': { wrap: true } } } },
			// Concept search (src/search/README.md): Starlight's Search plus the concept layer.
			// Starlight's sidebar plus the challenges' done marks (src/components/Sidebar.astro).
			components: { Search: './src/components/Search.astro', Sidebar: './src/components/Sidebar.astro' },
			// Weights of the metadata each page adds for search (src/search/index-meta.ts).
			pagefind: { ranking: { metaWeights: { concepts: 4, mentions: 1.5, stems: 0.5 } } },
			sidebar: [
				group('Foundations', '기초', 'foundations'),
				group('Containers', '컨테이너', 'containers'),
				group('VM or container?', 'VM과 컨테이너', 'vm-vs-container'),
				group('Docker', 'Docker', 'docker'),
				group('Walkthroughs', '따라 하기', 'walkthroughs'),
				group('Playground', '플레이그라운드', 'playground'),
				group('Reference', '참고', 'reference'),
			],
		}),
		mdx(),
		securityHeaders(),
	],
});
