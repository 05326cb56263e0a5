import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** Fixed-window counters, in the database so that limits hold across app processes. */
export const rateLimitBucket = pgTable(
	'rate_limit_bucket',
	{
		key: text().notNull(),
		windowStart: timestamp({ withTimezone: true }).notNull(),
		hits: integer().notNull().default(0)
	},
	(table) => [primaryKey({ columns: [table.key, table.windowStart] })]
);
