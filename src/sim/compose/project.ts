// A Compose project from the host's files, as compose-go v2.9.1 (the loader Compose v2.40.3
// vendors) builds it: find the file, parse the YAML, check the shape, interpolate ${VARS},
// normalise every short syntax into one plain-data model. Errors carry compose-go's wording.
//
// This module imports `yaml`, which the live terminal's bundle then carries (the report on the
// compose branch gives the size); nothing else outside src/sim.
import { parseDocument, type YAMLError } from 'yaml';

export interface ComposePort {
	hostIp: string;
	published: string;
	target: number;
	protocol: string;
}

export interface ComposeVolumeMount {
	type: 'volume' | 'bind';
	/** Volume key (top-level `volumes:`) or absolute host path; '' for an anonymous volume. */
	source: string;
	target: string;
	readOnly: boolean;
}

export interface ComposeHealthcheck {
	test: string[];
	interval: string;
	retries: number;
	disable: boolean;
}

export interface ComposeService {
	name: string;
	image: string;
	build: { context: string; dockerfile: string } | null;
	command: string[] | null;
	entrypoint: string[] | null;
	ports: ComposePort[];
	expose: string[];
	volumes: ComposeVolumeMount[];
	environment: Array<[string, string]>;
	envFiles: string[];
	dependsOn: Array<{ service: string; condition: string; required: boolean }>;
	healthcheck: ComposeHealthcheck | null;
	networks: Array<{ name: string; aliases: string[] }>;
	restart: string;
	containerName: string;
	hostname: string;
	workingDir: string;
	user: string;
}

export interface ComposeProject {
	name: string;
	/** Absolute host path of the project directory. */
	workingDir: string;
	/** The files read, absolute host paths. */
	files: string[];
	services: ComposeService[];
	/** key → engine name. */
	networks: Record<string, { name: string; external: boolean; driver: string }>;
	volumes: Record<string, { name: string; external: boolean }>;
	/** Warnings to print (logrus level=warning), in order. */
	warnings: string[];
	/** The normalised model as `docker compose config` prints it. */
	model: Record<string, unknown>;
}

export type LoadResult = { ok: true; project: ComposeProject } | { ok: false; error: string; warnings: string[] };

/** compose-go cli DefaultFileNames, in lookup order. */
export const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/** What the loader needs from a host: its files (relative to the project root) and paths. */
export interface ProjectSource {
	files: Record<string, string>;
	/** Absolute host path of the files' root (~/project). */
	root: string;
	/** Working directory relative to root ('' = root). */
	cwd: string;
	env: Record<string, string>;
}

export interface LoadOptions {
	files: string[];
	projectName: string;
	projectDirectory: string;
}

const TOP_KEYS = ['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models'];
/** compose-spec schema service properties (the ones this loader reads are a subset). */
const SERVICE_KEYS = ['annotations', 'attach', 'blkio_config', 'build', 'cap_add', 'cap_drop', 'cgroup', 'cgroup_parent', 'command', 'configs', 'container_name', 'cpu_count', 'cpu_percent', 'cpu_period', 'cpu_quota', 'cpu_rt_period', 'cpu_rt_runtime', 'cpu_shares', 'cpus', 'cpuset', 'credential_spec', 'depends_on', 'deploy', 'develop', 'device_cgroup_rules', 'devices', 'dns', 'dns_opt', 'dns_search', 'domainname', 'entrypoint', 'env_file', 'label_file', 'environment', 'expose', 'extends', 'external_links', 'extra_hosts', 'gpus', 'group_add', 'healthcheck', 'hostname', 'image', 'init', 'ipc', 'isolation', 'labels', 'links', 'logging', 'mac_address', 'mem_limit', 'mem_reservation', 'mem_swappiness', 'memswap_limit', 'network_mode', 'models', 'networks', 'oom_kill_disable', 'oom_score_adj', 'pid', 'pids_limit', 'platform', 'ports', 'post_start', 'pre_stop', 'privileged', 'profiles', 'provider', 'pull_policy', 'pull_refresh_after', 'read_only', 'restart', 'runtime', 'scale', 'secrets', 'security_opt', 'shm_size', 'stdin_open', 'stop_grace_period', 'stop_signal', 'storage_opt', 'sysctls', 'tmpfs', 'tty', 'ulimits', 'use_api_socket', 'user', 'uts', 'userns_mode', 'volumes', 'volumes_from', 'working_dir'];
const RESTART = ['no', 'always', 'on-failure', 'unless-stopped'];

/** compose-go NormalizeProjectName: lower case, only [a-z0-9_-], starting with a letter or digit. */
export function normalizeProjectName(s: string): string {
	return s.toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[_-]+/, '');
}

function join(dir: string, p: string): string {
	const abs = p.startsWith('/') ? p : `${dir}/${p}`;
	const out: string[] = [];
	for (const seg of abs.split('/')) {
		if (seg === '' || seg === '.') continue;
		if (seg === '..') out.pop();
		else out.push(seg);
	}
	return '/' + out.join('/');
}

function relKey(src: ProjectSource, abs: string): string | null {
	if (abs === src.root) return '';
	return abs.startsWith(src.root + '/') ? abs.slice(src.root.length + 1) : null;
}

function readHost(src: ProjectSource, abs: string): string | null {
	const k = relKey(src, abs);
	return k === null || k === '' ? null : (src.files[k] ?? null);
}

/** go-yaml v3 wording for the yaml package's error codes (line numbers from 1). */
function yamlMessage(e: YAMLError): string {
	const line = e.linePos?.[0]?.line ?? 1;
	const m: Record<string, string> = {
		TAB_AS_INDENT: 'found character that cannot start any token',
		BLOCK_AS_IMPLICIT_KEY: 'mapping values are not allowed in this context',
		MULTILINE_IMPLICIT_KEY: 'mapping values are not allowed in this context',
		UNEXPECTED_TOKEN: 'did not find expected key',
		BAD_INDENT: 'did not find expected key',
		MISSING_CHAR: 'did not find expected node content',
		BAD_ALIAS: 'unknown anchor',
		DUPLICATE_KEY: 'mapping key already defined',
		BLOCK_IN_FLOW: 'did not find expected \',\' or \']\'',
	};
	let text = m[e.code] ?? 'did not find expected key';
	if (e.code === 'BAD_ALIAS') text = `unknown anchor '${/"([^"]*)"/.exec(e.message)?.[1] ?? ''}' referenced`;
	if (e.code === 'DUPLICATE_KEY') return `yaml: unmarshal errors:\n  line ${line}: mapping key already defined`;
	return `yaml: line ${line}: ${text}`;
}

function isMap(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Interpolation as compose-go template: $$, ${VAR}, ${VAR:-d}, ${VAR-d}, ${VAR:?err}, $VAR. */
function interpolate(s: string, env: Record<string, string>, warn: (name: string) => void): { ok: true; value: string } | { ok: false; error: string } {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const ch = s[i]!;
		if (ch !== '$') {
			out += ch;
			continue;
		}
		const next = s[i + 1];
		if (next === '$') {
			out += '$';
			i++;
			continue;
		}
		if (next === '{') {
			const end = s.indexOf('}', i);
			if (end < 0) return { ok: false, error: `invalid interpolation format for ${s}.\nYou may need to escape any $ with another $.` };
			const body = s.slice(i + 2, end);
			const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])(.*))?$/s.exec(body);
			if (!m) return { ok: false, error: `invalid interpolation format for ${s}.\nYou may need to escape any $ with another $.` };
			const [, name, op, arg] = m as unknown as [string, string, string | undefined, string | undefined];
			const v = env[name];
			const empty = v === undefined || (op?.startsWith(':') === true && v === '');
			if (op === ':-' || op === '-') out += empty ? (arg ?? '') : v;
			else if (op === ':?' || op === '?') {
				if (empty) return { ok: false, error: `required variable ${name} is missing a value: ${arg ?? ''}` };
				out += v;
			} else if (op === ':+' || op === '+') out += empty ? '' : (arg ?? '');
			else {
				if (v === undefined) warn(name);
				out += v ?? '';
			}
			i = end;
			continue;
		}
		const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i + 1));
		if (!m) {
			out += '$';
			continue;
		}
		const v = env[m[0]];
		if (v === undefined) warn(m[0]);
		out += v ?? '';
		i += m[0].length;
	}
	return { ok: true, value: out };
}

function interpolateAll(v: unknown, env: Record<string, string>, warn: (name: string) => void, depth = 0): { ok: true; value: unknown } | { ok: false; error: string } {
	if (depth > 64) return { ok: true, value: v };
	if (typeof v === 'string') return interpolate(v, env, warn);
	if (Array.isArray(v)) {
		const out: unknown[] = [];
		for (const x of v) {
			const r = interpolateAll(x, env, warn, depth + 1);
			if (!r.ok) return r;
			out.push(r.value);
		}
		return { ok: true, value: out };
	}
	if (isMap(v)) {
		const out: Record<string, unknown> = {};
		for (const [k, x] of Object.entries(v)) {
			const r = interpolateAll(x, env, warn, depth + 1);
			if (!r.ok) return r;
			out[k] = r.value;
		}
		return { ok: true, value: out };
	}
	return { ok: true, value: v };
}

/** Shell-like split of a string command (compose-go uses shellwords). */
function splitCommand(s: string): string[] {
	const out: string[] = [];
	let cur = '';
	let q: string | null = null;
	let has = false;
	for (const ch of s) {
		if (q) {
			if (ch === q) q = null;
			else cur += ch;
		} else if (ch === '"' || ch === "'") {
			q = ch;
			has = true;
		} else if (/\s/.test(ch)) {
			if (cur || has) out.push(cur);
			cur = '';
			has = false;
		} else cur += ch;
	}
	if (cur || has) out.push(cur);
	return out;
}

function scalar(v: unknown): string {
	return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

function parseEnvFile(text: string): Array<[string, string]> {
	const out: Array<[string, string]> = [];
	for (const raw of text.split('\n')) {
		const line = raw.replace(/\r$/, '').trim();
		if (!line || line.startsWith('#')) continue;
		const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
		if (!m) continue;
		let v = m[2]!;
		if (/^".*"$/.test(v) || /^'.*'$/.test(v)) v = v.slice(1, -1);
		else v = v.replace(/\s+#.*$/, '');
		out.push([m[1]!, v]);
	}
	return out;
}

/** Find the compose file(s), read and validate them into a project. */
export function loadProject(src: ProjectSource, opts: LoadOptions): LoadResult {
	const warnings: string[] = [];
	const cwdAbs = src.cwd ? `${src.root}/${src.cwd}` : src.root;
	let files: string[] = [];
	if (opts.files.length) {
		for (const f of opts.files) {
			const abs = join(cwdAbs, f);
			if (readHost(src, abs) === null) return { ok: false, error: `open ${abs}: no such file or directory`, warnings };
			files.push(abs);
		}
	} else {
		// compose-go cli: look in the working directory, then each parent.
		let dir = cwdAbs;
		for (;;) {
			const hit = DEFAULT_FILES.map((n) => `${dir}/${n}`).filter((p) => readHost(src, p) !== null);
			if (hit.length) {
				if (hit.length > 1) warnings.push(`Found multiple config files with supported names: ${hit.join(', ')}\nUsing ${hit[0]}`);
				files = [hit[0]!];
				break;
			}
			if (dir === src.root || !dir.startsWith(src.root)) break;
			dir = dir.slice(0, dir.lastIndexOf('/'));
		}
		// compose-go loader.go: fmt.Errorf("no configuration file provided: %w", errdefs.ErrNotFound)
		if (!files.length) return { ok: false, error: 'no configuration file provided: not found', warnings };
	}
	const workingDir = opts.projectDirectory ? join(cwdAbs, opts.projectDirectory) : files[0]!.slice(0, files[0]!.lastIndexOf('/'));
	// .env in the project directory feeds interpolation; the shell's environment wins.
	const dotenv = readHost(src, `${workingDir}/.env`);
	const env: Record<string, string> = { ...(dotenv === null ? {} : Object.fromEntries(parseEnvFile(dotenv))), ...src.env };

	let dict: Record<string, unknown> = {};
	for (const file of files) {
		const text = readHost(src, file) ?? '';
		let raw: unknown;
		try {
			const doc = parseDocument(text, { merge: true, uniqueKeys: true, prettyErrors: true });
			// compose-go loader.go: fmt.Errorf("failed to parse %s: %w", file.Filename, err)
			if (doc.errors.length) return { ok: false, error: `failed to parse ${file}: ${yamlMessage(doc.errors[0]!)}`, warnings };
			raw = doc.toJS({ maxAliasCount: 100 });
		} catch (e) {
			return { ok: false, error: `failed to parse ${file}: yaml: ${e instanceof Error ? e.message.split('\n')[0] : 'invalid document'}`, warnings };
		}
		if (raw === null || raw === undefined) continue;
		// compose-go: a document that is not a mapping fails the schema at the top level.
		if (!isMap(raw)) return { ok: false, error: `validating ${file}: (root) must be a mapping`, warnings };
		const warn = (name: string) => {
			// compose-go template: `The %q variable is not set. Defaulting to a blank string.`
			const w = `The "${name}" variable is not set. Defaulting to a blank string.`;
			if (!warnings.includes(w)) warnings.push(w);
		};
		const inter = interpolateAll(raw, env, warn);
		if (!inter.ok) return { ok: false, error: inter.error, warnings };
		const cfg = inter.value as Record<string, unknown>;
		const bad = validate(cfg);
		// compose-go loader.go: fmt.Errorf("validating %s: %w", file.Filename, err)
		if (bad) return { ok: false, error: `validating ${file}: ${bad}`, warnings };
		if ('version' in cfg) {
			// compose-go loader.go warnObsoleteVersion.
			warnings.push(`${file}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`);
			delete cfg.version;
		}
		dict = merge(dict, cfg);
	}
	// compose-go loader.go: errors.New("empty compose file")
	if (Object.keys(dict).length === 0) return { ok: false, error: 'empty compose file', warnings };
	const name = normalizeProjectName(opts.projectName || scalar(dict.name) || workingDir.split('/').pop() || '');
	if (!name) return { ok: false, error: 'project name must not be empty', warnings };
	return build(src, dict, name, workingDir, files, env, warnings);
}

function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = { ...a };
	for (const [k, v] of Object.entries(b)) out[k] = isMap(out[k]) && isMap(v) ? merge(out[k] as Record<string, unknown>, v) : v;
	return out;
}

/** The schema checks compose-go reports most often, in its words (schema.go validationError). */
function validate(cfg: Record<string, unknown>): string | null {
	for (const k of Object.keys(cfg)) if (!TOP_KEYS.includes(k) && !k.startsWith('x-')) return `(root) additional properties '${k}' not allowed`;
	for (const k of ['services', 'networks', 'volumes']) {
		if (cfg[k] !== undefined && cfg[k] !== null && !isMap(cfg[k])) return `${k} must be a mapping`;
	}
	if (cfg.name !== undefined && typeof cfg.name !== 'string') return 'name must be a string';
	const services = (cfg.services ?? {}) as Record<string, unknown>;
	for (const [name, s] of Object.entries(services)) {
		const at = `services.${name}`;
		if (s === null) continue;
		if (!isMap(s)) return `${at} must be a mapping`;
		for (const k of Object.keys(s)) if (!SERVICE_KEYS.includes(k) && !k.startsWith('x-')) return `${at} additional properties '${k}' not allowed`;
		const str = (k: string) => (s[k] !== undefined && typeof s[k] !== 'string' ? `${at}.${k} must be a string` : null);
		const e = str('image') ?? str('container_name') ?? str('hostname') ?? str('working_dir') ?? str('restart');
		if (e) return e;
		if (s.build !== undefined && typeof s.build !== 'string' && !isMap(s.build)) return `${at}.build must be a string or mapping`;
		for (const k of ['command', 'entrypoint']) if (s[k] !== undefined && s[k] !== null && typeof s[k] !== 'string' && !Array.isArray(s[k])) return `${at}.${k} must be a array, null or string`;
		for (const k of ['ports', 'expose', 'volumes']) if (s[k] !== undefined && !Array.isArray(s[k])) return `${at}.${k} must be a array`;
		for (const k of ['environment', 'depends_on', 'networks']) if (s[k] !== undefined && !Array.isArray(s[k]) && !isMap(s[k])) return `${at}.${k} must be a array or mapping`;
		if (s.env_file !== undefined && typeof s.env_file !== 'string' && !Array.isArray(s.env_file)) return `${at}.env_file must be a array or string`;
		if (s.healthcheck !== undefined && !isMap(s.healthcheck)) return `${at}.healthcheck must be a mapping`;
		if (Array.isArray(s.ports)) {
			for (const [i, p] of s.ports.entries()) if (typeof p !== 'string' && typeof p !== 'number' && !isMap(p)) return `${at}.ports.${i} must be a mapping, number or string`;
		}
		if (Array.isArray(s.volumes)) {
			for (const [i, v] of s.volumes.entries()) if (typeof v !== 'string' && !isMap(v)) return `${at}.volumes.${i} must be a mapping or string`;
		}
		if (isMap(s.environment)) {
			for (const [k, v] of Object.entries(s.environment)) if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return `${at}.environment.${k} must be a boolean, null, number or string`;
		}
		if (isMap(s.depends_on)) {
			for (const [k, v] of Object.entries(s.depends_on)) {
				if (!isMap(v)) return `${at}.depends_on.${k} must be a mapping`;
				if (v.condition !== undefined && !['service_started', 'service_healthy', 'service_completed_successfully'].includes(String(v.condition))) return `${at}.depends_on.${k}.condition value must be one of 'service_started', 'service_healthy', 'service_completed_successfully'`;
			}
		}
	}
	for (const k of ['networks', 'volumes']) {
		const m = (cfg[k] ?? {}) as Record<string, unknown>;
		for (const [n, v] of Object.entries(m)) if (v !== null && !isMap(v)) return `${k}.${n} must be a mapping or null`;
	}
	return null;
}

function portsOf(at: string, raw: unknown[]): { ok: true; ports: ComposePort[] } | { ok: false; error: string } {
	const out: ComposePort[] = [];
	for (const p of raw) {
		if (isMap(p)) {
			const target = Number(p.target);
			if (!Number.isInteger(target) || target < 1 || target > 65535) return { ok: false, error: `${at}.ports: invalid containerPort: ${scalar(p.target)}` };
			out.push({ hostIp: scalar(p.host_ip), published: scalar(p.published), target, protocol: scalar(p.protocol) || 'tcp' });
			continue;
		}
		let spec = scalar(p);
		let protocol = 'tcp';
		const slash = spec.lastIndexOf('/');
		if (slash >= 0) {
			protocol = spec.slice(slash + 1);
			spec = spec.slice(0, slash);
		}
		const parts = spec.split(':');
		const cont = parts.pop()!;
		const published = parts.pop() ?? '';
		const hostIp = parts.join(':');
		// docker/go-connections nat.ParsePortSpec wording, as compose-go reports it.
		if (!/^\d+$/.test(cont) || Number(cont) < 1 || Number(cont) > 65535) return { ok: false, error: `invalid containerPort: ${cont}` };
		if (published !== '' && !/^\d+(-\d+)?$/.test(published)) return { ok: false, error: `invalid hostPort: ${published}` };
		if (!['tcp', 'udp', 'sctp'].includes(protocol)) return { ok: false, error: `invalid proto: ${protocol}` };
		out.push({ hostIp, published, target: Number(cont), protocol });
	}
	return { ok: true, ports: out };
}

function build(src: ProjectSource, dict: Record<string, unknown>, name: string, workingDir: string, files: string[], env: Record<string, string>, warnings: string[]): LoadResult {
	const fail = (error: string): LoadResult => ({ ok: false, error, warnings });
	const rawServices = (dict.services ?? {}) as Record<string, unknown>;
	const rawNetworks = (dict.networks ?? {}) as Record<string, Record<string, unknown> | null>;
	const rawVolumes = (dict.volumes ?? {}) as Record<string, Record<string, unknown> | null>;
	const networks: ComposeProject['networks'] = {};
	const volumes: ComposeProject['volumes'] = {};
	const services: ComposeService[] = [];
	for (const [key, v] of Object.entries(rawVolumes).sort(([a], [b]) => (a < b ? -1 : 1))) {
		const ext = v?.external === true;
		volumes[key] = { name: scalar(v?.name) || (ext ? key : `${name}_${key}`), external: ext };
	}
	for (const [key, v] of Object.entries(rawNetworks).sort(([a], [b]) => (a < b ? -1 : 1))) {
		const ext = v?.external === true;
		networks[key] = { name: scalar(v?.name) || (ext ? key : `${name}_${key}`), external: ext, driver: scalar(v?.driver) || 'bridge' };
	}
	let usesDefault = false;
	for (const [sname, raw] of Object.entries(rawServices).sort(([a], [b]) => (a < b ? -1 : 1))) {
		const s = (raw ?? {}) as Record<string, unknown>;
		const at = `services.${sname}`;
		let buildCfg: ComposeService['build'] = null;
		if (typeof s.build === 'string') buildCfg = { context: join(workingDir, s.build), dockerfile: 'Dockerfile' };
		else if (isMap(s.build)) buildCfg = { context: join(workingDir, scalar(s.build.context) || '.'), dockerfile: scalar(s.build.dockerfile) || 'Dockerfile' };
		const image = scalar(s.image);
		// compose-go validate.go
		if (!image && !buildCfg) return fail(`service "${sname}" has neither an image nor a build context specified: invalid compose project`);
		const ports = portsOf(at, Array.isArray(s.ports) ? s.ports : []);
		if (!ports.ok) return fail(ports.error);
		const mounts: ComposeVolumeMount[] = [];
		for (const v of Array.isArray(s.volumes) ? s.volumes : []) {
			if (isMap(v)) {
				const type = scalar(v.type) === 'bind' ? 'bind' : 'volume';
				const source = scalar(v.source);
				mounts.push({ type, source: type === 'bind' ? join(workingDir, source) : source, target: scalar(v.target), readOnly: v.read_only === true });
				continue;
			}
			const parts = scalar(v).split(':');
			if (parts.length === 1) {
				mounts.push({ type: 'volume', source: '', target: parts[0]!, readOnly: false });
				continue;
			}
			const [source, target, mode] = parts as [string, string, string | undefined];
			const bind = source.startsWith('.') || source.startsWith('/') || source.startsWith('~');
			mounts.push({ type: bind ? 'bind' : 'volume', source: bind ? join(workingDir, source.replace(/^~/, src.root.replace(/\/project$/, ''))) : source, target, readOnly: (mode ?? '').split(',').includes('ro') });
		}
		for (const m of mounts) {
			// compose-go validate.go
			if (m.type === 'volume' && m.source && !volumes[m.source]) return fail(`service "${sname}" refers to undefined volume ${m.source}: invalid compose project`);
		}
		const environment: Array<[string, string]> = [];
		const envFiles: string[] = [];
		for (const f of typeof s.env_file === 'string' ? [s.env_file] : Array.isArray(s.env_file) ? s.env_file : []) {
			const path = join(workingDir, isMap(f) ? scalar(f.path) : scalar(f));
			const required = isMap(f) ? f.required !== false : true;
			const text = readHost(src, path);
			if (text === null) {
				// compose-go dotenv/env.go
				if (required) return fail(`env file ${path} not found: stat ${path}: no such file or directory`);
				continue;
			}
			envFiles.push(path);
			for (const kv of parseEnvFile(text)) environment.push(kv);
		}
		const setEnv = (k: string, v: string | undefined) => {
			const i = environment.findIndex(([x]) => x === k);
			if (v === undefined) {
				if (i >= 0) return;
				return;
			}
			if (i >= 0) environment[i] = [k, v];
			else environment.push([k, v]);
		};
		if (Array.isArray(s.environment)) {
			for (const e of s.environment) {
				const t = scalar(e);
				const eq = t.indexOf('=');
				if (eq < 0) setEnv(t, env[t]);
				else setEnv(t.slice(0, eq), t.slice(eq + 1));
			}
		} else if (isMap(s.environment)) {
			for (const [k, v] of Object.entries(s.environment)) setEnv(k, v === null ? env[k] : scalar(v));
		}
		const dependsOn: ComposeService['dependsOn'] = [];
		if (Array.isArray(s.depends_on)) for (const d of s.depends_on) dependsOn.push({ service: scalar(d), condition: 'service_started', required: true });
		else if (isMap(s.depends_on)) for (const [d, c] of Object.entries(s.depends_on)) dependsOn.push({ service: d, condition: scalar((c as Record<string, unknown>).condition) || 'service_started', required: (c as Record<string, unknown>).required !== false });
		for (const d of dependsOn) {
			// compose-go validate.go
			if (!(d.service in rawServices)) return fail(`service "${sname}" depends on undefined service "${d.service}": invalid compose project`);
		}
		let healthcheck: ComposeHealthcheck | null = null;
		if (isMap(s.healthcheck)) {
			const t = s.healthcheck.test;
			const test = typeof t === 'string' ? ['CMD-SHELL', t] : Array.isArray(t) ? t.map(scalar) : [];
			healthcheck = { test, interval: scalar(s.healthcheck.interval) || '30s', retries: Number(s.healthcheck.retries ?? 3) || 3, disable: s.healthcheck.disable === true || test[0] === 'NONE' };
		}
		const nets: ComposeService['networks'] = [];
		if (Array.isArray(s.networks)) for (const n of s.networks) nets.push({ name: scalar(n), aliases: [] });
		else if (isMap(s.networks)) for (const [n, c] of Object.entries(s.networks)) nets.push({ name: n, aliases: isMap(c) && Array.isArray(c.aliases) ? c.aliases.map(scalar) : [] });
		for (const n of nets) {
			// compose-go validate.go
			if (n.name !== 'default' && !networks[n.name]) return fail(`service "${sname}" refers to undefined network ${n.name}: invalid compose project`);
		}
		if (!nets.length) nets.push({ name: 'default', aliases: [] });
		if (nets.some((n) => n.name === 'default')) usesDefault = true;
		const restart = scalar(s.restart);
		if (restart && !RESTART.includes(restart.split(':')[0]!)) return fail(`invalid restart policy: unknown policy '${restart.split(':')[0]}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`);
		const cmd = (v: unknown) => (v === undefined || v === null ? null : typeof v === 'string' ? splitCommand(v) : (v as unknown[]).map(scalar));
		services.push({
			name: sname, image, build: buildCfg, command: cmd(s.command), entrypoint: cmd(s.entrypoint), ports: ports.ports,
			expose: (Array.isArray(s.expose) ? s.expose : []).map(scalar), volumes: mounts, environment, envFiles, dependsOn, healthcheck,
			networks: nets, restart, containerName: scalar(s.container_name), hostname: scalar(s.hostname), workingDir: scalar(s.working_dir), user: scalar(s.user),
		});
	}
	if (usesDefault && !networks.default) networks.default = { name: `${name}_default`, external: false, driver: 'bridge' };
	return { ok: true, project: { name, workingDir, files, services, networks, volumes, warnings, model: configModel(name, services, networks, volumes) } };
}

/** The canonical model `docker compose config` prints (a subset of compose-go's fields, same order). */
function configModel(name: string, services: ComposeService[], networks: ComposeProject['networks'], volumes: ComposeProject['volumes']): Record<string, unknown> {
	const svc: Record<string, unknown> = {};
	for (const s of services) {
		const o: Record<string, unknown> = {};
		if (s.build) o.build = { context: s.build.context, dockerfile: s.build.dockerfile };
		if (s.command) o.command = s.command;
		if (s.containerName) o.container_name = s.containerName;
		if (s.dependsOn.length) o.depends_on = Object.fromEntries(s.dependsOn.map((d) => [d.service, { condition: d.condition, required: d.required }]));
		if (s.entrypoint) o.entrypoint = s.entrypoint;
		if (s.environment.length) o.environment = Object.fromEntries(s.environment);
		if (s.expose.length) o.expose = s.expose;
		if (s.healthcheck) o.healthcheck = { test: s.healthcheck.test, interval: s.healthcheck.interval, retries: s.healthcheck.retries };
		if (s.hostname) o.hostname = s.hostname;
		if (s.image) o.image = s.image;
		o.networks = Object.fromEntries(s.networks.map((n) => [n.name, n.aliases.length ? { aliases: n.aliases } : null]));
		if (s.ports.length) o.ports = s.ports.map((p) => ({ mode: 'ingress', ...(p.hostIp ? { host_ip: p.hostIp } : {}), target: p.target, ...(p.published ? { published: p.published } : {}), protocol: p.protocol }));
		if (s.restart) o.restart = s.restart;
		if (s.user) o.user = s.user;
		if (s.volumes.length) o.volumes = s.volumes.map((v) => ({ type: v.type, ...(v.source ? { source: v.source } : {}), target: v.target, ...(v.readOnly ? { read_only: true } : {}), ...(v.type === 'volume' ? { volume: {} } : { bind: { create_host_path: true } }) }));
		if (s.workingDir) o.working_dir = s.workingDir;
		svc[s.name] = o;
	}
	const out: Record<string, unknown> = { name, services: svc };
	out.networks = Object.fromEntries(Object.entries(networks).map(([k, n]) => [k, n.external ? { name: n.name, external: true } : { name: n.name }]));
	if (Object.keys(volumes).length) out.volumes = Object.fromEntries(Object.entries(volumes).map(([k, v]) => [k, v.external ? { name: v.name, external: true } : { name: v.name }]));
	return out;
}
