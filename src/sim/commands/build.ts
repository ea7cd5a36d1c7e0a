// docker build (buildx with the docker driver): a Dockerfile's stages run step by step
// over a simulated root filesystem, with BuildKit's layer cache (a step is CACHED when its
// instruction, inputs and everything before it are unchanged), BuildKit's TTY or plain
// progress, its error block, and the legacy builder where BuildKit is not used.
import { ContainerFs, normPath } from '../container/fs.ts';
import { containerShell } from '../container/runtime.ts';
import { EMPTY_LAYER } from '../engine/catalog.ts';
import { expandVars, parseDockerfile, type Instruction, type Stage } from '../engine/dockerfile.ts';
import { findImageByRef, normalizePlatform, resolveRemote, storeImage, tagImage } from '../engine/images.ts';
import { familiarString, fullString, parseReference, tagKey, type Reference } from '../engine/reference.ts';
import { byteLength, sha256 } from '../engine/sha256.ts';
import type { Container, FsFamily, HistoryEntry, Image, Layer } from '../engine/types.ts';
import { errorBlock, renderPlain, renderTty, type Vertex } from '../render/buildkit.ts';
import { humanSize, shortId } from '../render/format.ts';
import { bufferIo } from '../shell/exec.ts';
import type { Parsed } from '../shell/flags.ts';
import { list, str } from './common.ts';
import { pullImage } from './pull.ts';
import type { CommandDef, Ctx } from './types.ts';

interface StageState {
	stage: Stage;
	family: FsFamily;
	files: Record<string, string>;
	dirs: string[];
	env: string[];
	workdir: string;
	user: string;
	cmd: string[] | null;
	/** CMD was set in this stage (not inherited): an ENTRYPOINT after it keeps it. */
	ownCmd?: boolean;
	entrypoint: string[] | null;
	exposed: string[];
	volumes: string[];
	labels: Record<string, string>;
	stopSignal: string;
	layers: Layer[];
	history: HistoryEntry[];
	key: string;
	base: Image | null;
	mountFrom: string;
	args: Record<string, string>;
	os: Image['os'];
	arch: Image['arch'];
}

interface Failure {
	vertex: Vertex | null;
	message: string;
	line: number;
}

const jsonList = (a: string[]) => `[${a.map((x) => JSON.stringify(x)).join(' ')}]`;

function envMap(env: string[], args: Record<string, string>): Record<string, string> {
	const m: Record<string, string> = { ...args };
	for (const e of env) {
		const i = e.indexOf('=');
		if (i > 0) m[e.slice(0, i)] = e.slice(i + 1);
	}
	return m;
}

function setEnv(env: string[], key: string, value: string): string[] {
	const out = env.filter((e) => !e.startsWith(key + '='));
	out.push(`${key}=${value}`);
	return out;
}

function parseKeyValues(rest: string): Array<[string, string]> {
	const out: Array<[string, string]> = [];
	const re = /([^\s=]+)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;
	if (!rest.includes('=')) {
		const m = /^(\S+)\s+(.*)$/.exec(rest);
		if (m) out.push([m[1]!, m[2]!]);
		return out;
	}
	for (const m of rest.matchAll(re)) out.push([m[1]!, m[2]!.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1')]);
	return out;
}

function ignoreFilter(patterns: string[]): (path: string) => boolean {
	const res = patterns.map((p) => p.trim()).filter((p) => p && !p.startsWith('#')).map((p) => {
		const neg = p.startsWith('!');
		const body = (neg ? p.slice(1) : p).replace(/^\.?\//, '').replace(/\/$/, '');
		const re = new RegExp('^' + body.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]').replace(/\u0000/g, '.*') + '(/.*)?$');
		return { neg, re };
	});
	return (path) => {
		let ignored = false;
		for (const r of res) if (r.re.test(path)) ignored = !r.neg;
		return ignored;
	};
}

export const build: CommandDef = {
	name: 'build',
	group: 'image',
	top: 'build',
	aliasLine: 'docker build, docker builder build, docker image build, docker buildx b',
	use: '[OPTIONS] PATH | URL | -',
	short: 'Start a build',
	args: { exact: 1 },
	flags: [
		{ long: 'build-arg', type: 'list', varName: 'stringArray', usage: 'Set build-time variables' },
		{ long: 'file', short: 'f', type: 'string', usage: 'Name of the Dockerfile (default: "PATH/Dockerfile")' },
		{ long: 'label', type: 'list', varName: 'stringArray', usage: 'Set metadata for an image' },
		{ long: 'load', type: 'bool', usage: 'Shorthand for "--output=type=docker"' },
		{ long: 'no-cache', type: 'bool', usage: 'Do not use cache when building the image' },
		{ long: 'platform', type: 'list', varName: 'stringArray', usage: 'Set target platform for build' },
		{ long: 'progress', type: 'string', usage: 'Set type of progress output ("auto", "none",  "plain", "quiet", "rawjson", "tty"). Use plain to show container output', defValue: 'auto' },
		{ long: 'pull', type: 'bool', usage: 'Always attempt to pull all referenced images' },
		{ long: 'push', type: 'bool', usage: 'Shorthand for "--output=type=registry,unpack=false"' },
		{ long: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the build output and print image ID on success' },
		{ long: 'tag', short: 't', type: 'list', varName: 'stringArray', usage: 'Image identifier (format: "[registry/]repository[:tag]")' },
		{ long: 'target', type: 'string', usage: 'Set the target build stage to build' },
	],
	run(ctx: Ctx, p: Parsed): number {
		return runBuild(ctx, p);
	},
};

function buildError(ctx: Ctx, msg: string): number {
	ctx.io.err(`ERROR: ${msg}\n`);
	return 1;
}

function runBuild(ctx: Ctx, p: Parsed): number {
	const world = ctx.world;
	const host = ctx.host;
	const facts = ctx.facts;
	const legacy = ctx.env.DOCKER_BUILDKIT === '0' || facts.os === 'windows';
	const ctxArg = p.args[0]!;
	const tags = list(p.flags.tag);
	for (const t of tags) {
		const r = parseReference(t);
		if (!r.ok) return buildError(ctx, `failed to build: invalid tag "${t}": ${r.error}`);
	}
	// Context: the host files under a directory.
	const prefix = ctxArg === '.' || ctxArg === './' ? '' : ctxArg.replace(/^\.\//, '').replace(/\/$/, '') + '/';
	const ctxFiles: Record<string, string> = {};
	for (const [k, v] of Object.entries(host.files)) if (k.startsWith(prefix)) ctxFiles[k.slice(prefix.length)] = v;
	if (prefix && Object.keys(ctxFiles).length === 0) return buildError(ctx, `failed to build: unable to prepare context: path "${ctxArg}" not found`);
	const dfName = str(p.flags.file) || `${prefix}Dockerfile`;
	const dfText = host.files[dfName.replace(/^\.\//, '')];
	const dfBase = (str(p.flags.file) || 'Dockerfile').split('/').pop()!;
	const ignore = ignoreFilter((ctxFiles['.dockerignore'] ?? '').split('\n'));
	const context: Record<string, string> = {};
	for (const [k, v] of Object.entries(ctxFiles)) if (!ignore(k)) context[k] = v;
	const platformFlag = list(p.flags.platform)[0] ?? '';
	const want = platformFlag ? normalizePlatform(platformFlag) : null;
	if (platformFlag && !want) return buildError(ctx, `failed to build: failed to parse platform ${platformFlag}: "${platformFlag}": unknown operating system or architecture: invalid argument`);
	const buildArgs: Record<string, string> = {};
	for (const a of list(p.flags['build-arg'])) {
		const i = a.indexOf('=');
		if (i > 0) buildArgs[a.slice(0, i)] = a.slice(i + 1);
	}
	const progress = str(p.flags.progress) || 'auto';
	if (!['auto', 'plain', 'tty', 'quiet', 'rawjson', 'none'].includes(progress)) return buildError(ctx, `failed to build: invalid progress mode ${progress}`);
	const quiet = p.flags.quiet === true || progress === 'quiet' || progress === 'none';
	const tty = !quiet && (progress === 'tty' || (progress === 'auto' && ctx.io.tty));

	// ---- the vertices, in BuildKit's order ----
	const vertices: Vertex[] = [];
	let t = 0;
	const vertex = (name: string, dur: number, extra: Partial<Vertex> = {}): Vertex => {
		const v: Vertex = { name, start: t, end: t + dur, cached: false, error: '', statuses: [], logs: [], ...extra };
		vertices.push(v);
		t += dur;
		return v;
	};
	const dfSize = dfText === undefined ? 2 : byteLength(dfText);
	const vDef = vertex(`[internal] load build definition from ${dfBase}`, 0.02);
	vDef.statuses.push({ id: 'transferring dockerfile:', current: dfSize, total: 0, start: 0, end: 0 });

	let failure: Failure | null = null;
	const finish = (): number => finishBuild(ctx, { vertices, failure, tty, quiet, legacy: false, dfName: dfBase, dfText: dfText ?? '', imageId: '', tags });

	if (dfText === undefined) {
		failure = { vertex: null, message: `failed to solve: failed to read dockerfile: open ${dfBase}: no such file or directory`, line: 0 };
		if (legacy) return buildError(ctx, `unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${facts.hostHome}/project/${dfName}: no such file or directory`);
		return finish();
	}
	const parsed = parseDockerfile(dfText);
	if (!parsed.ok) {
		failure = { vertex: null, message: `failed to solve: ${parsed.error}`, line: parsed.line };
		return finish();
	}
	const stages = parsed.stages;
	const globalArgs: Record<string, string> = {};
	for (const a of parsed.args) {
		const [k, v] = (a.args[0] ?? '').split('=');
		globalArgs[k!] = buildArgs[k!] ?? v ?? '';
	}
	const target = str(p.flags.target);
	let last = stages.length - 1;
	if (target) {
		last = stages.findIndex((s) => s.name === target);
		if (last < 0) {
			failure = { vertex: null, message: `failed to solve: target stage "${target}" could not be found`, line: 0 };
			return finish();
		}
	}
	// Which stages are needed: the target and what it copies --from, transitively.
	const needed = new Set<number>();
	const need = (i: number) => {
		if (needed.has(i)) return;
		needed.add(i);
		const st = stages[i]!;
		const byName = stages.findIndex((s, j) => j < i && s.name !== '' && s.name === st.base.toLowerCase());
		if (byName >= 0) need(byName);
		for (const ins of st.steps) {
			const from = ins.flags.from;
			if (from === undefined) continue;
			const j = /^\d+$/.test(from) ? Number(from) : stages.findIndex((s) => s.name === from.toLowerCase());
			if (j >= 0 && j < i) need(j);
		}
	};
	need(last);
	const order = [...needed].sort((a, b) => a - b);
	const multi = stages.length > 1;
	const stageLabel = (s: Stage) => (multi ? `${s.name || `stage-${s.index}`} ` : '');

	if (legacy) return legacyBuild(ctx, { stages: order.map((i) => stages[i]!), context, buildArgs: { ...globalArgs, ...buildArgs }, tags, noCache: p.flags['no-cache'] === true, quiet, dfText, dfBase, ctxSize: Object.values(ctxFiles).reduce((n, v) => n + byteLength(v), 0) });

	// Resolve base images (metadata vertices).
	const bases: Record<number, { ref: Reference | null; image: Image | null; digest: string; local: boolean; stageRef: number }> = {};
	const metaSeen = new Set<string>();
	for (const i of order) {
		const st = stages[i]!;
		const baseName = expandVars(st.base, globalArgs);
		const stageRef = stages.findIndex((s, j) => j < i && s.name !== '' && s.name === baseName.toLowerCase());
		if (stageRef >= 0) {
			bases[i] = { ref: null, image: null, digest: '', local: true, stageRef };
			continue;
		}
		if (baseName === 'scratch') {
			bases[i] = { ref: null, image: null, digest: '', local: true, stageRef: -1 };
			continue;
		}
		const r = parseReference(baseName);
		if (!r.ok) {
			failure = { vertex: null, message: `failed to solve: failed to parse stage name "${baseName}": invalid reference format`, line: st.from.line };
			return finish();
		}
		const ref = r.ref;
		const stagePlatform = st.platform ? expandVars(st.platform, { ...globalArgs, BUILDPLATFORM: facts.platformString, TARGETPLATFORM: platformFlag || facts.platformString }) : platformFlag;
		const wantHere = stagePlatform ? normalizePlatform(stagePlatform) : null;
		const local = findImageByRef(host, ref);
		const localOk = local && (!wantHere || (local.arch === wantHere.arch && local.os === wantHere.os)) && p.flags.pull !== true;
		const full = fullString(ref);
		const metaDone = metaSeen.has(full);
		metaSeen.add(full);
		if (localOk && !(local.repoDigests.length > 0 && !metaDone && false)) {
			if (!metaDone && local.repoDigests.length) vertex(`[internal] load metadata for ${full}`, host.buildBases[full] ? 0.4 : 1.1);
			bases[i] = { ref, image: local, digest: local.repoDigests[0]?.split('@')[1]?.slice(7) ?? '', local: true, stageRef: -1 };
			continue;
		}
		const res = resolveRemote(world, facts, ref, stagePlatform);
		const vMeta = metaDone ? null : vertex(`[internal] load metadata for ${full}`, host.buildBases[full] ? 0.4 : 1.1);
		if (!res.ok) {
			if (vMeta) vMeta.error = res.kind === 'denied' ? `${baseName}: failed to resolve source metadata for ${full}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed` : res.kind === 'no-match' ? `${baseName}: failed to resolve source metadata for ${full}: ${res.message.replace(' in the manifest list entries', '')}: not found` : `${baseName}: failed to resolve source metadata for ${full}: ${full}: not found`;
			failure = { vertex: vMeta, message: `failed to solve: ${vMeta?.error ?? res.message}`, line: 0 };
			return finish();
		}
		bases[i] = { ref, image: res.remote.image, digest: res.remote.digest, local: false, stageRef: -1 };
	}
	const ignoreSize = byteLength(ctxFiles['.dockerignore'] ?? '') || 2;
	const vIgnore = vertex('[internal] load .dockerignore', 0.01);
	vIgnore.statuses.push({ id: 'transferring context:', current: ignoreSize, total: 0, start: vIgnore.start, end: vIgnore.start });

	// FROM vertices.
	const states: Record<number, StageState> = {};
	const noCache = p.flags['no-cache'] === true;
	for (const i of order) {
		const st = stages[i]!;
		const b = bases[i]!;
		const steps = st.steps.filter((s) => ['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(s.cmd));
		const n = steps.length + 1;
		const w = String(n).length;
		const label = `[${stageLabel(st)}${String(1).padStart(w)}/${n}]`;
		let base: StageState;
		if (b.stageRef >= 0) {
			const src = states[b.stageRef]!;
			base = { ...JSON.parse(JSON.stringify(src)), stage: st, key: src.key } as StageState;
		} else if (!b.image) {
			base = { stage: st, family: 'scratch', files: {}, dirs: [], env: [], workdir: '', user: '', cmd: null, entrypoint: null, exposed: [], volumes: [], labels: {}, stopSignal: '', layers: [], history: [], key: 'scratch', base: null, mountFrom: '', args: {}, os: want?.os === 'windows' ? 'windows' : facts.os, arch: (want?.arch as Image['arch']) ?? facts.arch };
		} else {
			const img = b.image;
			const full = fullString(b.ref!);
			const name = `${label} FROM ${full}${b.digest ? `@sha256:${b.digest}` : ''}`;
			const known = host.buildBases[full + '@' + img.id];
			if (known) {
				const v = vertex(name, 0.01, { cached: true });
				v.statuses.push({ id: `resolve ${full}${b.digest ? `@sha256:${b.digest}` : ''}`, current: 0, total: 0, start: v.start, end: v.end });
			} else if (b.local) {
				const v = vertex(name, 0.02);
				v.statuses.push({ id: `resolve ${full}${b.digest ? `@sha256:${b.digest}` : ''}`, current: 0, total: 0, start: v.start, end: v.start + 0.01 });
			} else {
				const v = vertex(name, 0);
				v.statuses.push({ id: `resolve ${full}@sha256:${b.digest}`, current: 0, total: 0, start: t, end: t + 0.01 });
				let tt = t + 0.01;
				for (const l of [...img.layers].reverse()) {
					const dur = Math.max(0.1, l.compressed / 40_000_000);
					v.statuses.push({ id: `sha256:${l.digest}`, current: l.compressed, total: l.compressed, start: tt, end: tt + dur });
					tt += dur * 0.6;
				}
				tt = Math.max(tt, ...v.statuses.map((s) => s.end));
				for (const l of img.layers) {
					const dur = Math.max(0.1, l.size / 300_000_000);
					v.statuses.push({ id: `extracting sha256:${l.digest}`, current: 0, total: 0, start: tt, end: tt + dur });
					tt += dur;
				}
				v.end = tt;
				t = tt;
			}
			host.buildBases[full + '@' + img.id] = true;
			host.buildBases[full] = true;
			base = {
				stage: st, family: img.family, files: { ...img.files }, dirs: [...img.dirs], env: [...img.config.env], workdir: img.config.workdir, user: img.config.user,
				cmd: img.config.cmd, entrypoint: img.config.entrypoint, exposed: [...img.config.exposed], volumes: [...img.config.volumes], labels: { ...img.config.labels }, stopSignal: img.config.stopSignal,
				layers: [...img.layers], history: [...img.history], key: `base ${img.id}`, base: img, mountFrom: img.mountFrom, args: {}, os: img.os, arch: img.arch,
			};
		}
		base.stage = st;
		base.args = { ...globalArgs };
		states[i] = base;
	}
	// Build context (only when some COPY/ADD reads it).
	const usesContext = order.some((i) => stages[i]!.steps.some((s) => (s.cmd === 'COPY' || s.cmd === 'ADD') && s.flags.from === undefined));
	if (usesContext) {
		const prevKey = `ctx ${prefix}`;
		const prev = host.buildCache[prevKey]?.files ?? null;
		let bytes = 0;
		for (const [k, v] of Object.entries(context)) if (!prev || prev[k] !== sha256(v)) bytes += byteLength(v);
		const vCtx = vertex('[internal] load build context', 0.02);
		vCtx.statuses.push({ id: 'transferring context:', current: prev ? bytes || 2 : Math.max(bytes, 2), total: 0, start: vCtx.start, end: vCtx.start });
		host.buildCache[prevKey] = { files: Object.fromEntries(Object.entries(context).map(([k, v]) => [k, sha256(v)])), dirs: [], layerDigest: '', size: 0, logs: [] };
	}

	// Steps.
	const created = world.now();
	for (const i of order) {
		const s = states[i]!;
		const st = s.stage;
		const steps = st.steps.filter((x) => ['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(x.cmd));
		const n = steps.length + 1;
		const w = String(n).length;
		let idx = 1;
		for (const ins of st.steps) {
			const vars = envMap(s.env, s.args);
			if (ins.cmd === 'ARG') {
				for (const a of ins.args) {
					const [k, v] = [a.split('=')[0]!, a.includes('=') ? a.slice(a.indexOf('=') + 1) : undefined];
					s.args[k] = buildArgs[k] ?? v ?? globalArgs[k] ?? '';
				}
				s.history.push({ created, createdBy: `ARG ${ins.rest}`, size: 0, emptyLayer: true, comment: 'buildkit.dockerfile.v0' });
				continue;
			}
			if (!['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(ins.cmd)) {
				applyMeta(s, ins, vars, created);
				continue;
			}
			idx++;
			const label = `[${stageLabel(st)}${String(idx).padStart(w)}/${n}]`;
			const name = `${label} ${ins.original}`;
			const res = runStep(ctx, s, ins, vars, context, states, stages, noCache, name, () => t, (v) => {
				vertices.push(v);
				t = v.end;
			}, created);
			if (!res.ok) {
				failure = { vertex: res.vertex, message: `failed to solve: ${res.message}`, line: ins.line };
				return finish();
			}
		}
	}
	// Export.
	const fin = states[last]!;
	const meta = { env: fin.env, workdir: fin.workdir, user: fin.user, cmd: fin.cmd, entrypoint: fin.entrypoint, exposed: fin.exposed, volumes: fin.volumes, labels: { ...fin.labels, ...Object.fromEntries(list(p.flags.label).map((l) => [l.split('=')[0]!, l.split('=').slice(1).join('=')])) }, stopSignal: fin.stopSignal, arch: want?.arch ?? fin.arch };
	const imageId = sha256(`image ${fin.key} ${JSON.stringify(meta)}`);
	const allCached = vertices.filter((v) => /^\[(?!internal)/.test(v.name) && !v.name.includes('] FROM ')).every((v) => v.cached);
	const vExp = vertex('exporting to image', allCached ? 0.01 : 0.12);
	vExp.statuses.push({ id: 'exporting layers', current: 0, total: 0, start: vExp.start, end: vExp.start + (allCached ? 0 : 0.1) });
	vExp.statuses.push({ id: `writing image sha256:${imageId}`, current: 0, total: 0, start: vExp.end - 0.01, end: vExp.end });
	for (const tg of tags) {
		const r = parseReference(tg);
		if (r.ok) vExp.statuses.push({ id: `naming to ${fullString(r.ref)}`, current: 0, total: 0, start: vExp.end, end: vExp.end });
	}
	let img = host.images[imageId];
	if (!img) {
		img = storeImage(host, {
			id: imageId, os: fin.os, arch: (want?.arch as Image['arch']) ?? fin.arch, osVersion: '', created, layers: fin.layers, history: fin.history,
			config: { cmd: fin.cmd, entrypoint: fin.entrypoint, env: fin.env, workdir: fin.workdir, exposed: fin.exposed, volumes: fin.volumes, user: fin.user, labels: meta.labels, stopSignal: fin.stopSignal },
			family: fin.family, files: fin.files, dirs: fin.dirs, program: '', repoTags: [], repoDigests: [], parent: '', mountFrom: fin.mountFrom,
		});
	}
	for (const tg of tags) {
		const r = parseReference(tg);
		if (r.ok) tagImage(host, img, tagKey(r.ref));
	}
	world.advance(t * 1000);
	return finishBuild(ctx, { vertices, failure: null, tty, quiet, legacy: false, dfName: dfBase, dfText, imageId, tags });
}

function applyMeta(s: StageState, ins: Instruction, vars: Record<string, string>, created: number): void {
	const B = 'buildkit.dockerfile.v0';
	const hist = (by: string) => s.history.push({ created, createdBy: by, size: 0, emptyLayer: true, comment: B });
	switch (ins.cmd) {
		case 'ENV': {
			for (const [k, v] of parseKeyValues(ins.rest)) {
				const val = expandVars(v, vars);
				s.env = setEnv(s.env, k, val);
				hist(`ENV ${k}=${val}`);
			}
			break;
		}
		case 'CMD':
			s.cmd = ins.json ? ins.args : ['/bin/sh', '-c', ins.rest];
			s.ownCmd = true;
			hist(`CMD ${jsonList(s.cmd)}`);
			break;
		case 'ENTRYPOINT':
			s.entrypoint = ins.json ? ins.args : ['/bin/sh', '-c', ins.rest];
			// The Dockerfile frontend: an ENTRYPOINT resets a CMD inherited from the base image.
			if (!s.ownCmd) s.cmd = null;
			hist(`ENTRYPOINT ${jsonList(s.entrypoint)}`);
			break;
		case 'EXPOSE':
			for (const a of ins.args) {
				const port = expandVars(a, vars);
				const key = port.includes('/') ? port : `${port}/tcp`;
				if (!s.exposed.includes(key)) s.exposed.push(key);
			}
			hist(`EXPOSE map[${s.exposed.map((e) => `${e}:{}`).join(' ')}]`);
			break;
		case 'USER':
			s.user = expandVars(ins.rest, vars);
			hist(`USER ${s.user}`);
			break;
		case 'LABEL':
			for (const [k, v] of parseKeyValues(ins.rest)) s.labels[k] = expandVars(v, vars);
			hist(`LABEL ${ins.rest}`);
			break;
		case 'VOLUME': {
			const vols = ins.json ? ins.args : ins.args;
			for (const v of vols) if (!s.volumes.includes(v)) s.volumes.push(v);
			hist(`VOLUME [${vols.join(' ')}]`);
			break;
		}
		case 'STOPSIGNAL':
			s.stopSignal = ins.rest;
			hist(`STOPSIGNAL ${ins.rest}`);
			break;
		case 'MAINTAINER':
			s.labels.maintainer = ins.rest;
			hist(`MAINTAINER ${ins.rest}`);
			break;
		default:
			hist(`${ins.cmd} ${ins.rest}`);
	}
}

type StepResult = { ok: true } | { ok: false; vertex: Vertex; message: string };

function runStep(ctx: Ctx, s: StageState, ins: Instruction, vars: Record<string, string>, context: Record<string, string>, states: Record<number, StageState>, stages: Stage[], noCache: boolean, name: string, now: () => number, push: (v: Vertex) => void, created: number): StepResult {
	const host = ctx.host;
	const B = 'buildkit.dockerfile.v0';
	// Inputs that make up the cache key.
	let inputs = '';
	let sources: Array<[string, string]> = [];
	let fromStage: StageState | null = null;
	if (ins.cmd === 'COPY' || ins.cmd === 'ADD') {
		const args = ins.json ? ins.args : ins.args.map((a) => expandVars(a, vars));
		const srcs = args.slice(0, -1);
		const from = ins.flags.from;
		if (from !== undefined) {
			const j = /^\d+$/.test(from) ? Number(from) : stages.findIndex((x) => x.name === from.toLowerCase());
			fromStage = j >= 0 ? (states[j] ?? null) : null;
			if (!fromStage) {
				const v: Vertex = { name, start: now(), end: now() + 0.01, cached: false, error: `failed to resolve source metadata for docker.io/library/${from}:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`, statuses: [], logs: [] };
				push(v);
				return { ok: false, vertex: v, message: v.error };
			}
		}
		for (const src of srcs) {
			if (/^https?:\/\//.test(src) && ins.cmd === 'ADD') {
				sources.push([src.split('/').pop() || 'index.html', `downloaded from ${src}\n`]);
				continue;
			}
			const hits = fromStage ? collect(fromStage.files, src, true) : collect(context, src, false);
			if (hits.length === 0) {
				const msg = fromStage ? `failed to compute cache key: failed to calculate checksum of ref ${sha256('ref' + src).slice(0, 25)}::${sha256('ref2' + src).slice(0, 25)}: "/${src.replace(/^\.?\//, '')}": not found` : `failed to compute cache key: failed to calculate checksum of ref ${sha256('ref' + src).slice(0, 25)}::${sha256('ref2' + src).slice(0, 25)}: "/${src.replace(/^\.?\//, '')}": not found`;
				const v: Vertex = { name, start: now(), end: now() + 0.01, cached: false, error: msg, statuses: [], logs: [] };
				push(v);
				return { ok: false, vertex: v, message: msg };
			}
			sources.push(...hits);
		}
		sources = sources.sort(([a], [b]) => (a < b ? -1 : 1));
		inputs = sources.map(([k, v]) => `${k}:${sha256(v)}`).join(',');
	} else if (ins.cmd === 'RUN') inputs = JSON.stringify(vars);
	const key = sha256(`${s.key}\n${ins.original}\n${inputs}\n${s.arch}`);
	const cached = !noCache ? host.buildCache[key] : undefined;
	const start = now();
	if (cached) {
		s.files = { ...cached.files };
		s.dirs = [...cached.dirs];
		s.key = key;
		if (ins.cmd === 'WORKDIR') s.workdir = normPath(expandVars(ins.rest, vars), s.workdir || '/');
		s.layers.push({ digest: cached.layerDigest, size: cached.size, compressed: Math.round(cached.size * 0.4) + 32 });
		s.history.push({ created, createdBy: historyText(ins, vars), size: cached.size, emptyLayer: false, comment: B });
		push({ name, start, end: start + 0.01, cached: true, error: '', statuses: [], logs: [] });
		return { ok: true };
	}
	let size = 0;
	const logs: Array<{ t: number; text: string }> = [];
	let dur = 0.05;
	if (ins.cmd === 'WORKDIR') {
		const dir = normPath(expandVars(ins.rest, vars), s.workdir || '/');
		let cur = '';
		for (const seg of dir.split('/').filter(Boolean)) {
			cur += '/' + seg;
			if (!s.dirs.includes(cur)) s.dirs.push(cur);
		}
		s.workdir = dir;
		dur = 0.03;
	} else if (ins.cmd === 'COPY' || ins.cmd === 'ADD') {
		const args = ins.json ? ins.args : ins.args.map((a) => expandVars(a, vars));
		const destRaw = args[args.length - 1]!;
		const dest = normPath(destRaw, s.workdir || '/');
		const srcs = args.slice(0, -1);
		// `.` is the working directory and `/` the root: both always exist, so a file goes into them.
		const dirDest = destRaw.endsWith('/') || destRaw === '.' || destRaw.endsWith('/.') || dest === '/' || srcs.length > 1 || srcs.some((x) => x === '.' || x.endsWith('/') || x.includes('*')) || s.dirs.includes(dest) || sources.length > 1;
		for (const [rel, content] of sources) {
			const target = dirDest ? normPath(rel, dest) : dest;
			s.files[target] = content;
			size += byteLength(content);
			let cur = '';
			for (const seg of target.split('/').filter(Boolean).slice(0, -1)) {
				cur += '/' + seg;
				if (!s.dirs.includes(cur)) s.dirs.push(cur);
			}
		}
		dur = 0.04 + size / 50_000_000;
	} else {
		// RUN: in a throwaway container over the stage's files.
		const script = ins.json ? ins.args.map((a) => (/[\s'"]/.test(a) ? `'${a}'` : a)).join(' ') : ins.rest;
		const upper = { files: {} as Record<string, string | null>, dirs: [] as string[] };
		const fs = new ContainerFs({ family: s.family, image: { files: s.files, dirs: s.dirs }, upper, mounts: [] });
		const fake: Container = {
			id: ctx.world.hex(64), name: 'build', image: '', imageId: '', created: ctx.world.now(), started: ctx.world.now(), finished: 0, status: 'running', exitCode: 0,
			path: '/bin/sh', args: ['-c', script], env: [...s.env, ...Object.entries(s.args).map(([k, v]) => `${k}=${v}`)], workdir: s.workdir, user: s.user, hostname: 'buildkitsandbox',
			ports: [], exposed: [], mounts: [], endpoints: [], files: upper.files, dirs: upper.dirs, logs: [], autoRemove: false, tty: false, interactive: false, program: '', restartCount: 0, platform: '', startError: '', emulated: false, paused: false,
		};
		const buf = bufferIo(ctx.io);
		let grown = 0;
		const sh = containerShell(ctx.world, host, fake, buf, fs, { interactive: false, cwd: s.workdir || '/', extraProcs: [], build: { grow: (b) => (grown += b) }, family: s.family });
		const status = s.family === 'scratch' ? 127 : sh.executor.runLine(script, buf);
		const text = (buf.text + buf.errText).slice(0, 20000);
		const outLines = text.split('\n');
		if (outLines[outLines.length - 1] === '') outLines.pop();
		dur = 0.2 + Math.min(30, grown / 8_000_000) + outLines.length * 0.02;
		outLines.forEach((l, k) => logs.push({ t: start + 0.1 + (dur - 0.15) * ((k + 1) / (outLines.length + 1)), text: l }));
		const exitCode = sh.exited ?? status;
		if (s.family === 'scratch') logs.push({ t: start + 0.1, text: 'runc run failed: unable to start container process: error during container init: exec: "/bin/sh": stat /bin/sh: no such file or directory' });
		if (exitCode !== 0) {
			const proc = ins.json ? ins.args.join(' ') : `/bin/sh -c ${script}`;
			const v: Vertex = { name, start, end: start + dur, cached: false, error: `process "${proc}" did not complete successfully: exit code: ${exitCode}`, statuses: [], logs };
			push(v);
			return { ok: false, vertex: v, message: v.error };
		}
		for (const [k, v] of Object.entries(upper.files)) {
			if (v === null) delete s.files[k];
			else {
				s.files[k] = v;
				size += byteLength(v);
			}
		}
		for (const d of upper.dirs) if (!s.dirs.includes(d)) s.dirs.push(d);
		size += grown;
	}
	s.key = key;
	const digest = size === 0 && ins.cmd === 'WORKDIR' ? EMPTY_LAYER : sha256(`layer ${key}`);
	s.layers.push({ digest, size, compressed: Math.round(size * 0.4) + 32 });
	s.history.push({ created, createdBy: historyText(ins, vars), size, emptyLayer: false, comment: B });
	host.buildCache[key] = { files: { ...s.files }, dirs: [...s.dirs], layerDigest: digest, size, logs: logs.map((l) => l.text) };
	push({ name, start, end: start + dur, cached: false, error: '', statuses: [], logs });
	return { ok: true };
}

function historyText(ins: Instruction, vars: Record<string, string>): string {
	if (ins.cmd === 'RUN') return ins.json ? `RUN ${jsonList(ins.args)} # buildkit` : `RUN /bin/sh -c ${ins.rest} # buildkit`;
	if (ins.cmd === 'WORKDIR') return `WORKDIR ${expandVars(ins.rest, vars)}`;
	const flags = Object.entries(ins.flags).map(([k, v]) => `--${k}=${v} `).join('');
	return `${ins.cmd} ${flags}${ins.args.map((a) => expandVars(a, vars)).join(' ')} # buildkit`;
}

/** Context files matched by a COPY source (file, directory, `.`, or a glob). */
function collect(files: Record<string, string>, src: string, absolute: boolean): Array<[string, string]> {
	const clean = src.replace(/^\.\//, '').replace(/^\//, '').replace(/\/$/, '');
	const entries = Object.entries(files).map(([k, v]) => [absolute ? k.replace(/^\//, '') : k, v] as [string, string]);
	if (clean === '' || clean === '.') return entries;
	if (clean.includes('*') || clean.includes('?')) {
		const re = new RegExp('^' + clean.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + '$');
		return entries.filter(([k]) => re.test(k)).map(([k, v]) => [k.split('/').pop()!, v]);
	}
	const exact = entries.find(([k]) => k === clean);
	if (exact) return [[clean.split('/').pop()!, exact[1]]];
	return entries.filter(([k]) => k.startsWith(clean + '/')).map(([k, v]) => [k.slice(clean.length + 1), v]);
}

interface FinishArgs {
	vertices: Vertex[];
	failure: Failure | null;
	tty: boolean;
	quiet: boolean;
	legacy: boolean;
	dfName: string;
	dfText: string;
	imageId: string;
	tags: string[];
}

function finishBuild(ctx: Ctx, a: FinishArgs): number {
	const facts = ctx.facts;
	const errOut = (text: string) => ctx.io.err(text);
	const total = a.vertices.length;
	if (!a.quiet) {
		if (a.tty) errOut(renderTty(a.vertices, { width: ctx.io.cols, height: ctx.io.rows, desc: facts.builder, total }));
		else errOut(renderPlain(a.vertices, facts.desktop ? (facts.os === 'windows' ? 'desktop-windows' : 'desktop-linux') : 'default'));
	}
	if (a.failure) {
		if (a.failure.vertex) errOut(errorBlock(a.failure.vertex, a.dfName, a.dfText, a.failure.line));
		else if (a.failure.line > 0) {
			const fake: Vertex = { name: '', start: 0, end: 0, cached: false, error: '', statuses: [], logs: [] };
			const block = errorBlock(fake, a.dfName, a.dfText, a.failure.line);
			errOut(block.slice(block.indexOf('------\n', 7) + 7));
		}
		errOut(`ERROR: failed to build: ${a.failure.message}\n`);
		return 1;
	}
	if (a.quiet) ctx.io.out(`sha256:${a.imageId}\n`);
	if (facts.desktop && !a.quiet) errOut(`\nView build details: docker-desktop://dashboard/build/${facts.builder.split(':')[1]}/${facts.builder.split(':')[1]}/${sha256('build ' + a.imageId + ctx.world.now()).slice(0, 25)}\n`);
	return 0;
}

// ----- the legacy builder (DOCKER_BUILDKIT=0, and Windows containers) -----

interface LegacyArgs {
	stages: Stage[];
	context: Record<string, string>;
	buildArgs: Record<string, string>;
	tags: string[];
	noCache: boolean;
	quiet: boolean;
	dfText: string;
	dfBase: string;
	ctxSize: number;
}

function legacyBuild(ctx: Ctx, a: LegacyArgs): number {
	const out = (t: string) => {
		if (!a.quiet) ctx.io.out(t);
	};
	const host = ctx.host;
	const world = ctx.world;
	if (ctx.facts.os !== 'windows') ctx.io.err('DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n            environment-variable.\n\n');
	out(`Sending build context to Docker daemon  ${humanSize(Math.max(a.ctxSize, 2048), 4)}\n`);
	const stage = a.stages[a.stages.length - 1]!;
	const all = [stage.from, ...stage.steps];
	const total = all.length;
	const r = parseReference(stage.base);
	if (!r.ok) {
		ctx.io.err(`invalid reference format\n`);
		return 1;
	}
	out(`Step 1/${total} : FROM ${stage.base}\n`);
	let img = findImageByRef(host, r.ref);
	if (!img) {
		const res = pullImage(ctx, r.ref, { platform: '', quiet: false, write: out });
		if (!res.ok) {
			ctx.io.err(res.inStream ? `${res.message}\n` : `Error response from daemon: ${res.message}\n`);
			return 1;
		}
		img = res.image;
	}
	out(` ---> ${shortId(img.id)}\n`);
	const s: StageState = {
		stage, family: img.family, files: { ...img.files }, dirs: [...img.dirs], env: [...img.config.env], workdir: img.config.workdir, user: img.config.user, cmd: img.config.cmd, entrypoint: img.config.entrypoint,
		exposed: [...img.config.exposed], volumes: [...img.config.volumes], labels: { ...img.config.labels }, stopSignal: img.config.stopSignal, layers: [...img.layers], history: [...img.history], key: `legacy ${img.id}`, base: img, mountFrom: img.mountFrom, args: { ...a.buildArgs }, os: img.os, arch: img.arch,
	};
	const created = world.now();
	let id = img.id;
	let step = 1;
	for (const ins of stage.steps) {
		step++;
		out(`Step ${step}/${total} : ${ins.original.replace(/^\S+/, ins.cmd)}\n`);
		const vars = envMap(s.env, s.args);
		const key = sha256(`${s.key}\n${ins.original}`);
		const cached = !a.noCache && host.buildCache['legacy ' + key];
		if (cached) {
			out(' ---> Using cache\n');
			s.files = { ...cached.files };
			s.dirs = [...cached.dirs];
			if (ins.cmd === 'WORKDIR') s.workdir = normPath(expandVars(ins.rest, vars), s.workdir || '/');
			if (!['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(ins.cmd)) applyMeta(s, ins, vars, created);
			s.key = key;
			id = sha256(`legacy image ${key}`);
			out(` ---> ${shortId(id)}\n`);
			continue;
		}
		if (['RUN', 'COPY', 'ADD', 'WORKDIR'].includes(ins.cmd)) {
			if (ins.cmd === 'RUN') out(` ---> Running in ${world.hex(12)}\n`);
			const before = ctx.io;
			const logs: string[] = [];
			const res = runStep(ctx, s, ins, vars, a.context, { 0: s }, [stage], true, '', () => 0, (v) => logs.push(...v.logs.map((l) => l.text)), created);
			ctx.io = before;
			for (const l of logs) out(l + '\n');
			if (!res.ok) {
				if (ins.cmd === 'RUN') ctx.io.err(`The command '${ins.json ? ins.args.join(' ') : `/bin/sh -c ${ins.rest}`}' returned a non-zero code: ${res.message.replace(/.*exit code: /, '')}\n`);
				else ctx.io.err(`COPY failed: file not found in build context or excluded by .dockerignore: stat ${(ins.args[0] ?? '').replace(/^\.\//, '')}: file does not exist\n`);
				return 1;
			}
		} else {
			out(` ---> Running in ${world.hex(12)}\n`);
			applyMeta(s, ins, vars, created);
		}
		s.key = key;
		id = sha256(`legacy image ${key}`);
		host.buildCache['legacy ' + key] = { files: { ...s.files }, dirs: [...s.dirs], layerDigest: '', size: 0, logs: [] };
		out(` ---> ${shortId(id)}\n`);
	}
	const image = storeImage(host, {
		id, os: s.os, arch: s.arch, osVersion: img.osVersion, created, layers: s.layers, history: s.history,
		config: { cmd: s.cmd, entrypoint: s.entrypoint, env: s.env, workdir: s.workdir, exposed: s.exposed, volumes: s.volumes, user: s.user, labels: s.labels, stopSignal: s.stopSignal },
		family: s.family, files: s.files, dirs: s.dirs, program: '', repoTags: [], repoDigests: [], parent: img.id, mountFrom: s.mountFrom,
	});
	out(`Successfully built ${shortId(id)}\n`);
	for (const tg of a.tags) {
		const r2 = parseReference(tg);
		if (r2.ok) {
			tagImage(host, image, tagKey(r2.ref));
			out(`Successfully tagged ${familiarString(r2.ref)}\n`);
		}
	}
	if (a.quiet) ctx.io.out(`sha256:${id}\n`);
	world.advance(2000);
	return 0;
}
