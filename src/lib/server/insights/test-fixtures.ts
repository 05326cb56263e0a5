/**
 * Directory rows for the insight tests, written straight into the test database. Councils come
 * from the loaded state data (`loadStateData`), found by AGS.
 */
import { eq } from 'drizzle-orm';
import type { FieldVisibility, MembershipRole } from '$lib/shared/directory';
import { db } from '../db';
import { membership, person, personTopic, topic } from '../directory/schema';
import { organization } from '../territory/schema';

export async function councilOf(ags: string): Promise<{ id: string; bodyId: string }> {
	const [row] = await db
		.select({ id: organization.id, bodyId: organization.bodyId })
		.from(organization)
		.where(eq(organization.dataKey, `mv:council:${ags}`));
	if (!row) throw new Error(`Kein Gremium für AGS ${ags}; loadStateData vergessen?`);
	return row;
}

export async function addPerson(
	values: Partial<typeof person.$inferInsert> & { givenName: string; familyName: string }
): Promise<string> {
	const [row] = await db.insert(person).values(values).returning({ id: person.id });
	return row!.id;
}

export async function addMembership(
	personId: string,
	organizationId: string,
	options: {
		role?: MembershipRole;
		startDate?: string | null;
		endDate?: string | null;
		onBehalfOfId?: string;
	} = {}
): Promise<void> {
	await db.insert(membership).values({
		personId,
		organizationId,
		role: options.role ?? 'member',
		startDate: options.startDate === undefined ? '2024-06-09' : options.startDate,
		endDate: options.endDate ?? null,
		onBehalfOfId: options.onBehalfOfId
	});
}

export async function addFaction(
	councilAgs: string,
	name: string,
	options: { partners?: string; startDate?: string; endDate?: string } = {}
): Promise<string> {
	const council = await councilOf(councilAgs);
	const [row] = await db
		.insert(organization)
		.values({
			bodyId: council.bodyId,
			parentId: council.id,
			name,
			organizationType: 'faction',
			partners: options.partners,
			startDate: options.startDate,
			endDate: options.endDate
		})
		.returning({ id: organization.id });
	return row!.id;
}

export async function addTopic(name: string, slug: string, sortOrder = 0): Promise<string> {
	const [row] = await db
		.insert(topic)
		.values({ name, slug, sortOrder })
		.onConflictDoUpdate({ target: topic.slug, set: { name } })
		.returning({ id: topic.id });
	return row!.id;
}

export async function addPersonTopic(personId: string, topicId: string): Promise<void> {
	await db.insert(personTopic).values({ personId, topicId });
}

export type { FieldVisibility };
