// What the catalogue's programs print when they start and stop: the real startup lines of
// nginx's entrypoint, httpd, redis, postgres and mysql, and hello-world's message.
import type { PlatformFacts } from '../engine/platform.ts';
import type { LogLine } from '../engine/types.ts';
import { clfTime, nginxTime, redisTime } from '../render/format.ts';

export function helloText(arch: string): string {
	return `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (${arch})
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`;
}

export function helloWindowsText(arch: string): string {
	return helloText(arch).replace('you can run an Ubuntu container with:\n $ docker run -it ubuntu bash', 'you can run a Windows Server container with:\n PS C:\\> docker run -it mcr.microsoft.com/windows/servercore:ltsc2022 powershell');
}

const out = (text: string, time: number): LogLine => ({ stream: 'stdout', text, time });
const err = (text: string, time: number): LogLine => ({ stream: 'stderr', text, time });

export function nginxStart(t: number, facts: PlatformFacts, alpine: boolean): LogLine[] {
	const ts = nginxTime(t);
	const lines: LogLine[] = [
		out('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration\n', t),
		out('/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/\n', t),
		out('/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh\n', t),
		out('10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf\n', t),
		out('10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf\n', t),
		out('/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh\n', t),
		out('/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh\n', t),
		out('/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh\n', t),
		out('/docker-entrypoint.sh: Configuration complete; ready for start up\n', t),
		err(`${ts} [notice] 1#1: using the "epoll" event method\n`, t),
		err(`${ts} [notice] 1#1: nginx/1.29.3\n`, t),
		err(`${ts} [notice] 1#1: built by gcc ${alpine ? '14.2.0 (Alpine 14.2.0) ' : '14.2.0 (Debian 14.2.0-19) '}\n`, t),
		err(`${ts} [notice] 1#1: OS: Linux ${facts.kernel}\n`, t),
		err(`${ts} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576\n`, t),
		err(`${ts} [notice] 1#1: start worker processes\n`, t),
	];
	for (let i = 0; i < facts.ncpu; i++) lines.push(err(`${ts} [notice] 1#1: start worker process ${29 + i}\n`, t));
	return lines;
}

export function nginxStop(t: number, signal: 'SIGQUIT' | 'SIGINT' | 'SIGTERM', facts: PlatformFacts): LogLine[] {
	const ts = nginxTime(t);
	const num = signal === 'SIGQUIT' ? 3 : signal === 'SIGINT' ? 2 : 15;
	const verb = signal === 'SIGQUIT' ? 'gracefully shutting down' : 'exiting';
	const lines: LogLine[] = [err(`${ts} [notice] 1#1: signal ${num} (${signal}) received, ${verb}\n`, t)];
	for (let i = 0; i < facts.ncpu; i++) lines.push(err(`${ts} [notice] ${29 + i}#${29 + i}: ${signal === 'SIGQUIT' ? 'gracefully shutting down' : 'exiting'}\n`, t));
	for (let i = 0; i < facts.ncpu; i++) lines.push(err(`${ts} [notice] ${29 + i}#${29 + i}: exit\n`, t));
	for (let i = 0; i < facts.ncpu; i++) lines.push(err(`${ts} [notice] 1#1: signal 17 (SIGCHLD) received from ${29 + i}\n`, t), err(`${ts} [notice] 1#1: worker process ${29 + i} exited with code 0\n`, t));
	lines.push(err(`${ts} [notice] 1#1: exit\n`, t));
	return lines;
}

export function nginxAccess(t: number, from: string, method: string, path: string, status: number, bytes: number, agent: string): LogLine {
	return out(`${from} - - [${clfTime(t)}] "${method} ${path} HTTP/1.1" ${status} ${bytes} "-" "${agent}" "-"\n`, t);
}

export function httpdStart(t: number, ip: string): LogLine[] {
	const d = new Date(t);
	const stamp = `${d.toUTCString().slice(0, 3)} ${d.toUTCString().slice(8, 11)} ${String(d.getUTCDate()).padStart(2, '0')} ${d.toISOString().slice(11, 19)}.${String(d.getUTCMilliseconds()).padStart(3, '0')}412 ${d.getUTCFullYear()}`;
	return [
		err(`AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message\n`, t),
		err(`AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message\n`, t),
		err(`[${stamp}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.65 (Unix) configured -- resuming normal operations\n`, t),
		err(`[${stamp}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'\n`, t),
	];
}

export function redisStart(t: number): LogLine[] {
	const ts = redisTime(t);
	return [
		out(`1:C ${ts} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n`, t),
		out(`1:C ${ts} * Redis version=8.2.3, bits=64, commit=00000000, modified=1, pid=1, just started\n`, t),
		out(`1:C ${ts} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf\n`, t),
		out(`1:M ${ts} * monotonic clock: POSIX clock_gettime\n`, t),
		out(`1:M ${ts} * Running mode=standalone, port=6379.\n`, t),
		out(`1:M ${ts} * Server initialized\n`, t),
		out(`1:M ${ts} * Ready to accept connections tcp\n`, t),
	];
}

export function redisStop(t: number): LogLine[] {
	const ts = redisTime(t);
	return [
		out(`1:signal-handler (${Math.floor(t / 1000)}) Received SIGTERM scheduling shutdown...\n`, t),
		out(`1:M ${ts} * User requested shutdown...\n`, t),
		out(`1:M ${ts} * Saving the final RDB snapshot before exiting.\n`, t),
		out(`1:M ${ts} * DB saved on disk\n`, t),
		out(`1:M ${ts} # Redis is now ready to exit, bye bye...\n`, t),
	];
}

export const POSTGRES_NO_PASSWORD = `Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
`;

export function postgresStart(t: number, initialized: boolean): LogLine[] {
	const d = new Date(t).toISOString().replace('T', ' ').slice(0, 23) + ' UTC';
	const lines: LogLine[] = [];
	if (!initialized) {
		for (const l of [
			'The files belonging to this database system will be owned by user "postgres".',
			'This user must also own the server process.',
			'',
			'The database cluster will be initialized with locale "en_US.utf8".',
			'The default database encoding has accordingly been set to "UTF8".',
			'The default text search configuration will be set to "english".',
			'',
			'Data page checksums are enabled.',
			'',
			'fixing permissions on existing directory /var/lib/postgresql/18/docker ... ok',
			'creating subdirectories ... ok',
			'selecting dynamic shared memory implementation ... posix',
			'selecting default "max_connections" ... 100',
			'selecting default "shared_buffers" ... 128MB',
			'selecting default time zone ... Etc/UTC',
			'creating configuration files ... ok',
			'running bootstrap script ... ok',
			'performing post-bootstrap initialization ... ok',
			'syncing data to disk ... ok',
			'',
			'',
			'Success. You can now start the database server using:',
			'',
			'    pg_ctl -D /var/lib/postgresql/18/docker -l logfile start',
			'',
			'waiting for server to start.... done',
			'server started',
			'',
			'/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*',
			'',
			'waiting for server to shut down.... done',
			'server stopped',
			'',
			'PostgreSQL init process complete; ready for start up.',
			'',
		]) lines.push(out(l + '\n', t));
	} else {
		lines.push(out('\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n', t));
	}
	lines.push(
		err(`${d} [1] LOG:  starting PostgreSQL 18.0 (Debian 18.0-1.pgdg13+3) on x86_64-pc-linux-gnu, compiled by gcc (Debian 14.2.0-19) 14.2.0, 64-bit\n`, t),
		err(`${d} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432\n`, t),
		err(`${d} [1] LOG:  listening on IPv6 address "::", port 5432\n`, t),
		err(`${d} [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"\n`, t),
		err(`${d} [1] LOG:  database system is ready to accept connections\n`, t),
	);
	return lines;
}

export function mysqlNoPassword(t: number, version: string): LogLine[] {
	const d = new Date(t).toISOString().slice(0, 19).replace('T', ' ') + '+00:00';
	return [
		out(`${d} [Note] [Entrypoint]: Entrypoint script for MySQL Server ${version} started.\n`, t),
		out(`${d} [Note] [Entrypoint]: Switching to dedicated user 'mysql'\n`, t),
		out(`${d} [Note] [Entrypoint]: Entrypoint script for MySQL Server ${version} started.\n`, t),
		err(`${d} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n`, t),
	];
}

export function mysqlStart(t: number, version: string): LogLine[] {
	const d = new Date(t).toISOString().slice(0, 19).replace('T', ' ') + '+00:00';
	const iso = new Date(t).toISOString().replace('Z', '000Z');
	return [
		out(`${d} [Note] [Entrypoint]: Entrypoint script for MySQL Server ${version} started.\n`, t),
		out(`${d} [Note] [Entrypoint]: Switching to dedicated user 'mysql'\n`, t),
		out(`${d} [Note] [Entrypoint]: Initializing database files\n`, t),
		out(`${d} [Note] [Entrypoint]: Database files initialized\n`, t),
		out(`${d} [Note] [Entrypoint]: MySQL init process done. Ready for start up.\n`, t),
		err(`${iso} 0 [System] [MY-015015] [Server] MySQL Server - start.\n`, t),
		err(`${iso} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '${version.split('-')[0]}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.\n`, t),
	];
}

/** Long-running servers beyond the five above: the lines they log first, or a refusal to start. */
export const SERVERS = ['mongod', 'mariadbd', 'memcached', 'rabbitmq-server', 'traefik', 'eswrapper', 'apache2-foreground', 'php-fpm', 'registry', 'dockerd', 'haproxy', 'caddy', 'catalina.sh', 'influxd', 'cassandra', 'neo4j', 'couchdb', 'zkServer.sh', 'mosquitto', 'kong', 'telegraf', 'mongo-express'];

export function serverStart(name: string, t: number, env: Record<string, string>, facts: PlatformFacts, ip: string): { lines: LogLine[]; exitCode: number | null } {
	const iso = new Date(t).toISOString();
	const entry = iso.slice(0, 19).replace('T', ' ') + '+00:00';
	const mongo = (c: string, id: number, ctx: string, msg: string, attr: string) => out(`{"t":{"$date":"${iso.replace('Z', '+00:00')}"},"s":"I",  "c":"${c}",${' '.repeat(Math.max(1, 9 - c.length))}"id":${id},   "ctx":"${ctx}","msg":"${msg}"${attr ? `,"attr":${attr}` : ''}}\n`, t);
	switch (name) {
		case 'mongod':
			return { exitCode: null, lines: [
				mongo('CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0 and TLS 1.1, to force-enable TLS 1.1 specify --sslDisabledProtocols \'TLS1_0\'; to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\'', ''),
				mongo('NETWORK', 4915701, 'main', 'Initialized wire specification', '{"spec":{"incomingExternalClient":{"minWireVersion":0,"maxWireVersion":27},"incomingInternalClient":{"minWireVersion":0,"maxWireVersion":27},"outgoing":{"minWireVersion":6,"maxWireVersion":27},"isInternalClient":true}}'),
				mongo('CONTROL', 4615611, 'initandlisten', 'MongoDB starting', `{"pid":1,"port":27017,"dbPath":"/data/db","architecture":"64-bit","host":"${env.HOSTNAME ?? ''}"}`),
				mongo('CONTROL', 23403, 'initandlisten', 'Build Info', `{"buildInfo":{"version":"${env.MONGO_VERSION ?? '8.2.1'}","gitVersion":"3312bdcf28aa65f5930005e21c2cb130f648b8c3","openSSLVersion":"OpenSSL 3.0.13 30 Jan 2024","modules":[],"allocator":"tcmalloc-google","environment":{"distmod":"ubuntu2404","distarch":"${facts.machine}","target_arch":"${facts.machine}"}}}`),
				mongo('NETWORK', 23015, 'listener', 'Listening on', '{"address":"/tmp/mongodb-27017.sock"}'),
				mongo('NETWORK', 23015, 'listener', 'Listening on', '{"address":"0.0.0.0"}'),
				mongo('NETWORK', 23016, 'listener', 'Waiting for connections', '{"port":27017,"ssl":"off"}'),
			] };
		case 'mariadbd': {
			const ver = (env.MARIADB_VERSION ?? '1:12.0.2+maria~ubu2404');
			const head = [out(`${entry} [Note] [Entrypoint]: Entrypoint script for MariaDB Server ${ver} started.\n`, t), out(`${entry} [Note] [Entrypoint]: Switching to dedicated user 'mysql'\n`, t), out(`${entry} [Note] [Entrypoint]: Entrypoint script for MariaDB Server ${ver} started.\n`, t)];
			const ok = ['MARIADB_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'MARIADB_ROOT_PASSWORD_HASH', 'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MARIADB_RANDOM_ROOT_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'].some((k) => env[k]);
			if (!ok) return { exitCode: 1, lines: [...head, err(`${entry} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD\n`, t)] };
			const v = ver.replace(/^1:/, '').replace(/\+.*/, '');
			const d = entry.slice(0, 19);
			return { exitCode: null, lines: [...head, out(`${entry} [Note] [Entrypoint]: Initializing database files\n`, t), out(`${entry} [Note] [Entrypoint]: Database files initialized\n`, t), out(`${entry} [Note] [Entrypoint]: MariaDB init process done. Ready for start up.\n`, t), err(`${d} 0 [Note] Starting MariaDB ${v}-MariaDB-ubu2404 source revision 1c7d8c4f6a2e4a1c5e3b7d9f2a4c6e8b0d2f4a6c server_uid mZf3v8Q1dJ0sWc7rK2aXyTnHbE4= as process 1\n`, t), err(`${d} 0 [Note] Server socket created on IP: '0.0.0.0', port: '3306'.\n`, t), err(`${d} 0 [Note] Server socket created on IP: '::', port: '3306'.\n`, t), err(`${d} 0 [Note] mariadbd: ready for connections.\n`, t), err(`Version: '${v}-MariaDB-ubu2404'  socket: '/run/mysqld/mysqld.sock'  port: 3306  mariadb.org binary distribution\n`, t)] };
		}
		case 'memcached':
		case 'telegraf':
			return { exitCode: null, lines: [] };
		case 'rabbitmq-server': {
			const d = iso.replace('T', ' ').replace('Z', '+00:00').replace(/\.(\d{3})/, '.$1000');
			const v = env.RABBITMQ_VERSION ?? '4.2.1';
			return { exitCode: null, lines: [
				out(`${d} [notice] <0.45.0> Application syslog exited with reason: stopped\n`, t),
				out(`${d} [notice] <0.213.0> Logging: switching to configured handler(s); following messages may not be visible in this log output\n`, t),
				out(`${d} [info] <0.213.0> Starting RabbitMQ ${v} on Erlang 27.3.4.3 [jit]\n`, t),
				out(`${d} [info] <0.213.0>  Copyright (c) 2007-2025 Broadcom Inc and/or its subsidiaries\n`, t),
				out(`\n  ##  ##      RabbitMQ ${v}\n  ##  ##\n  ##########  Copyright (c) 2007-2025 Broadcom Inc and/or its subsidiaries\n  ######  ##\n  ##########  Licensed under the MPL 2.0. Website: https://rabbitmq.com\n\n  Erlang:      27.3.4.3 [jit]\n  TLS Library: OpenSSL - OpenSSL 3.3.5 30 Sep 2025\n  Release series support status: see https://www.rabbitmq.com/release-information\n\n  Doc guides:  https://www.rabbitmq.com/docs\n  Support:     https://www.rabbitmq.com/docs/contact\n  Tutorials:   https://www.rabbitmq.com/tutorials\n  Monitoring:  https://www.rabbitmq.com/docs/monitoring\n  Upgrading:   https://www.rabbitmq.com/docs/upgrade\n\n  Logs: <stdout>\n\n  Config file(s): /etc/rabbitmq/conf.d/10-defaults.conf\n\n  Starting broker...\n`, t),
				out(`${d} [info] <0.213.0> Server startup complete; 0 plugins started.\n`, t),
			] };
		}
		case 'traefik':
			return { exitCode: null, lines: [err(`${iso.slice(0, 19)}Z INF Traefik version ${env.TRAEFIK_VERSION ?? '3.6.2'} built on 2025-11-10T09:51:40Z version=${env.TRAEFIK_VERSION ?? '3.6.2'}\n`, t), err(`${iso.slice(0, 19)}Z INF Starting provider aggregator *aggregator.ProviderAggregator\n`, t), err(`${iso.slice(0, 19)}Z INF Starting provider *traefik.Provider\n`, t)] };
		case 'apache2-foreground':
			return { exitCode: null, lines: [err(`AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message\n`, t), err(`AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message\n`, t), err(`[${new Date(t).toUTCString().slice(0, 3)} ${new Date(t).toUTCString().slice(8, 11)} ${iso.slice(8, 10)} ${iso.slice(11, 23)}412 ${iso.slice(0, 4)}] [mpm_prefork:notice] [pid 1:tid 1] AH00163: Apache/2.4.65 (Debian) PHP/${env.PHP_VERSION ?? '8.4.14'} configured -- resuming normal operations\n`, t), err(`[${new Date(t).toUTCString().slice(0, 3)} ${new Date(t).toUTCString().slice(8, 11)} ${iso.slice(8, 10)} ${iso.slice(11, 23)}412 ${iso.slice(0, 4)}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'apache2 -D FOREGROUND'\n`, t)] };
		case 'php-fpm': {
			const d = `[${iso.slice(8, 10)}-${new Date(t).toUTCString().slice(8, 11)}-${iso.slice(0, 4)} ${iso.slice(11, 19)}]`;
			return { exitCode: null, lines: [err(`${d} NOTICE: fpm is running, pid 1\n`, t), err(`${d} NOTICE: ready to handle connections\n`, t)] };
		}
		case 'registry':
			return { exitCode: null, lines: [err(`time="${iso.slice(0, 19)}.123456789Z" level=info msg="listening on [::]:5000" go.version=go1.23.7 instance.id=2b5e1c3a-4f6d-4e8a-9c0b-7d1e2f3a4b5c service=registry version=3.0.0\n`, t)] };
		default:
			return { exitCode: null, lines: [] };
	}
}
