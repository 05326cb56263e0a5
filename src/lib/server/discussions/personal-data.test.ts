import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { createTestDatabase } from '../testing/test-db';
import { createGroup } from './create-group';
import { getThread } from './get-thread';
import { joinGroup } from './membership';
import { exportDiscussionData, eraseDiscussionData } from './personal-data';
import { replyToThread } from './reply-to-thread';
import { discussionMention, discussionNotification, topicGroupMember } from './schema';
import { startThread } from './start-thread';
import { testPerson } from './test-support';

let board: SessionUser;
let greta: SessionUser;
let otto: SessionUser;
let groupId: string;
let threadId: string;

beforeAll(async () => {
	await createTestDatabase();
	board = await testPerson('Vera Vorstand', 'board');
	greta = await testPerson('Greta Gehtjetzt');
	otto = await testPerson('Otto Bleibt');
	groupId = (
		await createGroup({
			actor: board,
			input: { name: 'Soziales', description: null, topicId: null }
		})
	).id;
	await joinGroup({ actor: greta, groupId });
	await joinGroup({ actor: otto, groupId });
	threadId = (
		await startThread({ actor: greta, groupId, title: 'Sozialticket', body: 'Gretas Frage' })
	).threadId;
	await replyToThread({ actor: otto, threadId, body: 'Ottos Antwort an @Greta Gehtjetzt' });
});

describe('personal data of the discussions', () => {
	it('exports memberships, threads, posts, subscriptions, mentions and notifications', async () => {
		const data = await exportDiscussionData(greta.id);
		expect(data.groups).toEqual([
			{ name: 'Soziales', joinedAt: expect.any(Date), notification: 'daily' }
		]);
		expect(data.threadsStarted).toMatchObject([{ group: 'Soziales', title: 'Sozialticket' }]);
		expect(data.posts).toMatchObject([{ thread: 'Sozialticket', body: 'Gretas Frage' }]);
		expect(data.subscriptions).toMatchObject([{ thread: 'Sozialticket' }]);
		expect(data.mentionedIn).toMatchObject([{ thread: 'Sozialticket' }]);
		expect(data.notifications).toMatchObject([{ reason: 'mention', delivery: 'immediate' }]);
		// Nothing of Otto's own data.
		expect(JSON.stringify(data)).not.toContain('Ottos Antwort');
	});

	it('erasing removes the person but keeps the thread for the others', async () => {
		await eraseDiscussionData(greta.id);
		const thread = await getThread({ actor: otto, groupId, threadId });
		expect(thread.title).toBe('Sozialticket');
		expect(thread.posts).toMatchObject([
			{ authorName: null, body: null },
			{ authorName: 'Otto Bleibt', body: 'Ottos Antwort an @Greta Gehtjetzt' }
		]);
		const data = await exportDiscussionData(greta.id);
		expect(data).toEqual({
			groups: [],
			threadsStarted: [],
			posts: [],
			subscriptions: [],
			mentionedIn: [],
			notifications: [],
			digests: []
		});
		expect(
			await db.select().from(topicGroupMember).where(eq(topicGroupMember.userId, greta.id))
		).toEqual([]);
		expect(
			await db.select().from(discussionMention).where(eq(discussionMention.userId, greta.id))
		).toEqual([]);
		expect(
			await db
				.select()
				.from(discussionNotification)
				.where(eq(discussionNotification.userId, greta.id))
		).toEqual([]);
		// Otto's data is untouched.
		expect((await exportDiscussionData(otto.id)).posts).toHaveLength(1);
	});
});
