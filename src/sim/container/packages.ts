// A few real distribution packages with plausible versions and sizes, so `apt-get install`
// and `apk add` inside containers and Dockerfiles print believable output and grow layers.

export interface Pkg {
	name: string;
	version: string;
	/** Download size (bytes) and installed size (bytes). */
	download: number;
	installed: number;
	/** Commands it puts on PATH. */
	bins: string[];
	deps: string[];
}

export const APT: Record<string, Pkg> = {
	curl: { name: 'curl', version: '8.5.0-2ubuntu10.6', download: 226_000, installed: 534_000, bins: ['curl'], deps: ['ca-certificates', 'libcurl4t64', 'libnghttp2-14', 'librtmp1', 'libssh-4', 'openssl', 'publicsuffix'] },
	wget: { name: 'wget', version: '1.21.4-1ubuntu4.1', download: 334_000, installed: 1_012_000, bins: ['wget'], deps: ['ca-certificates', 'libpsl5t64', 'openssl', 'publicsuffix'] },
	vim: { name: 'vim', version: '2:9.1.0016-1ubuntu7.9', download: 1_881_000, installed: 4_102_000, bins: ['vim', 'vi'], deps: ['libgpm2', 'libsodium23', 'vim-common', 'vim-runtime', 'xxd'] },
	nano: { name: 'nano', version: '7.2-2ubuntu0.1', download: 281_000, installed: 881_000, bins: ['nano'], deps: ['libgpm2'] },
	'iputils-ping': { name: 'iputils-ping', version: '3:20240117-1ubuntu0.1', download: 44_000, installed: 117_000, bins: ['ping'], deps: ['libcap2-bin'] },
	procps: { name: 'procps', version: '2:4.0.4-4ubuntu3.2', download: 706_000, installed: 2_401_000, bins: ['ps', 'top', 'free', 'uptime', 'watch'], deps: ['libproc2-0'] },
	git: { name: 'git', version: '1:2.43.0-1ubuntu7.3', download: 3_680_000, installed: 21_002_000, bins: ['git'], deps: ['ca-certificates', 'git-man', 'less', 'libcurl3t64-gnutls', 'liberror-perl', 'openssh-client', 'patch', 'perl'] },
	python3: { name: 'python3', version: '3.12.3-0ubuntu2', download: 23_000, installed: 29_905_000, bins: ['python3'], deps: ['libpython3.12-minimal', 'libpython3.12-stdlib', 'media-types', 'python3-minimal', 'python3.12', 'python3.12-minimal', 'tzdata'] },
	'net-tools': { name: 'net-tools', version: '2.10-0.1ubuntu4.4', download: 204_000, installed: 810_000, bins: ['ifconfig', 'netstat', 'route'], deps: [] },
	nginx: { name: 'nginx', version: '1.24.0-2ubuntu7.5', download: 520_000, installed: 1_489_000, bins: ['nginx'], deps: ['iproute2', 'libbpf1', 'libelf1t64', 'libmnl0', 'libxtables12', 'nginx-common'] },
	'ca-certificates': { name: 'ca-certificates', version: '20240203', download: 159_000, installed: 387_000, bins: [], deps: ['openssl'] },
	jq: { name: 'jq', version: '1.7.1-3ubuntu0.24.04.1', download: 65_000, installed: 146_000, bins: ['jq'], deps: ['libjq1', 'libonig5'] },
	dnsutils: { name: 'dnsutils', version: '1:9.18.39-0ubuntu0.24.04.1', download: 3_632_000, installed: 9_411_000, bins: ['dig', 'nslookup'], deps: ['bind9-dnsutils', 'bind9-libs'] },
};

export const APK: Record<string, Pkg> = {
	curl: { name: 'curl', version: '8.14.1-r2', download: 0, installed: 4_718_000, bins: ['curl'], deps: ['brotli-libs', 'c-ares', 'libunistring', 'libidn2', 'nghttp2-libs', 'libpsl', 'zstd-libs', 'libcurl'] },
	bash: { name: 'bash', version: '5.2.37-r0', download: 0, installed: 1_823_000, bins: ['bash'], deps: ['readline'] },
	git: { name: 'git', version: '2.49.1-r0', download: 0, installed: 13_800_000, bins: ['git'], deps: ['pcre2', 'libexpat', 'libcurl'] },
	python3: { name: 'python3', version: '3.12.12-r0', download: 0, installed: 45_600_000, bins: ['python3'], deps: ['libbz2', 'libffi', 'gdbm', 'xz-libs', 'mpdecimal', 'sqlite-libs'] },
	nodejs: { name: 'nodejs', version: '22.16.0-r2', download: 0, installed: 48_900_000, bins: ['node'], deps: ['ada-libs', 'icu-libs', 'libuv', 'simdjson', 'simdutf'] },
	npm: { name: 'npm', version: '11.3.0-r1', download: 0, installed: 8_990_000, bins: ['npm', 'npx'], deps: ['nodejs'] },
	vim: { name: 'vim', version: '9.1.1775-r0', download: 0, installed: 3_301_000, bins: ['vim'], deps: ['xxd'] },
	nginx: { name: 'nginx', version: '1.28.0-r3', download: 0, installed: 1_298_000, bins: ['nginx'], deps: ['pcre2'] },
	jq: { name: 'jq', version: '1.8.1-r0', download: 0, installed: 418_000, bins: ['jq'], deps: ['oniguruma'] },
	'ca-certificates': { name: 'ca-certificates', version: '20250911-r0', download: 0, installed: 704_000, bins: [], deps: [] },
};

/** Rough number of npm packages a dependency pulls in (deterministic). */
export function npmTransitive(name: string): number {
	const known: Record<string, number> = { express: 65, react: 3, 'react-dom': 5, lodash: 1, axios: 23, typescript: 1, vite: 14, next: 28, nodemon: 29, dotenv: 1, pg: 14, redis: 9, mongoose: 22, jest: 264, eslint: 96 };
	if (known[name]) return known[name]!;
	let h = 0;
	for (const c of name) h = (h * 31 + c.charCodeAt(0)) % 97;
	return 1 + (h % 12);
}

export const PIP_VERSIONS: Record<string, string> = { flask: '3.1.2', django: '5.2.8', requests: '2.32.5', fastapi: '0.121.1', uvicorn: '0.38.0', numpy: '2.3.4', pandas: '2.3.3', redis: '7.0.1', gunicorn: '23.0.0', psycopg2: '2.9.11' };
