import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	real,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import type { OparlObjectType, OparlProblemKind, OparlVersion } from '$lib/shared/oparl';
import { user } from '../auth/schema';
import { person } from '../directory/schema';
import { storedFile } from '../files/schema';
import { body as directoryBody, organization as directoryOrganization } from '../territory/schema';

/*
 * Council watch: objects imported from council information systems over OParl 1.0/1.1.
 *
 * Every fetched object is kept whole in `oparl_object` (raw JSON, keyed by its OParl id per
 * source), so nothing a server sends is lost and a later version of this code can re-read it.
 * The typed tables beside it (paper, meeting, agenda item …) are projections of the raw JSON that
 * pages, search and briefings query; they are rewritten with the raw row in one transaction.
 * References between objects point at `oparl_object.id`: a reference to an object not fetched
 * yet creates a placeholder row (`placeholder = true`, no raw JSON) that a later run fills.
 */

/** One council information system, known by its System URL. */
export const oparlSource = pgTable('oparl_source', {
	id: uuid().primaryKey().defaultRandom(),
	systemUrl: text().notNull().unique(),
	/** The System's name, or the host when it has none. */
	name: text().notNull(),
	oparlVersion: text().$type<OparlVersion>().notNull(),
	vendor: text(),
	product: text(),
	website: text(),
	/** Paused sources are not synced on schedule (on demand still works). */
	enabled: boolean().notNull().default(true),
	requestsPerSecond: real().notNull().default(5),
	concurrency: integer().notNull().default(2),
	timeoutSeconds: integer().notNull().default(30),
	maxFileBytes: bigint({ mode: 'number' })
		.notNull()
		.default(20 * 1024 * 1024),
	syncIntervalHours: integer().notNull().default(6),
	/**
	 * Hosts besides the System URL's that the import may request (files on a second server),
	 * lower-case host names; anything else is refused (oparl/http/host-guard.ts).
	 */
	allowedHosts: text()
		.array()
		.notNull()
		.default(sql`'{}'::text[]`),
	/** When the last run that finished without failing started: the next `modified_since`. */
	lastSuccessfulSyncStartedAt: timestamp({ withTimezone: true }),
	lastSuccessfulSyncAt: timestamp({ withTimezone: true }),
	createdById: text().references(() => user.id, { onDelete: 'set null' }),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/**
 * Every object of a source, as the server sent it. Embedded objects (agenda items, files,
 * consultations, memberships, locations) have their own row with `parentId` set to the object
 * they came in.
 */
export const oparlObject = pgTable(
	'oparl_object',
	{
		id: uuid().primaryKey().defaultRandom(),
		sourceId: uuid()
			.notNull()
			.references(() => oparlSource.id, { onDelete: 'cascade' }),
		/** The object's OParl id: its URL on the source server. */
		oparlId: text().notNull(),
		type: text().$type<OparlObjectType>().notNull(),
		/** The imported body the object belongs to (null for System and Body rows). */
		bodyId: uuid().references((): AnyPgColumn => oparlBody.objectId, { onDelete: 'cascade' }),
		parentId: uuid().references((): AnyPgColumn => oparlObject.id, { onDelete: 'set null' }),
		/** `deleted: true` on the server (a tombstone); projections are removed, the row stays. */
		deleted: boolean().notNull().default(false),
		/** Referenced but not fetched yet: no raw JSON and no projection until a run fills it. */
		placeholder: boolean().notNull().default(false),
		raw: jsonb().$type<Record<string, unknown>>(),
		/** sha256 of the raw JSON as stored: an unchanged object is not rewritten. */
		contentHash: text(),
		created: timestamp({ withTimezone: true }),
		modified: timestamp({ withTimezone: true }),
		fetchedAt: timestamp({ withTimezone: true }),
		/** The run that last saw the object in a list or embedded in another one. */
		lastSeenRunId: uuid(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		unique().on(table.sourceId, table.oparlId),
		index().on(table.bodyId, table.type),
		index().on(table.parentId),
		index('oparl_object_placeholder_idx')
			.on(table.sourceId)
			.where(sql`${table.placeholder}`)
	]
);

/**
 * An imported body (Körperschaft). The board picks which bodies of a source to follow; only
 * followed bodies' lists are synced. `directoryBodyId` ties it to the directory's body (matched
 * by AGS or confirmed by the board), which gives search its district and council facets.
 */
export const oparlBody = pgTable(
	'oparl_body',
	{
		objectId: uuid()
			.primaryKey()
			.references((): AnyPgColumn => oparlObject.id, { onDelete: 'cascade' }),
		sourceId: uuid()
			.notNull()
			.references(() => oparlSource.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		shortName: text(),
		/** Amtlicher Gemeindeschlüssel as the server states it. */
		ags: text(),
		website: text(),
		followed: boolean().notNull().default(false),
		directoryBodyId: uuid().references(() => directoryBody.id, { onDelete: 'set null' }),
		/** The board chose `directoryBodyId` (or none): automatic matching leaves it alone. */
		directoryMatchFixed: boolean().notNull().default(false),
		/** The list URLs the Body advertises (`paper`, `meeting`, `person`, `organization` …). */
		listUrls: jsonb().$type<Partial<Record<string, string>>>().notNull().default({})
	},
	(table) => [index().on(table.sourceId)]
);

const objectKey = () =>
	uuid()
		.primaryKey()
		.references(() => oparlObject.id, { onDelete: 'cascade' });
const objectRef = () => uuid().references(() => oparlObject.id, { onDelete: 'set null' });
const bodyRef = () =>
	uuid()
		.notNull()
		.references(() => oparlBody.objectId, { onDelete: 'cascade' });

/** Drucksache/Vorlage. */
export const oparlPaper = pgTable(
	'oparl_paper',
	{
		objectId: objectKey(),
		bodyId: bodyRef(),
		name: text().notNull().default(''),
		/** The council's own number, e.g. "VO/2024/123". */
		reference: text(),
		date: date(),
		/** Antrag, Anfrage, Beschlussvorlage … as the server names it. */
		paperType: text(),
		webUrl: text(),
		mainFileId: objectRef()
	},
	(table) => [index().on(table.bodyId, table.date), index().on(table.date)]
);

export const oparlMeeting = pgTable(
	'oparl_meeting',
	{
		objectId: objectKey(),
		bodyId: bodyRef(),
		name: text().notNull().default(''),
		meetingState: text(),
		cancelled: boolean().notNull().default(false),
		start: timestamp({ withTimezone: true }),
		end: timestamp({ withTimezone: true }),
		/** Place as one line of text (room, street, town). */
		locationText: text(),
		/** The organizations (Gremien) meeting: `oparl_object` ids. */
		organizationIds: uuid()
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`),
		webUrl: text()
	},
	(table) => [index().on(table.bodyId, table.start), index().on(table.start)]
);

export const oparlAgendaItem = pgTable(
	'oparl_agenda_item',
	{
		objectId: objectKey(),
		meetingId: objectRef(),
		/** "Ö 5.1" and the like; may be empty. */
		number: text(),
		/** Position in the agenda (from `order`, else the position in the list). */
		position: integer(),
		name: text().notNull().default(''),
		public: boolean(),
		result: text(),
		resolutionText: text(),
		consultationId: objectRef()
	},
	(table) => [index().on(table.meetingId, table.position)]
);

/** A paper discussed in a meeting (Beratung). */
export const oparlConsultation = pgTable(
	'oparl_consultation',
	{
		objectId: objectKey(),
		paperId: objectRef(),
		meetingId: objectRef(),
		agendaItemId: objectRef(),
		role: text(),
		authoritative: boolean(),
		organizationIds: uuid()
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`)
	},
	(table) => [
		index().on(table.paperId),
		index().on(table.meetingId),
		index().on(table.agendaItemId)
	]
);

export const oparlFileDownloadStatus = pgEnum('oparl_file_download_status', [
	'pending',
	'stored',
	'too_large',
	'failed',
	'unavailable',
	/** Neither a document (PDF, DOCX, ODT) nor a picture: not kept, linked at the source. */
	'unsupported'
]);

/**
 * A council file. Its bytes are stored content-addressed through the files module (`sha256`),
 * where its text is extracted once; a file without text is marked there and not retried.
 */
export const oparlFile = pgTable(
	'oparl_file',
	{
		objectId: objectKey(),
		name: text(),
		fileName: text(),
		mimeType: text(),
		size: bigint({ mode: 'number' }),
		date: date(),
		accessUrl: text(),
		downloadUrl: text(),
		downloadStatus: oparlFileDownloadStatus().notNull().default('pending'),
		downloadAttempts: integer().notNull().default(0),
		downloadError: text(),
		/**
		 * A download in progress (job or CLI) holds the row until then, so two processes never
		 * fetch the same file at once; a crashed holder's claim simply runs out.
		 */
		downloadClaimedUntil: timestamp({ withTimezone: true }),
		// No cascade: bytes a council file holds are never deleted under it (oparl/files/sweep-unused-files.ts).
		sha256: text().references(() => storedFile.sha256)
	},
	(table) => [index().on(table.downloadStatus), index().on(table.sha256)]
);

export const oparlPerson = pgTable(
	'oparl_person',
	{
		objectId: objectKey(),
		bodyId: bodyRef(),
		name: text().notNull().default(''),
		familyName: text(),
		givenName: text(),
		formOfAddress: text(),
		title: text()
	},
	(table) => [index().on(table.bodyId)]
);

export const oparlOrganization = pgTable(
	'oparl_organization',
	{
		objectId: objectKey(),
		bodyId: bodyRef(),
		name: text().notNull().default(''),
		shortName: text(),
		organizationType: text(),
		classification: text(),
		startDate: date(),
		endDate: date(),
		/** The directory's organization this one is (matched automatically or by the board). */
		directoryOrganizationId: uuid().references(() => directoryOrganization.id, {
			onDelete: 'set null'
		}),
		/** The board chose `directoryOrganizationId` (or none): automatic matching leaves it alone. */
		directoryMatchFixed: boolean().notNull().default(false)
	},
	(table) => [index().on(table.bodyId)]
);

export const oparlMembership = pgTable(
	'oparl_membership',
	{
		objectId: objectKey(),
		personId: objectRef(),
		organizationId: objectRef(),
		role: text(),
		votingRight: boolean(),
		startDate: date(),
		endDate: date(),
		onBehalfOfId: objectRef()
	},
	(table) => [index().on(table.personId), index().on(table.organizationId)]
);

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

/**
 * A member follows an imported body (or one of its Gremien) and gets a briefing before each of
 * its meetings.
 */
export const oparlFollow = pgTable(
	'oparl_follow',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		bodyId: uuid()
			.notNull()
			.references(() => oparlBody.objectId, { onDelete: 'cascade' }),
		/** Only this Gremium's meetings; null follows all meetings of the body. */
		organizationId: uuid().references(() => oparlObject.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		// Unique per person and body, and per person and Gremium (null is never equal to null).
		uniqueIndex('oparl_follow_body_idx')
			.on(table.userId, table.bodyId)
			.where(sql`${table.organizationId} is null`),
		uniqueIndex('oparl_follow_organization_idx').on(table.userId, table.organizationId),
		index().on(table.bodyId)
	]
);

/** A briefing mail sent (or claimed) for one person and one meeting: each goes out once. */
export const oparlBriefing = pgTable(
	'oparl_briefing',
	{
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		meetingId: uuid()
			.notNull()
			.references(() => oparlObject.id, { onDelete: 'cascade' }),
		sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/**
		 * The start the person was last told of (by the briefing or a later "moved" mail): a
		 * meeting whose start differs was moved since. Null for briefings sent before it was kept.
		 */
		briefedStart: timestamp({ withTimezone: true }),
		/** Moved beyond the briefing window: the person gets a full briefing again before it. */
		rebriefDue: boolean().notNull().default(false),
		/** When the "cancelled" mail went out (once per meeting and person). */
		cancelNoticeAt: timestamp({ withTimezone: true })
	},
	(table) => [primaryKey({ columns: [table.userId, table.meetingId] })]
);

export const personMatchStatus = pgEnum('oparl_person_match_status', [
	'suggested',
	'confirmed',
	'rejected'
]);

/**
 * An imported person who may be a person of the directory. Suggested by name (and council);
 * the board confirms or rejects. A confirmed match lets imported memberships update mandates.
 */
export const oparlPersonMatch = pgTable(
	'oparl_person_match',
	{
		id: uuid().primaryKey().defaultRandom(),
		oparlPersonId: uuid()
			.notNull()
			.references(() => oparlObject.id, { onDelete: 'cascade' }),
		directoryPersonId: uuid()
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		/** 0–1: how alike the names (and councils) are. */
		score: real().notNull(),
		status: personMatchStatus().notNull().default('suggested'),
		decidedById: text().references(() => user.id, { onDelete: 'set null' }),
		decidedAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		unique().on(table.oparlPersonId, table.directoryPersonId),
		index().on(table.status),
		index().on(table.directoryPersonId)
	]
);
