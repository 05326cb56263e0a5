import { and, asc, eq, like } from 'drizzle-orm';
import type { AccountRole } from '$lib/shared/roles';
import { createTestActor } from '../../auth/test-support';
import { user } from '../../auth/schema';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { councilNamed } from '../../directory/testing/directory-fixtures';
import { membership, person, personTopic, topic } from '../../directory/schema';
import { loadStateData } from '../../territory/load-state-data';
import { body, organization, territorialUnit } from '../../territory/schema';
import { newsletterOptOut } from '../schema';

/** Vorpommern-Greifswald and Rostock (kreisfreie Stadt). */
export const VG = '13075';
export const HRO = '13003';

async function gemeindeCouncilIn(kreisAgs: string): Promise<string> {
	const [row] = await db
		.select({ id: organization.id })
		.from(organization)
		.innerJoin(body, eq(body.id, organization.bodyId))
		.innerJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.where(and(eq(territorialUnit.kind, 'gemeinde'), like(territorialUnit.ags, `${kreisAgs}%`)))
		.orderBy(asc(territorialUnit.ags))
		.limit(1);
	return row!.id;
}

async function personFor(
	actor: SessionUser,
	values: { councilId?: string; endDate?: string; topicIds?: string[] } = {}
): Promise<void> {
	const [given = 'X', family = 'Y'] = actor.name.split(' ');
	const [row] = await db
		.insert(person)
		.values({ userId: actor.id, givenName: given, familyName: family })
		.returning({ id: person.id });
	if (values.councilId)
		await db.insert(membership).values({
			personId: row!.id,
			organizationId: values.councilId,
			role: 'member',
			startDate: '2024-06-09',
			endDate: values.endDate
		});
	for (const topicId of values.topicIds ?? [])
		await db.insert(personTopic).values({ personId: row!.id, topicId });
}

async function addTopic(slug: string, name: string): Promise<string> {
	const [row] = await db.insert(topic).values({ slug, name }).returning({ id: topic.id });
	return row!.id;
}

async function actor(role: AccountRole, name: string): Promise<SessionUser> {
	return createTestActor(role, { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.org` });
}

/**
 * People for the segment tests: members with mandates in Vorpommern-Greifswald (Kreistag and a
 * Gemeinde), one in Rostock, one whose mandate ended, one opted out, one deactivated; interested
 * people with and without a topic; a guest; a faction admin and the board.
 */
export async function seedNewsletterFixtures() {
	await loadStateData({ state: 'mv' });
	const kreistagVg = (await councilNamed('Kreistag Vorpommern-Greifswald')).id;
	const gemeindeVg = await gemeindeCouncilIn(VG);
	const buergerschaftHro = (await councilNamed('Bürgerschaft Rostock')).id;
	const schule = await addTopic('schule-nl', 'Schule (Rundbrief-Test)');
	const haushalt = await addTopic('haushalt-nl', 'Haushalt (Rundbrief-Test)');

	const board = await actor('board', 'Bea Vorstand');
	const anna = await actor('member', 'Anna Kreistag');
	await personFor(anna, { councilId: kreistagVg, topicIds: [schule] });
	const gustav = await actor('member', 'Gustav Gemeinde');
	await personFor(gustav, { councilId: gemeindeVg, topicIds: [haushalt] });
	const rosa = await actor('member', 'Rosa Rostock');
	await personFor(rosa, { councilId: buergerschaftHro, topicIds: [schule] });
	const ehemals = await actor('member', 'Egon Ehemals');
	await personFor(ehemals, { councilId: kreistagVg, endDate: '2025-01-31' });
	const ohne = await actor('member', 'Olga Abbestellt');
	await personFor(ohne, { councilId: kreistagVg, topicIds: [schule] });
	await db.insert(newsletterOptOut).values({ userId: ohne.id, source: 'account' });
	const aus = await actor('member', 'Dora Deaktiviert');
	await personFor(aus, { councilId: kreistagVg });
	await db.update(user).set({ deactivatedAt: new Date() }).where(eq(user.id, aus.id));
	const ida = await actor('interested', 'Ida Interessiert');
	await personFor(ida, { topicIds: [schule] });
	const ivo = await actor('interested', 'Ivo Ohnethema');
	const fritz = await actor('faction_admin', 'Fritz Fraktion');
	await personFor(fritz, { councilId: kreistagVg });
	const gast = await actor('guest', 'Gerd Gast');

	return {
		topics: { schule, haushalt },
		board,
		anna,
		gustav,
		rosa,
		ehemals,
		ohne,
		aus,
		ida,
		ivo,
		fritz,
		gast
	};
}
export type NewsletterFixtures = Awaited<ReturnType<typeof seedNewsletterFixtures>>;
