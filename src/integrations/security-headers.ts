import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Headers every response gets. `frame-ancestors` only works as a header, never in <meta>. */
export const GLOBAL_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The page's own policy, as it stands in its <meta>. */
export function cspFromHtml(html: string): string | undefined {
	return META_CSP.exec(html)?.[1]?.trim();
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const decodeAttr = (value: string) =>
	value
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
		.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
		.replace(/&amp;/g, '&');

/**
 * Completes Astro's policy for what it does not hash itself: Starlight's `is:inline` scripts,
 * inline <style> blocks, and `style` attributes (Expressive Code, Starlight). Scripts and style
 * elements get their hashes added; attributes get `style-src-attr 'unsafe-hashes'` with theirs,
 * so no `'unsafe-inline'` is ever needed.
 */
export function completeCsp(html: string): string {
	const csp = cspFromHtml(html);
	if (!csp) return html;
	const directives = new Map<string, string[]>();
	for (const part of csp.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) directives.set(name, values);
	}
	const add = (name: string, hash: string) => {
		const list = directives.get(name) ?? [];
		if (!list.includes(hash)) list.push(hash);
		directives.set(name, list);
	};
	for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (!/\ssrc=/.test(attrs) && body && !/type="application\/(ld\+)?json"/.test(attrs)) add('script-src', sha256(body));
	}
	for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) add('style-src', sha256(body));
	const attrHashes = [...html.matchAll(/\sstyle="([^"]*)"/g)].map(([, v]) => sha256(decodeAttr(v)));
	if (attrHashes.length > 0) {
		directives.set('style-src-attr', ["'unsafe-hashes'"]);
		for (const hash of attrHashes) add('style-src-attr', hash);
	}
	// xterm.js (the terminal widget) writes <style> elements at run time for its cell sizes and
	// colours. On pages with a terminal, style elements may be inline; scripts stay hash-only.
	if (html.includes('<terminal-replay') || html.includes('<dockside-playground')) directives.set('style-src-elem', ["'self'", "'unsafe-inline'"]);
	const policy = [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
	return html.replace(META_CSP, `<meta http-equiv="content-security-policy" content="${policy}"`);
}

/**
 * Netlify/Cloudflare-style `_headers`: the global headers for every path, and for each page
 * the Content-Security-Policy from its <meta> plus frame-ancestors. `scripts/serve.mjs`
 * (npm start, the e2e server) applies the same file, so what we test is what static hosts serve.
 */
export function headersFile(pages: { path: string; csp: string }[]): string {
	const lines = ['/*', ...Object.entries(GLOBAL_HEADERS).map(([k, v]) => `  ${k}: ${v}`), ''];
	for (const { path, csp } of pages) {
		lines.push(path, `  Content-Security-Policy: ${csp.replace(/;?\s*$/, ';')} ${FRAME_ANCESTORS}`, '');
	}
	return lines.join('\n');
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The URL path a built HTML file answers: en/x/index.html → /en/x/ ; 404.html → /404.html */
export function urlPathOf(file: string, outDir: string): string {
	const rel = relative(outDir, file).split(sep).join('/');
	return rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export default function securityHeaders(): AstroIntegration {
	return {
		name: 'dockside:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const pages: { path: string; csp: string }[] = [];
				for (const file of (await htmlFiles(outDir)).sort()) {
					const html = completeCsp(await readFile(file, 'utf8'));
					const csp = cspFromHtml(html);
					if (!csp) throw new Error(`${relative(process.cwd(), file)}: no Content-Security-Policy <meta>`);
					await writeFile(file, html);
					pages.push({ path: urlPathOf(file, outDir), csp });
				}
				await writeFile(join(outDir, '_headers'), headersFile(pages));
				logger.info(`_headers written for ${pages.length} pages`);
			},
		},
	};
}
