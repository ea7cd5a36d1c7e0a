// Take-over without snapshots: the simulator is deterministic (seeded ids, simulated clock), so
// running the session's first k steps again, exactly as the loader ran them, gives the machine
// the replay was showing. rebuild.test.ts checks it against the loader's snapshots, step by step.
import { createWorld, type Host } from '../sim/index';
import type { WidgetTimeline } from './timeline';

export function rebuild(timeline: Pick<WidgetTimeline, 'host' | 'hosts' | 'files' | 'cols' | 'steps'>, k: number, rows: number): Host {
	const world = createWorld({ seed: 1 });
	const hosts: Record<string, Host> = { main: world.host({ platform: timeline.host, files: { ...timeline.files }, name: 'main' }) };
	for (const [name, platform] of Object.entries(timeline.hosts ?? {})) if (name !== 'main') hosts[name] = world.host({ platform, name });
	for (const step of timeline.steps.slice(0, k)) {
		const host = hosts[step.host] ?? hosts.main!;
		if (step.kind === 'edit') host.writeFile(step.file!, step.content!);
		else host.exec(step.command!, { tty: true, cols: timeline.cols, rows });
	}
	return hosts[k > 0 ? timeline.steps[k - 1]!.host : 'main'] ?? hosts.main!;
}
