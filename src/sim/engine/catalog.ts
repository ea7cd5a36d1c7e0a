// The registry's catalogue: real images with their real tags, multi-platform indexes,
// layer counts and sizes close to Docker Hub's (November 2025). Digests are sha256 of a
// stable description, so they are fixed across runs but are not Docker Hub's own.
import { sha256 } from './sha256.ts';
import { alpineBase, B, buildpackDeps, EMPTY_LAYER, debianBookworm, debianTrixie, debianTrixieSlim, EMPTY, L, M, NGINX_ENV, PATH, type CatalogVersion } from './bases.ts';
import { OFFICIAL, splitTag, TAG_RULES } from './official.ts';
import type { Arch, FsFamily, HistoryEntry, Image, ImageConfig, Layer, OsName } from './types.ts';
import { rootFs } from '../container/rootfs.ts';

export type { CatalogVersion };
export { EMPTY_LAYER };


export const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;
export const HTTPD_INDEX = '<html><body><h1>It works!</h1></body></html>\n';

export const CATALOG: CatalogVersion[] = [
	{
		domain: 'docker.io', path: 'library/hello-world', tags: ['latest', 'linux'], created: '2025-08-08T19:05:17Z',
		platforms: ['linux/amd64', 'linux/arm64', 'windows/amd64'], family: 'scratch', program: 'hello', osVersion: '10.0.20348.4294',
		config: { cmd: ['/hello'], env: [PATH] },
		history: [L('COPY hello / # buildkit', 10_072, { arm: 9_870, comment: B }), M('CMD ["/hello"]')],
	},
	{
		domain: 'docker.io', path: 'library/alpine', tags: ['latest', '3', '3.22', '3.22.2'], created: '2025-10-08T11:04:56Z', version: '3.22.2',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'alpine', program: '', config: { cmd: ['/bin/sh'], env: [PATH] },
		history: alpineBase(),
	},
	{
		domain: 'docker.io', path: 'library/busybox', tags: ['latest', '1', '1.37', '1.37.0'], created: '2024-09-26T21:31:42Z', version: '1.37.0',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'busybox', program: '', config: { cmd: ['sh'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] },
		history: [L('BusyBox 1.37.0 (glibc), Debian 13', 4_277_910, { arm: 4_042_306, comment: 'bashbrew' }), M('CMD ["sh"]')],
	},
	{
		domain: 'docker.io', path: 'library/ubuntu', tags: ['latest', '24.04', 'noble', 'noble-20251013'], created: '2025-10-16T18:24:03Z',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'ubuntu', program: '', config: { cmd: ['/bin/bash'], env: [PATH], labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '24.04' } },
		history: [
			M('ARG RELEASE'), M('ARG LAUNCHPAD_BUILD_ARCH'), M('LABEL org.opencontainers.image.ref.name=ubuntu'), M('LABEL org.opencontainers.image.version=24.04'),
			L('ADD file:ddf1aa62235de6657123492b1d6ba9ef7d3d0e3b5e5ec3d0a6fe9e9aa0c1ab64 in / ', 78_118_906, { key: 'ubuntu-noble', arm: 101_408_421 }),
			M('CMD ["/bin/bash"]'),
		],
	},
	{
		domain: 'docker.io', path: 'library/debian', tags: ['latest', 'trixie', '13', '13.1'], created: '2025-11-03T00:00:00Z',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'debian', program: '', config: { cmd: ['bash'], env: [PATH] },
		history: [...debianTrixie(), M('CMD ["bash"]')],
	},
	{
		domain: 'docker.io', path: 'library/debian', tags: ['bookworm', '12', '12.12'], created: '2025-11-03T00:00:00Z',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'debian', program: '', config: { cmd: ['bash'], env: [PATH] },
		history: [...debianBookworm(), M('CMD ["bash"]')],
	},
	{
		domain: 'docker.io', path: 'library/nginx', tags: ['latest', 'mainline', '1', '1.29', '1.29.3', 'trixie'], created: '2025-11-04T18:28:51Z', version: '1.29.3',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'debian', program: 'nginx',
		config: { cmd: ['nginx', '-g', 'daemon off;'], entrypoint: ['/docker-entrypoint.sh'], env: NGINX_ENV, exposed: ['80/tcp'], stopSignal: 'SIGQUIT', labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' } },
		files: { '/usr/share/nginx/html/index.html': NGINX_INDEX, '/usr/share/nginx/html/50x.html': '<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n', '/etc/nginx/nginx.conf': 'user  nginx;\nworker_processes  auto;\n\nerror_log  /var/log/nginx/error.log notice;\npid        /run/nginx.pid;\n\nevents {\n    worker_connections  1024;\n}\n\nhttp {\n    include       /etc/nginx/mime.types;\n    default_type  application/octet-stream;\n    sendfile        on;\n    keepalive_timeout  65;\n    include /etc/nginx/conf.d/*.conf;\n}\n', '/etc/nginx/conf.d/default.conf': 'server {\n    listen       80;\n    listen  [::]:80;\n    server_name  localhost;\n\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n', '/docker-entrypoint.sh': '#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n', '/usr/sbin/nginx': '', '/usr/bin/curl': '' },
		dirs: ['/docker-entrypoint.d', '/var/log/nginx', '/var/cache/nginx'],
		history: [
			...debianTrixie(), M('CMD ["bash"]'), M('LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>'),
			M('ENV NGINX_VERSION=1.29.3'), M('ENV NJS_VERSION=0.9.4'), M('ENV NJS_RELEASE=1~trixie'), M('ENV PKG_RELEASE=1~trixie'), M('ENV DYNPKG_RELEASE=1~trixie'),
			L('RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && apt-get update # buildkit', 71_882_740, { comment: B }),
			L('COPY docker-entrypoint.sh / # buildkit', 1_620, { comment: B }),
			L('COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit', 2_125, { comment: B }),
			L('COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit', 389, { comment: B }),
			L('COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit', 3_018, { comment: B }),
			L('COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit', 4_620, { comment: B }),
			M('ENTRYPOINT ["/docker-entrypoint.sh"]'), M('EXPOSE map[80/tcp:{}]'), M('STOPSIGNAL SIGQUIT'), M('CMD ["nginx" "-g" "daemon off;"]'),
		],
	},
	{
		domain: 'docker.io', path: 'library/nginx', tags: ['alpine', 'mainline-alpine', '1.29-alpine', '1.29.3-alpine'], created: '2025-11-04T18:31:12Z', version: '1.29.3',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'alpine', program: 'nginx',
		config: { cmd: ['nginx', '-g', 'daemon off;'], entrypoint: ['/docker-entrypoint.sh'], env: NGINX_ENV, exposed: ['80/tcp'], stopSignal: 'SIGQUIT' },
		files: { '/usr/share/nginx/html/index.html': NGINX_INDEX, '/docker-entrypoint.sh': '#!/bin/sh\n', '/usr/sbin/nginx': '', '/usr/bin/curl': '' },
		dirs: ['/docker-entrypoint.d', '/etc/nginx/conf.d'],
		history: [
			...alpineBase(), M('ARG APK_ARCH=x86_64'), M('ENV NGINX_VERSION=1.29.3'),
			L('RUN /bin/sh -c set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx # buildkit', 5_391_233, { comment: B }),
			L('COPY docker-entrypoint.sh / # buildkit', 1_620, { comment: B }),
			L('COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit', 2_125, { comment: B }),
			L('COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit', 389, { comment: B }),
			L('COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit', 3_018, { comment: B }),
			L('COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit', 4_620, { comment: B }),
			M('ENTRYPOINT ["/docker-entrypoint.sh"]'), M('EXPOSE map[80/tcp:{}]'), M('STOPSIGNAL SIGQUIT'), M('CMD ["nginx" "-g" "daemon off;"]'),
			L('RUN /bin/sh -c set -x     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages="         nginx=${NGINX_VERSION}-r${PKG_RELEASE} # buildkit', 39_813_611, { comment: B }),
		],
	},
	{
		domain: 'docker.io', path: 'library/httpd', tags: ['latest', '2', '2.4', '2.4.65', 'trixie'], created: '2025-11-04T02:11:40Z', version: '2.4.65',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'debian', program: 'httpd',
		config: { cmd: ['httpd-foreground'], env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.65'], workdir: '/usr/local/apache2', exposed: ['80/tcp'], stopSignal: 'SIGWINCH' },
		files: { '/usr/local/apache2/htdocs/index.html': HTTPD_INDEX, '/usr/local/bin/httpd-foreground': '#!/bin/sh\nset -e\n' },
		history: [
			...debianTrixie(), M('CMD ["bash"]'), M('ENV HTTPD_PREFIX=/usr/local/apache2'), M('ENV PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'),
			EMPTY('RUN /bin/sh -c mkdir -p "$HTTPD_PREFIX" 	&& chown www-data:www-data "$HTTPD_PREFIX" # buildkit'),
			M('WORKDIR /usr/local/apache2'),
			L('RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		ca-certificates 		libaprutil1-ldap 		libldap-common 	; 	rm -rf /var/lib/apt/lists/* # buildkit', 5_521_034, { comment: B }),
			M('ENV HTTPD_VERSION=2.4.65'), M('ENV HTTPD_SHA256=58b8be97d9940ec17f7656c0c6b9f41b618aac468b894b534148e3296c53b8b3'), M('ENV HTTPD_PATCHES='),
			L('RUN /bin/sh -c set -eux; 		savedAptMark="$(apt-mark showmanual)"; 	apt-get update; 	apt-get install -y --no-install-recommends 		bzip2 		dirmngr 		dpkg-dev 		gcc # buildkit', 25_938_441, { comment: B }),
			M('STOPSIGNAL SIGWINCH'), L('COPY httpd-foreground /usr/local/bin/ # buildkit', 138, { comment: B }),
			M('EXPOSE map[80/tcp:{}]'), M('CMD ["httpd-foreground"]'),
		],
	},
	{
		domain: 'docker.io', path: 'library/redis', tags: ['latest', '8', '8.2', '8.2.3', 'trixie'], created: '2025-11-03T20:12:08Z', version: '8.2.3',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'debian', program: 'redis',
		config: { cmd: ['redis-server'], entrypoint: ['docker-entrypoint.sh'], env: [PATH, 'REDIS_DOWNLOAD_URL=https://github.com/redis/redis/archive/refs/tags/8.2.3.tar.gz'], workdir: '/data', exposed: ['6379/tcp'], volumes: ['/data'] },
		files: { '/usr/local/bin/docker-entrypoint.sh': '#!/bin/sh\nset -e\n', '/usr/local/bin/redis-server': '', '/usr/local/bin/redis-cli': '' },
		dirs: ['/data'],
		history: [
			...debianTrixie(), M('CMD ["bash"]'),
			L('RUN /bin/sh -c set -eux; 	groupadd -r -g 999 redis; 	useradd -r -g redis -u 999 redis # buildkit', 4_322, { comment: B }),
			L('RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		tzdata 		ca-certificates 	; 	rm -rf /var/lib/apt/lists/* # buildkit', 1_203_557, { comment: B }),
			M('ENV REDIS_DOWNLOAD_URL=https://github.com/redis/redis/archive/refs/tags/8.2.3.tar.gz'),
			L('RUN /bin/sh -c set -eux; 		apt-get update; 	apt-get install -y --no-install-recommends 		ca-certificates 		wget 		dpkg-dev 		gcc 		libc6-dev 		make # buildkit', 16_874_330, { comment: B }),
			EMPTY('RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit'),
			M('VOLUME [/data]'), M('WORKDIR /data'),
			L('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', 3_127, { comment: B }),
			M('ENTRYPOINT ["docker-entrypoint.sh"]'), M('EXPOSE map[6379/tcp:{}]'), M('CMD ["redis-server"]'),
		],
	},
	{
		domain: 'docker.io', path: 'library/node', tags: ['latest', '24', 'lts', '24.11', '24.11.1', 'krypton', 'trixie'], created: '2025-11-06T09:31:52Z', version: '24.11.1',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'debian', program: 'node',
		config: { cmd: ['node'], entrypoint: ['docker-entrypoint.sh'], env: [PATH, 'NODE_VERSION=24.11.1', 'YARN_VERSION=1.22.22'] },
		files: { '/usr/local/bin/docker-entrypoint.sh': '#!/bin/sh\nset -e\n', '/usr/local/bin/node': '', '/usr/local/bin/npm': '', '/usr/local/bin/npx': '', '/usr/local/bin/yarn': '', '/usr/bin/curl': '', '/usr/bin/git': '' },
		history: [
			...debianTrixie(), M('CMD ["bash"]'), ...buildpackDeps(),
			L('RUN /bin/sh -c groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit', 4_103, { comment: B }),
			M('ENV NODE_VERSION=24.11.1'),
			L('RUN /bin/sh -c ARCH= && dpkgArch="$(dpkg --print-architecture)"   && case "${dpkgArch##*-}" in     amd64) ARCH=\'x64\';;     arm64) ARCH=\'arm64\';; # buildkit', 191_563_127, { comment: B }),
			M('ENV YARN_VERSION=1.22.22'),
			L('RUN /bin/sh -c set -ex   && export GNUPGHOME="$(mktemp -d)"   && for key in     6A010C5166006599AA17F08146C2130DFD2497F5   ; do # buildkit', 5_334_510, { comment: B }),
			L('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', 388, { comment: B }),
			M('ENTRYPOINT ["docker-entrypoint.sh"]'), M('CMD ["node"]'),
		],
	},
	{
		domain: 'docker.io', path: 'library/node', tags: ['alpine', '24-alpine', 'lts-alpine', '24.11-alpine', '24.11.1-alpine'], created: '2025-11-06T09:40:02Z', version: '24.11.1',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'alpine', program: 'node',
		config: { cmd: ['node'], entrypoint: ['docker-entrypoint.sh'], env: [PATH, 'NODE_VERSION=24.11.1', 'YARN_VERSION=1.22.22'] },
		files: { '/usr/local/bin/docker-entrypoint.sh': '#!/bin/sh\nset -e\n', '/usr/local/bin/node': '', '/usr/local/bin/npm': '', '/usr/local/bin/npx': '', '/usr/local/bin/yarn': '' },
		history: [
			...alpineBase(), M('ENV NODE_VERSION=24.11.1'),
			L('RUN /bin/sh -c addgroup -g 1000 node     && adduser -u 1000 -G node -s /bin/sh -D node     && apk add --no-cache         libstdc++ # buildkit', 148_902_441, { comment: B }),
			M('ENV YARN_VERSION=1.22.22'),
			L('RUN /bin/sh -c apk add --no-cache --virtual .build-deps-yarn curl gnupg tar # buildkit', 5_334_510, { comment: B }),
			L('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', 388, { comment: B }),
			M('ENTRYPOINT ["docker-entrypoint.sh"]'), M('CMD ["node"]'),
		],
	},
	{
		domain: 'docker.io', path: 'library/python', tags: ['latest', '3', '3.14', '3.14.0', 'trixie'], created: '2025-11-04T23:41:29Z', version: '3.14.0',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'debian', program: 'python',
		config: { cmd: ['python3'], env: [PATH, 'LANG=C.UTF-8', 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', 'PYTHON_VERSION=3.14.0', 'PYTHON_SHA256=2299dae542d395ce3883aca00d3c910307cd68e0b2f7336098c8e7b7eee9f3e9'] },
		files: { '/usr/local/bin/python3': '', '/usr/local/bin/python': '', '/usr/local/bin/pip': '', '/usr/local/bin/pip3': '', '/usr/bin/curl': '', '/usr/bin/git': '' },
		history: [
			...debianTrixie(), M('CMD ["bash"]'), ...buildpackDeps(),
			M('ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'), M('ENV LANG=C.UTF-8'),
			L('RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		libbluetooth-dev 		tk-dev 		uuid-dev 	; 	rm -rf /var/lib/apt/lists/* # buildkit', 22_418_203, { comment: B }),
			M('ENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305'), M('ENV PYTHON_VERSION=3.14.0'), M('ENV PYTHON_SHA256=2299dae542d395ce3883aca00d3c910307cd68e0b2f7336098c8e7b7eee9f3e9'),
			L('RUN /bin/sh -c set -eux; 		wget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; # buildkit', 71_003_981, { comment: B }),
			L('RUN /bin/sh -c set -eux; 	for src in idle3 pip3 pydoc3 python3 python3-config; do 		dst="$(echo "$src" | tr -d 3)"; # buildkit', 36, { comment: B }),
			M('CMD ["python3"]'),
		],
	},
	{
		domain: 'docker.io', path: 'library/python', tags: ['slim', '3-slim', '3.14-slim', '3.14.0-slim', 'slim-trixie'], created: '2025-11-04T23:44:02Z', version: '3.14.0',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'debian', program: 'python',
		config: { cmd: ['python3'], env: [PATH, 'LANG=C.UTF-8', 'PYTHON_VERSION=3.14.0'] },
		files: { '/usr/local/bin/python3': '', '/usr/local/bin/python': '', '/usr/local/bin/pip': '', '/usr/local/bin/pip3': '' },
		history: [
			...debianTrixieSlim(), M('CMD ["bash"]'), M('ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'), M('ENV LANG=C.UTF-8'),
			L('RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		ca-certificates 		netbase 		tzdata 	; 	rm -rf /var/lib/apt/lists/* # buildkit', 3_805_216, { comment: B }),
			M('ENV PYTHON_VERSION=3.14.0'),
			L('RUN /bin/sh -c set -eux; 		savedAptMark="$(apt-mark showmanual)"; 	apt-get update; 	apt-get install -y --no-install-recommends 		dpkg-dev 		gcc # buildkit', 44_913_006, { comment: B }),
			L('RUN /bin/sh -c set -eux; 	for src in idle3 pip3 pydoc3 python3 python3-config; do 		dst="$(echo "$src" | tr -d 3)"; # buildkit', 36, { comment: B }),
			M('CMD ["python3"]'),
		],
	},
	{
		domain: 'docker.io', path: 'library/mysql', tags: ['latest', '9', '9.5', '9.5.0', 'innovation', 'oraclelinux9'], created: '2025-10-22T16:49:31Z', version: '9.5.0',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'oracle', program: 'mysql',
		config: { cmd: ['mysqld'], entrypoint: ['docker-entrypoint.sh'], env: [PATH, 'GOSU_VERSION=1.19', 'MYSQL_MAJOR=innovation', 'MYSQL_VERSION=9.5.0-1.el9', 'MYSQL_SHELL_VERSION=9.5.0-1.el9'], exposed: ['3306/tcp', '33060/tcp'], volumes: ['/var/lib/mysql'] },
		files: { '/usr/local/bin/docker-entrypoint.sh': '#!/bin/bash\nset -eo pipefail\n', '/usr/sbin/mysqld': '', '/usr/bin/mysql': '' },
		dirs: ['/var/lib/mysql'],
		history: [
			L('ADD oraclelinux-9-slim-amd64-rootfs.tar.xz / # buildkit', 117_640_002, { key: 'oraclelinux9-slim', arm: 115_120_330, comment: B }), M('CMD ["/bin/bash"]'),
			L('RUN /bin/sh -c set -eux; 	groupadd --system --gid 999 mysql; 	useradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql # buildkit', 1_710, { comment: B }),
			M('ENV GOSU_VERSION=1.19'),
			L('RUN /bin/sh -c set -eux; 	arch="$(uname -m)"; 	case "$arch" in 		aarch64) gosuArch=\'arm64\' ;; 		x86_64) gosuArch=\'amd64\' ;; # buildkit', 2_297_015, { comment: B }),
			L('RUN /bin/sh -c set -eux; 	microdnf install -y 		bzip2 		gzip 		openssl 		xz 		zstd 		findutils 	; 	microdnf clean all # buildkit', 14_102_881, { comment: B }),
			L('RUN /bin/sh -c set -eux; 	key=\'BCA4 3417 C3B4 85DD 128E C6D4 B7B3 B788 A8D3 785C\'; 	export GNUPGHOME="$(mktemp -d)"; # buildkit', 2_733, { comment: B }),
			M('ENV MYSQL_MAJOR=innovation'), M('ENV MYSQL_VERSION=9.5.0-1.el9'),
			L('RUN /bin/sh -c set -eu; 	{ 		echo \'[mysql-innovation-server-minimal]\'; 		echo \'name=MySQL innovation Server Minimal\'; # buildkit', 229, { comment: B }),
			L('RUN /bin/sh -c set -eux; 	microdnf install -y "mysql-community-server-minimal-$MYSQL_VERSION"; 	microdnf clean all; # buildkit', 526_770_101, { comment: B }),
			L('RUN /bin/sh -c set -eu; 	{ 		echo \'[mysql-tools-community]\'; 		echo \'name=MySQL Tools Community\'; # buildkit', 219, { comment: B }),
			M('ENV MYSQL_SHELL_VERSION=9.5.0-1.el9'),
			L('RUN /bin/sh -c set -eux; 	microdnf install -y "mysql-shell-$MYSQL_SHELL_VERSION"; 	microdnf clean all; 		mysqlsh --version # buildkit', 112_906_443, { comment: B }),
			M('VOLUME [/var/lib/mysql]'),
			L('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', 15_936, { comment: B }),
			M('ENTRYPOINT ["docker-entrypoint.sh"]'), M('EXPOSE map[3306/tcp:{} 33060/tcp:{}]'), M('CMD ["mysqld"]'),
		],
	},
	{
		domain: 'docker.io', path: 'library/mysql', tags: ['5.7', '5', '5.7.44', '5.7-oraclelinux7'], created: '2024-10-14T22:22:57Z', version: '5.7.44',
		platforms: ['linux/amd64'], family: 'oracle', program: 'mysql',
		config: { cmd: ['mysqld'], entrypoint: ['docker-entrypoint.sh'], env: [PATH, 'GOSU_VERSION=1.16', 'MYSQL_MAJOR=5.7', 'MYSQL_VERSION=5.7.44-1.el7', 'MYSQL_SHELL_VERSION=8.0.35-1.el7'], exposed: ['3306/tcp', '33060/tcp'], volumes: ['/var/lib/mysql'] },
		files: { '/usr/local/bin/docker-entrypoint.sh': '#!/bin/bash\n', '/usr/sbin/mysqld': '', '/usr/bin/mysql': '' },
		dirs: ['/var/lib/mysql'],
		history: [
			L('ADD file:3bf6e8e6a2e8e3c5ea9bcbd8ee6f6ab0c0c1b5f8dc9d54a6c7fd4b97e09e8f3b in / ', 134_823_417, { key: 'oraclelinux7-slim' }), M('CMD ["/bin/bash"]'),
			L('RUN /bin/sh -c set -eux; 	groupadd --system --gid 999 mysql; 	useradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql # buildkit', 1_663, { comment: B }),
			M('ENV GOSU_VERSION=1.16'),
			L('RUN /bin/sh -c set -eux; 	arch="$(uname -m)"; 	case "$arch" in 		aarch64) gosuArch=\'arm64\' ;; # buildkit', 2_236_419, { comment: B }),
			L('RUN /bin/sh -c set -eux; 	yum install -y --setopt=skip_missing_names_on_install=False 		bzip2 		gzip 		openssl 		xz 		zstd 	; 	yum clean all # buildkit', 53_012_770, { comment: B }),
			L('RUN /bin/sh -c set -eux; 	key=\'859BE8D7C586F538430B19C2467B942D3A79BD29\'; 	export GNUPGHOME="$(mktemp -d)"; # buildkit', 1_223, { comment: B }),
			M('ENV MYSQL_MAJOR=5.7'), M('ENV MYSQL_VERSION=5.7.44-1.el7'),
			L('RUN /bin/sh -c set -eu; 	. /etc/os-release; 	{ 		echo \'[mysql5.7-server-minimal]\'; # buildkit', 247, { comment: B }),
			L('RUN /bin/sh -c set -eux; 	yum install -y --setopt=skip_missing_names_on_install=False "mysql-community-server-minimal-$MYSQL_VERSION"; # buildkit', 260_405_519, { comment: B }),
			L('RUN /bin/sh -c set -eux; 	yum install -y "mysql-shell-$MYSQL_SHELL_VERSION"; 	yum clean all; 		mysqlsh --version # buildkit', 52_134_801, { comment: B }),
			M('VOLUME [/var/lib/mysql]'),
			L('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', 13_443, { comment: B }),
			M('ENTRYPOINT ["docker-entrypoint.sh"]'), M('EXPOSE map[3306/tcp:{} 33060/tcp:{}]'), M('CMD ["mysqld"]'),
		],
	},
	{
		domain: 'docker.io', path: 'library/postgres', tags: ['latest', '18', '18.0', 'trixie'], created: '2025-10-21T01:02:33Z', version: '18.0',
		platforms: ['linux/amd64', 'linux/arm64'], family: 'debian', program: 'postgres',
		config: { cmd: ['postgres'], entrypoint: ['docker-entrypoint.sh'], env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/18/bin', 'GOSU_VERSION=1.19', 'LANG=en_US.utf8', 'PG_MAJOR=18', 'PG_VERSION=18.0-1.pgdg13+3', 'PGDATA=/var/lib/postgresql/18/docker'], exposed: ['5432/tcp'], volumes: ['/var/lib/postgresql'], stopSignal: 'SIGINT' },
		files: { '/usr/local/bin/docker-entrypoint.sh': '#!/usr/bin/env bash\nset -Eeo pipefail\n', '/usr/lib/postgresql/18/bin/postgres': '', '/usr/bin/psql': '' },
		dirs: ['/var/lib/postgresql', '/docker-entrypoint-initdb.d'],
		history: [
			...debianTrixie(), M('CMD ["bash"]'),
			L('RUN /bin/sh -c set -eux; 	groupadd -r postgres --gid=999; 	useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; # buildkit', 4_303, { comment: B }),
			L('RUN /bin/sh -c set -ex; 	apt-get update; 	apt-get install -y --no-install-recommends 		gnupg 		less 	; 	rm -rf /var/lib/apt/lists/* # buildkit', 19_502_100, { comment: B }),
			M('ENV GOSU_VERSION=1.19'),
			L('RUN /bin/sh -c set -eux; 	savedAptMark="$(apt-mark showmanual)"; 	apt-get update; 	apt-get install -y --no-install-recommends ca-certificates wget; # buildkit', 2_326_408, { comment: B }),
			L('RUN /bin/sh -c set -eux; 	if [ -f /etc/dpkg/dpkg.cfg.d/docker ]; then 		grep -q \'/usr/share/locale\' /etc/dpkg/dpkg.cfg.d/docker; # buildkit', 24_094_222, { comment: B }),
			M('ENV LANG=en_US.utf8'),
			L('RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		libnss-wrapper 		xz-utils 		zstd 	; # buildkit', 4_205_776, { comment: B }),
			EMPTY('RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit'),
			L('RUN /bin/sh -c set -ex; 	key=\'B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8\'; 	export GNUPGHOME="$(mktemp -d)"; # buildkit', 1_171, { comment: B }),
			M('ENV PG_MAJOR=18'), M('ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/18/bin'), M('ENV PG_VERSION=18.0-1.pgdg13+3'),
			L('RUN /bin/sh -c set -ex; 		export PYTHONDONTWRITEBYTECODE=1; 		dpkgArch="$(dpkg --print-architecture)"; # buildkit', 277_311_909, { comment: B }),
			L('RUN /bin/sh -c set -eux; 	dpkg-divert --add --rename --divert "/usr/share/postgresql/postgresql.conf.sample.dpkg" "/usr/share/postgresql/$PG_MAJOR/postgresql.conf.sample"; # buildkit', 50_118, { comment: B }),
			EMPTY('RUN /bin/sh -c install --verbose --directory --owner postgres --group postgres --mode 3777 /var/run/postgresql # buildkit'),
			M('ENV PGDATA=/var/lib/postgresql/18/docker'),
			EMPTY('RUN /bin/sh -c install --verbose --directory --owner postgres --group postgres --mode 1777 "$PGDATA" # buildkit'),
			M('VOLUME [/var/lib/postgresql]'),
			L('COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit', 24_143, { comment: B }),
			L('RUN /bin/sh -c ln -sT docker-ensure-initdb.sh /usr/local/bin/docker-enforce-initdb.sh # buildkit', 33, { comment: B }),
			M('ENTRYPOINT ["docker-entrypoint.sh"]'), M('STOPSIGNAL SIGINT'), M('EXPOSE map[5432/tcp:{}]'), M('CMD ["postgres"]'),
		],
	},
	{
		domain: 'mcr.microsoft.com', path: 'windows/nanoserver', tags: ['ltsc2022', '10.0.20348.4294'], created: '2025-10-09T16:12:40Z',
		platforms: ['windows/amd64'], osVersion: '10.0.20348.4294', family: 'windows', program: 'cmd',
		config: { cmd: ['c:\\windows\\system32\\cmd.exe'], env: ['PATH=C:\\Windows\\system32;C:\\Windows;'], user: 'ContainerUser' },
		history: [L('Apply image 10.0.20348.4294', 297_320_448, { key: 'nanoserver-ltsc2022', comment: '' })],
	},
	{
		domain: 'mcr.microsoft.com', path: 'windows/nanoserver', tags: ['ltsc2025', '10.0.26100.6899'], created: '2025-10-09T16:20:11Z',
		platforms: ['windows/amd64'], osVersion: '10.0.26100.6899', family: 'windows', program: 'cmd',
		config: { cmd: ['c:\\windows\\system32\\cmd.exe'], env: ['PATH=C:\\Windows\\system32;C:\\Windows;'], user: 'ContainerUser' },
		history: [L('Apply image 10.0.26100.6899', 281_903_104, { key: 'nanoserver-ltsc2025', comment: '' })],
	},
	...OFFICIAL,
];

/**
 * The accounts an official image adds to its base's /etc/passwd and /etc/group (its Dockerfile's
 * groupadd/useradd or addgroup/adduser), by repository and family, so `--user node` and
 * `USER nginx` resolve as they do in the real images.
 */
const ACCOUNTS: Record<string, Partial<Record<FsFamily, [passwd: string, group: string]>>> = {
	nginx: { debian: ['nginx:x:101:101:nginx user:/nonexistent:/bin/false', 'nginx:x:101:'], alpine: ['nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin', 'nginx:x:101:nginx'] },
	node: { debian: ['node:x:1000:1000::/home/node:/bin/bash', 'node:x:1000:'], alpine: ['node:x:1000:1000::/home/node:/bin/sh', 'node:x:1000:node'] },
	redis: { debian: ['redis:x:999:999::/home/redis:/usr/sbin/nologin', 'redis:x:999:'], alpine: ['redis:x:999:1000:Linux User,,,:/home/redis:/sbin/nologin', 'redis:x:1000:redis'] },
	postgres: { debian: ['postgres:x:999:999::/var/lib/postgresql:/bin/bash', 'postgres:x:999:'], alpine: ['postgres:x:70:70::/var/lib/postgresql:/bin/sh', 'postgres:x:70:postgres'] },
	mysql: { oracle: ['mysql:x:999:999::/var/lib/mysql:/bin/bash', 'mysql:x:999:'], debian: ['mysql:x:999:999::/var/lib/mysql:/bin/bash', 'mysql:x:999:'] },
	mariadb: { ubuntu: ['mysql:x:999:999::/home/mysql:/bin/sh', 'mysql:x:999:'] },
	mongo: { ubuntu: ['mongodb:x:999:999::/data/db:/bin/sh', 'mongodb:x:999:'] },
	memcached: { debian: ['memcache:x:11211:11211::/home/memcache:/bin/sh', 'memcache:x:11211:'], alpine: ['memcache:x:11211:11211:Linux User,,,:/home/memcache:/sbin/nologin', 'memcache:x:11211:'] },
	haproxy: { debian: ['haproxy:x:99:99::/var/lib/haproxy:/usr/sbin/nologin', 'haproxy:x:99:'] },
	sonarqube: { ubuntu: ['sonarqube:x:1000:0::/opt/sonarqube:/bin/bash', 'sonarqube:x:1000:'] },
	adminer: { alpine: ['adminer:x:1000:1000:Linux User,,,:/home/adminer:/sbin/nologin', 'adminer:x:1000:'] },
	kong: { ubuntu: ['kong:x:1000:1000::/home/kong:/bin/sh', 'kong:x:1000:'] },
	rabbitmq: { ubuntu: ['rabbitmq:x:999:999::/var/lib/rabbitmq:/usr/sbin/nologin', 'rabbitmq:x:999:'], alpine: ['rabbitmq:x:100:101:Linux User,,,:/var/lib/rabbitmq:/sbin/nologin', 'rabbitmq:x:101:rabbitmq'] },
};
for (const v of CATALOG) {
	const account = v.domain === 'docker.io' ? ACCOUNTS[v.path.replace(/^library\//, '')]?.[v.family] : undefined;
	if (!account) continue;
	const base = rootFs(v.family).files;
	v.files = { ...v.files, '/etc/passwd': (v.files?.['/etc/passwd'] ?? base['/etc/passwd'] ?? '') + account[0] + '\n', '/etc/group': (v.files?.['/etc/group'] ?? base['/etc/group'] ?? '') + account[1] + '\n' };
}

export interface CatalogPlatformImage {
	version: CatalogVersion;
	platform: string;
	manifestDigest: string;
	image: Image;
}

/** Look a repository's tag up in the catalogue. */
export function findCatalog(domain: string, path: string, tag: string): CatalogVersion | undefined {
	return CATALOG.find((v) => v.domain === domain && v.path === path && v.tags.includes(tag)) ?? derivedVersion(domain, path, tag);
}

const derived: Record<string, CatalogVersion> = {};

/**
 * A tag the catalogue does not list but the repository's tag rule accepts (`redis:7`,
 * `node:22-alpine`): its own image, built like the listed variant it names, with the
 * version it names in its environment and history. Pure: the same tag gives the same image.
 */
function derivedVersion(domain: string, path: string, tag: string): CatalogVersion | undefined {
	if (domain !== 'docker.io') return undefined;
	const rule = TAG_RULES[path];
	if (!rule) return undefined;
	const split = splitTag(rule, tag);
	if (!split) return undefined;
	const mine = CATALOG.filter((v) => v.domain === domain && v.path === path);
	const { version, variant } = split;
	const base = variant.replace(/^(\d+-)/, '');
	const byTag = (t: string) => mine.find((v) => v.tags.includes(t));
	const tmpl =
		byTag(variant) ??
		(variant.includes('alpine') ? mine.find((v) => v.family === 'alpine') : undefined) ??
		(variant.includes('slim') ? mine.find((v) => v.tags.some((t) => t === 'slim' || t.endsWith('-slim'))) : undefined) ??
		byTag(base.split('-')[0]!) ??
		(version ? mine.find((v) => v.version !== undefined && (v.version === version || v.version.startsWith(version + '.')) && v.family !== 'alpine' && !v.tags.some((t) => /slim|alpine/.test(t))) : undefined) ??
		byTag('latest') ??
		mine[0];
	if (!tmpl) return undefined;
	const from = tmpl.version ?? '';
	const full = version === '' ? from : (rule.latest[version] ?? (from && (from === version || from.startsWith(version + '.')) ? from : /^\d+(\.\d+){2,}/.test(version) || !/^\d/.test(version) ? version : `${version}${'.0'.repeat(Math.max(0, 2 - (version.match(/\./g) ?? []).length))}`));
	// Tags naming the same release (redis:7, redis:7.4, redis:7.4.7) are one image.
	const canonical = `${full || tag}${variant ? '-' + variant : ''}`;
	const memo = `${path}:${canonical}`;
	if (derived[memo]) return derived[memo];
	const swap = (t: string) => (from && full && from !== full ? t.split(from).join(full) : t);
	const v: CatalogVersion = {
		...tmpl,
		tags: [canonical],
		config: { ...tmpl.config, env: (tmpl.config.env ?? []).map(swap) },
		history: tmpl.history.map((e) => (e.key ? e : { ...e, by: swap(e.by) })),
	};
	if (full) v.version = full;
	derived[memo] = v;
	return v;
}

export function findCatalogByDigest(domain: string, path: string, digest: string): CatalogVersion | undefined {
	return [...CATALOG, ...Object.values(derived)].find((v) => v.domain === domain && v.path === path && indexDigest(v) === digest);
}

export function repoExists(domain: string, path: string): boolean {
	return CATALOG.some((v) => v.domain === domain && v.path === path);
}

export function indexDigest(v: CatalogVersion): string {
	return sha256(`index ${v.domain}/${v.path} ${v.tags[0]} ${v.created}`);
}

export function manifestDigest(v: CatalogVersion, platform: string): string {
	return sha256(`manifest ${v.domain}/${v.path} ${v.tags[0]} ${platform}`);
}

function compressedOf(size: number, key: string): number {
	if (size === 0) return 32;
	if (size < 20_000) return Math.max(120, Math.round(size * 0.48) + 90);
	const jitter = (parseInt(sha256(key).slice(0, 4), 16) % 9) / 100;
	return Math.round(size * (0.36 + jitter));
}

const cache: Record<string, Image> = {};

/** Build the plain-data Image of one platform of a catalogue version (memoised; callers copy). */
export function catalogImage(v: CatalogVersion, platform: string): Image {
	const memo = `${v.domain}/${v.path}:${v.tags[0]}@${platform}`;
	const hit = cache[memo];
	if (hit) return hit;
	const [os, arch] = platform.split('/') as [OsName, Arch];
	const created = Date.parse(v.created);
	const layers: Layer[] = [];
	const history: HistoryEntry[] = [];
	v.history.forEach((e, i) => {
		const isLayer = e.size > 0 || e.empty === true;
		let size = e.size;
		if (arch === 'arm64' && e.size > 0) size = e.arm ?? Math.round(e.size * (0.94 + (parseInt(sha256(e.by).slice(0, 2), 16) % 10) / 100));
		const by = arch === 'arm64' ? e.by.replace(`--arch 'amd64'`, `--arch 'arm64'`).replace('-x86_64.', '-aarch64.').replace('-amd64-', '-aarch64-') : e.by;
		const baseCreated = e.key ? created - 86_400_000 * 2 : created;
		history.push({ created: baseCreated, createdBy: by, size: isLayer ? size : 0, emptyLayer: !isLayer, comment: e.comment ?? (isLayer ? B : B) });
		if (isLayer) {
			if (e.empty) layers.push({ digest: EMPTY_LAYER, size: 0, compressed: 32 });
			else {
				const key = e.key ? `${e.key} ${arch}` : `${v.domain}/${v.path} ${v.tags[0]} ${arch} ${i}`;
				layers.push({ digest: sha256(`layer ${key}`), size, compressed: compressedOf(size, key) });
			}
		}
	});
	const c = v.config;
	const config: ImageConfig = {
		cmd: c.cmd ?? null, entrypoint: c.entrypoint ?? null, env: c.env ?? [], workdir: c.workdir ?? '',
		exposed: c.exposed ?? [], volumes: c.volumes ?? [], user: c.user ?? '', labels: c.labels ?? {}, stopSignal: c.stopSignal ?? '',
	};
	const image: Image = {
		id: sha256(`config ${v.domain}/${v.path} ${v.tags[0]} ${platform}`),
		os, arch, osVersion: os === 'windows' ? (v.osVersion ?? '') : '', created, layers, history, config,
		family: os === 'windows' && v.family === 'scratch' ? 'windows' : v.family,
		files: v.files ?? {}, dirs: v.dirs ?? [], program: v.program, repoTags: [], repoDigests: [], parent: '',
		mountFrom: v.path,
	};
	cache[memo] = image;
	return image;
}
