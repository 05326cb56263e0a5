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
	unique,
	uuid,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { user } from '../auth/schema';
import { topic } from '../directory/schema';
import { storedFile } from '../files/schema';
import { organization } from '../territory/schema';

/** Antrag, Anfrage, Beschluss, Musterantrag, Stellungnahme (labels in `$lib/shared/motions`). */
export const motionType = pgEnum('motion_type', [
	'motion',
	'inquiry',
	'resolution',
	'template',
	'statement'
]);

/** Entwurf, eingereicht, in Beratung, beschlossen, … mit Änderungen, abgelehnt, zurückgezogen, erledigt. */
export const motionStatus = pgEnum('motion_status', [
	'draft',
	'filed',
	'in_deliberation',
	'adopted',
	'adopted_amended',
	'rejected',
	'withdrawn',
	'settled'
]);

/**
 * Who may read a motion: everyone, members of the network, or (a draft) only its authors and the
 * members of its faction. The rules themselves live in `motions/visibility.ts` and nowhere else.
 */
export const motionVisibility = pgEnum('motion_visibility', ['public', 'members', 'faction']);

/** A motion of the network (DESIGN.md `motion`): own motions, inquiries, resolutions, templates. */
export const motion = pgTable(
	'motion',
	{
		id: uuid().primaryKey().defaultRandom(),
		type: motionType().notNull(),
		title: text().notNull(),
		/** Markdown. */
		text: text().notNull().default(''),
		/** Markdown. */
		justification: text().notNull().default(''),
		/** Inquiries: the administration's answer (Markdown), once it came. */
		answer: text(),
		answeredOn: date(),
		/** The council where it was filed (or is to be filed); null for templates. */
		councilId: uuid().references(() => organization.id, { onDelete: 'set null' }),
		/** The faction that filed it; drafts with visibility `faction` are shared with its members. */
		factionId: uuid().references(() => organization.id, { onDelete: 'set null' }),
		filedOn: date(),
		status: motionStatus().notNull().default('draft'),
		/** Vote result when decided; null where not recorded. */
		votesYes: integer(),
		votesNo: integer(),
		votesAbstain: integer(),
		decidedOn: date(),
		visibility: motionVisibility().notNull().default('faction'),
		/** "Übernehmen": the motion or template this one started from. */
		reusedFromId: uuid().references((): AnyPgColumn => motion.id, { onDelete: 'set null' }),
		/**
		 * Set when the source was deleted (its id then became null): the lineage still says the
		 * text was taken over, without naming what no longer exists.
		 */
		reusedFromDeleted: boolean().notNull().default(false),
		createdById: text().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index().on(table.reusedFromId),
		index().on(table.factionId),
		index().on(table.councilId),
		index().on(table.createdAt)
	]
);

/** The people who wrote a motion (accounts); they may edit it and see it as a draft. */
export const motionAuthor = pgTable(
	'motion_author',
	{
		motionId: uuid()
			.notNull()
			.references(() => motion.id, { onDelete: 'cascade' }),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' })
	},
	(table) => [primaryKey({ columns: [table.motionId, table.userId] }), index().on(table.userId)]
);

export const motionTopic = pgTable(
	'motion_topic',
	{
		motionId: uuid()
			.notNull()
			.references(() => motion.id, { onDelete: 'cascade' }),
		topicId: uuid()
			.notNull()
			.references(() => topic.id, { onDelete: 'cascade' })
	},
	(table) => [primaryKey({ columns: [table.motionId, table.topicId] }), index().on(table.topicId)]
);

/** A file attached to a motion; the bytes and their extracted text live in `stored_file`. */
export const motionAttachment = pgTable(
	'motion_attachment',
	{
		id: uuid().primaryKey().defaultRandom(),
		motionId: uuid()
			.notNull()
			.references(() => motion.id, { onDelete: 'cascade' }),
		fileSha256: text()
			.notNull()
			.references(() => storedFile.sha256),
		/** The name the uploader's file had; shown and used for downloads, never trusted for type. */
		fileName: text().notNull(),
		uploadedById: text().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.motionId), index().on(table.fileSha256)]
);

export const motionCommentKind = pgEnum('motion_comment_kind', ['comment', 'experience']);

/** Comments and experience reports ("Wie lief es bei euch?") by members on a motion. */
export const motionComment = pgTable(
	'motion_comment',
	{
		id: uuid().primaryKey().defaultRandom(),
		motionId: uuid()
			.notNull()
			.references(() => motion.id, { onDelete: 'cascade' }),
		authorId: text().references(() => user.id, { onDelete: 'set null' }),
		kind: motionCommentKind().notNull().default('comment'),
		/** Markdown. */
		body: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		editedAt: timestamp({ withTimezone: true }),
		/** When the motion's authors were mailed about it; null while that is still to do. */
		authorsNotifiedAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.motionId, table.createdAt)]
);

/**
 * An author who wants no mail about new comments: on one motion, or (motionId null) on all.
 * Opting out is stored, not opting in, so every author is told by default.
 */
export const motionCommentMailOptOut = pgTable(
	'motion_comment_mail_opt_out',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		motionId: uuid().references(() => motion.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique().on(table.userId, table.motionId).nullsNotDistinct()]
);
