// Whole-output tests for the official-image catalogue and its tag rules: the references
// learners pull resolve, derived tags carry their own version, nonsense tags and missing
// repositories keep docker's own errors. Each case starts from a fresh, seeded world.
import { expect, test } from 'vitest';
import { sim } from '../testing.ts';
import { rootFs } from '../container/rootfs.ts';
import { CATALOG } from './catalog.ts';

const POPULAR = [
	'redis', 'redis:7', 'redis:7-alpine', 'redis:alpine', 'mongo', 'mongo:7', 'node:22-alpine', 'node:20', 'node:18-slim', 'node:lts-alpine',
	'python:3.10-alpine', 'python:3.12-slim', 'python:3.11', 'postgres', 'postgres:16', 'postgres:15-alpine', 'mysql', 'mysql:8.0', 'mysql:5.7', 'mariadb',
	'mariadb:10.11', 'ubuntu', 'ubuntu:22.04', 'ubuntu:20.04', 'ubuntu:jammy', 'debian', 'debian:bookworm-slim', 'debian:bullseye', 'golang', 'golang:1.22-alpine',
	'rust', 'rust:1.75-slim', 'openjdk:17', 'openjdk:11-jdk-slim', 'eclipse-temurin:17-jdk', 'eclipse-temurin:21-jre', 'httpd', 'httpd:2.4', 'busybox', 'busybox:1.36',
	'alpine', 'alpine:3.18', 'alpine:3.19', 'alpine:edge', 'traefik', 'traefik:v2.10', 'rabbitmq:3-management', 'memcached', 'elasticsearch:8.11.0', 'nginx:alpine',
	'nginx:1.25', 'php:8.2-apache', 'wordpress', 'registry:2',
];

test('the references learners pull all resolve', () => {
	const { host } = sim('linux');
	const failed = POPULAR.filter((ref) => host.exec(`docker pull -q ${ref}`).exitCode !== 0);
	expect(failed).toEqual([]);
});

test('a version tag the catalogue does not list gets its own image and version', () => {
	const { host } = sim('linux');
	host.exec('docker pull -q redis:7');
	host.exec('docker pull -q redis:7.4');
	const r = host.exec(`docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}'`);
	expect(r.stdout).toBe(`redis:7 6319c4bddae4
redis:7.4 6319c4bddae4
`);
	expect(host.exec(`docker inspect --format '{{index .Config.Env 1}}' redis:7`).stdout).toBe('REDIS_DOWNLOAD_URL=https://github.com/redis/redis/archive/refs/tags/7.4.7.tar.gz\n');
	host.exec('docker pull -q python:3.10-alpine');
	expect(host.exec(`docker inspect --format '{{.Config.Env}}' python:3.10-alpine`).stdout).toBe('[PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305 PYTHON_VERSION=3.10.19]\n');
});

test('a nonsense tag of a real repository is manifest unknown', () => {
	const { host } = sim('linux');
	const r = host.exec('docker pull redis:banana');
	expect(r).toEqual({ stdout: '', stderr: 'Error response from daemon: manifest for redis:banana not found: manifest unknown: manifest unknown\n', exitCode: 1, output: 'Error response from daemon: manifest for redis:banana not found: manifest unknown: manifest unknown\n' });
	const v = host.exec('docker pull node:22-foo');
	expect(v.stderr).toBe('Error response from daemon: manifest for node:22-foo not found: manifest unknown: manifest unknown\n');
});

test('elasticsearch publishes no latest tag', () => {
	const { host } = sim('linux');
	const r = host.exec('docker pull elasticsearch');
	expect(r.stdout).toBe('Using default tag: latest\n');
	expect(r.stderr).toBe('Error response from daemon: manifest for elasticsearch:latest not found: manifest unknown: manifest unknown\n');
	expect(r.exitCode).toBe(1);
});

test('a repository that does not exist is still access denied', () => {
	const { host } = sim('linux');
	const r = host.exec('docker run notarealimage');
	expect(r.stderr).toBe(`Unable to find image 'notarealimage:latest' locally
docker: Error response from daemon: pull access denied for notarealimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied

Run 'docker run --help' for more information
`);
	expect(r.exitCode).toBe(125);
});

test('mariadb refuses to start without a root password, in its own words', () => {
	const { host } = sim('linux');
	host.exec('docker pull -q mariadb');
	const r = host.exec('docker run mariadb');
	expect(r.stdout).toBe(`2025-11-12 09:00:08+00:00 [Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:12.0.2+maria~ubu2404 started.
2025-11-12 09:00:08+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'
2025-11-12 09:00:08+00:00 [Note] [Entrypoint]: Entrypoint script for MariaDB Server 1:12.0.2+maria~ubu2404 started.
`);
	expect(r.stderr).toBe(`2025-11-12 09:00:08+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified
	You need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD
`);
	expect(r.exitCode).toBe(1);
});

test('mongo keeps running and logs that it waits for connections', () => {
	const { host } = sim('linux');
	host.exec('docker pull -q mongo');
	host.exec('docker run -d --name db mongo');
	const ps = host.exec(`docker ps --format '{{.Names}} {{.Status}} {{.Ports}}'`);
	expect(ps.stdout).toBe('db Up 2 seconds 27017/tcp\n');
	const logs = host.exec('docker logs -n 1 db');
	expect(logs.stdout).toBe('{"t":{"$date":"2025-11-12T09:00:16.899+00:00"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}\n');
});

test('every Linux image whose config names a user has that account, so it starts', () => {
	const unresolved: string[] = [];
	for (const v of CATALOG) {
		const user = v.config.user ?? '';
		if (v.family === 'windows' || !user || /^\d+(:\d+)?$/.test(user)) continue;
		const name = user.split(':')[0]!;
		const passwd = v.files?.['/etc/passwd'] ?? rootFs(v.family).files['/etc/passwd'] ?? '';
		if (!passwd.split('\n').some((line) => line.split(':')[0] === name)) unresolved.push(`${v.path}:${v.tags[0]} (${user})`);
	}
	expect(unresolved).toEqual([]);
	// And one of them, started: memcached runs as memcache.
	const { host } = sim('linux');
	host.exec('docker run -d --name mc memcached', { tty: false });
	expect(host.exec('docker exec mc id -un', { tty: false }).stdout).toBe('memcache\n');
});
