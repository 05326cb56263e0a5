import { eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db';
import { ensureDefaultTopics } from '../directory/default-topics';
import {
	discussionMention,
	discussionNotification,
	discussionPost,
	discussionThread,
	topicGroup
} from '../discussions/schema';
import { mailMessage } from '../mail/schema';
import { createTestDatabase } from '../testing/test-db';
import { DEMO_GROUPS } from './data/discussions';
import { seedAccounts } from './seed-accounts';
import { seedDiscussions } from './seed-discussions';
import type { DemoContext } from './types';

async function count(table: PgTable) {
	const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
	return Number(row!.n);
}

let ctx: DemoContext;

beforeAll(async () => {
	await createTestDatabase();
	await ensureDefaultTopics();
	ctx = { accounts: new Map() };
	await seedAccounts.seed(ctx);
});

describe('demo topic groups', () => {
	it('seeds two groups with threads and replies, once, without mailing anyone', async () => {
		await seedDiscussions.seed(ctx);
		await seedDiscussions.seed(ctx);
		expect(await count(topicGroup)).toBe(2);
		const threads = DEMO_GROUPS.flatMap((group) => group.threads);
		expect(await count(discussionThread)).toBe(threads.length);
		expect(await count(discussionPost)).toBe(threads.flatMap((t) => t.posts).length);
		expect(await count(discussionMention)).toBeGreaterThanOrEqual(2);
		expect(await count(discussionNotification)).toBe(0);
		expect(await count(mailMessage)).toBe(0);
		const [oepnv] = await db
			.select({ topicId: topicGroup.topicId })
			.from(topicGroup)
			.where(eq(topicGroup.slug, 'oepnv-im-laendlichen-raum'));
		expect(oepnv!.topicId).not.toBeNull();
	});
});
