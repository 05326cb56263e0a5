import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The kinds whose disappearance the API reports as `deleted: true` (OParl 1.1, 2.8). */
export const OPARL_TOMBSTONE_KINDS = [
	'organization',
	'person',
	'membership',
	'paper',
	'legislativeTerm'
] as const;
export type OparlTombstoneKind = (typeof OPARL_TOMBSTONE_KINDS)[number];

/**
 * What the OParl API has published, per body list: a periodic job compares it with what is public
 * now. An object that is no longer public in a body's list (deleted, made members-only, a person
 * whose seats were removed) gets `withdrawnAt` and is served as a tombstone, so importers that
 * copied it learn to drop it. Ids only: nothing that was not public already is kept. No foreign
 * keys on purpose: the rows outlive the objects.
 */
export const oparlApiPublished = pgTable(
	'oparl_api_published',
	{
		kind: text().$type<OparlTombstoneKind>().notNull(),
		objectId: uuid().notNull(),
		bodyId: uuid().notNull(),
		firstSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** Set when the object left this body's list; cleared if it comes back. */
		withdrawnAt: timestamp({ withTimezone: true })
	},
	(table) => [
		primaryKey({ columns: [table.kind, table.objectId, table.bodyId] }),
		index().on(table.bodyId, table.kind, table.withdrawnAt)
	]
);
