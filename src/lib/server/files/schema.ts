import { bigint, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const textExtractionStatus = pgEnum('text_extraction_status', [
	'pending',
	'done',
	/** The file holds no text (a scan, an image-only PDF): marked once, never retried. */
	'no_text',
	'failed'
]);

/**
 * A file stored content-addressed under `DATA_DIR/files/<aa>/<sha256>`: the same bytes are kept
 * once, however many motions or council papers refer to them, and their text is extracted once.
 */
export const storedFile = pgTable('stored_file', {
	sha256: text().primaryKey(),
	size: bigint({ mode: 'number' }).notNull(),
	/** Detected from the content, not from a name or a client's claim. */
	mediaType: text().notNull(),
	textStatus: textExtractionStatus().notNull().default('pending'),
	/** Extracted plain text (capped, see files module); null until extracted or when there is none. */
	text: text(),
	textError: text(),
	extractedAt: timestamp({ withTimezone: true }),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
