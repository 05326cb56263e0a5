import { sql } from 'drizzle-orm';
import {
	customType,
	date,
	index,
	pgTable,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One row per searchable document (a motion now; council papers, meetings, events later): the
 * one full-text index behind `GET /api/v1/search`, so ranking, facets and paging work across
 * types in one query. Each capability writes its documents here when they change (see
 * `search/documents.ts`); the row carries who may read it, so queries scope in SQL.
 */
export const searchDocument = pgTable(
	'search_document',
	{
		id: uuid().primaryKey().defaultRandom(),
		/** A document search type from `$lib/shared/search` (`motion`, later `paper` …). */
		type: text().notNull(),
		sourceId: uuid().notNull(),
		title: text().notNull(),
		/** Plain text of the document (Markdown as written; snippets come from here). */
		body: text().notNull().default(''),
		/** Text extracted from attachments, weighted lowest. */
		attachmentText: text().notNull().default(''),
		url: text().notNull(),
		date: date(),
		// Facets.
		/** Motion type or paper type. */
		kind: text(),
		status: text(),
		topicIds: uuid()
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`),
		/** AGS of the Landkreis or kreisfreie Stadt (5 digits); null for state-wide documents. */
		districtAgs: text(),
		/** The council's own word: Kreistag, Bürgerschaft, Stadtvertretung, Gemeindevertretung … */
		councilType: text(),
		organizationId: uuid(),
		/**
		 * Council documents only: the imported body (`oparl_body.object_id`) they come from, the
		 * "Körperschaft" facet. No foreign key: search rows are rewritten by their capability.
		 */
		oparlBodyId: uuid(),
		// Access, decided by the capability's visibility rules when the row is written.
		/** `public`, `members` (network.read), or `restricted` (only the readers below). */
		access: text().notNull().default('restricted'),
		readerFactionIds: uuid()
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`),
		readerUserIds: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		tsv: tsvector()
			.notNull()
			.generatedAlwaysAs(
				sql`setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', body), 'B') || setweight(to_tsvector('german', attachment_text), 'D')`
			),
		modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		unique().on(table.type, table.sourceId),
		index('search_document_tsv_idx').using('gin', table.tsv),
		// Each word keyed with the document's year, so the newest matches are found a few years at
		// a time (documents/year-stages.ts, dated-words-function.ts).
		index('search_document_dated_words_idx').using(
			'gin',
			sql`search_dated_words(${table.tsv}, ${table.date})`
		),
		// Adjacent word pairs, so a phrase is one index lookup (documents/word-pairs.ts).
		index('search_document_word_pairs_idx').using('gin', sql`search_word_pairs(${table.tsv})`),
		index().on(table.date),
		index('search_document_topic_ids_idx').using('gin', table.topicIds),
		// The council facet walks this newest first, like the date index, within one body.
		index('search_document_oparl_body_idx')
			.on(table.oparlBodyId, table.date)
			.where(sql`${table.oparlBodyId} IS NOT NULL`)
	]
);
