import { and, desc, eq } from 'drizzle-orm';
import type { SyncRunKind } from '$lib/shared/oparl';
import { db } from '../../db';
import { oparlSource, oparlSyncRun } from '../schema';
import { currentOwner, isRunAlive } from './run-liveness';

export type SyncRun = typeof oparlSyncRun.$inferSelect;
export type SyncSource = typeof oparlSource.$inferSelect;

/** Incremental runs ask for changes since the last good run's start minus this (clock skew). */
export const MODIFIED_SINCE_MARGIN_MS = 60 * 60 * 1000;

export class SyncAlreadyRunningError extends Error {
	constructor(readonly runId: string) {
		super('Es läuft bereits ein Abgleich dieser Quelle.');
		this.name = 'SyncAlreadyRunningError';
	}
}

export interface ClaimedRun {
	run: SyncRun;
	/** An interrupted run taken up again at its cursor. */
	resumed: boolean;
}

/**
 * Starts a run for the source, or takes up the one that was interrupted (killed, stopped) at
 * its cursor. A run that is still alive is never started twice; one whose process is gone is
 * marked interrupted first. An incremental run without an earlier good run is a full one.
 */
export async function claimRun(
	source: SyncSource,
	kind: SyncRunKind,
	startedById: string | null = null,
	now: Date = new Date()
): Promise<ClaimedRun> {
	const [running] = await db
		.select()
		.from(oparlSyncRun)
		.where(and(eq(oparlSyncRun.sourceId, source.id), eq(oparlSyncRun.status, 'running')));
	if (running) {
		if (isRunAlive(running, now)) throw new SyncAlreadyRunningError(running.id);
		await db
			.update(oparlSyncRun)
			.set({ status: 'interrupted' })
			.where(and(eq(oparlSyncRun.id, running.id), eq(oparlSyncRun.status, 'running')));
	}
	const [latest] = await db
		.select()
		.from(oparlSyncRun)
		.where(eq(oparlSyncRun.sourceId, source.id))
		.orderBy(desc(oparlSyncRun.startedAt))
		.limit(1);
	// A scheduled (incremental) run finishes whatever was interrupted; an explicit full import
	// of a source whose interrupted run was incremental starts over.
	if (latest?.status === 'interrupted' && (latest.kind === kind || kind === 'incremental')) {
		const [resumed] = await db
			.update(oparlSyncRun)
			.set({ status: 'running', owner: currentOwner(), heartbeatAt: now, error: null })
			.where(and(eq(oparlSyncRun.id, latest.id), eq(oparlSyncRun.status, 'interrupted')))
			.returning();
		if (resumed) return { run: resumed, resumed: true };
	}
	const effectiveKind: SyncRunKind =
		kind === 'incremental' && source.lastSuccessfulSyncStartedAt ? 'incremental' : 'full';
	const modifiedSince =
		effectiveKind === 'incremental'
			? new Date(source.lastSuccessfulSyncStartedAt!.getTime() - MODIFIED_SINCE_MARGIN_MS)
			: null;
	try {
		const [run] = await db
			.insert(oparlSyncRun)
			.values({
				sourceId: source.id,
				kind: effectiveKind,
				modifiedSince,
				startedById,
				owner: currentOwner(),
				startedAt: now,
				heartbeatAt: now
			})
			.returning();
		return { run: run!, resumed: false };
	} catch (error) {
		// Another process claimed the source between our look and our insert (unique index).
		const [other] = await db
			.select({ id: oparlSyncRun.id })
			.from(oparlSyncRun)
			.where(and(eq(oparlSyncRun.sourceId, source.id), eq(oparlSyncRun.status, 'running')));
		if (other) throw new SyncAlreadyRunningError(other.id);
		throw error;
	}
}
