import os from 'node:os';

/**
 * A running run writes its heartbeat at least this often (a timer, besides every page), so one
 * silent for STALE_AFTER_MS was killed. Same figure as the board's progress panel uses.
 */
export const HEARTBEAT_INTERVAL_MS = 20_000;
export const STALE_AFTER_MS = 3 * 60 * 1000;

/** Runs this process is working on right now. */
const activeRuns = new Set<string>();

export function markRunActive(runId: string): void {
	activeRuns.add(runId);
}

export function markRunInactive(runId: string): void {
	activeRuns.delete(runId);
}

export function currentOwner(): string {
	return `${os.hostname()}:${process.pid}`;
}

/**
 * Whether a run marked running still has a process working on it: on this host the process is
 * asked directly (a killed CLI is known dead at once), elsewhere the heartbeat decides.
 */
export function isRunAlive(
	run: { id: string; owner: string | null; heartbeatAt: Date },
	now: Date = new Date()
): boolean {
	const [host, pidText] = splitOwner(run.owner);
	if (host === os.hostname() && pidText) {
		const pid = Number(pidText);
		if (pid === process.pid) return activeRuns.has(run.id);
		return processExists(pid);
	}
	return now.getTime() - run.heartbeatAt.getTime() <= STALE_AFTER_MS;
}

function splitOwner(owner: string | null): [string | null, string | null] {
	if (!owner) return [null, null];
	const at = owner.lastIndexOf(':');
	return at < 0 ? [owner, null] : [owner.slice(0, at), owner.slice(at + 1)];
}

function processExists(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
