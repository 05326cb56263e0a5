import { eq } from 'drizzle-orm';
import { db } from '../../db';
import { membership, person, personTopic, topic } from '../../directory/schema';
import { body, organization } from '../../territory/schema';

/**
 * A small directory for the privacy tests, written directly (loading the state's 724 Gemeinden
 * would cost seconds per test): one Kreistag with a committee and a faction, and two topics.
 */
export async function createDirectoryFixture() {
	const [kreis] = await db
		.insert(body)
		.values({ name: 'Landkreis Beispielhausen' })
		.returning({ id: body.id });
	const insertOrganization = async (
		name: string,
		organizationType: 'council' | 'committee' | 'faction',
		parentId?: string
	) => {
		const [row] = await db
			.insert(organization)
			.values({ bodyId: kreis!.id, name, organizationType, parentId })
			.returning({ id: organization.id });
		return row!.id;
	};
	const council = await insertOrganization('Kreistag Beispielhausen', 'council');
	const committee = await insertOrganization('Ausschuss für Bildung', 'committee', council);
	const faction = await insertOrganization('Fraktion DIE LINKE', 'faction', council);
	const topics = await db
		.insert(topic)
		.values([
			{ slug: 'haushalt-test', name: 'Haushalt (Test)', sortOrder: 1 },
			{ slug: 'oepnv-test', name: 'ÖPNV (Test)', sortOrder: 2 }
		])
		.returning({ id: topic.id, name: topic.name });
	return { bodyId: kreis!.id, council, committee, faction, topics };
}

export type DirectoryFixture = Awaited<ReturnType<typeof createDirectoryFixture>>;

/** A person linked to an account, with contact data, topics and the given memberships. */
export async function createLinkedPerson(
	fixture: DirectoryFixture,
	options: {
		userId: string | null;
		givenName?: string;
		familyName?: string;
		memberships: {
			organizationId: string;
			role: (typeof membership.$inferInsert)['role'];
			onBehalfOfId?: string;
			topicId?: string;
			startDate?: string;
			endDate?: string;
		}[];
	}
) {
	const [row] = await db
		.insert(person)
		.values({
			userId: options.userId,
			givenName: options.givenName ?? 'Greta',
			familyName: options.familyName ?? 'Beispielhaft',
			email: 'greta.privat@example.org',
			emailVisibility: 'members',
			phone: '0381 5550199',
			phoneVisibility: 'board',
			biography: 'Seit 2019 im Kreistag, vorher Elternvertreterin.',
			biographyVisibility: 'public'
		})
		.returning({ id: person.id });
	const personId = row!.id;
	if (options.memberships.length > 0)
		await db
			.insert(membership)
			.values(options.memberships.map((entry) => ({ ...entry, personId })));
	await db
		.insert(personTopic)
		.values(fixture.topics.map((entry) => ({ personId, topicId: entry.id })));
	return personId;
}

export async function personRow(personId: string) {
	const [row] = await db.select().from(person).where(eq(person.id, personId));
	return row ?? null;
}
