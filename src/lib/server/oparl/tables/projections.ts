import { sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { storedFile } from '../../files/schema';
import { organization as directoryOrganization } from '../../territory/schema';
import { oparlBody, oparlObject } from './sources';

/** Typed projections of `oparl_object`'s raw JSON, rewritten with it in one transaction. */

const objectKey = () =>
	uuid()
		.primaryKey()
		.references(() => oparlObject.id, { onDelete: 'cascade' });
const objectRef = () => uuid().references(() => oparlObject.id, { onDelete: 'set null' });
const bodyRef = () =>
	uuid()
		.notNull()
		.references(() => oparlBody.objectId, { onDelete: 'cascade' });

/** Drucksache/Vorlage. */
export const oparlPaper = pgTable(
	'oparl_paper',
	{
		objectId: objectKey(),
		bodyId: bodyRef(),
		name: text().notNull().default(''),
		/** The council's own number, e.g. "VO/2024/123". */
		reference: text(),
		date: date(),
		/** Antrag, Anfrage, Beschlussvorlage … as the server names it. */
		paperType: text(),
		webUrl: text(),
		mainFileId: objectRef()
	},
	(table) => [index().on(table.bodyId, table.date), index().on(table.date)]
);

export const oparlMeeting = pgTable(
	'oparl_meeting',
	{
		objectId: objectKey(),
		bodyId: bodyRef(),
		name: text().notNull().default(''),
		meetingState: text(),
		cancelled: boolean().notNull().default(false),
		start: timestamp({ withTimezone: true }),
		end: timestamp({ withTimezone: true }),
		/** Place as one line of text (room, street, town). */
		locationText: text(),
		/** The organizations (Gremien) meeting: `oparl_object` ids. */
		organizationIds: uuid()
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`),
		webUrl: text()
	},
	(table) => [index().on(table.bodyId, table.start), index().on(table.start)]
);

export const oparlAgendaItem = pgTable(
	'oparl_agenda_item',
	{
		objectId: objectKey(),
		meetingId: objectRef(),
		/** "Ö 5.1" and the like; may be empty. */
		number: text(),
		/** Position in the agenda (from `order`, else the position in the list). */
		position: integer(),
		name: text().notNull().default(''),
		public: boolean(),
		result: text(),
		resolutionText: text(),
		consultationId: objectRef()
	},
	(table) => [index().on(table.meetingId, table.position)]
);

/** A paper discussed in a meeting (Beratung). */
export const oparlConsultation = pgTable(
	'oparl_consultation',
	{
		objectId: objectKey(),
		paperId: objectRef(),
		meetingId: objectRef(),
		agendaItemId: objectRef(),
		role: text(),
		authoritative: boolean(),
		organizationIds: uuid()
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`)
	},
	(table) => [
		index().on(table.paperId),
		index().on(table.meetingId),
		index().on(table.agendaItemId)
	]
);

export const oparlFileDownloadStatus = pgEnum('oparl_file_download_status', [
	'pending',
	'stored',
	'too_large',
	'failed',
	'unavailable',
	/** Neither a document (PDF, DOCX, ODT) nor a picture: not kept, linked at the source. */
	'unsupported'
]);

/**
 * A council file. Its bytes are stored content-addressed through the files module (`sha256`),
 * where its text is extracted once; a file without text is marked there and not retried.
 */
export const oparlFile = pgTable(
	'oparl_file',
	{
		objectId: objectKey(),
		name: text(),
		fileName: text(),
		mimeType: text(),
		size: bigint({ mode: 'number' }),
		date: date(),
		accessUrl: text(),
		downloadUrl: text(),
		downloadStatus: oparlFileDownloadStatus().notNull().default('pending'),
		downloadAttempts: integer().notNull().default(0),
		downloadError: text(),
		/**
		 * A download in progress (job or CLI) holds the row until then, so two processes never
		 * fetch the same file at once; a crashed holder's claim simply runs out.
		 */
		downloadClaimedUntil: timestamp({ withTimezone: true }),
		// No cascade: bytes a council file holds are never deleted under it (oparl/files/sweep-unused-files.ts).
		sha256: text().references(() => storedFile.sha256)
	},
	(table) => [index().on(table.downloadStatus), index().on(table.sha256)]
);

export const oparlPerson = pgTable(
	'oparl_person',
	{
		objectId: objectKey(),
		bodyId: bodyRef(),
		name: text().notNull().default(''),
		familyName: text(),
		givenName: text(),
		formOfAddress: text(),
		title: text()
	},
	(table) => [index().on(table.bodyId)]
);

export const oparlOrganization = pgTable(
	'oparl_organization',
	{
		objectId: objectKey(),
		bodyId: bodyRef(),
		name: text().notNull().default(''),
		shortName: text(),
		organizationType: text(),
		classification: text(),
		startDate: date(),
		endDate: date(),
		/** The directory's organization this one is (matched automatically or by the board). */
		directoryOrganizationId: uuid().references(() => directoryOrganization.id, {
			onDelete: 'set null'
		}),
		/** The board chose `directoryOrganizationId` (or none): automatic matching leaves it alone. */
		directoryMatchFixed: boolean().notNull().default(false)
	},
	(table) => [index().on(table.bodyId)]
);

export const oparlMembership = pgTable(
	'oparl_membership',
	{
		objectId: objectKey(),
		personId: objectRef(),
		organizationId: objectRef(),
		role: text(),
		votingRight: boolean(),
		startDate: date(),
		endDate: date(),
		onBehalfOfId: objectRef()
	},
	(table) => [index().on(table.personId), index().on(table.organizationId)]
);
