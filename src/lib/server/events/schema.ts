import {
	boolean,
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { user } from '../auth/schema';
import { storedFile } from '../files/schema';

/** Sitzung/Treffen, Schulung, Konferenz, Online-Veranstaltung (labels in `$lib/shared/events`). */
export const eventKind = pgEnum('event_kind', ['meeting', 'training', 'conference', 'online']);

/**
 * Who runs it: the network itself, the Kommunalpolitisches Forum, the federal working group (BAG)
 * or a district association (its name in `organizerName`).
 */
export const eventOrganizer = pgEnum('event_organizer', [
	'network',
	'forum',
	'federal',
	'district_association'
]);

/** Public events are on the public calendar and feed; members-only ones need a member account. */
export const eventVisibility = pgEnum('event_visibility', ['public', 'members']);

export const eventStatus = pgEnum('event_status', ['scheduled', 'cancelled']);

/** Veranstaltung or Schulung (DESIGN.md `event`). Times are instants; shown in Europe/Berlin. */
export const event = pgTable(
	'event',
	{
		id: uuid().primaryKey().defaultRandom(),
		title: text().notNull(),
		kind: eventKind().notNull(),
		organizer: eventOrganizer().notNull().default('network'),
		/** The district association's (or partner's) own name, when the organizer needs one. */
		organizerName: text(),
		/** One or two sentences for lists, feeds and OpenGraph. */
		summary: text().notNull().default(''),
		/** Markdown. */
		description: text().notNull().default(''),
		startsAt: timestamp({ withTimezone: true }).notNull(),
		endsAt: timestamp({ withTimezone: true }).notNull(),
		/** Place and address, free text; empty for online-only events. */
		location: text().notNull().default(''),
		/** Join link of an online event: shown only to registered people, never in public feeds. */
		onlineUrl: text(),
		visibility: eventVisibility().notNull().default('public'),
		/** Seats; null means no limit (then nobody waits). */
		capacity: integer(),
		registrationEnabled: boolean().notNull().default(true),
		/** Registration closes at this instant (default: when the event starts). */
		registrationClosesAt: timestamp({ withTimezone: true }),
		status: eventStatus().notNull().default('scheduled'),
		/** RFC 5545 SEQUENCE: raised on every change that calendars must pick up. */
		sequence: integer().notNull().default(0),
		/** Set once the day-before reminder went out, so it goes out once. */
		remindersSentAt: timestamp({ withTimezone: true }),
		createdById: text().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.startsAt), index().on(table.visibility, table.startsAt)]
);

/**
 * Angemeldet, Warteliste, abgemeldet. A person has at most one row per event; the waitlist is
 * ordered by `queuedAt`, which a cancellation and new registration reset.
 */
export const registrationStatus = pgEnum('event_registration_status', [
	'registered',
	'waitlisted',
	'cancelled'
]);

export const eventRegistration = pgTable(
	'event_registration',
	{
		id: uuid().primaryKey().defaultRandom(),
		eventId: uuid()
			.notNull()
			.references(() => event.id, { onDelete: 'cascade' }),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		status: registrationStatus().notNull(),
		/** Place in the waitlist (earliest first) and the moment of the latest (re-)registration. */
		queuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** Set when a waitlisted person moved up to a seat. */
		promotedAt: timestamp({ withTimezone: true }),
		cancelledAt: timestamp({ withTimezone: true }),
		/**
		 * The day-before reminder to this person went out (claimed before mailing, so never twice;
		 * cleared when the event moves, so the new time is reminded too).
		 */
		reminderSentAt: timestamp({ withTimezone: true }),
		/** Optional note for the organizers (accessibility needs, questions). */
		note: text().notNull().default(''),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		uniqueIndex().on(table.eventId, table.userId),
		index().on(table.eventId, table.status, table.queuedAt),
		index().on(table.userId)
	]
);

/** Materials after (or before) the event: an uploaded file or a link, for registered people and organizers. */
export const eventMaterial = pgTable(
	'event_material',
	{
		id: uuid().primaryKey().defaultRandom(),
		eventId: uuid()
			.notNull()
			.references(() => event.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		/** Either a stored file … */
		fileSha256: text().references(() => storedFile.sha256),
		fileName: text(),
		/** … or a link. */
		url: text(),
		/** Public materials are shown to everyone who may see the event; otherwise to participants. */
		public: boolean().notNull().default(false),
		addedById: text().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.eventId), index().on(table.fileSha256)]
);

/**
 * The personal calendar feed's secret address: only the sha256 of the token is stored; a new token
 * replaces the old one (one row per person).
 */
export const eventCalendarFeed = pgTable('event_calendar_feed', {
	userId: text()
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	tokenHash: text().notNull().unique(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
