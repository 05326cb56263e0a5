import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const mailStatus = pgEnum('mail_status', ['queued', 'sent', 'outbox', 'failed']);

/**
 * Every mail the platform writes. Rows are created synchronously by queueMail(); the job queue
 * delivers them over SMTP (status `sent`) or, without SMTP_URL, leaves them for the board to read
 * (status `outbox`).
 */
export const mailMessage = pgTable(
	'mail_message',
	{
		id: uuid().primaryKey().defaultRandom(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		toAddress: text().notNull(),
		subject: text().notNull(),
		textBody: text().notNull(),
		htmlBody: text(),
		/** What kind of mail (e.g. `auth.invitation`), for filtering the outbox. */
		category: text().notNull(),
		/** Extra headers such as List-Unsubscribe. */
		headers: text(),
		status: mailStatus().notNull().default('queued'),
		attempts: integer().notNull().default(0),
		lastError: text(),
		sentAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.createdAt), index().on(table.status), index().on(table.toAddress)]
);
