import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { invitation, user } from '../auth/schema';

/**
 * unconfirmed: submitted, the confirmation link not yet followed (the board never sees these).
 * open: confirmed, waiting for the board. accepted/declined: decided.
 */
export const joinRequestStatus = pgEnum('join_request_status', [
	'unconfirmed',
	'open',
	'accepted',
	'declined'
]);

/** Whether and how the person is active in municipal politics (labels in `$lib/shared/join`). */
export const municipalActivity = pgEnum('municipal_activity', [
	'none',
	'council_member',
	'resident_expert',
	'other'
]);

/** A "Mitmachen" request from the public form. Personal data for the board only. */
export const joinRequest = pgTable(
	'join_request',
	{
		id: uuid().primaryKey().defaultRandom(),
		name: text().notNull(),
		/** Lower-cased, so one address has one open request. */
		email: text().notNull(),
		/** AGS of the Landkreis or kreisfreie Stadt the person lives in. */
		districtAgs: text().notNull(),
		/** Party branch (Kreisverband), free text. */
		partyBranch: text().notNull().default(''),
		activity: municipalActivity().notNull().default('none'),
		/** Where the person is active (council, place), when they are. */
		activityWhere: text().notNull().default(''),
		/** Topic ids from the directory's list at the time; unknown ids are ignored on display. */
		topicIds: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		message: text().notNull().default(''),
		/** The Datenschutz text the person consented to: a hash of its Markdown, and its date. */
		privacyVersion: text().notNull(),
		privacyUpdatedAt: timestamp({ withTimezone: true }),
		status: joinRequestStatus().notNull().default('unconfirmed'),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		confirmedAt: timestamp({ withTimezone: true }),
		decidedAt: timestamp({ withTimezone: true }),
		decidedByUserId: text().references(() => user.id, { onDelete: 'set null' }),
		/** Accepted: the role offered in the invitation. */
		acceptedRole: text().$type<'member' | 'interested'>(),
		/** Accepted: the invitation that was sent (links the request to the account it became). */
		invitationId: uuid().references(() => invitation.id, { onDelete: 'set null' }),
		/** The board's internal notes; never shown to the person. */
		notes: text().notNull().default('')
	},
	(table) => [
		// One address, at most one request in progress: a second submission updates it instead.
		uniqueIndex('join_request_one_pending')
			.on(table.email)
			.where(sql`${table.status} in ('unconfirmed', 'open')`),
		index().on(table.status, table.confirmedAt),
		index().on(table.invitationId)
	]
);
