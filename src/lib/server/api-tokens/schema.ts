import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from '../auth/schema';

/**
 * Personal API tokens: a program acts as the token's owner, with the owner's role at the time of
 * each request. Only the SHA-256 hash is stored; the token itself is shown once when created.
 */
export const apiToken = pgTable(
	'api_token',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		/** What the owner calls it, e.g. "Import aus dem Ratsinfosystem". */
		name: text().notNull(),
		tokenHash: text().notNull().unique(),
		/** The first characters of the token, so the owner can tell tokens apart. */
		prefix: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp({ withTimezone: true }),
		expiresAt: timestamp({ withTimezone: true }),
		revokedAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.userId)]
);
