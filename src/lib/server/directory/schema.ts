import { sql } from 'drizzle-orm';
import {
	boolean,
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { user } from '../auth/schema';
import { organization } from '../territory/schema';

/** Who may see a personal field (DESIGN.md, privacy): everyone, members and up, or the board. */
export const fieldVisibility = pgEnum('field_visibility', ['public', 'members', 'board']);

/**
 * A person of the network: a mandate holder, a sachkundige Einwohner*in, an active member.
 * Linked to an account when the person has one (their profile). Name, party and elected mandates
 * are public record; every other personal field carries its own visibility.
 */
export const person = pgTable(
	'person',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: text()
			.unique()
			.references(() => user.id, { onDelete: 'set null' }),
		givenName: text().notNull(),
		familyName: text().notNull(),
		/** Kept by the database so the trigram index and sorting see one string. */
		fullName: text()
			.notNull()
			.generatedAlwaysAs(sql`given_name || ' ' || family_name`),
		/** Party of the person; null means the instance's party. */
		party: text(),
		email: text(),
		emailVisibility: fieldVisibility().notNull().default('members'),
		phone: text(),
		phoneVisibility: fieldVisibility().notNull().default('members'),
		/** Markdown, written by the person. */
		biography: text(),
		biographyVisibility: fieldVisibility().notNull().default('members'),
		topicsVisibility: fieldVisibility().notNull().default('members'),
		/**
		 * Set when the account behind the person was deleted: only the public record of elected
		 * mandates remains (name, party, council, faction, term); everything else is gone.
		 */
		recordOnlySince: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('person_full_name_trgm_idx').using('gin', table.fullName.op('gin_trgm_ops')),
		index().on(table.familyName, table.givenName),
		// Import matches people by address; one address belongs to one person.
		index('person_email_lower_idx').on(sql`lower(${table.email})`)
	]
);

export const membershipRole = pgEnum('membership_role', [
	'member',
	'deputy_member',
	'chair',
	'vice_chair',
	'faction_chair',
	'expert_citizen',
	'spokesperson'
]);

/**
 * OParl Membership: a person in an organization (council, committee, faction) in a role, from
 * `startDate` to `endDate` (open while it lasts). A council seat names the faction the person sits
 * for in `onBehalfOfId`; a spokesperson names the topic.
 */
export const membership = pgTable(
	'membership',
	{
		id: uuid().primaryKey().defaultRandom(),
		personId: uuid()
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		organizationId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		role: membershipRole().notNull(),
		onBehalfOfId: uuid().references(() => organization.id, { onDelete: 'set null' }),
		topicId: uuid().references(() => topic.id, { onDelete: 'set null' }),
		votingRight: boolean().notNull().default(true),
		startDate: date(),
		endDate: date(),
		oparlId: text().unique(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index().on(table.personId),
		index().on(table.organizationId),
		index().on(table.onBehalfOfId)
	]
);

/** The curated topic list the board edits (Haushalt, Schule, Kita …); later also on motions. */
export const topic = pgTable('topic', {
	id: uuid().primaryKey().defaultRandom(),
	slug: text().notNull().unique(),
	name: text().notNull().unique(),
	description: text(),
	sortOrder: integer().notNull().default(0),
	/** Archived topics stay on what they are attached to but are no longer offered. */
	archivedAt: timestamp({ withTimezone: true }),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

export const personTopic = pgTable(
	'person_topic',
	{
		personId: uuid()
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		topicId: uuid()
			.notNull()
			.references(() => topic.id, { onDelete: 'cascade' })
	},
	(table) => [primaryKey({ columns: [table.personId, table.topicId] }), index().on(table.topicId)]
);
