// Serves the production build in dist/ the way a static host with a `_headers` file would:
// each page with its own Content-Security-Policy header (from the build), plus the global
// security headers, and text compressed with gzip when the browser accepts it, as every static
// host does (Lighthouse and the bench would otherwise weigh pages by their raw bytes).
// Used by `npm start`, the end-to-end tests and the bench (for us and the peers alike).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';

const TYPES = {
	'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
	'.jpg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
	'.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.cast': 'application/x-asciicast',
	'.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

// Text types worth compressing (Pagefind's own files are gzip inside already).
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.cast', '.wasm']);
/** Compressed bodies, built once per file: the build does not change under a running server. */
const gzipped = new Map();
function gzipOf(file) {
	let body = gzipped.get(file);
	if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file))));
	return body;
}

if (!existsSync(join(root, 'index.html'))) {
	console.error(`serve: no build in ${root}. Run \`npm run build\` first.`);
	process.exit(1);
}

/** `_headers` → [{ path, headers }]; a path ending in * matches every path with that prefix. */
function readHeaders() {
	const file = join(root, '_headers');
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
		else {
			const i = line.indexOf(':');
			rules.at(-1).headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
		}
	}
	return rules;
}
const rules = readHeaders();
const headersFor = (path) =>
	Object.assign({}, ...rules.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : r.path === path)).map((r) => r.headers));

function fileFor(urlPath) {
	const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	const candidate = join(root, clean);
	if (!candidate.startsWith(root)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	if (existsSync(join(candidate, 'index.html'))) return join(candidate, 'index.html');
	return undefined;
}

const server = createServer((req, res) => {
	let path;
	try {
		path = new URL(req.url ?? '/', 'http://x').pathname;
		decodeURIComponent(path);
	} catch {
		res.writeHead(400).end('Bad request');
		return;
	}
	let file = fileFor(path);
	if (file && file.endsWith('index.html') && !path.endsWith('/') && !path.endsWith('.html')) {
		res.writeHead(301, { Location: `${path}/` }).end();
		return;
	}
	let status = 200;
	let headerPath = path;
	if (!file) {
		status = 404;
		file = join(root, '404.html');
		headerPath = '/404.html';
	}
	const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headersFor(headerPath) };
	if (COMPRESSIBLE.has(extname(file))) {
		headers.Vary = 'Accept-Encoding';
		if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
			const body = gzipOf(file);
			res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
			res.end(req.method === 'HEAD' ? undefined : body);
			return;
		}
	}
	res.writeHead(status, headers);
	if (req.method === 'HEAD') res.end();
	else createReadStream(file).pipe(res);
});

server.on('error', (error) => {
	const reason = error.code === 'EADDRINUSE' ? `port ${port} is already in use (set PORT to use another)` : error.message;
	console.error(`serve: cannot serve ${root}: ${reason}`);
	process.exit(1);
});

server.listen(port, host, () => {
	console.log(`Dockside is being served at http://${host}:${port}/ (English: /en/, 한국어: /ko/). Press Ctrl+C to stop.`);
});
