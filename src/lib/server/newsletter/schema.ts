import {
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import type { NewsletterSegment } from '../../shared/newsletter';
import { user } from '../auth/schema';
import { mailMessage } from '../mail/schema';

export const newsletterStatus = pgEnum('newsletter_status', ['draft', 'sending', 'sent']);

/**
 * A Rundbrief of the board: Markdown body and the segment it goes to. Editable while a draft;
 * sending freezes it and snapshots the recipients into `newsletter_recipient`. The counts are
 * kept on the row so the archive still shows them after recipients' accounts are deleted.
 */
export const newsletter = pgTable(
	'newsletter',
	{
		id: uuid().primaryKey().defaultRandom(),
		subject: text().notNull(),
		/** Markdown, rendered to HTML and plain text for the mail. */
		body: text().notNull(),
		segment: jsonb().$type<NewsletterSegment>().notNull(),
		status: newsletterStatus().notNull().default('draft'),
		recipientCount: integer().notNull().default(0),
		sentCount: integer().notNull().default(0),
		/** Skipped (opted out after the send started) and failed deliveries. */
		skippedCount: integer().notNull().default(0),
		failedCount: integer().notNull().default(0),
		createdById: text().references(() => user.id, { onDelete: 'set null' }),
		sentById: text().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		sendStartedAt: timestamp({ withTimezone: true }),
		sentAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.status, table.modifiedAt)]
);

/**
 * `pending` until a batch claims the row; `claimed` while its mail is being queued; then `sent`
 * (with the mail), `skipped` (the person opted out or lost the account meanwhile) or `failed`.
 * A row only leaves `pending` through one conditional update, so a retried or doubled batch job
 * can never mail anyone twice.
 */
export const newsletterRecipientStatus = pgEnum('newsletter_recipient_status', [
	'pending',
	'claimed',
	'sent',
	'skipped',
	'failed'
]);

/** One row per person a newsletter goes to; removed with the account. */
export const newsletterRecipient = pgTable(
	'newsletter_recipient',
	{
		id: uuid().primaryKey().defaultRandom(),
		newsletterId: uuid()
			.notNull()
			.references(() => newsletter.id, { onDelete: 'cascade' }),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		status: newsletterRecipientStatus().notNull().default('pending'),
		claimedAt: timestamp({ withTimezone: true }),
		mailId: uuid().references(() => mailMessage.id, { onDelete: 'set null' }),
		sentAt: timestamp({ withTimezone: true }),
		error: text()
	},
	(table) => [
		unique().on(table.newsletterId, table.userId),
		index().on(table.newsletterId, table.status),
		index().on(table.userId)
	]
);

/**
 * The one place of the opt-out: a row means "no Rundbriefe", from the account page or a mail's
 * unsubscribe link. Every send checks it, also between the start of a send and each batch.
 */
export const newsletterOptOut = pgTable('newsletter_opt_out', {
	userId: text()
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	/** `account` (switch on the account page) or `link` (unsubscribe link or one-click). */
	source: text().$type<'account' | 'link'>().notNull(),
	optedOutAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

export type Newsletter = typeof newsletter.$inferSelect;
export type NewsletterRecipientStatus = (typeof newsletterRecipientStatus.enumValues)[number];
