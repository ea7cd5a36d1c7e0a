// Shared pieces of the catalogue: history-entry helpers and the base layers official
// images are built on (Debian, Alpine, Ubuntu), so every image on one base shares its blob.
import type { FsFamily, ImageConfig } from './types.ts';

export type Entry = { by: string; size: number; key?: string; comment?: string; arm?: number; empty?: boolean };

/** A metadata-only history entry (ENV, CMD, …): no layer. */
export const M = (by: string): Entry => ({ by, size: 0 });
/** A layer. `key` shares the blob across images (a common base); `arm` overrides the arm64 size. */
export const L = (by: string, size: number, extra: Partial<Entry> = {}): Entry => ({ by, size, ...extra });
/** A layer with no changes: the well-known empty gzip tar blob. */
export const EMPTY = (by: string): Entry => ({ by, size: 0, empty: true });

export const EMPTY_LAYER = '4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1';

export interface CatalogVersion {
	domain: string;
	/** Path in the registry, e.g. library/nginx. */
	path: string;
	tags: string[];
	created: string;
	platforms: Array<'linux/amd64' | 'linux/arm64' | 'windows/amd64'>;
	osVersion?: string;
	family: FsFamily;
	program: string;
	config: Partial<ImageConfig>;
	history: Entry[];
	/** Files the image adds to its family's root filesystem. */
	files?: Record<string, string>;
	dirs?: string[];
	/** The upstream version the tags name (NODE_VERSION …): a derived tag replaces it. */
	version?: string;
}

export const B = 'buildkit.dockerfile.v0';

export const debianTrixie = (arch = 'amd64'): Entry[] => [
	L(`# debian.sh --arch '${arch}' out/ 'trixie' '@1762128000'`, 120_271_555, { key: 'debian-trixie', arm: 117_606_912, comment: 'debuerreotype 0.16' }),
];
export const debianTrixieSlim = (arch = 'amd64'): Entry[] => [
	L(`# debian.sh --arch '${arch}' out/ 'trixie' '@1762128000'`, 78_618_453, { key: 'debian-trixie-slim', arm: 76_950_000, comment: 'debuerreotype 0.16' }),
];
export const debianBookworm = (arch = 'amd64'): Entry[] => [
	L(`# debian.sh --arch '${arch}' out/ 'bookworm' '@1762128000'`, 116_518_023, { key: 'debian-bookworm', arm: 113_900_000, comment: 'debuerreotype 0.16' }),
];
export const alpineBase = (): Entry[] => [
	L('ADD alpine-minirootfs-3.22.2-x86_64.tar.gz / # buildkit', 8_314_624, { key: 'alpine-3.22', arm: 9_210_880, comment: B }),
	M('CMD ["/bin/sh"]'),
];
export const buildpackDeps = (): Entry[] => [
	L('RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tgnupg \t\tnetbase \t\tsq \t\twget \t; \trm -rf /var/lib/apt/lists/* # buildkit', 64_382_118, { key: 'buildpack-curl', comment: B }),
	L('RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgit \t\tmercurial \t\topenssh-client \t\tsubversion \t\t\t\tprocps \t; \trm -rf /var/lib/apt/lists/* # buildkit', 199_824_331, { key: 'buildpack-scm', comment: B }),
	L('RUN /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tautoconf \t\tautomake \t\tbzip2 \t\tdefault-libmysqlclient-dev \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\timagemagick \t\tlibbz2-dev \t\tlibc6-dev \t\tlibcurl4-openssl-dev # buildkit', 563_001_470, { key: 'buildpack-dev', comment: B }),
];

export const NGINX_ENV = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NGINX_VERSION=1.29.3', 'NJS_VERSION=0.9.4', 'NJS_RELEASE=1~trixie', 'PKG_RELEASE=1~trixie', 'DYNPKG_RELEASE=1~trixie'];
export const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export const ubuntuNoble = (): Entry[] => [
	M('ARG RELEASE'), M('ARG LAUNCHPAD_BUILD_ARCH'), M('LABEL org.opencontainers.image.ref.name=ubuntu'), M('LABEL org.opencontainers.image.version=24.04'),
	L('ADD file:ddf1aa62235de6657123492b1d6ba9ef7d3d0e3b5e5ec3d0a6fe9e9aa0c1ab64 in / ', 78_118_906, { key: 'ubuntu-noble', arm: 101_408_421 }),
	M('CMD ["/bin/bash"]'),
];
export const ubuntuJammy = (): Entry[] => [
	M('ARG RELEASE'), M('ARG LAUNCHPAD_BUILD_ARCH'), M('LABEL org.opencontainers.image.ref.name=ubuntu'), M('LABEL org.opencontainers.image.version=22.04'),
	L('ADD file:1b6c8c9518be42fa2afe5e241ca31677fce58d27cdfa88baa91a65a259be3637 in / ', 77_863_226, { key: 'ubuntu-jammy', arm: 69_214_432 }),
	M('CMD ["/bin/bash"]'),
];
export const oracle9 = (): Entry[] => [L('ADD oraclelinux-9-slim-amd64-rootfs.tar.xz / # buildkit', 117_640_002, { key: 'oraclelinux9-slim', arm: 115_120_330, comment: B }), M('CMD ["/bin/bash"]')];
