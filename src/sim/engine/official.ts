// The rest of Docker Hub's most-pulled official images (November 2025): each with its
// current tags, base, entrypoint, default command, ports, volumes and environment, and
// layer sizes close to Hub's. Tag rules let any real-looking tag of these repositories
// resolve (redis:7, node:22-alpine, python:3.10-slim) while nonsense still gets
// `manifest unknown`.
import { alpineBase, B, debianBookworm, debianTrixie, debianTrixieSlim, L, M, oracle9, PATH, ubuntuJammy, ubuntuNoble, type CatalogVersion, type Entry } from './bases.ts';
import type { FsFamily } from './types.ts';

interface Spec {
	path: string;
	tags: string[];
	created: string;
	family: FsFamily;
	base: Entry[];
	cmd: string[];
	entrypoint?: string[];
	env?: string[];
	exposed?: string[];
	workdir?: string;
	volumes?: string[];
	stopSignal?: string;
	user?: string;
	/** Image layers above the base: [instruction, uncompressed bytes]. */
	layers: Array<[string, number]>;
	/** Programs the image installs (made present on PATH). */
	bins?: string[];
	binDir?: string;
	files?: Record<string, string>;
	dirs?: string[];
	amd64Only?: boolean;
	version?: string;
}

function image(s: Spec): CatalogVersion {
	const files: Record<string, string> = { ...(s.files ?? {}) };
	const dir = s.binDir ?? '/usr/local/bin';
	for (const b of [...(s.bins ?? []), ...s.cmd.slice(0, 1), ...(s.entrypoint ?? []).slice(0, 1)]) {
		if (b.startsWith('-')) continue;
		const p = b.includes('/') ? b : `${dir}/${b}`;
		if (files[p] === undefined) files[p] = b.endsWith('.sh') ? '#!/bin/sh\nset -e\n' : '';
	}
	const env = s.env ?? [PATH];
	const history: Entry[] = [...s.base];
	for (const e of env) if (!e.startsWith('PATH=') || e !== PATH) history.push(M(`ENV ${e}`));
	for (const [by, size] of s.layers) history.push(L(by.endsWith('# buildkit') ? by : `${by} # buildkit`, size, { comment: B }));
	if (s.volumes?.length) history.push(M(`VOLUME [${s.volumes.join(' ')}]`));
	if (s.workdir) history.push(M(`WORKDIR ${s.workdir}`));
	if (s.user) history.push(M(`USER ${s.user}`));
	if (s.entrypoint) history.push(M(`ENTRYPOINT [${s.entrypoint.map((a) => JSON.stringify(a)).join(' ')}]`));
	if (s.stopSignal) history.push(M(`STOPSIGNAL ${s.stopSignal}`));
	if (s.exposed?.length) history.push(M(`EXPOSE map[${s.exposed.map((p) => `${p}:{}`).join(' ')}]`));
	history.push(M(`CMD [${s.cmd.map((a) => JSON.stringify(a)).join(' ')}]`));
	const v: CatalogVersion = {
		domain: 'docker.io', path: `library/${s.path}`, tags: s.tags, created: s.created,
		platforms: s.amd64Only ? ['linux/amd64'] : ['linux/amd64', 'linux/arm64'], family: s.family, program: s.cmd[0] ?? '',
		config: { cmd: s.cmd, entrypoint: s.entrypoint ?? null, env, workdir: s.workdir ?? '', exposed: s.exposed ?? [], volumes: s.volumes ?? [], stopSignal: s.stopSignal ?? '', user: s.user ?? '' },
		history, files, dirs: [...(s.dirs ?? []), ...(s.volumes ?? []), ...(s.workdir ? [s.workdir] : [])],
	};
	if (s.version) v.version = s.version;
	return v;
}

const P = (extra: string) => `PATH=${extra}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;
const ENTRY = ['docker-entrypoint.sh'];

export const OFFICIAL: CatalogVersion[] = [
	// ----- variants of repositories catalog.ts describes in full -----
	image({ path: 'redis', tags: ['alpine', '8-alpine', '8.2-alpine', '8.2.3-alpine', 'alpine3.22'], created: '2025-11-03T20:14:41Z', family: 'alpine', base: alpineBase(), version: '8.2.3',
		cmd: ['redis-server'], entrypoint: ENTRY, env: [PATH, 'REDIS_DOWNLOAD_URL=https://github.com/redis/redis/archive/refs/tags/8.2.3.tar.gz'], workdir: '/data', exposed: ['6379/tcp'], volumes: ['/data'],
		layers: [['RUN /bin/sh -c set -eux; 	addgroup -S -g 1000 redis; 	adduser -S -G redis -u 999 redis', 1_178], ['RUN /bin/sh -c set -eux; 	apk add --no-cache 		tzdata 		setpriv', 1_392_108], ['RUN /bin/sh -c set -eux; 		apk add --no-cache --virtual .build-deps 		coreutils 		dpkg-dev dpkg 		gcc', 41_092_700], ['COPY docker-entrypoint.sh /usr/local/bin/', 3_127]],
		bins: ['redis-cli', 'redis-server'] }),
	image({ path: 'postgres', tags: ['alpine', '18-alpine', '18.0-alpine', 'alpine3.22'], created: '2025-10-21T01:10:02Z', family: 'alpine', base: alpineBase(), version: '18.0',
		cmd: ['postgres'], entrypoint: ENTRY, env: [P('/usr/local/bin').replace(':/usr/local/bin:/usr/local/sbin', ':/usr/local/sbin'), 'GOSU_VERSION=1.19', 'LANG=en_US.utf8', 'PG_MAJOR=18', 'PG_VERSION=18.0', 'PGDATA=/var/lib/postgresql/18/docker'], exposed: ['5432/tcp'], volumes: ['/var/lib/postgresql'], stopSignal: 'SIGINT',
		layers: [['RUN /bin/sh -c set -eux; 	addgroup -g 70 -S postgres; 	adduser -u 70 -S -D -G postgres -H -h /var/lib/postgresql -s /bin/sh postgres', 1_146], ['RUN /bin/sh -c set -eux; 		apk add --no-cache --virtual .build-deps 		bison 		coreutils 		dpkg-dev dpkg 		flex 		g++', 259_207_140], ['COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/', 24_143]],
		bins: ['psql', 'pg_dump', 'postgres'] }),
	image({ path: 'python', tags: ['alpine', '3-alpine', '3.14-alpine', '3.14.0-alpine', 'alpine3.22'], created: '2025-11-04T23:50:18Z', family: 'alpine', base: alpineBase(), version: '3.14.0',
		cmd: ['python3'], env: [P('/usr/local/bin'), 'LANG=C.UTF-8', 'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305', 'PYTHON_VERSION=3.14.0'],
		layers: [['RUN /bin/sh -c set -eux; 	apk add --no-cache 		ca-certificates 		tzdata 	;', 1_056_011], ['RUN /bin/sh -c set -eux; 		apk add --no-cache --virtual .build-deps 		gnupg 		tar 		xz 		bluez-dev 		bzip2-dev', 36_905_144], ['RUN /bin/sh -c set -eux; 	for src in idle3 pip3 pydoc3 python3 python3-config; do', 36]],
		bins: ['python3', 'python', 'pip', 'pip3'] }),
	image({ path: 'node', tags: ['slim', '24-slim', 'lts-slim', '24.11-slim', '24.11.1-slim', 'trixie-slim'], created: '2025-11-06T09:35:20Z', family: 'debian', base: debianTrixieSlim(), version: '24.11.1',
		cmd: ['node'], entrypoint: ENTRY, env: [PATH, 'NODE_VERSION=24.11.1', 'YARN_VERSION=1.22.22'],
		layers: [['RUN /bin/sh -c groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node', 4_103], ['RUN /bin/sh -c ARCH= OPENSSL_ARCH= && dpkgArch="$(dpkg --print-architecture)"', 185_402_113], ['RUN /bin/sh -c set -ex   && savedAptMark="$(apt-mark showmanual)"', 5_330_012], ['COPY docker-entrypoint.sh /usr/local/bin/', 388]],
		bins: ['node', 'npm', 'npx', 'yarn'] }),
	image({ path: 'httpd', tags: ['alpine', '2-alpine', '2.4-alpine', '2.4.65-alpine', 'alpine3.22'], created: '2025-11-04T02:15:03Z', family: 'alpine', base: alpineBase(), version: '2.4.65',
		cmd: ['httpd-foreground'], env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.65'], workdir: '/usr/local/apache2', exposed: ['80/tcp'], stopSignal: 'SIGWINCH',
		layers: [['RUN /bin/sh -c set -x 	&& adduser -u 82 -D -S -G www-data www-data', 1_276], ['RUN /bin/sh -c set -eux; 		apk add --no-cache --virtual .build-deps 		apr-dev 		apr-util-dev', 53_221_800], ['COPY httpd-foreground /usr/local/bin/', 138]],
		files: { '/usr/local/apache2/htdocs/index.html': '<html><body><h1>It works!</h1></body></html>\n' } }),
	image({ path: 'nginx', tags: ['stable', '1.28', '1.28.0', 'stable-trixie'], created: '2025-10-08T18:35:11Z', family: 'debian', base: debianTrixie(), version: '1.28.0',
		cmd: ['nginx', '-g', 'daemon off;'], entrypoint: ['/docker-entrypoint.sh'], env: [PATH, 'NGINX_VERSION=1.28.0', 'NJS_VERSION=0.9.1', 'PKG_RELEASE=1~trixie'], exposed: ['80/tcp'], stopSignal: 'SIGQUIT',
		layers: [['RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent', 71_543_022], ['COPY docker-entrypoint.sh /', 1_620], ['COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d', 2_125], ['COPY 20-envsubst-on-templates.sh /docker-entrypoint.d', 3_018], ['COPY 30-tune-worker-processes.sh /docker-entrypoint.d', 4_620]],
		bins: ['/usr/sbin/nginx'], files: { '/usr/share/nginx/html/index.html': '', '/docker-entrypoint.sh': '#!/bin/sh\n' }, dirs: ['/docker-entrypoint.d', '/etc/nginx/conf.d'] }),
	image({ path: 'mysql', tags: ['8.4', '8', 'lts', '8.4.7', '8.4-oraclelinux9', 'lts-oraclelinux9'], created: '2025-10-22T16:51:40Z', family: 'oracle', base: oracle9(), version: '8.4.7',
		cmd: ['mysqld'], entrypoint: ENTRY, env: [PATH, 'GOSU_VERSION=1.19', 'MYSQL_MAJOR=8.4', 'MYSQL_VERSION=8.4.7-1.el9', 'MYSQL_SHELL_VERSION=8.4.7-1.el9'], exposed: ['3306/tcp', '33060/tcp'], volumes: ['/var/lib/mysql'],
		layers: [['RUN /bin/sh -c set -eux; 	groupadd --system --gid 999 mysql; 	useradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql', 1_710], ['RUN /bin/sh -c set -eux; 	arch="$(uname -m)"; 	case "$arch" in', 2_297_015], ['RUN /bin/sh -c set -eux; 	microdnf install -y 		bzip2 		gzip 		openssl 		xz 		zstd 		findutils', 14_102_881], ['RUN /bin/sh -c set -eux; 	microdnf install -y "mysql-community-server-minimal-$MYSQL_VERSION"', 489_554_120], ['RUN /bin/sh -c set -eux; 	microdnf install -y "mysql-shell-$MYSQL_SHELL_VERSION"', 110_232_901], ['COPY docker-entrypoint.sh /usr/local/bin/', 15_936]],
		bins: ['/usr/sbin/mysqld', '/usr/bin/mysql'] }),
	image({ path: 'busybox', tags: ['musl', '1-musl', '1.37-musl', '1.37.0-musl', 'stable-musl'], created: '2024-09-26T21:31:42Z', family: 'busybox', base: [L('BusyBox 1.37.0 (musl)', 1_457_140, { comment: 'bashbrew' })], cmd: ['sh'], layers: [] }),
	image({ path: 'busybox', tags: ['uclibc', '1-uclibc', '1.37-uclibc', '1.37.0-uclibc', 'stable-uclibc', 'stable', 'unstable'], created: '2024-09-26T21:31:42Z', family: 'busybox', base: [L('BusyBox 1.37.0 (uclibc)', 1_215_306, { comment: 'bashbrew' })], cmd: ['sh'], layers: [] }),
	image({ path: 'ubuntu', tags: ['22.04', 'jammy', 'jammy-20251001'], created: '2025-10-01T14:12:30Z', family: 'ubuntu', base: ubuntuJammy().slice(0, -1), cmd: ['/bin/bash'], layers: [] }),
	image({ path: 'ubuntu', tags: ['20.04', 'focal', 'focal-20250404'], created: '2025-04-04T13:08:51Z', family: 'ubuntu', amd64Only: false,
		base: [M('ARG RELEASE'), M('ARG LAUNCHPAD_BUILD_ARCH'), M('LABEL org.opencontainers.image.ref.name=ubuntu'), M('LABEL org.opencontainers.image.version=20.04'), L('ADD file:e5742fb3a6b1ab2f07dde0e5e1d8a4b5bf1c7ccf4ab5de5c6e03f11a3c7a9c0a in / ', 72_812_233, { key: 'ubuntu-focal' })], cmd: ['/bin/bash'], layers: [] }),
	image({ path: 'ubuntu', tags: ['25.10', 'questing', 'rolling', 'questing-20251007'], created: '2025-10-07T11:40:22Z', family: 'ubuntu',
		base: [M('ARG RELEASE'), M('ARG LAUNCHPAD_BUILD_ARCH'), M('LABEL org.opencontainers.image.ref.name=ubuntu'), M('LABEL org.opencontainers.image.version=25.10'), L('ADD file:0b5dd5f30a3e5bce7ba1fb4a2a1a4f7f9af2f0fbd1c1c7e7d0b3d0a4d0fdc6a1 in / ', 85_301_772, { key: 'ubuntu-questing' })], cmd: ['/bin/bash'], layers: [] }),
	image({ path: 'debian', tags: ['trixie-slim', '13-slim', '13.1-slim', 'stable-slim'], created: '2025-11-03T00:00:00Z', family: 'debian', base: debianTrixieSlim(), cmd: ['bash'], layers: [] }),
	image({ path: 'debian', tags: ['bookworm-slim', '12-slim', '12.12-slim', 'oldstable-slim'], created: '2025-11-03T00:00:00Z', family: 'debian', base: [L(`# debian.sh --arch 'amd64' out/ 'bookworm' '@1762128000'`, 74_812_730, { key: 'debian-bookworm-slim', comment: 'debuerreotype 0.16' })], cmd: ['bash'], layers: [] }),
	image({ path: 'debian', tags: ['bullseye', '11', '11.11', 'oldoldstable'], created: '2025-11-03T00:00:00Z', family: 'debian', base: [L(`# debian.sh --arch 'amd64' out/ 'bullseye' '@1762128000'`, 124_117_260, { key: 'debian-bullseye', comment: 'debuerreotype 0.16' })], cmd: ['bash'], layers: [] }),
	image({ path: 'debian', tags: ['stable', 'testing', 'sid', 'unstable', 'forky'], created: '2025-11-03T00:00:00Z', family: 'debian', base: debianTrixie(), cmd: ['bash'], layers: [] }),

	// ----- databases and servers -----
	image({ path: 'mongo', tags: ['latest', '8', '8.2', '8.2.1', 'noble'], created: '2025-10-29T21:05:47Z', family: 'ubuntu', base: ubuntuNoble(), version: '8.2.1',
		cmd: ['mongod'], entrypoint: ENTRY, env: [PATH, 'GOSU_VERSION=1.19', 'JSYAML_VERSION=3.13.1', 'JSYAML_CHECKSUM=662e32319bdd378e91f67578e56a34954b0a2e33aca11d70ab9f4826af24b941', 'MONGO_PACKAGE=mongodb-org', 'MONGO_REPO=repo.mongodb.org', 'MONGO_MAJOR=8.2', 'MONGO_VERSION=8.2.1', 'HOME=/data/db'], exposed: ['27017/tcp'], volumes: ['/data/db', '/data/configdb'],
		layers: [['RUN /bin/sh -c set -eux; 	groupadd --gid 999 --system mongodb; 	useradd --uid 999 --system --gid mongodb --home-dir /data/db mongodb', 3_811], ['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		ca-certificates 		jq 		numactl 		procps', 3_262_115], ['RUN /bin/sh -c set -eux; 		savedAptMark="$(apt-mark showmanual)"; 	apt-get update; 	apt-get install -y --no-install-recommends 		gnupg 		wget', 9_311_203], ['RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d', 0], ['RUN /bin/sh -c set -ex; 	export DEBIAN_FRONTEND=noninteractive; 	apt-get update; 	apt-get install -y 		${MONGO_PACKAGE}=$MONGO_VERSION', 821_446_120], ['COPY docker-entrypoint.sh /usr/local/bin/', 15_182]],
		bins: ['mongod', 'mongosh'], dirs: ['/docker-entrypoint-initdb.d'] }),
	image({ path: 'mariadb', tags: ['latest', '12', '12.0', '12.0.2', 'noble'], created: '2025-11-04T10:22:19Z', family: 'ubuntu', base: ubuntuNoble(), version: '12.0.2',
		cmd: ['mariadbd'], entrypoint: ENTRY, env: [PATH, 'GOSU_VERSION=1.17', 'LANG=C.UTF-8', 'MARIADB_VERSION=1:12.0.2+maria~ubu2404'], exposed: ['3306/tcp'], volumes: ['/var/lib/mysql'],
		layers: [['RUN /bin/sh -c set -eux; 	groupadd --system --gid 999 mysql; 	useradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql', 3_710], ['RUN /bin/sh -c set -eux; 	apt-get update; 	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends 		ca-certificates 		gpg 		gpgv 		libjemalloc2 		pwgen 		tzdata 		xz-utils 		zstd', 22_105_331], ['RUN /bin/sh -c set -e;	echo "deb [signed-by=/etc/apt/keyrings/mariadb.gpg] https://archive.mariadb.org/mariadb-12.0.2/repo/ubuntu/ noble main main/debug" > /etc/apt/sources.list.d/mariadb.list', 421], ['RUN /bin/sh -c set -ex; 	{ 		echo "mariadb-server" mysql-server/root_password password \'unused\'; 	apt-get update; 	apt-get install -y --no-install-recommends mariadb-server="$MARIADB_VERSION" mariadb-backup socat', 233_019_842], ['COPY healthcheck.sh /usr/local/bin/healthcheck.sh', 18_107], ['COPY docker-entrypoint.sh /usr/local/bin/', 27_301]],
		bins: ['mariadbd', 'mariadb', 'mysql', 'healthcheck.sh'], dirs: ['/docker-entrypoint-initdb.d'] }),
	image({ path: 'memcached', tags: ['latest', '1', '1.6', '1.6.39', 'trixie'], created: '2025-11-03T23:14:02Z', family: 'debian', base: debianTrixieSlim(), version: '1.6.39',
		cmd: ['memcached'], entrypoint: ENTRY, env: [PATH, 'MEMCACHED_VERSION=1.6.39', 'MEMCACHED_URL=https://memcached.org/files/memcached-1.6.39.tar.gz'], exposed: ['11211/tcp'], user: 'memcache',
		layers: [['RUN /bin/sh -c groupadd --system --gid 11211 memcache && useradd --system --gid memcache --uid 11211 memcache', 4_119], ['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		libsasl2-modules 	;', 1_021_775], ['RUN /bin/sh -c set -x 		&& savedAptMark="$(apt-mark showmanual)" 	&& apt-get update 	&& apt-get install -y --no-install-recommends 		ca-certificates 		dpkg-dev 		gcc', 1_788_913], ['COPY docker-entrypoint.sh /usr/local/bin/', 196]] }),
	image({ path: 'memcached', tags: ['alpine', '1-alpine', '1.6-alpine', '1.6.39-alpine'], created: '2025-11-03T23:16:40Z', family: 'alpine', base: alpineBase(), version: '1.6.39',
		cmd: ['memcached'], entrypoint: ENTRY, env: [PATH, 'MEMCACHED_VERSION=1.6.39'], exposed: ['11211/tcp'], user: 'memcache',
		layers: [['RUN /bin/sh -c addgroup -g 11211 memcache && adduser -D -u 11211 -G memcache memcache', 1_102], ['RUN /bin/sh -c apk add --no-cache libsasl', 263_811], ['RUN /bin/sh -c set -x 		&& apk add --no-cache --virtual .build-deps 		ca-certificates 		coreutils 		cyrus-sasl-dev', 1_331_018], ['COPY docker-entrypoint.sh /usr/local/bin/', 196]] }),
	image({ path: 'rabbitmq', tags: ['latest', '4', '4.2', '4.2.1', 'noble'], created: '2025-11-04T19:40:10Z', family: 'ubuntu', base: ubuntuNoble(), version: '4.2.1',
		cmd: ['rabbitmq-server'], entrypoint: ENTRY, env: [P('/opt/rabbitmq/sbin:/opt/erlang/bin:/opt/openssl/bin').replace(':/usr/local/sbin:/usr/local/bin', ':/usr/local/sbin:/usr/local/bin'), 'OPENSSL_VERSION=3.3.5', 'OTP_VERSION=27.3.4.3', 'ERLANG_INSTALL_PATH_PREFIX=/opt/erlang', 'RABBITMQ_DATA_DIR=/var/lib/rabbitmq', 'RABBITMQ_VERSION=4.2.1', 'RABBITMQ_PGP_KEY_ID=0x0A9AF2115F4687BD29803A206B73A36E6026DFCA', 'RABBITMQ_HOME=/opt/rabbitmq', 'HOME=/var/lib/rabbitmq', 'LANG=C.UTF-8', 'LANGUAGE=C.UTF-8', 'LC_ALL=C.UTF-8'], exposed: ['15691/tcp', '15692/tcp', '25672/tcp', '4369/tcp', '5671/tcp', '5672/tcp'], volumes: ['/var/lib/rabbitmq'],
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install --yes --no-install-recommends 		ca-certificates 		gosu 		tzdata', 9_411_027], ['RUN /bin/sh -c set -eux; 		OPENSSL_SOURCE_URL="https://github.com/openssl/openssl/releases/download/openssl-$OPENSSL_VERSION/openssl-$OPENSSL_VERSION.tar.gz"', 137_922_101], ['RUN /bin/sh -c set -eux; 	groupadd --gid 999 --system rabbitmq; 	useradd --uid 999 --system --home-dir "$RABBITMQ_DATA_DIR" --gid rabbitmq rabbitmq', 4_412], ['RUN /bin/sh -c set -eux; 		export DEBIAN_FRONTEND=noninteractive; 	apt-get update; 	apt-get install --yes --no-install-recommends 		ca-certificates 		gnupg 		wget 		xz-utils', 41_823_116], ['COPY --chown=rabbitmq:rabbitmq 10-defaults.conf 20-management_agent.disable_metrics_collector.conf /etc/rabbitmq/conf.d/', 210], ['COPY docker-entrypoint.sh /usr/local/bin/', 15_021]],
		bins: ['rabbitmq-server', 'rabbitmqctl', 'rabbitmq-plugins'] }),
	image({ path: 'rabbitmq', tags: ['management', '4-management', '4.2-management', '4.2.1-management'], created: '2025-11-04T19:44:31Z', family: 'ubuntu', base: ubuntuNoble(), version: '4.2.1',
		cmd: ['rabbitmq-server'], entrypoint: ENTRY, env: [P('/opt/rabbitmq/sbin:/opt/erlang/bin:/opt/openssl/bin'), 'RABBITMQ_VERSION=4.2.1', 'RABBITMQ_HOME=/opt/rabbitmq', 'HOME=/var/lib/rabbitmq', 'LANG=C.UTF-8'], exposed: ['15671/tcp', '15672/tcp', '15691/tcp', '15692/tcp', '25672/tcp', '4369/tcp', '5671/tcp', '5672/tcp'], volumes: ['/var/lib/rabbitmq'],
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install --yes --no-install-recommends 		ca-certificates 		gosu 		tzdata', 9_411_027], ['RUN /bin/sh -c set -eux; 		OPENSSL_SOURCE_URL="https://github.com/openssl/openssl/releases/download/openssl-$OPENSSL_VERSION/openssl-$OPENSSL_VERSION.tar.gz"', 137_922_101], ['RUN /bin/sh -c set -eux; 		export DEBIAN_FRONTEND=noninteractive; 	apt-get update; 	apt-get install --yes --no-install-recommends 		ca-certificates 		gnupg 		wget 		xz-utils', 41_823_116], ['RUN /bin/sh -c set eux; 	rabbitmq-plugins enable --offline rabbitmq_management;', 12_644_900], ['COPY docker-entrypoint.sh /usr/local/bin/', 15_021]],
		bins: ['rabbitmq-server', 'rabbitmqctl', 'rabbitmq-plugins'] }),
	image({ path: 'elasticsearch', tags: ['9.2.1'], created: '2025-11-06T15:20:44Z', family: 'ubuntu', base: ubuntuNoble(), version: '9.2.1',
		cmd: ['eswrapper'], entrypoint: ['/bin/tini', '--', '/usr/local/bin/docker-entrypoint.sh'], env: ['PATH=/usr/share/elasticsearch/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'ELASTIC_CONTAINER=true'], workdir: '/usr/share/elasticsearch', exposed: ['9200/tcp', '9300/tcp'], user: '1000:0',
		layers: [['RUN /bin/sh -c for iter in {1..10}; do       export DEBIAN_FRONTEND=noninteractive &&       apt-get update', 44_902_310], ['RUN /bin/sh -c groupadd -g 1000 elasticsearch &&     adduser --uid 1000 --gid 1000 --home /usr/share/elasticsearch elasticsearch', 4_130], ['COPY --chown=0:0 /usr/share/elasticsearch /usr/share/elasticsearch', 1_302_117_400], ['COPY --chmod=0555 bin/docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh', 4_990]],
		bins: ['/bin/tini', 'eswrapper', 'elasticsearch'] }),
	image({ path: 'elasticsearch', tags: ['8.19.7'], created: '2025-11-06T15:18:02Z', family: 'ubuntu', base: ubuntuJammy(), version: '8.19.7',
		cmd: ['eswrapper'], entrypoint: ['/bin/tini', '--', '/usr/local/bin/docker-entrypoint.sh'], env: ['PATH=/usr/share/elasticsearch/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'ELASTIC_CONTAINER=true'], workdir: '/usr/share/elasticsearch', exposed: ['9200/tcp', '9300/tcp'], user: '1000:0',
		layers: [['RUN /bin/sh -c for iter in {1..10}; do       export DEBIAN_FRONTEND=noninteractive &&       apt-get update', 41_117_004], ['COPY --chown=0:0 /usr/share/elasticsearch /usr/share/elasticsearch', 1_211_500_311], ['COPY --chmod=0555 bin/docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh', 4_990]],
		bins: ['/bin/tini', 'eswrapper', 'elasticsearch'] }),
	image({ path: 'traefik', tags: ['latest', 'v3', 'v3.6', 'v3.6.2', '3', '3.6', '3.6.2', 'ramequin'], created: '2025-11-10T10:02:11Z', family: 'alpine', base: alpineBase(), version: '3.6.2',
		cmd: ['traefik'], entrypoint: ['/entrypoint.sh'], exposed: ['80/tcp'],
		layers: [['RUN /bin/sh -c apk --no-cache add ca-certificates tzdata', 1_028_344], ['RUN /bin/sh -c set -ex; 	apkArch="$(apk --print-arch)"; 	case "$apkArch" in 		armhf) arch=\'armv6\' ;;', 182_601_477], ['COPY entrypoint.sh /', 277]],
		bins: ['traefik'] }),
	image({ path: 'traefik', tags: ['v2', 'v2.11', 'v2.11.31', '2', '2.11', '2.11.31', 'mimolette'], created: '2025-11-10T10:00:40Z', family: 'alpine', base: alpineBase(), version: '2.11.31',
		cmd: ['traefik'], entrypoint: ['/entrypoint.sh'], exposed: ['80/tcp'],
		layers: [['RUN /bin/sh -c apk --no-cache add ca-certificates tzdata', 1_028_344], ['RUN /bin/sh -c set -ex; 	apkArch="$(apk --print-arch)";', 166_200_112], ['COPY entrypoint.sh /', 277]],
		bins: ['traefik'] }),
	image({ path: 'registry', tags: ['latest', '3', '3.0', '3.0.0'], created: '2025-04-03T17:42:10Z', family: 'alpine', base: alpineBase(), version: '3.0.0',
		cmd: ['/etc/distribution/config.yml'], entrypoint: ['/entrypoint.sh'], env: [PATH, 'OTEL_TRACES_EXPORTER=none'], exposed: ['5000/tcp'], volumes: ['/var/lib/registry'],
		layers: [['RUN /bin/sh -c set -eux; 	apk add --no-cache ca-certificates', 680_611], ['RUN /bin/sh -c set -eux; 	version=\'3.0.0\'; 	apkArch="$(apk --print-arch)";', 20_507_100], ['COPY ./config-example.yml /etc/distribution/config.yml', 295], ['COPY docker-entrypoint.sh /entrypoint.sh', 155]],
		bins: ['registry'] }),
	image({ path: 'registry', tags: ['2', '2.8', '2.8.3'], created: '2023-10-02T18:52:01Z', family: 'alpine', base: alpineBase(), version: '2.8.3',
		cmd: ['/etc/docker/registry/config.yml'], entrypoint: ['/entrypoint.sh'], exposed: ['5000/tcp'], volumes: ['/var/lib/registry'],
		layers: [['RUN /bin/sh -c set -eux; 	apk add --no-cache ca-certificates', 680_611], ['RUN /bin/sh -c set -eux; 	version=\'2.8.3\';', 15_980_022], ['COPY ./config-example.yml /etc/docker/registry/config.yml', 295], ['COPY docker-entrypoint.sh /entrypoint.sh', 155]],
		bins: ['registry'] }),
	image({ path: 'haproxy', tags: ['latest', '3', '3.2', '3.2.8', 'lts', 'trixie'], created: '2025-11-05T20:11:33Z', family: 'debian', base: debianTrixieSlim(), version: '3.2.8',
		cmd: ['haproxy', '-f', '/usr/local/etc/haproxy/haproxy.cfg'], entrypoint: ENTRY, env: [PATH, 'HAPROXY_VERSION=3.2.8'], workdir: '/var/lib/haproxy', user: 'haproxy', stopSignal: 'SIGUSR1',
		layers: [['RUN /bin/sh -c set -eux; 	groupadd --gid 99 --system haproxy;', 4_108], ['RUN /bin/sh -c set -eux; 		savedAptMark="$(apt-mark showmanual)"; 	apt-get update && apt-get install -y --no-install-recommends 		gcc 		libc6-dev', 22_304_101], ['COPY docker-entrypoint.sh /usr/local/bin/', 388]] }),
	image({ path: 'caddy', tags: ['latest', '2', '2.10', '2.10.2', 'alpine'], created: '2025-09-15T20:44:12Z', family: 'alpine', base: alpineBase(), version: '2.10.2',
		cmd: ['caddy', 'run', '--config', '/etc/caddy/Caddyfile', '--adapter', 'caddyfile'], env: [PATH, 'CADDY_VERSION=v2.10.2', 'XDG_CONFIG_HOME=/config', 'XDG_DATA_HOME=/data'], workdir: '/srv', exposed: ['80/tcp', '443/tcp', '443/udp', '2019/tcp'], volumes: ['/config', '/data'],
		layers: [['RUN /bin/sh -c apk add --no-cache 	ca-certificates 	libcap 	mailcap', 1_311_210], ['RUN /bin/sh -c set -eux; 	mkdir -p 		/config/caddy 		/data/caddy 		/etc/caddy 		/usr/share/caddy', 12_900], ['RUN /bin/sh -c set -eux; 	apkArch="$(apk --print-arch)";', 42_011_203]],
		files: { '/usr/share/caddy/index.html': '<!DOCTYPE html>\n<html>\n<head>\n<title>Caddy works!</title>\n</head>\n</html>\n', '/etc/caddy/Caddyfile': ':80 {\n\troot * /usr/share/caddy\n\tfile_server\n}\n' } }),
	image({ path: 'tomcat', tags: ['latest', '11', '11.0', '11.0.14', 'jdk21', '11-jdk21', 'jdk21-temurin-noble'], created: '2025-11-06T02:31:50Z', family: 'ubuntu', base: ubuntuNoble(), version: '11.0.14',
		cmd: ['catalina.sh', 'run'], env: ['PATH=/usr/local/tomcat/bin:/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'JAVA_HOME=/opt/java/openjdk', 'JAVA_VERSION=jdk-21.0.9+10', 'CATALINA_HOME=/usr/local/tomcat', 'TOMCAT_MAJOR=11', 'TOMCAT_VERSION=11.0.14'], workdir: '/usr/local/tomcat', exposed: ['8080/tcp'],
		layers: [['RUN /bin/sh -c set -eux;     apt-get update;     DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends         curl         wget         fontconfig         ca-certificates p11-kit         tzdata         locales', 21_603_110], ['RUN /bin/sh -c set -eux;     ARCH="$(dpkg --print-architecture)";     case "${ARCH}" in        amd64)          ESUM=', 322_041_006], ['COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh', 5_311], ['COPY /usr/local/tomcat /usr/local/tomcat', 21_410_022]],
		bins: ['catalina.sh', 'java'] }),
	image({ path: 'wordpress', tags: ['latest', '6', '6.8', '6.8.3', 'php8.3', 'apache', 'php8.3-apache', '6.8.3-php8.3-apache'], created: '2025-11-04T18:12:40Z', family: 'debian', base: debianTrixie(), version: '6.8.3',
		cmd: ['apache2-foreground'], entrypoint: ENTRY, env: [PATH, 'PHPIZE_DEPS=autoconf 		dpkg-dev 		file 		g++ 		gcc 		libc-dev 		make 		pkg-config 		re2c', 'PHP_INI_DIR=/usr/local/etc/php', 'APACHE_CONFDIR=/etc/apache2', 'PHP_VERSION=8.3.27'], workdir: '/var/www/html', exposed: ['80/tcp'], volumes: ['/var/www/html'], stopSignal: 'SIGWINCH',
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		$PHPIZE_DEPS 		ca-certificates 		curl 		xz-utils', 283_101_922], ['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends apache2;', 31_270_114], ['RUN /bin/sh -c set -eux; 		savedAptMark="$(apt-mark showmanual)";', 108_330_772], ['RUN /bin/sh -c set -eux; 	version=\'6.8.3\'; 		curl -o wordpress.tar.gz -fL "https://wordpress.org/wordpress-$version.tar.gz"', 79_101_003], ['COPY --chown=www-data:www-data wp-config-docker.php /usr/src/wordpress/', 5_301], ['COPY docker-entrypoint.sh /usr/local/bin/', 9_017]],
		bins: ['apache2-foreground', 'php'] }),
	image({ path: 'influxdb', tags: ['latest', '2', '2.7', '2.7.12'], created: '2025-10-15T17:31:20Z', family: 'debian', base: debianBookworm(), version: '2.7.12',
		cmd: ['influxd'], entrypoint: ['/entrypoint.sh'], env: [PATH, 'INFLUXDB_VERSION=2.7.12', 'INFLUX_CLI_VERSION=2.7.5', 'INFLUX_CONFIGS_PATH=/etc/influxdb2/influx-configs', 'INFLUXD_INIT_PORT=9999', 'INFLUXD_INIT_PING_ATTEMPTS=600', 'DOCKER_INFLUXDB_INIT_CLI_CONFIG_NAME=default'], exposed: ['8086/tcp'], volumes: ['/var/lib/influxdb2', '/etc/influxdb2'],
		layers: [['RUN /bin/sh -c apt-get update &&     DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends       ca-certificates       curl       gnupg', 22_311_003], ['RUN /bin/sh -c set -eux &&     ARCH="$(dpkg --print-architecture)" &&     curl -fLO "https://dl.influxdata.com/influxdb/releases/influxdb2-${INFLUXDB_VERSION}_linux_${ARCH}.tar.gz"', 148_712_441], ['COPY default-config.yml /etc/defaults/influxdb2/config.yml', 152], ['COPY entrypoint.sh /entrypoint.sh', 15_991]],
		bins: ['influxd', 'influx'] }),
	image({ path: 'cassandra', tags: ['latest', '5', '5.0', '5.0.6', 'jammy'], created: '2025-10-30T03:12:11Z', family: 'ubuntu', base: ubuntuJammy(), version: '5.0.6',
		cmd: ['cassandra', '-f'], entrypoint: ENTRY, env: ['PATH=/opt/cassandra/bin:/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'JAVA_HOME=/opt/java/openjdk', 'CASSANDRA_HOME=/opt/cassandra', 'CASSANDRA_CONF=/etc/cassandra', 'CASSANDRA_VERSION=5.0.6'], exposed: ['7000/tcp', '7001/tcp', '7199/tcp', '9042/tcp', '9160/tcp'], volumes: ['/var/lib/cassandra'],
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		libjemalloc2 		procps 		python3 		iproute2 		numactl', 60_211_003], ['COPY /opt/java/openjdk /opt/java/openjdk', 151_200_711], ['RUN /bin/sh -c set -eux; 		savedAptMark="$(apt-mark showmanual)";', 81_300_115], ['COPY docker-entrypoint.sh /usr/local/bin/', 3_114]],
		bins: ['cassandra', 'cqlsh'] }),
	image({ path: 'neo4j', tags: ['latest', '2025', '2025.10', '2025.10.1', 'community'], created: '2025-11-04T12:30:01Z', family: 'debian', base: debianBookworm(), version: '2025.10.1',
		cmd: ['neo4j'], entrypoint: ['tini', '-g', '--', '/startup/docker-entrypoint.sh'], env: ['PATH=/var/lib/neo4j/bin:/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'JAVA_HOME=/opt/java/openjdk', 'NEO4J_HOME=/var/lib/neo4j', 'NEO4J_EDITION=community'], workdir: '/var/lib/neo4j', exposed: ['7473/tcp', '7474/tcp', '7687/tcp'], volumes: ['/data', '/logs'],
		layers: [['COPY /opt/java/openjdk /opt/java/openjdk', 145_013_220], ['RUN /bin/sh -c apt update     && apt-get install -y curl gcc git jq make procps tini wget', 62_001_488], ['RUN /bin/sh -c set -eux;     curl --fail --silent --show-error --location --remote-name ${NEO4J_URI}', 153_877_011], ['COPY ./local-package/* /startup/', 44_018]],
		bins: ['tini', 'neo4j', 'cypher-shell'], binDir: '/usr/bin' }),
	image({ path: 'couchdb', tags: ['latest', '3', '3.5', '3.5.1'], created: '2025-10-22T20:11:40Z', family: 'debian', base: debianBookworm().map((e) => ({ ...e })), version: '3.5.1',
		cmd: ['/opt/couchdb/bin/couchdb'], entrypoint: ['tini', '--', '/docker-entrypoint.sh'], env: [PATH, 'COUCHDB_VERSION=3.5.1'], workdir: '/opt/couchdb', exposed: ['4369/tcp', '5984/tcp', '9100/tcp'], volumes: ['/opt/couchdb/data'],
		layers: [['RUN /bin/sh -c set -xe;     apt-get update;     apt-get install -y --no-install-recommends         apt-transport-https         ca-certificates         dirmngr         gnupg', 11_640_211], ['RUN /bin/sh -c . /etc/os-release;     echo "deb [signed-by=/usr/share/keyrings/couchdb-archive-keyring.gpg] https://apache.jfrog.io/artifactory/couchdb-deb/ ${VERSION_CODENAME} main"', 93_211_807], ['COPY --chown=couchdb:couchdb docker-entrypoint.sh /usr/local/bin', 5_019]],
		bins: ['tini', '/opt/couchdb/bin/couchdb', '/docker-entrypoint.sh'], binDir: '/usr/bin' }),
	image({ path: 'zookeeper', tags: ['latest', '3.9', '3.9.4', '3.9.4-jre-17'], created: '2025-10-28T09:14:50Z', family: 'ubuntu', base: ubuntuNoble(), version: '3.9.4',
		cmd: ['zkServer.sh', 'start-foreground'], entrypoint: ['/docker-entrypoint.sh'], env: ['PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/apache-zookeeper-3.9.4-bin/bin', 'JAVA_HOME=/opt/java/openjdk', 'ZOO_CONF_DIR=/conf', 'ZOO_DATA_DIR=/data', 'ZOO_DATA_LOG_DIR=/datalog', 'ZOO_LOG_DIR=/logs'], workdir: '/apache-zookeeper-3.9.4-bin', exposed: ['2181/tcp', '2888/tcp', '3888/tcp', '8080/tcp'], volumes: ['/data', '/datalog', '/logs'],
		layers: [['COPY /opt/java/openjdk /opt/java/openjdk', 140_812_090], ['RUN /bin/sh -c set -eux;     apt-get update;     DEBIAN_FRONTEND=noninteractive     apt-get install -y --no-install-recommends         ca-certificates         dirmngr         gosu         gnupg         netcat-openbsd         wget', 18_301_288], ['RUN /bin/sh -c set -eux;     ddist() {         local f="$1"; shift;', 22_411_092], ['COPY docker-entrypoint.sh /', 1_380]],
		bins: ['zkServer.sh', 'zkCli.sh', '/docker-entrypoint.sh'] }),
	image({ path: 'sonarqube', tags: ['latest', 'community', '25.11.0.114957-community', 'lts', 'lts-community', '2025.1-community'], created: '2025-11-04T14:02:11Z', family: 'ubuntu', base: ubuntuNoble(), version: '25.11.0.114957',
		cmd: ['/opt/sonarqube/docker/entrypoint.sh'], env: ['PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'JAVA_HOME=/opt/java/openjdk', 'SONARQUBE_HOME=/opt/sonarqube', 'SONAR_VERSION=25.11.0.114957'], workdir: '/opt/sonarqube', exposed: ['9000/tcp'], volumes: ['/opt/sonarqube/data', '/opt/sonarqube/extensions', '/opt/sonarqube/logs'], user: 'sonarqube',
		layers: [['RUN /bin/sh -c set -eux;     apt-get update;     apt-get install -y gnupg unzip curl bash fonts-dejavu', 41_221_830], ['COPY /opt/java/openjdk /opt/java/openjdk', 148_211_099], ['RUN /bin/sh -c set -eux;     groupadd --system --gid 1000 sonarqube;     useradd --system --uid 1000 --gid sonarqube sonarqube;', 651_204_332]],
		amd64Only: false }),
	image({ path: 'nextcloud', tags: ['latest', '32', '32.0', '32.0.1', 'apache', 'stable', 'production'], created: '2025-11-04T20:15:07Z', family: 'debian', base: debianTrixie(), version: '32.0.1',
		cmd: ['apache2-foreground'], entrypoint: ['/entrypoint.sh'], env: [PATH, 'PHP_INI_DIR=/usr/local/etc/php', 'PHP_VERSION=8.3.27', 'NEXTCLOUD_VERSION=32.0.1'], workdir: '/var/www/html', exposed: ['80/tcp'], volumes: ['/var/www/html'], stopSignal: 'SIGWINCH',
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		$PHPIZE_DEPS 		ca-certificates 		curl 		xz-utils', 283_101_922], ['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends apache2;', 31_270_114], ['RUN /bin/sh -c set -ex;     fetchDeps="         gnupg         dirmngr     ";', 412_777_120], ['COPY *.sh upgrade.exclude /', 11_203]],
		bins: ['apache2-foreground', 'php'] }),
	image({ path: 'ghost', tags: ['latest', '6', '6.8', '6.8.0', 'bookworm'], created: '2025-11-11T16:22:04Z', family: 'debian', base: debianBookworm(), version: '6.8.0',
		cmd: ['node', 'current/index.js'], entrypoint: ENTRY, env: [PATH, 'NODE_VERSION=22.21.1', 'GOSU_VERSION=1.17', 'NODE_ENV=production', 'GHOST_CLI_VERSION=1.28.3', 'GHOST_INSTALL=/var/lib/ghost', 'GHOST_CONTENT=/var/lib/ghost/content', 'GHOST_VERSION=6.8.0'], workdir: '/var/lib/ghost', exposed: ['2368/tcp'], volumes: ['/var/lib/ghost/content'],
		layers: [['RUN /bin/sh -c groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node', 4_103], ['RUN /bin/sh -c ARCH= OPENSSL_ARCH= && dpkgArch="$(dpkg --print-architecture)"', 176_022_819], ['RUN /bin/sh -c set -eux; 	npm install -g "ghost-cli@$GHOST_CLI_VERSION"; 	npm cache clean --force', 78_211_440], ['RUN /bin/sh -c set -eux; 	mkdir -p "$GHOST_INSTALL"; 	chown node:node "$GHOST_INSTALL";', 319_622_117], ['COPY docker-entrypoint.sh /usr/local/bin', 1_311]],
		bins: ['node', 'npm', 'ghost'] }),
	image({ path: 'drupal', tags: ['latest', '11', '11.2', '11.2.7', 'apache'], created: '2025-11-05T22:10:33Z', family: 'debian', base: debianTrixie(), version: '11.2.7',
		cmd: ['apache2-foreground'], entrypoint: ['docker-php-entrypoint'], env: [PATH, 'PHP_INI_DIR=/usr/local/etc/php', 'PHP_VERSION=8.4.14', 'DRUPAL_VERSION=11.2.7'], workdir: '/opt/drupal', exposed: ['80/tcp'], stopSignal: 'SIGWINCH',
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		$PHPIZE_DEPS 		ca-certificates 		curl 		xz-utils', 283_101_922], ['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends apache2;', 31_270_114], ['RUN /bin/sh -c set -eux; 	export COMPOSER_HOME="$(mktemp -d)"; 	composer create-project --no-interaction "drupal/recommended-project:$DRUPAL_VERSION" ./', 98_800_312]],
		bins: ['apache2-foreground', 'php', 'docker-php-entrypoint'] }),
	image({ path: 'adminer', tags: ['latest', '5', '5.4', '5.4.1', 'standalone'], created: '2025-10-10T11:04:20Z', family: 'alpine', base: alpineBase(), version: '5.4.1',
		cmd: ['php', '-S', '[::]:8080', '-t', '/var/www/html'], entrypoint: ['entrypoint.sh', 'docker-php-entrypoint'], env: [PATH, 'PHP_VERSION=8.4.14', 'ADMINER_VERSION=5.4.1'], workdir: '/var/www/html', exposed: ['8080/tcp'], user: 'adminer',
		layers: [['RUN /bin/sh -c apk add --no-cache 		ca-certificates 		curl 		openssl 		tar 		xz', 7_221_900], ['RUN /bin/sh -c set -eux; 		apk add --no-cache --virtual .build-deps 		$PHPIZE_DEPS', 105_103_007], ['COPY *.php /var/www/html/', 2_118]],
		bins: ['php', 'entrypoint.sh', 'docker-php-entrypoint'] }),
	image({ path: 'eclipse-mosquitto', tags: ['latest', '2', '2.0', '2.0.22', 'openssl'], created: '2025-07-11T09:20:30Z', family: 'alpine', base: alpineBase(), version: '2.0.22',
		cmd: ['/usr/sbin/mosquitto', '-c', '/mosquitto/config/mosquitto.conf'], entrypoint: ['/docker-entrypoint.sh'], env: [PATH, 'VERSION=2.0.22'], exposed: ['1883/tcp'], volumes: ['/mosquitto/data', '/mosquitto/log'],
		layers: [['RUN /bin/sh -c set -x &&     apk --no-cache add --virtual build-deps         build-base         cmake         cjson-dev', 3_112_004], ['COPY docker-entrypoint.sh mosquitto-no-auth.conf /', 465]],
		bins: ['/usr/sbin/mosquitto', '/docker-entrypoint.sh', 'mosquitto_pub', 'mosquitto_sub'] }),
	image({ path: 'mongo-express', tags: ['latest', '1', '1.0', '1.0.2', '1.0.2-20-alpine3.19'], created: '2024-06-20T21:02:40Z', family: 'alpine', base: alpineBase(), version: '1.0.2',
		cmd: ['mongo-express'], entrypoint: ['/sbin/tini', '--', '/docker-entrypoint.sh'], env: [PATH, 'NODE_VERSION=20.15.0', 'ME_CONFIG_MONGODB_URL=mongodb://mongo:27017', 'ME_CONFIG_MONGODB_ENABLE_ADMIN=true', 'VCAP_APP_HOST=0.0.0.0', 'MONGO_EXPRESS=1.0.2'], workdir: '/opt/mongo-express', exposed: ['8081/tcp'],
		layers: [['RUN /bin/sh -c addgroup -g 1000 node     && adduser -u 1000 -G node -s /bin/sh -D node', 136_204_117], ['RUN /bin/sh -c apk add --no-cache bash tini', 4_011_202], ['RUN /bin/sh -c set -eux; 	apk add --no-cache --virtual .me-fetch-deps git; 	git clone --branch "$MONGO_EXPRESS" https://github.com/mongo-express/mongo-express.git', 89_772_311]],
		bins: ['/sbin/tini', '/docker-entrypoint.sh', 'node', 'mongo-express'] }),
	image({ path: 'telegraf', tags: ['latest', '1', '1.36', '1.36.3'], created: '2025-11-03T18:20:21Z', family: 'debian', base: debianBookworm(), version: '1.36.3',
		cmd: ['telegraf'], entrypoint: ['/entrypoint.sh'], env: [PATH, 'TELEGRAF_VERSION=1.36.3'], exposed: ['8092/udp', '8094/tcp', '8125/udp'],
		layers: [['RUN /bin/sh -c apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends iputils-ping snmp procps lm-sensors libcap2-bin', 23_001_229], ['RUN /bin/sh -c ARCH= &&     case "$(dpkg --print-architecture)" in', 243_100_044], ['COPY entrypoint.sh /entrypoint.sh', 452]],
		bins: ['telegraf'] }),
	image({ path: 'kong', tags: ['latest', '3', '3.9', '3.9.1', 'ubuntu'], created: '2025-07-10T08:11:20Z', family: 'ubuntu', base: ubuntuNoble(), version: '3.9.1',
		cmd: ['kong', 'docker-start'], entrypoint: ['/docker-entrypoint.sh'], env: [PATH, 'KONG_VERSION=3.9.1'], exposed: ['8000/tcp', '8001/tcp', '8002/tcp', '8443/tcp', '8444/tcp'], user: 'kong', stopSignal: 'SIGQUIT',
		layers: [['RUN /bin/sh -c set -ex;     apt-get update;     apt-get install -y curl', 12_301_007], ['RUN /bin/sh -c set -ex;     arch=$(dpkg --print-architecture);', 212_007_300], ['COPY docker-entrypoint.sh /docker-entrypoint.sh', 2_007]],
		bins: ['kong', '/docker-entrypoint.sh'] }),

	// ----- languages and toolchains -----
	image({ path: 'golang', tags: ['latest', '1', '1.25', '1.25.4', 'trixie', '1.25-trixie', '1.25.4-trixie'], created: '2025-11-05T19:22:41Z', family: 'debian', base: [...debianTrixie(), M('CMD ["bash"]')], version: '1.25.4',
		cmd: ['bash'], env: [P('/go/bin:/usr/local/go/bin').replace(/^PATH=/, 'PATH=').replace(':/usr/local/sbin', ':/usr/local/sbin'), 'GOLANG_VERSION=1.25.4', 'GOTOOLCHAIN=local', 'GOPATH=/go'], workdir: '/go',
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		ca-certificates 		curl 		gnupg 		netbase 		sq 		wget', 64_382_118], ['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		git 		mercurial 		openssh-client 		subversion 		procps', 199_824_331], ['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		g++ 		gcc 		libc6-dev 		make 		pkg-config', 231_800_441], ['COPY /target/ /', 234_912_006], ['RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"', 0]],
		bins: ['/usr/local/go/bin/go', '/usr/local/go/bin/gofmt', '/usr/bin/git', '/usr/bin/curl', '/usr/bin/gcc', '/usr/bin/make'] }),
	image({ path: 'golang', tags: ['alpine', '1-alpine', '1.25-alpine', '1.25.4-alpine', 'alpine3.22', '1.25-alpine3.22'], created: '2025-11-05T19:25:02Z', family: 'alpine', base: alpineBase(), version: '1.25.4',
		cmd: ['/bin/sh'], env: ['PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOLANG_VERSION=1.25.4', 'GOTOOLCHAIN=local', 'GOPATH=/go'], workdir: '/go',
		layers: [['RUN /bin/sh -c apk add --no-cache ca-certificates', 1_101_300], ['COPY /target/ /', 234_912_006], ['RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"', 0]],
		bins: ['/usr/local/go/bin/go', '/usr/local/go/bin/gofmt'] }),
	image({ path: 'rust', tags: ['latest', '1', '1.91', '1.91.1', 'trixie'], created: '2025-11-10T21:10:30Z', family: 'debian', base: [...debianTrixie(), M('CMD ["bash"]')], version: '1.91.1',
		cmd: ['bash'], env: ['RUSTUP_HOME=/usr/local/rustup', 'CARGO_HOME=/usr/local/cargo', 'PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'RUST_VERSION=1.91.1'],
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		ca-certificates 		curl 		gnupg 		netbase 		sq 		wget', 64_382_118], ['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		git 		mercurial 		openssh-client 		subversion 		procps', 199_824_331], ['RUN /bin/sh -c set -ex; 	apt-get update; 	apt-get install -y --no-install-recommends 		autoconf 		automake 		bzip2', 563_001_470], ['RUN /bin/sh -c set -eux;     dpkgArch="$(dpkg --print-architecture)";     case "${dpkgArch##*-}" in         amd64) rustArch=\'x86_64-unknown-linux-gnu\';', 669_304_211]],
		bins: ['/usr/local/cargo/bin/cargo', '/usr/local/cargo/bin/rustc', '/usr/local/cargo/bin/rustup', '/usr/bin/git', '/usr/bin/gcc', '/usr/bin/curl'] }),
	image({ path: 'rust', tags: ['slim', '1-slim', '1.91-slim', '1.91.1-slim', 'slim-trixie'], created: '2025-11-10T21:12:40Z', family: 'debian', base: [...debianTrixieSlim(), M('CMD ["bash"]')], version: '1.91.1',
		cmd: ['bash'], env: ['RUSTUP_HOME=/usr/local/rustup', 'CARGO_HOME=/usr/local/cargo', 'PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'RUST_VERSION=1.91.1'],
		layers: [['RUN /bin/sh -c set -eux;     apt-get update;     apt-get install -y --no-install-recommends         ca-certificates         gcc         libc6-dev         wget         ;', 683_900_412]],
		bins: ['/usr/local/cargo/bin/cargo', '/usr/local/cargo/bin/rustc', '/usr/local/cargo/bin/rustup'] }),
	image({ path: 'rust', tags: ['alpine', '1-alpine', '1.91-alpine', '1.91.1-alpine', 'alpine3.22'], created: '2025-11-10T21:14:02Z', family: 'alpine', base: alpineBase(), version: '1.91.1',
		cmd: ['/bin/sh'], env: ['RUSTUP_HOME=/usr/local/rustup', 'CARGO_HOME=/usr/local/cargo', 'PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'RUST_VERSION=1.91.1'],
		layers: [['RUN /bin/sh -c apk add --no-cache         ca-certificates         gcc', 116_022_800], ['RUN /bin/sh -c set -eux;     apkArch="$(apk --print-arch)";', 700_201_115]],
		bins: ['/usr/local/cargo/bin/cargo', '/usr/local/cargo/bin/rustc', '/usr/local/cargo/bin/rustup'] }),
	image({ path: 'eclipse-temurin', tags: ['latest', '25', '25-jdk', '25.0.1_8-jdk', '25-jdk-noble', 'noble'], created: '2025-10-23T11:02:31Z', family: 'ubuntu', base: ubuntuNoble(), version: '25.0.1',
		cmd: ['jshell'], entrypoint: ['/__cacert_entrypoint.sh'], env: ['JAVA_HOME=/opt/java/openjdk', 'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=en_US.UTF-8', 'LANGUAGE=en_US:en', 'LC_ALL=en_US.UTF-8', 'JAVA_VERSION=jdk-25.0.1+8'],
		layers: [['RUN /bin/sh -c set -eux;     apt-get update;     DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends         curl         wget         fontconfig         ca-certificates p11-kit         tzdata         locales', 21_603_110], ['RUN /bin/sh -c set -eux;     ARCH="$(dpkg --print-architecture)";     case "${ARCH}" in        amd64)          ESUM=', 341_300_119], ['RUN /bin/sh -c set -eux;     echo "Verifying install ...";     fileEncoding="$(echo \'System.out.println(System.getProperty("file.encoding"))\' | jshell -s -)";', 0], ['COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh', 5_311]],
		bins: ['/opt/java/openjdk/bin/java', '/opt/java/openjdk/bin/javac', '/opt/java/openjdk/bin/jshell', '/__cacert_entrypoint.sh'] }),
	image({ path: 'eclipse-temurin', tags: ['21', '21-jdk', '21.0.9_10-jdk', '21-jdk-noble', '21-noble'], created: '2025-10-23T11:05:11Z', family: 'ubuntu', base: ubuntuNoble(), version: '21.0.9',
		cmd: ['jshell'], entrypoint: ['/__cacert_entrypoint.sh'], env: ['JAVA_HOME=/opt/java/openjdk', 'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=en_US.UTF-8', 'JAVA_VERSION=jdk-21.0.9+10'],
		layers: [['RUN /bin/sh -c set -eux;     apt-get update;     DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends         curl         wget         fontconfig         ca-certificates p11-kit         tzdata         locales', 21_603_110], ['RUN /bin/sh -c set -eux;     ARCH="$(dpkg --print-architecture)";     case "${ARCH}" in        amd64)          ESUM=', 322_041_006], ['COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh', 5_311]],
		bins: ['/opt/java/openjdk/bin/java', '/opt/java/openjdk/bin/javac', '/opt/java/openjdk/bin/jshell', '/__cacert_entrypoint.sh'] }),
	image({ path: 'eclipse-temurin', tags: ['21-jre', '21.0.9_10-jre', '21-jre-noble'], created: '2025-10-23T11:06:40Z', family: 'ubuntu', base: ubuntuNoble(), version: '21.0.9',
		cmd: ['/bin/bash'], entrypoint: ['/__cacert_entrypoint.sh'], env: ['JAVA_HOME=/opt/java/openjdk', 'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=en_US.UTF-8', 'JAVA_VERSION=jdk-21.0.9+10'],
		layers: [['RUN /bin/sh -c set -eux;     apt-get update;     DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends         curl         wget         fontconfig         ca-certificates p11-kit         tzdata         locales', 21_603_110], ['RUN /bin/sh -c set -eux;     ARCH="$(dpkg --print-architecture)";', 159_812_004], ['COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh', 5_311]],
		bins: ['/opt/java/openjdk/bin/java', '/__cacert_entrypoint.sh'] }),
	image({ path: 'eclipse-temurin', tags: ['21-jdk-alpine', '21-alpine', '21.0.9_10-jdk-alpine'], created: '2025-10-23T11:08:12Z', family: 'alpine', base: alpineBase(), version: '21.0.9',
		cmd: ['jshell'], entrypoint: ['/__cacert_entrypoint.sh'], env: ['JAVA_HOME=/opt/java/openjdk', 'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=en_US.UTF-8', 'JAVA_VERSION=jdk-21.0.9+10'],
		layers: [['RUN /bin/sh -c set -eux;     apk add --no-cache         fontconfig ttf-dejavu         gnupg         ca-certificates p11-kit-trust         musl-locales musl-locales-lang         tzdata', 21_003_110], ['RUN /bin/sh -c set -eux;     ARCH="$(apk --print-arch)";', 316_200_900], ['COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh', 5_311]],
		bins: ['/opt/java/openjdk/bin/java', '/opt/java/openjdk/bin/javac', '/opt/java/openjdk/bin/jshell', '/__cacert_entrypoint.sh'] }),
	image({ path: 'openjdk', tags: ['latest', '26-ea', '26-ea-jdk', '26-ea-24-jdk', '26-ea-trixie', 'trixie'], created: '2025-11-07T02:11:03Z', family: 'oracle', base: oracle9(), version: '26-ea+24',
		cmd: ['jshell'], env: ['JAVA_HOME=/usr/java/openjdk-26', 'PATH=/usr/java/openjdk-26/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'JAVA_VERSION=26-ea+24'],
		layers: [['RUN /bin/sh -c set -eux; 	microdnf install 		gzip 		tar 				binutils 		freetype fontconfig 	; 	microdnf clean all', 37_004_102], ['RUN /bin/sh -c set -eux; 		arch="$(rpm --query --queryformat=\'%{ARCH}\' rpm)"; 	case "$arch" in', 355_600_044]],
		bins: ['/usr/java/openjdk-26/bin/java', '/usr/java/openjdk-26/bin/javac', '/usr/java/openjdk-26/bin/jshell'] }),
	image({ path: 'openjdk', tags: ['17', '17-jdk', '17.0.2', '17.0.2-jdk', '17-jdk-slim', '17-slim', '17-jdk-bullseye'], created: '2022-02-08T02:11:03Z', family: 'oracle', base: oracle9(), version: '17.0.2',
		cmd: ['jshell'], env: ['JAVA_HOME=/usr/java/openjdk-17', 'PATH=/usr/java/openjdk-17/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'JAVA_VERSION=17.0.2'],
		layers: [['RUN /bin/sh -c set -eux; 	microdnf install 		gzip 		tar 				binutils 		freetype fontconfig 	; 	microdnf clean all', 37_004_102], ['RUN /bin/sh -c set -eux; 		arch="$(objdump="$(command -v objdump)" && objdump --file-headers "$objdump" | awk -F \'[:,]+[[:space:]]+\' \'$1 == "architecture" { print $2 }\')"', 187_912_440]],
		bins: ['/usr/java/openjdk-17/bin/java', '/usr/java/openjdk-17/bin/javac', '/usr/java/openjdk-17/bin/jshell'] }),
	image({ path: 'openjdk', tags: ['11', '11-jdk', '11.0.16', '11-jdk-slim', '11-slim', '11-jre-slim', '8', '8-jdk', '8-jdk-alpine', '8-jre', '8-jdk-slim'], created: '2022-08-03T02:11:03Z', family: 'debian', base: debianBookworm(), version: '11.0.16',
		cmd: ['jshell'], env: ['JAVA_HOME=/usr/local/openjdk-11', 'PATH=/usr/local/openjdk-11/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'JAVA_VERSION=11.0.16'],
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		bzip2 		unzip 		xz-utils 				binutils 				fontconfig libfreetype6', 9_512_071], ['RUN /bin/sh -c set -eux; 		arch="$(dpkg --print-architecture)";', 203_711_099]],
		bins: ['/usr/local/openjdk-11/bin/java', '/usr/local/openjdk-11/bin/javac', '/usr/local/openjdk-11/bin/jshell'] }),
	image({ path: 'maven', tags: ['latest', '3', '3.9', '3.9.11', '3-eclipse-temurin-21', '3.9-eclipse-temurin-21', '3.9.11-eclipse-temurin-21', '3-eclipse-temurin-17', '3.9-eclipse-temurin-17'], created: '2025-11-05T18:01:44Z', family: 'ubuntu', base: ubuntuNoble(), version: '3.9.11',
		cmd: ['mvn'], entrypoint: ['/usr/local/bin/mvn-entrypoint.sh'], env: ['JAVA_HOME=/opt/java/openjdk', 'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'MAVEN_HOME=/usr/share/maven', 'MAVEN_CONFIG=/root/.m2', 'JAVA_VERSION=jdk-21.0.9+10'],
		layers: [['RUN /bin/sh -c set -eux;     ARCH="$(dpkg --print-architecture)";     case "${ARCH}" in        amd64)          ESUM=', 322_041_006], ['RUN /bin/sh -c apt-get update   && apt-get install -y ca-certificates curl git gnupg dirmngr --no-install-recommends', 42_811_330], ['COPY /usr/share/maven /usr/share/maven', 10_220_441], ['COPY mvn-entrypoint.sh /usr/local/bin/mvn-entrypoint.sh', 2_011]],
		bins: ['mvn', 'java', '/usr/bin/git'] }),
	image({ path: 'gradle', tags: ['latest', '9', '9.2', '9.2.0', 'jdk21', '9.2.0-jdk21', 'jdk17', '8', '8.14', 'jdk21-noble'], created: '2025-11-04T13:40:11Z', family: 'ubuntu', base: ubuntuNoble(), version: '9.2.0',
		cmd: ['gradle'], env: ['JAVA_HOME=/opt/java/openjdk', 'PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GRADLE_HOME=/opt/gradle', 'GRADLE_VERSION=9.2.0'], workdir: '/home/gradle',
		layers: [['RUN /bin/sh -c set -eux;     ARCH="$(dpkg --print-architecture)";', 322_041_006], ['RUN /bin/sh -c set -o errexit -o nounset     && echo "Adding gradle user and group"', 4_300], ['RUN /bin/sh -c set -o errexit -o nounset     && echo "Downloading Gradle"', 148_772_901]],
		bins: ['gradle', 'java'] }),
	image({ path: 'php', tags: ['latest', '8', '8.4', '8.4.14', 'cli', '8.4-cli', 'trixie'], created: '2025-11-04T17:10:30Z', family: 'debian', base: debianTrixie(), version: '8.4.14',
		cmd: ['php', '-a'], entrypoint: ['docker-php-entrypoint'], env: [PATH, 'PHPIZE_DEPS=autoconf 		dpkg-dev 		file 		g++ 		gcc 		libc-dev 		make 		pkg-config 		re2c', 'PHP_INI_DIR=/usr/local/etc/php', 'PHP_VERSION=8.4.14'],
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		$PHPIZE_DEPS 		ca-certificates 		curl 		xz-utils', 283_101_922], ['RUN /bin/sh -c set -eux; 	mkdir -p "$PHP_INI_DIR/conf.d";', 0], ['RUN /bin/sh -c set -eux; 		savedAptMark="$(apt-mark showmanual)";', 108_330_772], ['COPY docker-php-source /usr/local/bin/', 587], ['COPY docker-php-ext-* docker-php-entrypoint /usr/local/bin/', 7_038]],
		bins: ['php', 'docker-php-entrypoint', 'docker-php-ext-install'] }),
	image({ path: 'php', tags: ['apache', '8-apache', '8.4-apache', '8.4.14-apache', 'apache-trixie'], created: '2025-11-04T17:12:02Z', family: 'debian', base: debianTrixie(), version: '8.4.14',
		cmd: ['apache2-foreground'], entrypoint: ['docker-php-entrypoint'], env: [PATH, 'PHP_INI_DIR=/usr/local/etc/php', 'APACHE_CONFDIR=/etc/apache2', 'PHP_VERSION=8.4.14'], workdir: '/var/www/html', exposed: ['80/tcp'], stopSignal: 'SIGWINCH',
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		$PHPIZE_DEPS 		ca-certificates 		curl 		xz-utils', 283_101_922], ['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends apache2;', 31_270_114], ['RUN /bin/sh -c set -eux; 		savedAptMark="$(apt-mark showmanual)";', 108_330_772], ['COPY docker-php-ext-* docker-php-entrypoint /usr/local/bin/', 7_038], ['COPY apache2-foreground /usr/local/bin/', 1_346]],
		bins: ['php', 'docker-php-entrypoint', 'apache2-foreground', 'docker-php-ext-install'] }),
	image({ path: 'php', tags: ['fpm', '8-fpm', '8.4-fpm', '8.4.14-fpm', 'fpm-trixie'], created: '2025-11-04T17:13:40Z', family: 'debian', base: debianTrixie(), version: '8.4.14',
		cmd: ['php-fpm'], entrypoint: ['docker-php-entrypoint'], env: [PATH, 'PHP_INI_DIR=/usr/local/etc/php', 'PHP_VERSION=8.4.14'], workdir: '/var/www/html', exposed: ['9000/tcp'], stopSignal: 'SIGQUIT',
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		$PHPIZE_DEPS 		ca-certificates 		curl 		xz-utils', 283_101_922], ['RUN /bin/sh -c set -eux; 		savedAptMark="$(apt-mark showmanual)";', 110_881_020], ['COPY docker-php-ext-* docker-php-entrypoint /usr/local/bin/', 7_038]],
		bins: ['php', 'php-fpm', 'docker-php-entrypoint', 'docker-php-ext-install'] }),
	image({ path: 'php', tags: ['alpine', '8-alpine', '8.4-alpine', '8.4.14-alpine', 'cli-alpine', 'fpm-alpine', '8.4-fpm-alpine', '8-fpm-alpine'], created: '2025-11-04T17:15:11Z', family: 'alpine', base: alpineBase(), version: '8.4.14',
		cmd: ['php', '-a'], entrypoint: ['docker-php-entrypoint'], env: [PATH, 'PHP_INI_DIR=/usr/local/etc/php', 'PHP_VERSION=8.4.14'],
		layers: [['RUN /bin/sh -c apk add --no-cache 		ca-certificates 		curl 		openssl 		tar 		xz', 7_221_900], ['RUN /bin/sh -c set -eux; 		apk add --no-cache --virtual .build-deps 		$PHPIZE_DEPS', 89_103_007], ['COPY docker-php-ext-* docker-php-entrypoint /usr/local/bin/', 7_038]],
		bins: ['php', 'php-fpm', 'docker-php-entrypoint', 'docker-php-ext-install'] }),
	image({ path: 'ruby', tags: ['latest', '3', '3.4', '3.4.7', 'trixie'], created: '2025-11-05T03:20:14Z', family: 'debian', base: [...debianTrixie(), M('CMD ["bash"]')], version: '3.4.7',
		cmd: ['irb'], env: ['PATH=/usr/local/bundle/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'RUBY_VERSION=3.4.7', 'GEM_HOME=/usr/local/bundle', 'BUNDLE_SILENCE_ROOT_WARNING=1', 'BUNDLE_APP_CONFIG=/usr/local/bundle'],
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		ca-certificates 		curl 		gnupg 		netbase 		sq 		wget', 64_382_118], ['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		git 		mercurial 		openssh-client 		subversion 		procps', 199_824_331], ['RUN /bin/sh -c set -ex; 	apt-get update; 	apt-get install -y --no-install-recommends 		autoconf 		automake 		bzip2', 563_001_470], ['RUN /bin/sh -c set -eux; 		savedAptMark="$(apt-mark showmanual)";', 71_802_117], ['RUN /bin/sh -c set -eux; 	mkdir "$GEM_HOME"; 	chmod 1777 "$GEM_HOME"', 0]],
		bins: ['ruby', 'irb', 'gem', 'bundle', '/usr/bin/git', '/usr/bin/curl'] }),
	image({ path: 'ruby', tags: ['slim', '3-slim', '3.4-slim', '3.4.7-slim', 'slim-trixie'], created: '2025-11-05T03:22:30Z', family: 'debian', base: [...debianTrixieSlim(), M('CMD ["bash"]')], version: '3.4.7',
		cmd: ['irb'], env: ['PATH=/usr/local/bundle/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'RUBY_VERSION=3.4.7', 'GEM_HOME=/usr/local/bundle'],
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		bzip2 		ca-certificates 		libffi-dev 		libgmp-dev', 19_300_441], ['RUN /bin/sh -c set -eux; 		savedAptMark="$(apt-mark showmanual)";', 44_117_002]],
		bins: ['ruby', 'irb', 'gem', 'bundle'] }),
	image({ path: 'ruby', tags: ['alpine', '3-alpine', '3.4-alpine', '3.4.7-alpine', 'alpine3.22'], created: '2025-11-05T03:24:10Z', family: 'alpine', base: alpineBase(), version: '3.4.7',
		cmd: ['irb'], env: ['PATH=/usr/local/bundle/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', 'RUBY_VERSION=3.4.7', 'GEM_HOME=/usr/local/bundle'],
		layers: [['RUN /bin/sh -c set -eux; 	apk add --no-cache 		bzip2 		ca-certificates 		gmp-dev', 8_300_441], ['RUN /bin/sh -c set -eux; 		apk add --no-cache --virtual .ruby-builddeps', 37_117_002]],
		bins: ['ruby', 'irb', 'gem', 'bundle'] }),
	image({ path: 'perl', tags: ['latest', '5', '5.42', '5.42.0', 'trixie'], created: '2025-11-04T11:20:30Z', family: 'debian', base: [...debianTrixie(), M('CMD ["bash"]')], version: '5.42.0',
		cmd: ['perl5.42.0', '-de0'], workdir: '/usr/src/app',
		layers: [['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		ca-certificates 		curl 		gnupg 		netbase 		sq 		wget', 64_382_118], ['RUN /bin/sh -c set -eux; 	apt-get update; 	apt-get install -y --no-install-recommends 		git 		mercurial 		openssh-client 		subversion 		procps', 199_824_331], ['RUN /bin/sh -c set -ex; 	apt-get update; 	apt-get install -y --no-install-recommends 		autoconf 		automake 		bzip2', 563_001_470], ['RUN /bin/sh -c true     && curl -fL https://www.cpan.org/src/5.0/perl-5.42.0.tar.xz -o perl-5.42.0.tar.xz', 74_300_112]],
		bins: ['perl', 'cpanm'] }),
	image({ path: 'bash', tags: ['latest', '5', '5.3', '5.3.3', 'devel'], created: '2025-10-09T22:10:12Z', family: 'alpine', base: alpineBase(), version: '5.3.3',
		cmd: ['bash'], entrypoint: ['docker-entrypoint.sh'], env: [PATH, '_BASH_VERSION=5.3', '_BASH_BASELINE=5.3', '_BASH_LATEST_PATCH=3'],
		layers: [['RUN /bin/sh -c set -eux; 		apk add --no-cache --virtual .build-deps 		bison 		coreutils', 5_881_102], ['COPY docker-entrypoint.sh /usr/local/bin/', 179]],
		bins: ['bash'] }),
	image({ path: 'docker', tags: ['latest', '29', '29.0', '29.0.0', 'dind', '29-dind', 'dind-alpine3.22'], created: '2025-11-11T20:11:02Z', family: 'alpine', base: alpineBase(), version: '29.0.0',
		cmd: [], entrypoint: ['dockerd-entrypoint.sh'], env: [PATH, 'DOCKER_VERSION=29.0.0', 'DOCKER_BUILDX_VERSION=0.30.0', 'DOCKER_COMPOSE_VERSION=2.40.3', 'DOCKER_TLS_CERTDIR=/certs'], exposed: ['2375/tcp', '2376/tcp'], volumes: ['/var/lib/docker'],
		layers: [['RUN /bin/sh -c apk add --no-cache 		ca-certificates 		libc6-compat 		openssh-client 		git', 14_221_040], ['RUN /bin/sh -c set -eux; 		apkArch="$(apk --print-arch)";', 42_990_311], ['RUN /bin/sh -c set -eux; 		apk add --no-cache 		btrfs-progs 		e2fsprogs 		e2fsprogs-extra 		ip6tables 		iptables', 19_302_900], ['RUN /bin/sh -c set -eux; 		apkArch="$(apk --print-arch)";', 221_811_443], ['COPY dockerd-entrypoint.sh /usr/local/bin/', 6_918]],
		bins: ['docker', 'dockerd', 'dockerd-entrypoint.sh'] }),
	image({ path: 'docker', tags: ['cli', '29-cli', '29.0-cli', '29.0.0-cli'], created: '2025-11-11T20:09:40Z', family: 'alpine', base: alpineBase(), version: '29.0.0',
		cmd: ['sh'], entrypoint: ['docker-entrypoint.sh'], env: [PATH, 'DOCKER_VERSION=29.0.0', 'DOCKER_TLS_CERTDIR=/certs'],
		layers: [['RUN /bin/sh -c apk add --no-cache 		ca-certificates 		libc6-compat 		openssh-client 		git', 14_221_040], ['RUN /bin/sh -c set -eux; 		apkArch="$(apk --print-arch)";', 42_990_311], ['COPY docker-entrypoint.sh /usr/local/bin/', 1_521]],
		bins: ['docker', 'docker-entrypoint.sh'] }),

	// ----- distributions -----
	image({ path: 'centos', tags: ['latest', '8', 'centos8', '8.4.2105', 'centos8.4.2105'], created: '2021-09-15T18:20:05Z', family: 'oracle', amd64Only: false,
		base: [L('ADD file:805cb5e15fb6e0bb0326ca33fd2942e068863ce2a8491bb71522c652f31fb466 in / ', 231_268_856, { key: 'centos-8' })], cmd: ['/bin/bash'], layers: [] }),
	image({ path: 'centos', tags: ['7', 'centos7', '7.9.2009', 'centos7.9.2009'], created: '2020-11-13T00:20:39Z', family: 'oracle',
		base: [L('ADD file:b3ebbe8bd304723d43b7b44a6d990cd657b63d93d6a2a9293983a30bfc1dfa53 in / ', 203_934_131, { key: 'centos-7' })], cmd: ['/bin/bash'], layers: [] }),
	image({ path: 'fedora', tags: ['latest', '43', 'rawhide', '44'], created: '2025-11-09T06:11:40Z', family: 'oracle',
		base: [L('ADD fedora-43-x86_64.tar / # buildkit', 161_402_117, { key: 'fedora-43', comment: B })], cmd: ['/bin/bash'], env: [PATH, 'DISTTAG=f43container', 'FGC=f43', 'FBR=f43'], layers: [] }),
	image({ path: 'fedora', tags: ['42'], created: '2025-11-09T06:10:21Z', family: 'oracle',
		base: [L('ADD fedora-42-x86_64.tar / # buildkit', 158_220_310, { key: 'fedora-42', comment: B })], cmd: ['/bin/bash'], env: [PATH, 'DISTTAG=f42container', 'FGC=f42', 'FBR=f42'], layers: [] }),
	image({ path: 'amazonlinux', tags: ['latest', '2023', '2023.9.20251110.0'], created: '2025-11-10T20:30:11Z', family: 'oracle',
		base: [L('ADD al2023-container-2023.9.20251110.0-x86_64.tar.xz / # buildkit', 148_410_224, { key: 'al2023', comment: B })], cmd: ['/bin/bash'], layers: [] }),
	image({ path: 'amazonlinux', tags: ['2', '2.0.20251027.1'], created: '2025-10-27T22:10:01Z', family: 'oracle',
		base: [L('ADD amzn2-container-raw-2.0.20251027.1-x86_64.tar.xz / # buildkit', 166_301_820, { key: 'al2', comment: B })], cmd: ['/bin/bash'], layers: [] }),
	image({ path: 'rockylinux', tags: ['9', '9.3', '9.3.20231119', '9-minimal'], created: '2023-11-20T04:33:02Z', family: 'oracle',
		base: [L('ADD file:7bd8f2a7bb0acb6d3ef2d5a3f5a1fd40b4e5a5daac7e44c6fd62e1e1e0f2cb8a in / ', 176_220_301, { key: 'rocky-9' })], cmd: ['/bin/bash'], layers: [] }),
	image({ path: 'almalinux', tags: ['latest', '10', '10.0', '10-minimal', '9', '9.6', '9-minimal', '8'], created: '2025-11-03T12:11:02Z', family: 'oracle',
		base: [L('ADD almalinux-10-default-x86_64.tar.xz / # buildkit', 190_300_441, { key: 'alma-10', comment: B })], cmd: ['/bin/bash'], layers: [] }),
	image({ path: 'oraclelinux', tags: ['9', '9-slim', '8', '8-slim', '10', '10-slim'], created: '2025-11-04T23:02:10Z', family: 'oracle', base: oracle9().slice(0, 1), cmd: ['/bin/bash'], layers: [] }),
	image({ path: 'archlinux', tags: ['latest', 'base', 'base-devel', 'multilib-devel', 'base-20251109.0.442451'], created: '2025-11-09T00:07:50Z', family: 'oracle', amd64Only: true,
		base: [L('COPY /rootfs/ / # buildkit', 462_304_110, { key: 'archlinux', comment: B })], cmd: ['/usr/bin/bash'], env: [PATH, 'LANG=C.UTF-8'], layers: [] }),
	image({ path: 'swift', tags: ['latest', '6', '6.2', '6.2.1', 'noble', '6.2-noble'], created: '2025-11-04T19:11:20Z', family: 'ubuntu', base: ubuntuNoble(), version: '6.2.1',
		cmd: ['/bin/bash'], env: [PATH, 'SWIFT_SIGNING_KEY=52BB7E3DE28A71BE22EC05FFEF80A866B47A981F', 'SWIFT_PLATFORM=ubuntu24.04', 'SWIFT_BRANCH=swift-6.2.1-release', 'SWIFT_VERSION=swift-6.2.1-RELEASE'],
		layers: [['RUN /bin/sh -c export DEBIAN_FRONTEND=noninteractive DEBCONF_NONINTERACTIVE_SEEN=true && apt-get -q update &&     apt-get -q install -y     binutils     git     gnupg2', 511_300_220], ['RUN /bin/sh -c set -e;     ARCH_NAME="$(dpkg --print-architecture)";', 1_120_441_002]],
		bins: ['/usr/bin/swift', '/usr/bin/swiftc', '/usr/bin/git'] }),
];

/**
 * Tags not listed above that still exist on Hub: a version line (`redis:7`, `node:22-alpine`,
 * `python:3.10-slim-bookworm`) resolves to its own image built like the listed variant with the
 * same suffix. Anything else gets `manifest unknown`.
 */
export interface TagRule {
	/** Matches the version part (before any variant suffix). */
	version: RegExp;
	/** Variant suffixes this repository publishes; '' is the default variant. */
	variants: string[];
	/** Full version for a version line (`7` → `7.4.7`). */
	latest: Record<string, string>;
}

const DEB = ['', 'trixie', 'bookworm', 'bullseye'];
const SLIM = ['slim', 'slim-trixie', 'slim-bookworm', 'slim-bullseye', 'trixie-slim', 'bookworm-slim', 'bullseye-slim'];
const ALP = ['alpine', 'alpine3.22', 'alpine3.21', 'alpine3.20', 'alpine3.19', 'alpine3.18'];

export const TAG_RULES: Record<string, TagRule> = {
	'library/alpine': { version: /^(3\.(1[0-9]|2[0-2]|[0-9])(\.\d{1,2})?|edge|2\.[67])$/, variants: [''], latest: {} },
	'library/busybox': { version: /^1(\.(2[0-9]|3[0-7])(\.\d)?)?$/, variants: ['', 'glibc', 'musl', 'uclibc'], latest: {} },
	'library/ubuntu': { version: /^(1[4-9]|2[0-5])\.(04|10)$|^(trusty|xenial|bionic|focal|jammy|noble|oracular|plucky|questing|devel)(-\d{8})?$/, variants: [''], latest: {} },
	'library/debian': { version: /^(9|10|11|12|13)(\.\d{1,2})?$|^(stretch|buster|bullseye|bookworm|trixie|forky|sid|stable|testing|oldstable|unstable|experimental|rc-buggy)(-\d{8})?$/, variants: ['', 'slim'], latest: {} },
	'library/nginx': { version: /^1(\.(1[0-9]|2[0-9])(\.\d{1,2})?)?$|^(mainline|stable)$/, variants: ['', 'alpine', 'alpine-slim', 'perl', 'alpine-perl', 'bookworm', 'trixie', ...ALP.slice(1)], latest: { '1.28': '1.28.0', '1.27': '1.27.5', '1.26': '1.26.3', '1.25': '1.25.5', '1.24': '1.24.0' } },
	'library/httpd': { version: /^2(\.[24](\.\d{1,2})?)?$/, variants: ['', 'alpine', 'trixie', 'bookworm', ...ALP.slice(1)], latest: {} },
	'library/redis': { version: /^[2-8](\.\d{1,2}(\.\d{1,2})?)?$/, variants: [...DEB, ...ALP, 'bookworm'], latest: { '8': '8.2.3', '8.2': '8.2.3', '8.0': '8.0.5', '7': '7.4.7', '7.4': '7.4.7', '7.2': '7.2.12', '7.0': '7.0.15', '6': '6.2.21', '6.2': '6.2.21', '6.0': '6.0.20', '5': '5.0.14' } },
	'library/postgres': { version: /^(9\.[3-6]|1[0-8])(\.\d{1,2})?$/, variants: [...DEB, ...ALP], latest: { '18': '18.0', '17': '17.6', '16': '16.10', '15': '15.14', '14': '14.19', '13': '13.22', '12': '12.22', '11': '11.22', '10': '10.23' } },
	'library/mysql': { version: /^(5(\.[67](\.\d{1,2})?)?|8(\.[0-4](\.\d{1,2})?)?|9(\.[0-5](\.\d)?)?)$|^(lts|innovation)$/, variants: ['', 'oraclelinux9', 'oraclelinux8', 'debian', 'oracle'], latest: { '8.0': '8.0.44', '8.4': '8.4.7', '9': '9.5.0' } },
	'library/mariadb': { version: /^(10\.(\d{1,2})|11\.\d|12\.\d)(\.\d{1,2})?$|^(10|11|12|lts|rolling)$/, variants: ['', 'noble', 'jammy', 'focal', 'ubi', 'ubi9'], latest: { '11': '11.8.3', '11.8': '11.8.3', '11.4': '11.4.8', '10': '10.11.14', '10.11': '10.11.14', '10.6': '10.6.23', lts: '11.8.3', rolling: '12.0.2' } },
	'library/mongo': { version: /^([3-8])(\.\d{1,2}(\.\d{1,2})?)?$/, variants: ['', 'noble', 'jammy', 'focal', 'bionic'], latest: { '8': '8.2.1', '8.0': '8.0.15', '7': '7.0.25', '7.0': '7.0.25', '6': '6.0.26', '6.0': '6.0.26', '5': '5.0.31', '4': '4.4.29' } },
	'library/node': { version: /^([4-9]|1\d|2[0-5])(\.\d{1,2}(\.\d{1,2})?)?$|^(lts|current|latest|argon|boron|carbon|dubnium|erbium|fermium|gallium|hydrogen|iron|jod|krypton)$/, variants: [...DEB, ...SLIM, ...ALP], latest: { '25': '25.2.1', current: '25.2.1', '24': '24.11.1', '22': '22.21.1', jod: '22.21.1', '20': '20.19.5', iron: '20.19.5', '18': '18.20.8', hydrogen: '18.20.8', '16': '16.20.2', '14': '14.21.3', '12': '12.22.12', '10': '10.24.1', '8': '8.17.0' } },
	'library/python': { version: /^(2(\.7(\.\d{1,2})?)?|3(\.([5-9]|1[0-5])(\.\d{1,2})?)?)$/, variants: [...DEB, ...SLIM, ...ALP], latest: { '3.13': '3.13.9', '3.12': '3.12.12', '3.11': '3.11.14', '3.10': '3.10.19', '3.9': '3.9.24', '3.8': '3.8.20', '3.7': '3.7.17', '3.6': '3.6.15', '2': '2.7.18', '2.7': '2.7.18', '3.15': '3.15.0a1' } },
	'library/golang': { version: /^1(\.(1[0-9]|2[0-5])(\.\d{1,2})?)?$/, variants: [...DEB, ...ALP], latest: { '1.24': '1.24.10', '1.23': '1.23.12', '1.22': '1.22.12', '1.21': '1.21.13', '1.20': '1.20.14' } },
	'library/rust': { version: /^1(\.([5-8]\d|9[01])(\.\d{1,2})?)?$/, variants: [...DEB, ...SLIM, ...ALP], latest: {} },
	'library/eclipse-temurin': { version: /^(8|11|17|21|2[2-5])(u\d+-b\d+|\.\d+\.\d+(_\d+)?)?$/, variants: ['', 'jdk', 'jre', 'jdk-noble', 'jre-noble', 'jdk-jammy', 'jre-jammy', 'jdk-focal', 'jre-focal', 'noble', 'jammy', 'focal', 'alpine', 'jdk-alpine', 'jre-alpine', 'jdk-ubi9-minimal', 'jre-ubi9-minimal'], latest: { '17': '17.0.17', '11': '11.0.29', '8': '8u472-b08', '25': '25.0.1' } },
	'library/openjdk': { version: /^(7|8|9|1\d|2[0-6])(\.\d+(\.\d+)?)?(-ea(-\d+)?)?$/, variants: ['', 'jdk', 'jre', 'slim', 'jdk-slim', 'jre-slim', 'alpine', 'jdk-alpine', 'jre-alpine', 'bullseye', 'jdk-bullseye', 'slim-bullseye', 'jdk-slim-bullseye', 'buster', 'jdk-buster', 'oraclelinux8', 'jdk-oraclelinux8', 'windowsservercore'], latest: { '8': '8u342', '21': '21-ea+35', '18': '18.0.2.1', '19': '19-ea+5', '22': '22-ea+18' } },
	'library/memcached': { version: /^1(\.[4-6](\.\d{1,2})?)?$/, variants: [...DEB, ...ALP], latest: {} },
	'library/rabbitmq': { version: /^[34](\.\d{1,2}(\.\d{1,2})?)?$/, variants: ['', 'management', 'alpine', 'management-alpine'], latest: { '3': '3.13.7', '3.13': '3.13.7', '3.12': '3.12.14', '4.1': '4.1.5', '4.0': '4.0.9' } },
	'library/elasticsearch': { version: /^(7\.(\d{1,2})\.\d{1,2}|8\.(\d{1,2})\.\d{1,2}|9\.[0-2]\.\d{1,2})$/, variants: [''], latest: {} },
	'library/traefik': { version: /^v?[123](\.\d{1,2}(\.\d{1,2})?)?$/, variants: ['', 'windowsservercore-ltsc2022', 'nanoserver-ltsc2022'], latest: { v3: '3.6.2', '3': '3.6.2', v2: '2.11.31', '2': '2.11.31', v1: '1.7.34', '1': '1.7.34' } },
	'library/php': { version: /^([5-8])(\.\d(\.\d{1,2})?)?$/, variants: ['', 'cli', 'apache', 'fpm', 'zts', 'alpine', 'cli-alpine', 'fpm-alpine', 'zts-alpine', 'apache-trixie', 'apache-bookworm', 'fpm-bookworm', 'cli-bookworm', 'bookworm', 'trixie', ...ALP.slice(1)], latest: { '8.3': '8.3.27', '8.2': '8.2.29', '8.1': '8.1.33', '7': '7.4.33', '7.4': '7.4.33', '5': '5.6.40' } },
	'library/ruby': { version: /^[23](\.\d(\.\d{1,2})?)?$/, variants: [...DEB, ...SLIM, ...ALP], latest: { '3.3': '3.3.10', '3.2': '3.2.9', '3.1': '3.1.7', '2': '2.7.8', '2.7': '2.7.8' } },
	'library/wordpress': { version: /^[4-6](\.\d(\.\d{1,2})?)?$/, variants: ['', 'apache', 'fpm', 'fpm-alpine', 'cli', 'php8.1', 'php8.2', 'php8.3', 'php8.4', 'php8.3-apache', 'php8.3-fpm', 'php8.4-apache', 'php8.4-fpm'], latest: {} },
	'library/tomcat': { version: /^(8|9|10|11)(\.\d(\.\d{1,3})?)?$/, variants: ['', 'jdk8', 'jdk11', 'jdk17', 'jdk21', 'jre8', 'jre11', 'jre17', 'jre21', 'jdk21-temurin', 'jdk17-temurin', 'jre21-temurin', 'jdk21-temurin-noble', 'jdk17-temurin-jammy'], latest: { '10': '10.1.49', '9': '9.0.112', '10.1': '10.1.49' } },
	'library/mongo-express': { version: /^[01](\.\d{1,2}(\.\d{1,2})?)?$/, variants: [''], latest: {} },
	'library/haproxy': { version: /^[1-3](\.\d{1,2}(\.\d{1,2})?)?$/, variants: ['', 'alpine', 'trixie', 'bookworm'], latest: {} },
	'library/caddy': { version: /^2(\.\d{1,2}(\.\d{1,2})?)?$/, variants: ['', 'alpine', 'builder', 'builder-alpine'], latest: {} },
	'library/centos': { version: /^[5-8](\.\d+(\.\d+)?)?$|^centos[5-8](\.\d+(\.\d+)?)?$/, variants: [''], latest: {} },
	'library/fedora': { version: /^(2[0-9]|3\d|4[0-4])$/, variants: [''], latest: {} },
	'library/influxdb': { version: /^[12](\.\d{1,2}(\.\d{1,2})?)?$|^3-core$|^3-enterprise$/, variants: ['', 'alpine', 'data', 'meta'], latest: { '1.11': '1.11.8', '1': '1.11.8' } },
};

/** How a tag splits into a version and a variant suffix the repository publishes, or null. */
export function splitTag(rule: TagRule, tag: string): { version: string; variant: string } | null {
	if (rule.version.test(tag) && rule.variants.includes('')) return { version: tag, variant: '' };
	for (const v of [...rule.variants].sort((a, b) => b.length - a.length)) {
		if (v === '') continue;
		if (tag === v) return { version: '', variant: v };
		if (tag.endsWith('-' + v)) {
			const version = tag.slice(0, -v.length - 1);
			if (rule.version.test(version)) return { version, variant: v };
		}
	}
	return null;
}
