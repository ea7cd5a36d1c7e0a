import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completeCsp, cspFromHtml, headersFile, urlPathOf } from './security-headers';

const hash = (t: string) => `'sha256-${createHash('sha256').update(t).digest('base64')}'`;
const page = (body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-AAA='; style-src 'self';"></head><body>${body}</body></html>`;

describe('completeCsp', () => {
	it('adds the hash of an inline script that Astro did not hash, and keeps existing ones', () => {
		const csp = cspFromHtml(completeCsp(page('<script>window.x = 1;</script>')))!;
		expect(csp).toBe(`script-src 'self' 'sha256-AAA=' ${hash('window.x = 1;')}; style-src 'self'`);
	});

	it('leaves external scripts and JSON data blocks out', () => {
		const csp = cspFromHtml(completeCsp(page('<script type="module" src="/a.js"></script><script type="application/ld+json">{}</script>')))!;
		expect(csp).toBe("script-src 'self' 'sha256-AAA='; style-src 'self'");
	});

	it('allows style attributes by hash with unsafe-hashes, never unsafe-inline', () => {
		const html = completeCsp(page('<div style="--x:&quot;a&quot;;color:red"></div><style>p{}</style>'));
		const csp = cspFromHtml(html)!;
		expect(csp).toContain(`style-src 'self' ${hash('p{}')}`);
		expect(csp).toContain(`style-src-attr 'unsafe-hashes' ${hash('--x:"a";color:red')}`);
		expect(csp).not.toContain('unsafe-inline');
	});

	it('lets only pages with a terminal write style elements at run time (xterm.js), never scripts', () => {
		const plain = cspFromHtml(completeCsp(page('<p>no terminal</p>')))!;
		expect(plain).not.toContain('style-src-elem');
		const withTerminal = cspFromHtml(completeCsp(page('<terminal-replay></terminal-replay>')))!;
		expect(withTerminal).toContain("style-src-elem 'self' 'unsafe-inline'");
		expect(withTerminal).not.toMatch(/script-src[^;]*unsafe-inline/);
	});

	it('returns a page without a policy unchanged', () => {
		expect(completeCsp('<p>hi</p>')).toBe('<p>hi</p>');
	});
});

describe('headersFile', () => {
	it('lists global headers, then each page with its policy and frame-ancestors', () => {
		const text = headersFile([{ path: '/en/', csp: "script-src 'self';" }]);
		expect(text).toContain('/*\n  X-Content-Type-Options: nosniff\n');
		expect(text).toContain("/en/\n  Content-Security-Policy: script-src 'self'; frame-ancestors 'none'\n");
	});
});

describe('urlPathOf', () => {
	it('maps index files to their directory and keeps other files', () => {
		expect(urlPathOf('/out/en/x/index.html', '/out')).toBe('/en/x/');
		expect(urlPathOf('/out/404.html', '/out')).toBe('/404.html');
		expect(urlPathOf('/out/index.html', '/out')).toBe('/');
	});
});
