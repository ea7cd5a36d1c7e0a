// The world: one registry shared by any number of hosts, one simulated clock, one seeded
// generator. All of it lives in `state` (plain data); the functions here are the only
// places that move the clock or draw random numbers.
import { hex, int, next } from './rng.ts';
import { sha256 } from './sha256.ts';
import type { HostState, Network, Platform, WorldState } from './types.ts';

export interface WorldOptions {
	/** Seed for ids and names (default 1). */
	seed?: number;
	/** Start of the simulated clock: epoch ms or an ISO string (default 2025-11-12T09:00:00Z). */
	start?: number | string;
	/** Simulated seconds that pass before each typed command (default 2000 ms). */
	stepMs?: number;
	/** A real clock for live use; when given, the simulated clock never runs behind it. */
	now?: () => number;
}

export const DEFAULT_START = Date.UTC(2025, 10, 12, 9, 0, 0);

export class World {
	state: WorldState;
	readonly clock: (() => number) | undefined;

	constructor(options: WorldOptions = {}) {
		const start = typeof options.start === 'string' ? Date.parse(options.start) : (options.start ?? DEFAULT_START);
		this.clock = options.now;
		this.state = {
			version: 1,
			rng: { seed: (options.seed ?? 1) | 0 },
			time: Number.isFinite(start) ? start : DEFAULT_START,
			stepMs: options.stepMs ?? 2000,
			registry: {},
			accounts: {},
			hosts: {},
			hostOrder: [],
		};
	}

	now(): number {
		return this.state.time;
	}

	/** Move the clock forward (never backward). */
	advance(ms: number): void {
		this.state.time += Math.max(0, Math.round(ms));
		if (this.clock) {
			const real = this.clock();
			if (Number.isFinite(real) && real > this.state.time) this.state.time = real;
		}
	}

	hex(n: number): string {
		return hex(this.state.rng, n);
	}

	int(n: number): number {
		return int(this.state.rng, n);
	}

	random(): number {
		return next(this.state.rng);
	}

	/** A 64-hex id that is new in this world. */
	id(): string {
		return this.hex(64);
	}
}

export function newNetwork(world: World, name: string, driver: string, subnetIndex: number, builtin: boolean): Network {
	const subnet = driver === 'bridge' ? `172.${17 + subnetIndex}.0.0/16` : '';
	return {
		id: sha256(`network ${name} ${world.hex(16)}`),
		name,
		driver,
		created: world.now(),
		subnet,
		gateway: subnet ? `172.${17 + subnetIndex}.0.1` : '',
		builtin,
		nextIp: 2,
	};
}

/** The next address in a network's subnet (172.18.0.2, .3, …), or '' for host/null drivers. */
export function allocIp(net: Network): string {
	if (!net.subnet) return '';
	const n = net.nextIp++;
	const base = net.subnet.split('/')[0]!.split('.').map(Number);
	const v = ((base[0]! << 24) >>> 0) + (base[1]! << 16) + (base[2]! << 8) + base[3]! + n;
	return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

export function newHostState(world: World, name: string, platform: Platform, files: Record<string, string>): HostState {
	const networks: Record<string, Network> = {};
	const defaults: Array<[string, string]> = platform === 'windows-containers' ? [['nat', 'nat'], ['none', 'null']] : [['bridge', 'bridge'], ['host', 'host'], ['none', 'null']];
	defaults.forEach(([n, d], i) => {
		const net = newNetwork(world, n, d, i === 0 ? 0 : 100 + i, true);
		if (d === 'nat') {
			net.subnet = '172.29.16.0/20';
			net.gateway = '172.29.16.1';
		}
		networks[net.id] = net;
	});
	return {
		name,
		platform,
		files: { ...files },
		cwd: '',
		images: {},
		containers: {},
		volumes: {},
		networks,
		buildCache: {},
		buildBases: {},
		auth: {},
		attached: null,
		nextHostPort: 32768,
		lastStatus: 0,
		pendingPrompt: null,
	};
}
