import { date, index, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { user } from '../auth/schema';
import { organization } from '../territory/schema';

/** Kleine Anfrage, Antrag, Gesetzentwurf (labels in `$lib/shared/landtag`). */
export const landtagInitiativeType = pgEnum('landtag_initiative_type', [
	'small_inquiry',
	'motion',
	'bill'
]);

/**
 * An initiative of the Landtag faction, shown to the network. With a feedback question and a
 * deadline it asks the municipal factions for their experience until that day (Europe/Berlin).
 */
export const landtagInitiative = pgTable(
	'landtag_initiative',
	{
		id: uuid().primaryKey().defaultRandom(),
		type: landtagInitiativeType().notNull(),
		title: text().notNull(),
		/** Markdown. */
		summary: text().notNull(),
		/** Drucksache number, e.g. "8/1234", once it has one. */
		printedMatterNumber: text(),
		printedMatterUrl: text(),
		/** What the Landtag faction wants to know from the councils; null: information only. */
		feedbackQuestion: text(),
		/** Last day answers are taken (and may be changed); set exactly when a question is. */
		feedbackDeadline: date(),
		createdById: text().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.createdAt)]
);

/** A municipal faction's answer to an initiative's feedback question: one per faction. */
export const landtagFeedback = pgTable(
	'landtag_feedback',
	{
		id: uuid().primaryKey().defaultRandom(),
		initiativeId: uuid()
			.notNull()
			.references(() => landtagInitiative.id, { onDelete: 'cascade' }),
		factionId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		/** Markdown. */
		body: text().notNull(),
		/** Whoever wrote the current text for the faction. */
		authorId: text().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique().on(table.initiativeId, table.factionId), index().on(table.factionId)]
);

/** neu, in Prüfung, aufgegriffen, abgelehnt, erledigt. */
export const landtagProposalStatus = pgEnum('landtag_proposal_status', [
	'new',
	'in_review',
	'taken_up',
	'declined',
	'done'
]);

/** A topic a municipal faction proposes to the Landtag faction; their inbox shows all of them. */
export const landtagProposal = pgTable(
	'landtag_proposal',
	{
		id: uuid().primaryKey().defaultRandom(),
		title: text().notNull(),
		/** Markdown. */
		description: text().notNull(),
		factionId: uuid()
			.notNull()
			.references(() => organization.id, { onDelete: 'cascade' }),
		proposedById: text().references(() => user.id, { onDelete: 'set null' }),
		status: landtagProposalStatus().notNull().default('new'),
		/** The Landtag faction's answer to the proposers (Markdown). */
		reply: text(),
		statusChangedAt: timestamp({ withTimezone: true }),
		statusChangedById: text().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index().on(table.factionId),
		index().on(table.status, table.createdAt),
		index().on(table.proposedById)
	]
);
