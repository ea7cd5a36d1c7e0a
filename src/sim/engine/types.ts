// Plain-data state of the simulated world. Everything here is JSON-safe (no classes, no Maps,
// no undefined-significant fields) so a snapshot is a deep copy and crosses structuredClone.

export type Platform = 'linux' | 'macos' | 'windows' | 'windows-containers';
export type Arch = 'amd64' | 'arm64';
export type OsName = 'linux' | 'windows';
/** The root filesystem a container starts from, before image-specific files. */
export type FsFamily = 'debian' | 'ubuntu' | 'alpine' | 'busybox' | 'scratch' | 'windows' | 'oracle';

export interface Layer {
	/** Compressed blob digest (64 hex): the 12-hex id printed by pull and push. */
	digest: string;
	/** Uncompressed size in bytes (what `docker images` adds up). */
	size: number;
	/** Compressed size in bytes (what the progress bars transfer). */
	compressed: number;
}

export interface HistoryEntry {
	created: number;
	createdBy: string;
	size: number;
	emptyLayer: boolean;
	comment: string;
}

export interface ImageConfig {
	cmd: string[] | null;
	entrypoint: string[] | null;
	env: string[];
	workdir: string;
	exposed: string[];
	volumes: string[];
	user: string;
	labels: Record<string, string>;
	stopSignal: string;
}

export interface Image {
	/** Config digest, 64 hex (graphdriver IMAGE ID). */
	id: string;
	os: OsName;
	arch: Arch;
	osVersion: string;
	created: number;
	layers: Layer[];
	history: HistoryEntry[];
	config: ImageConfig;
	family: FsFamily;
	/** Files added on top of the family's root filesystem (absolute paths). */
	files: Record<string, string>;
	/** Directories created on top of the family's root filesystem. */
	dirs: string[];
	/** What the image's default process does (catalogue key), or '' for a plain command. */
	program: string;
	repoTags: string[];
	repoDigests: string[];
	/** Id of the local image this one was built FROM (builds only). */
	parent: string;
	/** Where the base layers came from in the registry (for `Mounted from`). */
	mountFrom: string;
}

export interface PortBinding {
	hostIp: string;
	hostPort: number;
	containerPort: number;
	proto: string;
}

export interface Mount {
	type: 'volume' | 'bind' | 'tmpfs';
	/** Volume name, or host path relative to the host's files for binds; '' for tmpfs. */
	source: string;
	destination: string;
	readOnly?: boolean;
	/** Given with --mount (not -v): the daemon keeps it out of HostConfig.Binds. */
	viaMount?: boolean;
	/** A tmpfs mount's own files, gone with the container. */
	tmpfs?: { files: Record<string, string>; dirs: string[] };
}

export interface Endpoint {
	network: string;
	ip: string;
	mac: string;
	endpointId: string;
	aliases: string[];
}

export type ContainerStatus = 'created' | 'running' | 'exited';

export interface LogLine {
	stream: 'stdout' | 'stderr';
	text: string;
	time: number;
}

export interface Container {
	id: string;
	name: string;
	/** The image reference as the user typed it, familiar form. */
	image: string;
	imageId: string;
	created: number;
	started: number;
	finished: number;
	status: ContainerStatus;
	exitCode: number;
	path: string;
	args: string[];
	env: string[];
	workdir: string;
	user: string;
	hostname: string;
	ports: PortBinding[];
	exposed: string[];
	mounts: Mount[];
	endpoints: Endpoint[];
	/** The writable layer: path → content, or null for a deleted file (whiteout). */
	files: Record<string, string | null>;
	dirs: string[];
	logs: LogLine[];
	autoRemove: boolean;
	tty: boolean;
	interactive: boolean;
	program: string;
	restartCount: number;
	platform: string;
	/** Why the process would fail to start on this host ('' when it runs). */
	startError: string;
	/** Platform mismatch: runs under emulation (Desktop) or not at all (Linux engine). */
	emulated: boolean;
	/** A looping `sh -c` script as PID 1: its logs start at this index and are replayed up to now. */
	scriptBase?: number;
	/** A redis server's keys (redis-cli SET/GET). */
	kv?: Record<string, string>;
	/** Frozen by `docker pause` (status stays running, as in the engine). */
	paused: boolean;
	/** HostConfig.NetworkMode: `bridge`, `host`, `none` or a network name (absent: bridge). */
	networkMode?: string;
	/** Health check state, for a container whose service declares one. */
	health?: 'starting' | 'healthy' | 'unhealthy';
	/** Docker Compose labels (com.docker.compose.project, .service, …) for containers it made. */
	labels?: Record<string, string>;
	/** cgroup limits from `-m`/`--memory` (bytes) and `--cpus` (billionths of a CPU); absent = none. */
	memory?: number;
	nanoCpus?: number;
	/** The kernel's OOM killer ended the main process at the memory limit (exit 137). */
	oomKilled?: boolean;
	/** `--pid host`, `--ipc host`, `--uts host`: join the host's namespace instead of a new one. */
	pidMode?: 'host';
	ipcMode?: 'host';
	utsMode?: 'host';
}

export interface Volume {
	name: string;
	labels?: Record<string, string>;
	created: number;
	anonymous: boolean;
	files: Record<string, string>;
	dirs: string[];
}

export interface Network {
	id: string;
	name: string;
	driver: string;
	created: number;
	subnet: string;
	gateway: string;
	builtin: boolean;
	nextIp: number;
	/** Labels (Compose marks the networks it creates). */
	labels?: Record<string, string>;
}

export interface CachedStep {
	/** Snapshot of the build state after this step. */
	files: Record<string, string>;
	dirs: string[];
	layerDigest: string;
	size: number;
	logs: string[];
}

/** A shell session attached to a container (`run -it`, `exec -it`) or a language REPL. */
export interface Attached {
	containerId: string;
	shell: 'bash' | 'sh' | 'cmd' | 'python' | 'node' | 'redis';
	cwd: string;
	/** An exec session: `exit` leaves the container running. */
	exec: boolean;
	/** Whether `exit` ends the container's main process (run -it). */
	detachOnExit: boolean;
	env: Record<string, string>;
	lastStatus: number;
	/** Shell variables that are not exported (`x=5`). */
	vars?: Record<string, string>;
}

export interface HostState {
	name: string;
	platform: Platform;
	files: Record<string, string>;
	/** Working directory relative to the project directory ('' = the project itself). */
	cwd: string;
	images: Record<string, Image>;
	containers: Record<string, Container>;
	volumes: Record<string, Volume>;
	networks: Record<string, Network>;
	buildCache: Record<string, CachedStep>;
	/** Base images BuildKit has fetched into its own store (graphdriver keeps them out of `docker images`). */
	buildBases: Record<string, boolean>;
	auth: Record<string, string>;
	attached: Attached | null;
	nextHostPort: number;
	lastStatus: number;
	/** A docker y/N prompt waiting for the reader's next line: the command to run again with --force. */
	pendingPrompt?: PendingPrompt | null;
	/** The reader's shell variables (`TAG=1.0`), which of them are exported, and the lines typed. */
	vars?: Record<string, string>;
	exported?: string[];
	history?: string[];
	/** What `docker save -o` wrote, by project-relative path: the images, for `docker load`. */
	archives?: Record<string, Image[]>;
}

export interface PendingPrompt {
	/** docker arguments (after `docker`) that proceed when the answer is y. */
	argv: string[];
	env: Record<string, string>;
}

export interface RegistryTag {
	/** Manifest digest (64 hex). */
	digest: string;
	image: Image;
	/** Size of the manifest JSON in bytes, printed by push. */
	manifestSize: number;
}

export interface RegistryRepo {
	tags: Record<string, RegistryTag>;
	/** Layer blob digests present in this repository. */
	blobs: Record<string, boolean>;
}

export interface WorldState {
	version: 1;
	rng: { seed: number };
	time: number;
	stepMs: number;
	registry: Record<string, RegistryRepo>;
	accounts: Record<string, string>;
	hosts: Record<string, HostState>;
	hostOrder: string[];
}
