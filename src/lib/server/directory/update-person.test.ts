import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { db } from '../db';
import { createTestDatabase } from '../testing/test-db';
import { person, personTopic, topic } from './schema';
import { seedEditFixtures, type EditFixtures } from './testing/edit-fixtures';
import { updatePerson, type PersonFields } from './update-person';

let f: EditFixtures;

beforeAll(async () => {
	await createTestDatabase();
	f = await seedEditFixtures();
});

function fields(overrides: Partial<PersonFields> = {}): PersonFields {
	return {
		givenName: 'Greta',
		familyName: 'Beispielhaft',
		email: 'greta.beispielhaft@example.org',
		emailVisibility: 'members',
		phone: '0381 5550101',
		phoneVisibility: 'board',
		biography: null,
		biographyVisibility: 'public',
		topicsVisibility: 'members',
		topicIds: [],
		...overrides
	};
}

async function auditFor(personId: string) {
	return db
		.select()
		.from(auditLog)
		.where(and(eq(auditLog.targetType, 'person'), eq(auditLog.targetId, personId)));
}

async function topicIdsOf(personId: string) {
	const rows = await db
		.select({ id: personTopic.topicId })
		.from(personTopic)
		.where(eq(personTopic.personId, personId));
	return rows.map((row) => row.id).sort();
}

describe('updatePerson', () => {
	it('lets a member set her own fields, visibilities and topics, without an audit entry', async () => {
		const result = await updatePerson({
			actor: f.users.member,
			personId: f.people.mira,
			fields: fields({
				givenName: 'Mira',
				familyName: 'Mitgliedermann',
				email: 'mira@example.org',
				emailVisibility: 'public',
				phone: null,
				phoneVisibility: 'board',
				topicIds: [f.topics.schule, f.topics.oepnv],
				// Ignored: a person does not change their own party.
				party: 'Andere Partei'
			})
		});
		expect(result.changed).toEqual(
			expect.arrayContaining(['email', 'emailVisibility', 'phoneVisibility', 'topics'])
		);
		const [row] = await db.select().from(person).where(eq(person.id, f.people.mira));
		expect(row).toMatchObject({
			email: 'mira@example.org',
			emailVisibility: 'public',
			phoneVisibility: 'board',
			biographyVisibility: 'public',
			party: null
		});
		expect(await topicIdsOf(f.people.mira)).toEqual([f.topics.schule, f.topics.oepnv].sort());
		expect(await auditFor(f.people.mira)).toEqual([]);
	});

	it('logs a faction admin’s change to his faction’s person, naming fields, not values', async () => {
		await updatePerson({
			actor: f.users.factionAdmin,
			personId: f.people.greta,
			fields: fields({ phone: '0381 5550199', topicIds: [f.topics.haushalt], party: 'DIE LINKE' }),
			ip: '198.51.100.9'
		});
		const entries = await auditFor(f.people.greta);
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({
			action: 'person.update',
			actorUserId: f.users.factionAdmin.id,
			targetLabel: 'Greta Beispielhaft',
			ip: '198.51.100.9',
			details: { fields: ['party', 'phone', 'topics'] }
		});
		expect(JSON.stringify(entries[0])).not.toContain('5550199');
	});

	it('changes nothing and logs nothing when nothing differs', async () => {
		const before = (await auditFor(f.people.greta)).length;
		const { changed } = await updatePerson({
			actor: f.users.board,
			personId: f.people.greta,
			fields: fields({ phone: '0381 5550199', topicIds: [f.topics.haushalt], party: 'DIE LINKE' })
		});
		expect(changed).toEqual([]);
		expect(await auditFor(f.people.greta)).toHaveLength(before);
	});

	it('refuses people outside the actor’s scope and leaves them unchanged', async () => {
		const attempts = [
			[f.users.factionAdmin, f.people.hanna],
			[f.users.member, f.people.greta],
			[f.users.interested, f.people.mira]
		] as const;
		for (const [actor, personId] of attempts) {
			await expect(
				updatePerson({ actor, personId, fields: fields({ givenName: 'Eindringling' }) })
			).rejects.toThrow();
		}
		const names = await db.select({ givenName: person.givenName }).from(person);
		expect(names.map((row) => row.givenName)).not.toContain('Eindringling');
	});

	it('refuses an archived topic as a new choice but keeps one the person already has', async () => {
		const [archived] = await db
			.insert(topic)
			.values({ slug: 'alt', name: 'Altes Thema', archivedAt: new Date() })
			.returning({ id: topic.id });
		await expect(
			updatePerson({
				actor: f.users.board,
				personId: f.people.hanna,
				fields: fields({ givenName: 'Hanna', familyName: 'Verborgen', topicIds: [archived!.id] })
			})
		).rejects.toMatchObject({ code: 'topic_archived', field: 'topicIds' });
		expect(await topicIdsOf(f.people.hanna)).toEqual([]);

		await db.insert(personTopic).values({ personId: f.people.hanna, topicId: archived!.id });
		await updatePerson({
			actor: f.users.board,
			personId: f.people.hanna,
			fields: fields({ givenName: 'Hanna', familyName: 'Verborgen', topicIds: [f.topics.schule] })
		});
		expect(await topicIdsOf(f.people.hanna)).toEqual([archived!.id, f.topics.schule].sort());
	});
});
