import { sql } from 'drizzle-orm';
import {
	boolean,
	index,
	pgEnum,
	pgTable,
	primaryKey,
	real,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { user } from '../../auth/schema';
import { person } from '../../directory/schema';
import { oparlBody, oparlObject } from './sources';

/** What people do with imported councils: follows, briefings sent, person matches. */

/**
 * A member follows an imported body (or one of its Gremien) and gets a briefing before each of
 * its meetings.
 */
export const oparlFollow = pgTable(
	'oparl_follow',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		bodyId: uuid()
			.notNull()
			.references(() => oparlBody.objectId, { onDelete: 'cascade' }),
		/** Only this Gremium's meetings; null follows all meetings of the body. */
		organizationId: uuid().references(() => oparlObject.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		// Unique per person and body, and per person and Gremium (null is never equal to null).
		uniqueIndex('oparl_follow_body_idx')
			.on(table.userId, table.bodyId)
			.where(sql`${table.organizationId} is null`),
		uniqueIndex('oparl_follow_organization_idx').on(table.userId, table.organizationId),
		index().on(table.bodyId)
	]
);

/** A briefing mail sent (or claimed) for one person and one meeting: each goes out once. */
export const oparlBriefing = pgTable(
	'oparl_briefing',
	{
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		meetingId: uuid()
			.notNull()
			.references(() => oparlObject.id, { onDelete: 'cascade' }),
		sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/**
		 * The start the person was last told of (by the briefing or a later "moved" mail): a
		 * meeting whose start differs was moved since. Null for briefings sent before it was kept.
		 */
		briefedStart: timestamp({ withTimezone: true }),
		/** Moved beyond the briefing window: the person gets a full briefing again before it. */
		rebriefDue: boolean().notNull().default(false),
		/** When the "cancelled" mail went out (once per meeting and person). */
		cancelNoticeAt: timestamp({ withTimezone: true })
	},
	(table) => [primaryKey({ columns: [table.userId, table.meetingId] })]
);

export const personMatchStatus = pgEnum('oparl_person_match_status', [
	'suggested',
	'confirmed',
	'rejected'
]);

/**
 * An imported person who may be a person of the directory. Suggested by name (and council);
 * the board confirms or rejects. A confirmed match lets imported memberships update mandates.
 */
export const oparlPersonMatch = pgTable(
	'oparl_person_match',
	{
		id: uuid().primaryKey().defaultRandom(),
		oparlPersonId: uuid()
			.notNull()
			.references(() => oparlObject.id, { onDelete: 'cascade' }),
		directoryPersonId: uuid()
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		/** 0–1: how alike the names (and councils) are. */
		score: real().notNull(),
		status: personMatchStatus().notNull().default('suggested'),
		decidedById: text().references(() => user.id, { onDelete: 'set null' }),
		decidedAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		unique().on(table.oparlPersonId, table.directoryPersonId),
		index().on(table.status),
		index().on(table.directoryPersonId)
	]
);
