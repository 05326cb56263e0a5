import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	real,
	text,
	timestamp,
	unique,
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import type { OparlObjectType, OparlVersion } from '$lib/shared/oparl';
import { user } from '../../auth/schema';
import { body as directoryBody } from '../../territory/schema';

/** Council watch: the systems, every object they sent (raw), and their bodies. See ../schema.ts. */

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
