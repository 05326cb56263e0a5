import { sql } from 'drizzle-orm';
import {
	index,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { user } from '../auth/schema';
import { storedFile } from '../files/schema';

/** Drafts are seen by the board only; published items by everyone. */
export const contentStatus = pgEnum('content_status', ['draft', 'published']);

/** A news post ("Aktuelles") at `/aktuelles/<slug>`. */
export const newsPost = pgTable(
	'news_post',
	{
		id: uuid().primaryKey().defaultRandom(),
		/** Unique and stable once published: links and feed entries point at it. */
		slug: text().notNull(),
		title: text().notNull(),
		/** One or two sentences for lists, the feed and the description meta tag. */
		teaser: text().notNull(),
		/** Markdown as written; rendered through renderMarkdown(). */
		body: text().notNull(),
		tags: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Free-text byline for authors without an account ("Redaktion", a guest author). */
		byline: text(),
		status: contentStatus().notNull().default('draft'),
		/** Set on first publication; kept on unpublish so a re-publication keeps its date. */
		publishedAt: timestamp({ withTimezone: true }),
		// No cascade: a referenced file is never deleted (files/delete-unused-file.ts relies on it).
		coverImageSha256: text().references(() => storedFile.sha256),
		coverImageAlt: text(),
		createdById: text().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		uniqueIndex('news_post_slug_idx').on(table.slug),
		index('news_post_published_idx').on(table.status, table.publishedAt),
		index('news_post_tags_idx').using('gin', table.tags)
	]
);

/** Authors of a post who have an account; shown by their account name. */
export const newsPostAuthor = pgTable(
	'news_post_author',
	{
		postId: uuid()
			.notNull()
			.references(() => newsPost.id, { onDelete: 'cascade' }),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' })
	},
	(table) => [primaryKey({ columns: [table.postId, table.userId] })]
);

/** A page the board made, public at `/seiten/<slug>` once published. */
export const sitePage = pgTable(
	'site_page',
	{
		id: uuid().primaryKey().defaultRandom(),
		slug: text().notNull(),
		title: text().notNull(),
		/** For the description meta tag and search snippets. */
		description: text().notNull().default(''),
		body: text().notNull(),
		status: contentStatus().notNull().default('draft'),
		publishedAt: timestamp({ withTimezone: true }),
		updatedById: text().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [uniqueIndex('site_page_slug_idx').on(table.slug)]
);

/**
 * Images uploaded for public content. Only files listed here are served at `/medien/<sha256>`:
 * the file store also holds private motion attachments, which must never be reachable there.
 */
export const contentImage = pgTable('content_image', {
	sha256: text()
		.primaryKey()
		.references(() => storedFile.sha256),
	/** The alt text given at upload, offered when the image is inserted into a text. */
	alt: text().notNull(),
	uploadedById: text().references(() => user.id, { onDelete: 'set null' }),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
