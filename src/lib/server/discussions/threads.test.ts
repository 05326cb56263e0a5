import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { RATE_LIMITS } from '../security/rate-limit';
import { createTestDatabase } from '../testing/test-db';
import { createGroup } from './create-group';
import { editPost } from './edit-post';
import { DiscussionError, DiscussionNotFoundError } from './errors';
import { getThread } from './get-thread';
import { listThreads, THREADS_PER_PAGE } from './list-threads';
import { joinGroup, leaveGroup } from './membership';
import { replyToThread } from './reply-to-thread';
import { discussionMention, threadSubscription } from './schema';
import { startThread } from './start-thread';
import { subscribeThread, unsubscribeThread } from './subscriptions';
import { testPerson } from './test-support';

let board: SessionUser;
let mira: SessionUser;
let jonas: SessionUser;
let groupId: string;

beforeAll(async () => {
	await createTestDatabase();
	board = await testPerson('Vera Vorstand', 'board');
	mira = await testPerson('Mira Mitglied');
	jonas = await testPerson('Jonas Fraktion', 'faction_admin');
	groupId = (
		await createGroup({
			actor: board,
			input: { name: 'Schule', description: null, topicId: null }
		})
	).id;
	await joinGroup({ actor: mira, groupId });
	await joinGroup({ actor: jonas, groupId });
});

describe('threads and posts', () => {
	it('members of the group start threads and reply; the thread lists its posts in order', async () => {
		const { threadId } = await startThread({
			actor: mira,
			groupId,
			title: 'Schulsozialarbeit',
			body: '**Wer** finanziert bei euch die Stellen?'
		});
		await replyToThread({ actor: jonas, threadId, body: 'Bei uns der Kreis, @Mira Mitglied.' });
		const thread = await getThread({ actor: board, groupId, threadId });
		expect(thread.title).toBe('Schulsozialarbeit');
		expect(thread.posts.map((p) => [p.authorName, p.body, p.mine])).toEqual([
			['Mira Mitglied', '**Wer** finanziert bei euch die Stellen?', false],
			['Jonas Fraktion', 'Bei uns der Kreis, @Mira Mitglied.', false]
		]);
		expect(thread.posts[1]!.mentionedNames).toEqual(['Mira Mitglied']);
		const mentions = await db
			.select()
			.from(discussionMention)
			.where(eq(discussionMention.postId, thread.posts[1]!.id));
		expect(mentions.map((m) => m.userId)).toEqual([mira.id]);
		// Both take part, so both follow the thread.
		const followers = await db
			.select({ userId: threadSubscription.userId })
			.from(threadSubscription)
			.where(eq(threadSubscription.threadId, threadId));
		expect(followers.map((f) => f.userId).sort()).toEqual([mira.id, jonas.id].sort());
	});

	it('people who have not joined may read but not write', async () => {
		const { threadId } = await startThread({
			actor: mira,
			groupId,
			title: 'Lesestoff',
			body: 'Text'
		});
		await expect(replyToThread({ actor: board, threadId, body: 'Ich auch' })).rejects.toThrow(
			'Treten Sie dem Arbeitskreis bei'
		);
		await expect(
			startThread({ actor: board, groupId, title: 'Neu', body: 'Text' })
		).rejects.toBeInstanceOf(DiscussionError);
		await expect(subscribeThread({ actor: board, threadId })).rejects.toBeInstanceOf(
			DiscussionError
		);
		expect((await getThread({ actor: board, groupId, threadId })).posts).toHaveLength(1);
		const interested = await testPerson('Ida Interessiert', 'interested');
		await expect(getThread({ actor: interested, groupId, threadId })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
	});

	it('authors edit their own posts only, which are then marked as edited', async () => {
		const { threadId, postId } = await startThread({
			actor: mira,
			groupId,
			title: 'Tippfehler',
			body: 'Ertser Entwurf'
		});
		await expect(editPost({ actor: jonas, postId, body: 'Übernommen' })).rejects.toThrow(
			'nur Ihre eigenen'
		);
		await editPost({ actor: mira, postId, body: 'Erster Entwurf' });
		const [post] = (await getThread({ actor: mira, groupId, threadId })).posts;
		expect(post).toMatchObject({ body: 'Erster Entwurf', mine: true });
		expect(post!.editedAt).toBeInstanceOf(Date);
	});

	it('rejects empty text and unknown threads', async () => {
		await expect(startThread({ actor: mira, groupId, title: '  ', body: 'x' })).rejects.toThrow();
		await expect(
			replyToThread({ actor: mira, threadId: crypto.randomUUID(), body: 'Hallo' })
		).rejects.toBeInstanceOf(DiscussionNotFoundError);
		await expect(getThread({ actor: mira, groupId, threadId: 'kein-uuid' })).rejects.toBeInstanceOf(
			DiscussionNotFoundError
		);
	});

	it('a thread of another group is not found under this group', async () => {
		const other = await createGroup({
			actor: board,
			input: { name: 'Kultur', description: null, topicId: null }
		});
		await joinGroup({ actor: mira, groupId: other.id });
		const { threadId } = await startThread({
			actor: mira,
			groupId: other.id,
			title: 'Theater',
			body: 'x'
		});
		await expect(getThread({ actor: mira, groupId, threadId })).rejects.toBeInstanceOf(
			DiscussionNotFoundError
		);
	});

	it('lists threads by latest activity, one page at a time, with the viewer’s subscription', async () => {
		const group = await createGroup({
			actor: board,
			input: { name: 'Viele Themen', description: null, topicId: null }
		});
		await joinGroup({ actor: mira, groupId: group.id });
		await joinGroup({ actor: jonas, groupId: group.id });
		const ids: string[] = [];
		for (let n = 0; n < THREADS_PER_PAGE + 2; n++) {
			ids.push(
				(await startThread({ actor: mira, groupId: group.id, title: `Thema ${n}`, body: 'x' }))
					.threadId
			);
		}
		await replyToThread({ actor: jonas, threadId: ids[0]!, body: 'Noch aktuell' });
		const first = await listThreads({ actor: jonas, groupId: group.id, page: 1 });
		expect(first.total).toBe(THREADS_PER_PAGE + 2);
		expect(first.pageCount).toBe(2);
		expect(first.items[0]).toMatchObject({ title: 'Thema 0', replyCount: 1, subscribed: true });
		expect(first.items[1]).toMatchObject({ replyCount: 0, subscribed: false });
		const second = await listThreads({ actor: jonas, groupId: group.id, page: 99 });
		expect(second.page).toBe(2);
		expect(second.items).toHaveLength(2);
	});

	it('subscriptions are toggled, and leaving the group ends them', async () => {
		const { threadId } = await startThread({ actor: mira, groupId, title: 'Abo', body: 'x' });
		await subscribeThread({ actor: jonas, threadId });
		expect((await getThread({ actor: jonas, groupId, threadId })).subscribed).toBe(true);
		await unsubscribeThread({ actor: jonas, threadId });
		expect((await getThread({ actor: jonas, groupId, threadId })).subscribed).toBe(false);
		await subscribeThread({ actor: jonas, threadId });
		await leaveGroup({ actor: jonas, groupId });
		expect((await getThread({ actor: jonas, groupId, threadId })).subscribed).toBe(false);
		await joinGroup({ actor: jonas, groupId });
	});
});

describe('posting limit', () => {
	it('stops an author after many posts in a short time, with a German message', async () => {
		const busy = await testPerson('Vielschreiber Fleißig');
		await joinGroup({ actor: busy, groupId });
		const { threadId } = await startThread({ actor: busy, groupId, title: 'Viel', body: '1' });
		for (let n = 2; n <= RATE_LIMITS.discussionPost.limit; n++)
			await replyToThread({ actor: busy, threadId, body: String(n) });
		await expect(replyToThread({ actor: busy, threadId, body: 'zu viel' })).rejects.toThrow(
			'sehr viele Beiträge'
		);
		// Others are not affected.
		await replyToThread({ actor: mira, threadId, body: 'Ich darf noch' });
	});
});
