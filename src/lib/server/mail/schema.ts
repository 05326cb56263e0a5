import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const mailStatus = pgEnum('mail_status', ['queued', 'sent', 'outbox', 'failed']);

/**
 * Every mail the platform writes. Rows are created synchronously by queueMail(); the job queue
 * delivers them over SMTP (status `sent`) or, without SMTP_URL, leaves them for the board to read
 * (status `outbox`). The row, not the job, is the truth about a mail: a job only says "look at
 * this message now", so a lost or duplicated job can neither lose nor double a mail.
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
		/** When a queued mail is due again after a temporary failure; null means now. */
		nextAttemptAt: timestamp({ withTimezone: true }),
		/** A worker delivering the mail holds it until then, so no two workers send it at once. */
		claimedUntil: timestamp({ withTimezone: true }),
		sentAt: timestamp({ withTimezone: true })
	},
	(table) => [
		index().on(table.createdAt),
		index().on(table.status, table.nextAttemptAt),
		index().on(table.toAddress),
		index().on(table.category)
	]
);

export type MailMessage = typeof mailMessage.$inferSelect;
export type MailStatus = (typeof mailStatus.enumValues)[number];
