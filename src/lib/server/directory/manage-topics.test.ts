import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { db } from '../db';
import { createTestDatabase } from '../testing/test-db';
import { listTopics } from './list-topics';
import { addTopic, moveTopic, renameTopic, setTopicArchived } from './manage-topics';
import { topic } from './schema';
import { seedEditFixtures, type EditFixtures } from './testing/edit-fixtures';
import { topicSlug } from './topic-slug';

let f: EditFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedEditFixtures();
});

describe('topic list', () => {
	it('makes readable slugs', () => {
		expect(topicSlug('ÖPNV und Mobilität')).toBe('oepnv-und-mobilitaet');
		expect(topicSlug('Straßen & Brücken')).toBe('strassen-bruecken');
		expect(topicSlug('!!!')).toBe('thema');
	});

	it('board adds a topic at the end, with a free slug; a taken name is refused', async () => {
		await addTopic({ actor: f.users.board, name: 'Häfen', description: null });
		const topics = await listTopics();
		expect(topics.at(-1)?.name).toBe('Häfen');
		const [row] = await db.select().from(topic).where(eq(topic.name, 'Häfen'));
		expect(row?.slug).toBe('haefen');
		await expect(
			addTopic({ actor: f.users.board, name: 'häfen', description: null })
		).rejects.toMatchObject({ code: 'topic_name_taken', field: 'name' });
	});

	it('renames (slug stays), moves, archives and restores, each logged', async () => {
		await renameTopic({
			actor: f.users.board,
			topicId: f.topics.schule,
			name: 'Schule und Bildung',
			description: 'Schulen, Schulwege'
		});
		const [renamed] = await db.select().from(topic).where(eq(topic.id, f.topics.schule));
		expect(renamed).toMatchObject({ name: 'Schule und Bildung', slug: 'schule' });

		const names = async () => (await listTopics()).map((t) => t.name);
		const before = await names();
		const at = before.indexOf('Schule und Bildung');
		await moveTopic({ actor: f.users.board, topicId: f.topics.schule, direction: 'up' });
		expect((await names()).indexOf('Schule und Bildung')).toBe(at - 1);
		await moveTopic({ actor: f.users.board, topicId: f.topics.schule, direction: 'down' });
		expect(await names()).toEqual(before);

		await setTopicArchived({ actor: f.users.board, topicId: f.topics.schule, archived: true });
		expect(await names()).not.toContain('Schule und Bildung');
		expect(
			(await listTopics({ includeArchived: true })).find((t) => t.id === f.topics.schule)
		).toMatchObject({ archived: true });
		await setTopicArchived({ actor: f.users.board, topicId: f.topics.schule, archived: false });
		expect(await names()).toEqual(before);

		const actions = (await db.select().from(auditLog).where(eq(auditLog.targetId, f.topics.schule)))
			.map((entry) => entry.action)
			.sort();
		expect(actions).toEqual([
			'topic.archive',
			'topic.move',
			'topic.move',
			'topic.rename',
			'topic.restore'
		]);
	});

	it('moves past archived topics, which people do not see in the list', async () => {
		const names = async () => (await listTopics()).map((t) => t.name);
		const [first, second, third] = (await listTopics()).slice(0, 3);
		await setTopicArchived({ actor: f.users.board, topicId: second!.id, archived: true });
		await moveTopic({ actor: f.users.board, topicId: third!.id, direction: 'up' });
		expect((await names()).slice(0, 2)).toEqual([third!.name, first!.name]);
		await moveTopic({ actor: f.users.board, topicId: third!.id, direction: 'down' });
		await setTopicArchived({ actor: f.users.board, topicId: second!.id, archived: false });
		expect((await names()).slice(0, 3)).toEqual([first!.name, second!.name, third!.name]);
	});

	it('is the board’s alone', async () => {
		for (const actor of [f.users.factionAdmin, f.users.member]) {
			await expect(addTopic({ actor, name: 'Von unten', description: null })).rejects.toThrow();
			await expect(
				setTopicArchived({ actor, topicId: f.topics.haushalt, archived: true })
			).rejects.toThrow();
		}
		expect((await listTopics()).map((t) => t.name)).not.toContain('Von unten');
	});
});
