import {
	index,
	integer,
	pgEnum,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import { user } from '../auth/schema';
import { topic } from '../directory/schema';

/**
 * How a member hears about a group: a mail per post, one digest a day, or no mail. Mentions and
 * thread subscriptions arrive at once unless the setting is `none`.
 */
export const notificationSetting = pgEnum('discussion_notification_setting', [
	'immediate',
	'daily',
	'none'
]);

/** A topic group (Arbeitskreis) the board opens; members join it and discuss in threads. */
export const topicGroup = pgTable('topic_group', {
	id: uuid().primaryKey().defaultRandom(),
	slug: text().notNull().unique(),
	name: text().notNull().unique(),
	/** Markdown, shown above the threads. */
	description: text(),
	topicId: uuid().references(() => topic.id, { onDelete: 'set null' }),
	createdByUserId: text().references(() => user.id, { onDelete: 'set null' }),
	/** An archived group stays readable but takes no members, threads or replies. */
	archivedAt: timestamp({ withTimezone: true }),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

export const topicGroupMember = pgTable(
	'topic_group_member',
	{
		groupId: uuid()
			.notNull()
			.references(() => topicGroup.id, { onDelete: 'cascade' }),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		notification: notificationSetting().notNull().default('daily'),
		joinedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.groupId, table.userId] }), index().on(table.userId)]
);

export const discussionThread = pgTable(
	'discussion_thread',
	{
		id: uuid().primaryKey().defaultRandom(),
		groupId: uuid()
			.notNull()
			.references(() => topicGroup.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		/** Null once the author's account is deleted: the thread stays for the others. */
		authorUserId: text().references(() => user.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** Kept with every reply so the group page sorts by activity without a join. */
		lastPostAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.groupId, table.lastPostAt)]
);

export const discussionPost = pgTable(
	'discussion_post',
	{
		id: uuid().primaryKey().defaultRandom(),
		threadId: uuid()
			.notNull()
			.references(() => discussionThread.id, { onDelete: 'cascade' }),
		authorUserId: text().references(() => user.id, { onDelete: 'set null' }),
		/** Markdown source; rendered (sanitised) when shown. Null once the author erased their data. */
		body: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		editedAt: timestamp({ withTimezone: true }),
		erasedAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.threadId, table.createdAt), index().on(table.authorUserId)]
);

/** Members a post names with @Vorname Nachname. */
export const discussionMention = pgTable(
	'discussion_mention',
	{
		postId: uuid()
			.notNull()
			.references(() => discussionPost.id, { onDelete: 'cascade' }),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' })
	},
	(table) => [primaryKey({ columns: [table.postId, table.userId] }), index().on(table.userId)]
);

/** Replies to a subscribed thread arrive at once, whatever the group setting (unless `none`). */
export const threadSubscription = pgTable(
	'thread_subscription',
	{
		threadId: uuid()
			.notNull()
			.references(() => discussionThread.id, { onDelete: 'cascade' }),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.threadId, table.userId] }), index().on(table.userId)]
);

export const notificationReason = pgEnum('discussion_notification_reason', [
	'mention',
	'subscription',
	'group'
]);
export const notificationDelivery = pgEnum('discussion_notification_delivery', [
	'immediate',
	'digest'
]);

/** Each daily digest sent: "everything new since the last digest" counts from here. */
export const discussionDigest = pgTable(
	'discussion_digest',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		postCount: integer().notNull(),
		mailId: uuid()
	},
	(table) => [index().on(table.userId, table.sentAt)]
);

/**
 * One row per person and post they are to hear about, written in the same transaction as the
 * post. The rows, not the jobs, are the truth: a job lost in a restart is found again by the
 * sweep (immediate) or the next digest, and `sentAt` keeps a post from being mailed twice.
 */
export const discussionNotification = pgTable(
	'discussion_notification',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: text()
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		postId: uuid()
			.notNull()
			.references(() => discussionPost.id, { onDelete: 'cascade' }),
		reason: notificationReason().notNull(),
		delivery: notificationDelivery().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp({ withTimezone: true }),
		/** The mail that carried it (mail_message.id); none when the post was gone by then. */
		mailId: uuid(),
		digestId: uuid().references(() => discussionDigest.id, { onDelete: 'set null' })
	},
	(table) => [
		unique().on(table.userId, table.postId),
		index().on(table.delivery, table.sentAt),
		index().on(table.postId)
	]
);

export type TopicGroup = typeof topicGroup.$inferSelect;
export type NotificationSetting = (typeof notificationSetting.enumValues)[number];
export type NotificationReason = (typeof notificationReason.enumValues)[number];
