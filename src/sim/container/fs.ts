// A container's view of its files: bind mounts and volumes over a writable layer over the
// image's files over the family's root filesystem. Deleting a file writes a whiteout (null)
// into the writable layer, as overlayfs does; `docker rm` throws that layer away.
import type { FsFamily } from '../engine/types.ts';
import { rootFs } from './rootfs.ts';

export interface MountView {
	dest: string;
	files: Record<string, string>;
	dirs: string[];
	/** Key prefix inside `files` (a bind of ./site uses `site/`). */
	prefix: string;
	readOnly: boolean;
}

export interface Layers {
	family: FsFamily;
	image: { files: Record<string, string>; dirs: string[] };
	upper: { files: Record<string, string | null>; dirs: string[] };
	mounts: MountView[];
}

export function normPath(path: string, cwd: string): string {
	const abs = path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`;
	const out: string[] = [];
	for (const seg of abs.split('/')) {
		if (seg === '' || seg === '.') continue;
		if (seg === '..') out.pop();
		else out.push(seg);
	}
	return '/' + out.join('/');
}

export class ContainerFs {
	readonly l: Layers;

	constructor(layers: Layers) {
		this.l = layers;
	}

	private mountFor(path: string): { m: MountView; key: string } | null {
		let best: MountView | null = null;
		for (const m of this.l.mounts) {
			if (path === m.dest || path.startsWith(m.dest + '/')) {
				if (!best || m.dest.length > best.dest.length) best = m;
			}
		}
		if (!best) return null;
		const rel = path === best.dest ? '' : path.slice(best.dest.length + 1);
		return { m: best, key: best.prefix + rel };
	}

	read(path: string): string | null {
		const mt = this.mountFor(path);
		if (mt) return mt.m.files[mt.key] ?? null;
		const up = this.l.upper.files[path];
		if (up === null) return null;
		if (up !== undefined) return up;
		return this.l.image.files[path] ?? rootFs(this.l.family).files[path] ?? null;
	}

	isDir(path: string): boolean {
		if (path === '/') return true;
		const mt = this.mountFor(path);
		if (mt) {
			if (mt.key === mt.m.prefix) return true;
			const k = mt.key;
			return mt.m.dirs.includes(k) || Object.keys(mt.m.files).some((f) => f.startsWith(k + '/'));
		}
		if (this.l.upper.files[path] !== undefined) return false;
		if (this.l.upper.dirs.includes(path)) return true;
		if (this.l.mounts.some((m) => m.dest.startsWith(path + '/'))) return true;
		const root = rootFs(this.l.family);
		if (root.dirs.includes(path) || this.l.image.dirs.includes(path)) return true;
		const pre = path + '/';
		const live = (f: string) => f.startsWith(pre) && this.l.upper.files[f] !== null;
		return Object.keys(this.l.image.files).some(live) || Object.keys(root.files).some(live) || Object.keys(this.l.upper.files).some((f) => f.startsWith(pre) && this.l.upper.files[f] !== null) || this.l.upper.dirs.some((d) => d.startsWith(pre)) || root.dirs.some((d) => d.startsWith(pre)) || this.l.image.dirs.some((d) => d.startsWith(pre));
	}

	exists(path: string): boolean {
		return this.read(path) !== null || this.isDir(path);
	}

	list(path: string): string[] {
		const names = new Set<string>();
		const pre = path === '/' ? '/' : path + '/';
		const add = (p: string) => {
			if (!p.startsWith(pre)) return;
			const rest = p.slice(pre.length);
			if (rest === '') return;
			const name = rest.split('/')[0]!;
			if (name) names.add(name);
		};
		const mt = this.mountFor(path);
		if (mt) {
			const kpre = mt.key === '' ? '' : mt.key.endsWith('/') ? mt.key : mt.key + '/';
			for (const f of [...Object.keys(mt.m.files), ...mt.m.dirs]) {
				if (!f.startsWith(kpre)) continue;
				const name = f.slice(kpre.length).split('/')[0];
				if (name) names.add(name);
			}
		} else {
			const root = rootFs(this.l.family);
			for (const d of [...root.dirs, ...this.l.image.dirs, ...this.l.upper.dirs]) add(d);
			for (const f of [...Object.keys(root.files), ...Object.keys(this.l.image.files)]) if (this.l.upper.files[f] !== null) add(f);
			for (const [f, v] of Object.entries(this.l.upper.files)) if (v !== null) add(f);
			for (const m of this.l.mounts) add(m.dest);
		}
		return [...names].filter((n) => this.exists(pre + n)).sort();
	}

	/** Write a file; returns an error reason or null. */
	write(path: string, content: string): string | null {
		const parent = path.slice(0, path.lastIndexOf('/')) || '/';
		if (!this.isDir(parent)) return 'No such file or directory';
		if (this.isDir(path)) return 'Is a directory';
		const mt = this.mountFor(path);
		if (mt) {
			if (mt.m.readOnly) return 'Read-only file system';
			mt.m.files[mt.key] = content;
			return null;
		}
		this.l.upper.files[path] = content;
		return null;
	}

	mkdir(path: string): string | null {
		const parent = path.slice(0, path.lastIndexOf('/')) || '/';
		if (!this.isDir(parent)) return 'No such file or directory';
		if (this.exists(path)) return 'File exists';
		const mt = this.mountFor(path);
		if (mt) mt.m.dirs.push(mt.key);
		else this.l.upper.dirs.push(path);
		return null;
	}

	remove(path: string, recursive: boolean): string | null {
		if (this.isDir(path)) {
			if (!recursive) return 'Is a directory';
			for (const child of this.list(path)) this.remove(`${path === '/' ? '' : path}/${child}`, true);
			const mt = this.mountFor(path);
			if (mt) mt.m.dirs = mt.m.dirs.filter((d) => d !== mt.key);
			this.l.upper.dirs = this.l.upper.dirs.filter((d) => d !== path);
			return null;
		}
		if (this.read(path) === null) return 'No such file or directory';
		const mt = this.mountFor(path);
		if (mt) {
			delete mt.m.files[mt.key];
			return null;
		}
		const underneath = this.l.image.files[path] !== undefined || rootFs(this.l.family).files[path] !== undefined;
		if (underneath) this.l.upper.files[path] = null;
		else delete this.l.upper.files[path];
		return null;
	}

	/** Whether a command is installed: in the family's PATH or added as a file to a bin dir. */
	hasCommand(name: string): boolean {
		if (name.includes('/')) return this.read(name) !== null;
		if (rootFs(this.l.family).commands.includes(name)) return true;
		for (const dir of ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']) if (this.read(`${dir}/${name}`) !== null) return true;
		return false;
	}
}
