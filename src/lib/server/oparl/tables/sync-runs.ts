import { sql } from 'drizzle-orm';
import {
	bigint,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import type { OparlProblemKind } from '$lib/shared/oparl';
import { user } from '../../auth/schema';
import { oparlSource } from './sources';

/** Sync runs (progress, cursors for resuming) and the problems they found. */

export const syncRunKind = pgEnum('oparl_sync_run_kind', ['full', 'incremental']);
export const syncRunStatus = pgEnum('oparl_sync_run_status', [
	'running',
	'succeeded',
	'failed',
	'interrupted'
]);

/** Where a list walk stands: the next page to fetch, or done. */
export interface ListCursor {
	next: string | null;
	done: boolean;
	pages: number;
	/** `pagination.totalElements` as the server claimed it on the first page. */
	claimedTotal?: number | null;
	seen: number;
	/**
	 * How the server treated `modified_since` on this list (incremental runs): applied it,
	 * ignored it (sent old objects too: walked in full, unchanged ones skipped by hash) or
	 * rejected it (an error status: walked again without it).
	 */
	modifiedSince?: 'honoured' | 'ignored' | 'rejected';
	/** Why the walk stopped before the end (German); the list is read again next run. */
	error?: string | null;
}

/**
 * One import run. Its cursor records per list URL where the walk stands, so a run that was
 * killed resumes at the page it stopped on; its counters are the progress the UI and CLI show.
 * At most one run per source is running.
 */
export const oparlSyncRun = pgTable(
	'oparl_sync_run',
	{
		id: uuid().primaryKey().defaultRandom(),
		sourceId: uuid()
			.notNull()
			.references(() => oparlSource.id, { onDelete: 'cascade' }),
		kind: syncRunKind().notNull(),
		status: syncRunStatus().notNull().default('running'),
		/** The `modified_since` used for the lists (incremental runs). */
		modifiedSince: timestamp({ withTimezone: true }),
		cursor: jsonb().$type<Record<string, ListCursor>>().notNull().default({}),
		requests: integer().notNull().default(0),
		pagesFetched: integer().notNull().default(0),
		objectsSeen: integer().notNull().default(0),
		objectsWritten: integer().notNull().default(0),
		objectsDeleted: integer().notNull().default(0),
		/**
		 * Objects the server stopped listing without a tombstone (found after a full walk of
		 * their list) and marked deleted like one; counted apart from the reported deletions.
		 */
		objectsVanished: integer().notNull().default(0),
		placeholdersFilled: integer().notNull().default(0),
		filesDownloaded: integer().notNull().default(0),
		problemCount: integer().notNull().default(0),
		bytesFetched: bigint({ mode: 'number' }).notNull().default(0),
		/** Why the run failed, in German. */
		error: text(),
		startedById: text().references(() => user.id, { onDelete: 'set null' }),
		startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** Written with the counters; a running run without a recent heartbeat was killed. */
		heartbeatAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/**
		 * `host:pid` of the process running it: a run whose process is gone on this host is known
		 * dead at once (a killed CLI), without waiting for its heartbeat to go stale.
		 */
		owner: text(),
		finishedAt: timestamp({ withTimezone: true })
	},
	(table) => [
		index().on(table.sourceId, table.startedAt),
		uniqueIndex('oparl_sync_run_one_running_idx')
			.on(table.sourceId)
			.where(sql`${table.status} = 'running'`)
	]
);

/** Something wrong with a source's data or with fetching it, with the URL where it was seen. */
export const oparlProblem = pgTable(
	'oparl_problem',
	{
		id: uuid().primaryKey().defaultRandom(),
		sourceId: uuid()
			.notNull()
			.references(() => oparlSource.id, { onDelete: 'cascade' }),
		runId: uuid().references(() => oparlSyncRun.id, { onDelete: 'set null' }),
		kind: text().$type<OparlProblemKind>().notNull(),
		url: text().notNull(),
		/** German, for the report. */
		message: text().notNull(),
		details: jsonb().$type<Record<string, unknown>>(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index().on(table.sourceId, table.kind),
		index().on(table.runId),
		// One problem of a kind per URL and run: a retried page does not double the report.
		unique().on(table.runId, table.kind, table.url)
	]
);
