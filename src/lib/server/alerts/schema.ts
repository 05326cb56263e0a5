import { sql } from 'drizzle-orm';
import {
	index,
	jsonb,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import type { SavedSearchFilters } from '../../shared/saved-searches';
import { user } from '../auth/schema';
import { mailMessage } from '../mail/schema';

/** Mail for new results: at once, a daily or a weekly digest, or none (the feed still works). */
export const alertFrequency = pgEnum('alert_frequency', ['immediate', 'daily', 'weekly', 'none']);

/**
 * A search a person keeps (DESIGN.md `saved_search`/`alert`): words and facet filters, how often
 * new results are mailed, and an Atom feed behind a secret address. Results are always those the
 * owner may read *now* (their current role and factions), never what they could read when saving.
 */
export const savedSearch = pgTable(
	'saved_search',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		query: text().notNull().default(''),
		filters: jsonb().$type<SavedSearchFilters>().notNull().default({}),
		frequency: alertFrequency().notNull().default('daily'),
		/**
		 * Random input of the feed token. The token itself is an HMAC over the search and this nonce
		 * (see `feed-token.ts`), so it is stored nowhere; a new nonce revokes the old address.
		 */
		feedNonce: text().notNull(),
		/** sha256 of the current feed token, to find the search from its address in one lookup. */
		feedTokenHash: text().notNull().unique(),
		/**
		 * Nothing modified before this counts as new: set when the search is saved and when its words,
		 * filters or frequency change, so switching mail on does not send the whole backlog.
		 */
		baselineAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** Documents modified up to here were looked at by the last alert run. */
		checkedUntil: timestamp({ withTimezone: true }).notNull().defaultNow(),
		lastMailedAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.userId), index().on(table.frequency)]
);

/**
 * Each document a saved search has mailed, once: the guarantee that no item is mailed twice,
 * however runs overlap or a document is edited later. Rows are claimed before the mail is
 * written (see `send-alerts.ts`).
 */
export const savedSearchHit = pgTable(
	'saved_search_hit',
	{
		savedSearchId: uuid()
			.notNull()
			.references(() => savedSearch.id, { onDelete: 'cascade' }),
		/** `search_document.type` and `source_id`: stable across reindexing, unlike its row id. */
		documentType: text().notNull(),
		sourceId: uuid().notNull(),
		mailId: uuid().references(() => mailMessage.id, { onDelete: 'set null' }),
		notifiedAt: timestamp({ withTimezone: true })
			.notNull()
			.default(sql`now()`)
	},
	(table) => [primaryKey({ columns: [table.savedSearchId, table.documentType, table.sourceId] })]
);

export type SavedSearch = typeof savedSearch.$inferSelect;
