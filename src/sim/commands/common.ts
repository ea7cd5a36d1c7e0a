// Shared error paths and lookups, so every command fails with docker's own wording.
import { parseReference } from '../engine/reference.ts';
import type { Container, HostState } from '../engine/types.ts';
import type { Ctx } from './types.ts';

/** cobra FlagErrorFunc: exit 125. */
export function flagError(ctx: Ctx, message: string): number {
	ctx.io.err(`${message}\n\nUsage:  ${ctx.useLine}\n\nRun '${ctx.path} --help' for more information\n`);
	return 125;
}

/** `Error response from daemon: …`, exit 1. */
export function daemonError(ctx: Ctx, message: string, code = 1): number {
	ctx.io.err(`Error response from daemon: ${message}\n`);
	return code;
}

/** docker run / create style: `docker: <err>` + blank + Run … line. */
export function runError(ctx: Ctx, message: string, code = 125): number {
	ctx.io.err(`docker: ${message}\n\nRun '${ctx.path} --help' for more information\n`);
	return code;
}

export function findContainer(host: HostState, ref: string): Container | undefined {
	const all = Object.values(host.containers);
	const byName = all.find((c) => c.name === ref || c.name === ref.replace(/^\//, ''));
	if (byName) return byName;
	const byId = all.find((c) => c.id === ref);
	if (byId) return byId;
	if (/^[0-9a-f]+$/.test(ref)) {
		const hits = all.filter((c) => c.id.startsWith(ref));
		if (hits.length === 1) return hits[0];
	}
	return undefined;
}

/** The container `ref` names, or undefined after printing the daemon's `No such container`. */
export function containerOr404(ctx: Ctx, ref: string): Container | undefined {
	const c = findContainer(ctx.host, ref);
	if (!c) daemonError(ctx, `No such container: ${ref}`);
	return c;
}

/**
 * Runs `act` on each named container the way docker's multi-container commands do: a name that
 * matches nothing prints `missing(ref)` as the daemon's error, the others still run, and the
 * exit status is 1 if any name or any `act` (returning false) failed.
 */
export function eachContainer(
	ctx: Ctx,
	refs: string[],
	act: (c: Container, ref: string) => boolean | void,
	missing: (ref: string) => string = (ref) => `No such container: ${ref}`,
	/** Whether a missing container makes the command fail (`rm -f` only reports it). */
	missingFails = true,
): number {
	let status = 0;
	for (const ref of refs) {
		const c = findContainer(ctx.host, ref);
		if (!c) {
			ctx.io.err(`Error response from daemon: ${missing(ref)}\n`);
			if (missingFails) status = 1;
		} else if (act(c, ref) === false) status = 1;
	}
	return status;
}

export function containersNewestFirst(host: HostState): Container[] {
	return Object.values(host.containers).sort((a, b) => b.created - a.created || (a.id < b.id ? 1 : -1));
}

/** Validate an image reference; returns an error message (cli wording) or null. */
export function refError(input: string): string | null {
	const r = parseReference(input);
	return r.ok ? null : r.error;
}

export function str(v: unknown): string {
	return typeof v === 'string' ? v : '';
}

export function list(v: unknown): string[] {
	return Array.isArray(v) ? (v as string[]) : [];
}

/**
 * docker/cli prompt.Confirm: prints `message [y/N] ` and reads one line; only y or Y proceeds.
 * Piped stdin answers at once; otherwise the question waits on the host for the reader's next
 * line (the host runs `again` then). Returns true to proceed now, false when cancelled or
 * waiting — a cancelled prune prints nothing more and exits 0 (errdefs.IsCanceled).
 */
export function confirm(ctx: Ctx, message: string, again: string[]): boolean {
	ctx.io.out(`${message} [y/N] `);
	if (ctx.io.stdin !== '') {
		const answer = ctx.io.stdin.split('\n')[0]!.trim();
		return answer.toLowerCase() === 'y';
	}
	ctx.host.pendingPrompt = { argv: [...ctx.path.split(' ').slice(1), ...again, '--force'], env: { ...ctx.env } };
	return false;
}
