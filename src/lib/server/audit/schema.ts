import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Who did what to whom; written by services, read and filtered by the board. */
export const auditLog = pgTable(
	'audit_log',
	{
		id: uuid().primaryKey().defaultRandom(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow(),
		actorUserId: text(),
		actorLabel: text(),
		action: text().notNull(),
		targetType: text(),
		targetId: text(),
		targetLabel: text(),
		details: jsonb().$type<Record<string, unknown>>(),
		ip: text()
	},
	(table) => [index().on(table.at), index().on(table.action), index().on(table.actorUserId)]
);
