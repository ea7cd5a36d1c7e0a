// What a running container is to the kernel: its processes (a PID inside its own PID namespace
// and another on the host), the namespaces it has of its own, and the memory its program uses.
// `docker top`, `docker inspect`, `docker stats` and the x-ray all read these, so they agree.
import { platformFacts } from '../engine/platform.ts';
import type { Container, HostState } from '../engine/types.ts';
import { effectiveArgv, fsOf, kindOf, mainArgv, type ProgramKind } from './runtime.ts';
import { lookupUser } from './users.ts';

/** A stable host PID for a container's main process. */
export function hostPid(c: Container): number {
	return 1000 + (parseInt(c.id.slice(0, 6), 16) % 60000);
}

export interface ProcessInfo {
	/** PID inside the container's PID namespace (the host's PID with `--pid host`). */
	pid: number;
	hostPid: number;
	/** Parent PID on the host (containerd-shim for the main process). */
	hostPpid: number;
	/** User name inside the container. */
	user: string;
	/** The UID column of `docker top`: the host has no `nginx` user, so it prints the number. */
	hostUser: string;
	command: string;
}

/** The processes of a running container, main process first (none when it is not running). */
export function processesOf(host: HostState, c: Container): ProcessInfo[] {
	if (c.status !== 'running') return [];
	const ncpu = platformFacts(host.platform).ncpu;
	const pid = hostPid(c);
	const inside = (p: number, own: number) => (c.pidMode === 'host' ? p : own);
	const fs = fsOf(host, c);
	// Inside, the name the container's /etc/passwd gives; on the host (docker top) the number, as
	// the host has no such user. Root is root on both sides: no user namespace.
	const who = lookupUser(fs, c.user);
	const known = 'error' in who ? null : who;
	const user = !known || known.uid === 0 ? 'root' : (known.name ?? String(known.uid));
	const hostUser = !known || known.uid === 0 ? 'root' : String(known.uid);
	const kind = kindOf(effectiveArgv(c), fs, c.workdir);
	const out: ProcessInfo[] = [];
	if (kind === 'nginx') {
		out.push({ pid: inside(pid, 1), hostPid: pid, hostPpid: pid - 23, user, hostUser, command: `nginx: master process ${effectiveArgv(c).join(' ')}` });
		// The official image's entrypoint scripts use the first PIDs, so workers start at 29.
		for (let i = 0; i < ncpu; i++) out.push({ pid: inside(pid + 41 + i, 29 + i), hostPid: pid + 41 + i, hostPpid: pid, user: 'nginx', hostUser: '101', command: 'nginx: worker process' });
	} else {
		out.push({ pid: inside(pid, 1), hostPid: pid, hostPpid: pid - 23, user, hostUser, command: mainArgv(c).join(' ') });
	}
	const a = host.attached;
	if (a && a.exec && a.containerId === c.id) out.push({ pid: inside(pid + 97, out.at(-1)!.pid + 1), hostPid: pid + 97, hostPpid: pid - 21, user, hostUser, command: a.shell });
	return out;
}

export type NamespaceKind = 'pid' | 'net' | 'mnt' | 'uts' | 'ipc' | 'user' | 'cgroup';
export const NAMESPACES: NamespaceKind[] = ['pid', 'net', 'mnt', 'uts', 'ipc', 'user', 'cgroup'];

/**
 * The namespaces a container shares with the host. Docker gives each container its own pid,
 * net, mnt, uts, ipc and cgroup namespace; it uses no user namespace unless the daemon runs
 * with userns-remap, so `user` is always the host's here. `--network host`, `--pid host`,
 * `--ipc host` and `--uts host` join the host's instead.
 */
export function sharedNamespaces(c: Container): NamespaceKind[] {
	const shared: NamespaceKind[] = [];
	if (c.pidMode === 'host') shared.push('pid');
	if (c.endpoints[0]?.network === 'host') shared.push('net');
	if (c.utsMode === 'host' || c.endpoints[0]?.network === 'host') shared.push('uts');
	if (c.ipcMode === 'host') shared.push('ipc');
	shared.push('user');
	return shared;
}

const MEMORY: Partial<Record<ProgramKind, number>> = { nginx: 3_719_168, httpd: 4_509_696, redis: 3_850_240, postgres: 40_235_008, mysql: 421_003_264, app: 21_811_200, shell: 569_344, repl: 9_207_808, idle: 229_376, cmd: 34_000_000 };
const PIDS: Partial<Record<ProgramKind, number>> = { httpd: 82, redis: 6, postgres: 6, mysql: 37, app: 11, repl: 1, shell: 1, idle: 1, cmd: 2 };

/** Memory a program's processes use once started (a fixed function of the program and the id). */
export function memoryUse(host: HostState, c: Container, kind: ProgramKind): number {
	const workers = platformFacts(host.platform).ncpu;
	return (MEMORY[kind] ?? 1_048_576) + (kind === 'nginx' ? workers * 1_130_496 : 0) + (parseInt(c.id.slice(0, 2), 16) << 10);
}

/** Processes `docker stats` counts. */
export function pidCount(host: HostState, kind: ProgramKind): number {
	return kind === 'nginx' ? 1 + platformFacts(host.platform).ncpu : (PIDS[kind] ?? 1);
}
