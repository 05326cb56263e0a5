import { eq, inArray } from 'drizzle-orm';
import PQueue from 'p-queue';
import type { OparlObjectType } from '$lib/shared/oparl';
import { db } from '../../db';
import type { OparlClient } from '../http/oparl-client';
import { oparlObject, oparlSyncRun, type ListCursor } from '../schema';
import { recordOparlProblems } from '../store/record-problems';
import { storeOparlPage } from '../store/store-page';
import type { ProblemDraft } from '../store/types';
import type { SyncRun, SyncSource } from './claim-run';
import type { SyncHooks } from './sync-hooks';

/** The counters of a run as the UI and the CLI show them. */
export type SyncCounters = Pick<
	SyncRun,
	| 'requests'
	| 'pagesFetched'
	| 'objectsSeen'
	| 'objectsWritten'
	| 'objectsDeleted'
	| 'placeholdersFilled'
	| 'problemCount'
	| 'bytesFetched'
>;

export interface SyncProgressEvent extends SyncCounters {
	runId: string;
	startedAt: Date;
	/** The list or step being worked on, in German. */
	step: string;
}

export interface PageWrite {
	/** Where the items came from (a list page, or an object's own URL). */
	url: string;
	items: unknown[];
	/** For each item in order, or one type for all. */
	expectedType: OparlObjectType | ((index: number) => OparlObjectType | undefined);
	bodyId: string | null;
	/** The list's cursor after this page (undefined: not a list page). */
	cursor?: { key: string; value: ListCursor };
	problems?: ProblemDraft[];
	/** Counts as a fetched page (list pages) or not (single objects). */
	page: boolean;
}

/**
 * One run's state in this process. Fetching runs ahead on several lists at once; writing is
 * one page at a time, each page with its objects, search rows, cursor and counters in one
 * transaction, so a killed run resumes exactly after the last page it wrote.
 */
export class SyncSession {
	readonly cursor: Record<string, ListCursor>;
	readonly counters: SyncCounters;
	private readonly writes = new PQueue({ concurrency: 1 });
	private readonly reportedOnce = new Set<string>();
	private readonly base: Pick<SyncCounters, 'requests' | 'bytesFetched'>;

	constructor(
		readonly run: SyncRun,
		readonly source: SyncSource,
		readonly client: OparlClient,
		readonly hooks: SyncHooks,
		private readonly onProgress: ((event: SyncProgressEvent) => void) | undefined,
		readonly signal: AbortSignal | undefined
	) {
		this.cursor = structuredClone(run.cursor ?? {});
		this.counters = {
			requests: run.requests,
			pagesFetched: run.pagesFetched,
			objectsSeen: run.objectsSeen,
			objectsWritten: run.objectsWritten,
			objectsDeleted: run.objectsDeleted,
			placeholdersFilled: run.placeholdersFilled,
			problemCount: run.problemCount,
			bytesFetched: run.bytesFetched
		};
		this.base = { requests: run.requests, bytesFetched: run.bytesFetched };
	}

	/** Writes a page (or a batch of single objects); resolves with the ids written. */
	write(page: PageWrite, step: string): Promise<{ storedIds: string[] }> {
		return this.writes.add(async () => {
			this.signal?.throwIfAborted();
			const outcome = await db.transaction(async (tx) => {
				const stored = await storeOparlPage(
					tx,
					{ sourceId: this.source.id, bodyId: page.bodyId, reportedOnce: this.reportedOnce },
					page.items.map((raw, index) => ({
						raw,
						expectedType:
							typeof page.expectedType === 'function' ? page.expectedType(index) : page.expectedType
					})),
					{ runId: this.run.id, foundAt: page.url, problems: page.problems, listed: page.page }
				);
				const storedIds = stored.items.flatMap((item) => (item.objectId ? [item.objectId] : []));
				const unchanged = stored.items.flatMap((item) =>
					item.outcome === 'unchanged' && item.objectId ? [item.objectId] : []
				);
				if (page.page && unchanged.length > 0) {
					await tx
						.update(oparlObject)
						.set({ lastSeenRunId: this.run.id })
						.where(inArray(oparlObject.id, unchanged));
				}
				const changed = stored.changedObjectIds;
				const files = stored.fileObjectIds;
				const { written, deleted, problems } = stored;
				await this.hooks.afterPage(tx, { changedObjectIds: changed, fileObjectIds: files });
				const counters = this.next({
					pages: page.page ? 1 : 0,
					seen: page.items.length,
					written,
					deleted,
					problems
				});
				const cursor = page.cursor
					? { ...this.cursor, [page.cursor.key]: page.cursor.value }
					: this.cursor;
				await tx
					.update(oparlSyncRun)
					.set({ ...counters, cursor, heartbeatAt: new Date() })
					.where(eq(oparlSyncRun.id, this.run.id));
				return { counters, cursor, storedIds };
			});
			// Only after the commit: what is in memory must never run ahead of the database.
			Object.assign(this.counters, outcome.counters);
			if (page.cursor) this.cursor[page.cursor.key] = page.cursor.value;
			this.report(step);
			return { storedIds: outcome.storedIds };
		}) as Promise<{ storedIds: string[] }>;
	}

	/** Problems outside any page (a list that could not be read at all). */
	async recordProblems(problems: ProblemDraft[]): Promise<void> {
		await this.writes.add(async () => {
			const added = await recordOparlProblems(db, this.source.id, this.run.id, problems);
			this.counters.problemCount += added;
		});
	}

	/** Saves a list's cursor without a page (its walk stopped, or a filter was dropped). */
	async saveCursor(key: string, value: ListCursor): Promise<void> {
		await this.writes.add(async () => {
			const cursor = { ...this.cursor, [key]: value };
			await db
				.update(oparlSyncRun)
				.set({ cursor, heartbeatAt: new Date() })
				.where(eq(oparlSyncRun.id, this.run.id));
			this.cursor[key] = value;
		});
	}

	addPlaceholdersFilled(count: number): void {
		this.counters.placeholdersFilled += count;
	}

	/** Writes the counters and a heartbeat (the timer between pages). */
	async heartbeat(): Promise<void> {
		await this.writes.add(async () => {
			await db
				.update(oparlSyncRun)
				.set({ ...this.withClientStats(this.counters), heartbeatAt: new Date() })
				.where(eq(oparlSyncRun.id, this.run.id));
		});
	}

	async drained(): Promise<void> {
		await this.writes.onIdle();
	}

	report(step: string): void {
		this.onProgress?.({
			...this.withClientStats(this.counters),
			runId: this.run.id,
			startedAt: this.run.startedAt,
			step
		});
	}

	private next(delta: {
		pages: number;
		seen: number;
		written: number;
		deleted: number;
		problems: number;
	}): SyncCounters {
		return this.withClientStats({
			...this.counters,
			pagesFetched: this.counters.pagesFetched + delta.pages,
			objectsSeen: this.counters.objectsSeen + delta.seen,
			objectsWritten: this.counters.objectsWritten + delta.written,
			objectsDeleted: this.counters.objectsDeleted + delta.deleted,
			problemCount: this.counters.problemCount + delta.problems
		});
	}

	private withClientStats(counters: SyncCounters): SyncCounters {
		return {
			...counters,
			requests: this.base.requests + this.client.stats.requests,
			bytesFetched: this.base.bytesFetched + this.client.stats.bytes
		};
	}
}
