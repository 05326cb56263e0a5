import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../auth/policy';
import { db } from '../db';
import { person, personTopic } from '../directory/schema';
import {
	seedDirectoryFixtures,
	type DirectoryFixtures
} from '../directory/testing/directory-fixtures';
import { createTestDatabase } from '../testing/test-db';
import { findTopicPeople, listTopicChoices } from './topic-people';

describe('findTopicPeople ("Wer macht was?")', () => {
	let fixtures: DirectoryFixtures;

	beforeAll(async () => {
		await createTestDatabase();
		fixtures = await seedDirectoryFixtures();
		// Katrin (no seat) and Hanna (sachkundige Einwohnerin in Ludwigslust-Parchim) on Haushalt too.
		await db.insert(personTopic).values([
			{ personId: fixtures.people.katrin, topicId: fixtures.topics.haushalt },
			{ personId: fixtures.people.hanna, topicId: fixtures.topics.haushalt }
		]);
	});

	it('groups the people of a topic by district, each with what the member may see', async () => {
		const result = await findTopicPeople({
			actor: fixtures.users.member,
			topicSlug: 'haushalt'
		});
		expect(result!.topic).toEqual({ slug: 'haushalt', name: 'Haushalt', description: null });
		expect(result!.peopleCount).toBe(3);
		expect(result!.groups.map((group) => [group.key, group.name])).toEqual([
			['13076', 'Landkreis Ludwigslust-Parchim'],
			['13075', 'Landkreis Vorpommern-Greifswald'],
			['ohne', 'Ohne aktuelles Mandat']
		]);
		const [greta] = result!.groups[1]!.people;
		expect(greta).toEqual({
			id: fixtures.people.greta,
			fullName: 'Greta Beispielhaft',
			mandates: [
				'Mitglied · Kreistag Vorpommern-Greifswald',
				'Fraktionsvorsitz · Fraktion DIE LINKE (Kreistag Vorpommern-Greifswald)'
			],
			email: 'greta.beispielhaft@example.org',
			phone: null,
			contactForm: false
		});
		expect(result!.groups[0]!.people[0]).toMatchObject({
			fullName: 'Hanna Verborgen',
			mandates: [
				'Sachkundige*r Einwohner*in · Ausschuss für Bildung (Kreistag Ludwigslust-Parchim)'
			]
		});
	});

	it("shows Greta's phone to the faction admin of her faction and to the board only", async () => {
		for (const [actor, phone] of [
			[fixtures.users.faction_admin, '0381 5550101'],
			[fixtures.users.board, '0381 5550101'],
			[fixtures.users.member, null]
		] as const) {
			const result = await findTopicPeople({ actor, topicSlug: 'oepnv' });
			expect(result!.groups.flatMap((group) => group.people)).toEqual([
				expect.objectContaining({ fullName: 'Greta Beispielhaft', phone })
			]);
		}
	});

	it('leaves out people whose topics the viewer may not see', async () => {
		const forMember = await findTopicPeople({ actor: fixtures.users.member, topicSlug: 'schule' });
		expect(forMember!.groups).toEqual([]);
		expect(JSON.stringify(forMember)).not.toContain('Schmidt');
		const forBoard = await findTopicPeople({ actor: fixtures.users.board, topicSlug: 'schule' });
		expect(forBoard!.groups).toEqual([
			expect.objectContaining({
				key: '13075',
				people: [expect.objectContaining({ fullName: 'Heinz Schmidt' })]
			})
		]);
	});

	it('offers the contact form, never the address, when the address is hidden', async () => {
		await db
			.update(person)
			.set({ emailVisibility: 'board' })
			.where(eq(person.id, fixtures.people.greta));
		try {
			const result = await findTopicPeople({
				actor: fixtures.users.member,
				topicSlug: 'oepnv'
			});
			expect(result!.groups[0]!.people[0]).toMatchObject({ email: null, contactForm: true });
			expect(JSON.stringify(result)).not.toContain('greta.beispielhaft@example.org');
		} finally {
			await db
				.update(person)
				.set({ emailVisibility: 'members' })
				.where(eq(person.id, fixtures.people.greta));
		}
	});

	it('answers null for an unknown topic and refuses everyone outside the network', async () => {
		expect(
			await findTopicPeople({ actor: fixtures.users.member, topicSlug: 'gibt-es-nicht' })
		).toBeNull();
		for (const actor of [null, fixtures.users.interested]) {
			await expect(findTopicPeople({ actor, topicSlug: 'haushalt' })).rejects.toBeInstanceOf(
				AccessDeniedError
			);
		}
	});

	it('offers the topics in the board order', async () => {
		expect((await listTopicChoices()).map((choice) => choice.slug)).toEqual([
			'haushalt',
			'oepnv',
			'schule'
		]);
	});
});
