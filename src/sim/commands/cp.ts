// docker cp: files between a container's filesystem and the host's (cli container/cp.go, moby
// daemon/archive.go). The count in `Successfully copied …` is the tar stream's size: a 512-byte
// header per entry, contents padded to 512, and the two zero blocks that end the archive. The
// progress line is shown only when stdout is a terminal, as with docker.
import { fsOf } from '../container/runtime.ts';
import { normPath, type ContainerFs } from '../container/fs.ts';
import { humanSize } from '../render/format.ts';
import { byteLength } from '../engine/sha256.ts';
import type { Parsed } from '../shell/flags.ts';
import { findContainer } from './common.ts';
import type { CommandDef, Ctx } from './types.ts';

function splitArg(arg: string): [string, string] {
	if (arg.startsWith('/')) return ['', arg];
	const at = arg.indexOf(':');
	if (at < 0 || arg.startsWith('.')) return ['', arg];
	return [arg.slice(0, at), arg.slice(at + 1)];
}

function tarSize(files: Array<[string, string]>, dirs: number): number {
	let n = 1024 + dirs * 512;
	for (const [, content] of files) n += 512 + Math.ceil(byteLength(content) / 512) * 512;
	return n;
}

/** Local path → absolute, keeping a trailing `/` or `/.` as archive.PreserveTrailingDotOrSeparator does. */
function absLocal(ctx: Ctx, path: string): string {
	const project = `${ctx.facts.hostHome}/project`;
	const base = ctx.host.cwd ? `${project}/${ctx.host.cwd}` : project;
	let abs = normPath(path.startsWith('~') ? ctx.facts.hostHome + path.slice(1) : path, base);
	if ((path === '.' || path.endsWith('/.')) && !abs.endsWith('/.')) abs += (abs.endsWith('/') ? '' : '/') + '.';
	else if (path.endsWith('/') && !abs.endsWith('/')) abs += '/';
	return abs;
}

/** Absolute host path → key in host.files, or null outside the project. */
function hostKey(ctx: Ctx, abs: string): string | null {
	const project = `${ctx.facts.hostHome}/project`;
	const clean = normPath(abs, '/');
	if (clean === project) return '';
	return clean.startsWith(project + '/') ? clean.slice(project.length + 1) : null;
}

function hostIsDir(ctx: Ctx, key: string): boolean {
	if (key === '') return true;
	return Object.keys(ctx.host.files).some((k) => k.startsWith(key + '/'));
}

function progress(ctx: Ctx, header: string, size: number, dest: string): void {
	ctx.io.err(`\x1b[sPreparing to copy...\x1b[?25l\x1b[u\x1b[2K${header}0B\x1b[?25h\x1b[u\x1b[2KSuccessfully copied ${humanSize(size, 3)} to ${dest}\n`);
}

/** Every file under a container path (itself if a file), as [relative path, content]. */
function walk(fs: ContainerFs, root: string): { files: Array<[string, string]>; dirs: string[] } {
	const files: Array<[string, string]> = [];
	const dirs: string[] = [];
	const visit = (path: string, rel: string) => {
		if (fs.isDir(path)) {
			dirs.push(rel);
			for (const name of fs.list(path)) visit(`${path === '/' ? '' : path}/${name}`, rel ? `${rel}/${name}` : name);
		} else {
			const content = fs.read(path);
			if (content !== null) files.push([rel, content]);
		}
	};
	visit(root, '');
	return { files, dirs };
}

export const cp: CommandDef = {
	name: 'cp',
	group: 'container',
	top: 'cp',
	use: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
	short: 'Copy files/folders between a container and the local filesystem',
	args: { exact: 2 },
	flags: [
		{ long: 'archive', short: 'a', type: 'bool', usage: 'Archive mode (copy all uid/gid information)' },
		{ long: 'follow-link', short: 'L', type: 'bool', usage: 'Always follow symbol link in SRC_PATH' },
		{ long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached' },
	],
	run(ctx: Ctx, p: Parsed): number {
		const [src, dst] = p.args as [string, string];
		if (src === '') return fail(ctx, 'source can not be empty');
		if (dst === '') return fail(ctx, 'destination can not be empty');
		const quiet = p.flags.quiet !== undefined ? p.flags.quiet === true : !ctx.io.tty;
		const [srcC, srcPath] = splitArg(src);
		const [dstC, dstPath] = splitArg(dst);
		if (srcC && dstC) return fail(ctx, 'copying between containers is not supported');
		if (!srcC && !dstC) return fail(ctx, 'must specify at least one container source');
		const ref = srcC || dstC;
		const c = findContainer(ctx.host, ref);
		if (!c) return fail(ctx, `Error response from daemon: No such container: ${ref}`);
		const fs = fsOf(ctx.host, c);
		if (srcC) {
			// container → host
			const from = normPath(srcPath, c.workdir || '/');
			if (!fs.exists(from)) return fail(ctx, `Error response from daemon: Could not find the file ${srcPath} in container ${ref}`);
			const tree = walk(fs, from);
			const size = tarSize(tree.files, tree.dirs.length);
			if (dstPath === '-') {
				ctx.io.out(tree.files.map(([, content]) => content).join(''));
				return 0;
			}
			const abs = absLocal(ctx, dstPath);
			const key = hostKey(ctx, abs);
			if (key === null) return fail(ctx, `mkdir ${abs.replace(/\/\.?$/, '')}: permission denied`);
			const base = from === '/' ? '' : from.slice(from.lastIndexOf('/') + 1);
			const isDirSrc = fs.isDir(from);
			const into = hostIsDir(ctx, key);
			const parent = key.includes('/') ? key.slice(0, key.lastIndexOf('/')) : '';
			// go-archive CopyInfoDestinationPath / PrepareArchiveCopy.
			if (!into && ctx.host.files[key] === undefined && !hostIsDir(ctx, parent)) return fail(ctx, `stat ${abs.replace(/\/+\.?$/, '').replace(/\/[^/]*$/, '') || '/'}: no such file or directory`);
			if (isDirSrc && ctx.host.files[key] !== undefined) return fail(ctx, 'cannot copy directory');
			if (!isDirSrc && dstPath.endsWith('/') && !into) return fail(ctx, 'no such directory');
			const target = into ? (key ? `${key}/${base}` : base) : key;
			for (const [rel, content] of tree.files) ctx.host.files[rel ? `${target}/${rel}` : target] = content;
			if (!quiet) progress(ctx, 'Copying from container - ', size, abs);
			return 0;
		}
		// host → container
		if (srcPath === '-') return fail(ctx, `destination "${ref}:${dstPath}" must be a directory`);
		const abs = absLocal(ctx, srcPath);
		const key = hostKey(ctx, abs);
		const clean = abs.replace(/\/\.?$/, '') || '/';
		const isFile = key !== null && ctx.host.files[key] !== undefined;
		const isDir = key !== null && hostIsDir(ctx, key);
		if (!isFile && !isDir) return fail(ctx, `lstat ${clean}: no such file or directory`);
		const files: Array<[string, string]> = isFile ? [['', ctx.host.files[key!]!]] : Object.entries(ctx.host.files).filter(([k]) => key === '' || k.startsWith(key + '/')).map(([k, v]) => [key === '' ? k : k.slice(key!.length + 1), v]);
		const dirSet = new Set<string>(isDir ? [''] : []);
		for (const [rel] of files) for (let at = rel.lastIndexOf('/'); at > 0; at = rel.lastIndexOf('/', at - 1)) dirSet.add(rel.slice(0, at));
		const to = normPath(dstPath, c.workdir || '/');
		const base = clean.slice(clean.lastIndexOf('/') + 1);
		const exists = fs.exists(to);
		const toIsDir = exists && fs.isDir(to);
		const parent = to.slice(0, to.lastIndexOf('/')) || '/';
		if (!exists && !fs.isDir(parent)) return fail(ctx, `Error response from daemon: Could not find the file ${parent} in container ${ref}`);
		if (isFile && !exists && dstPath.endsWith('/')) return fail(ctx, `no such directory`);
		if (isDir && exists && !toIsDir) return fail(ctx, `cannot copy directory`);
		const target = toIsDir ? `${to === '/' ? '' : to}/${base}` : to;
		if (isDir && !fs.isDir(target)) fs.mkdir(target);
		for (const d of [...dirSet].filter((d) => d).sort()) if (!fs.isDir(`${target}/${d}`)) fs.mkdir(`${target}/${d}`);
		for (const [rel, content] of files) {
			const why = fs.write(rel ? `${target}/${rel}` : target, content);
			if (why) return fail(ctx, `Error response from daemon: ${why}`);
		}
		if (!quiet) progress(ctx, 'Copying to container - ', tarSize(files, dirSet.size), `${ref}:${dstPath}`);
		return 0;
	},
};

function fail(ctx: Ctx, message: string): number {
	ctx.io.err(`${message}\n`);
	return 1;
}
