import { and, asc, eq, like } from 'drizzle-orm';
import type { AccountRole } from '$lib/shared/roles';
import { createTestAccount } from '../../auth/test-support';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { loadStateData } from '../../territory/load-state-data';
import { body, organization, territorialUnit } from '../../territory/schema';
import { membership, person, personTopic, topic } from '../schema';

/**
 * A small directory for the read-side tests, shaped like the demo fixtures (Greta, Hanna, the
 * demo accounts) so the privacy expectations read the same: a faction in Kreistag
 * Vorpommern-Greifswald, a mandate holder with fields of each visibility, a sachkundige
 * Einwohnerin without an elected seat, a Gemeindevertreter, a former Kreistag member.
 */
export async function councilNamed(name: string) {
	const [row] = await db
		.select({ id: organization.id, bodyId: organization.bodyId })
		.from(organization)
		.where(and(eq(organization.name, name), eq(organization.organizationType, 'council')));
	if (!row) throw new Error(`Vertretung ${name} fehlt`);
	return row;
}

async function firstGemeindeCouncil(kreisAgs: string) {
	const [row] = await db
		.select({ id: organization.id, bodyId: organization.bodyId, ags: territorialUnit.ags })
		.from(organization)
		.innerJoin(body, eq(body.id, organization.bodyId))
		.innerJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.where(and(eq(territorialUnit.kind, 'gemeinde'), like(territorialUnit.ags, `${kreisAgs}%`)))
		.orderBy(asc(territorialUnit.ags))
		.limit(1);
	return row!;
}

async function addOrganization(values: typeof organization.$inferInsert): Promise<string> {
	const [row] = await db.insert(organization).values(values).returning({ id: organization.id });
	return row!.id;
}

async function addPerson(values: typeof person.$inferInsert): Promise<string> {
	const [row] = await db.insert(person).values(values).returning({ id: person.id });
	return row!.id;
}

async function addMembership(values: typeof membership.$inferInsert): Promise<void> {
	await db.insert(membership).values(values);
}

async function account(role: AccountRole, email: string, name: string): Promise<SessionUser> {
	const { id } = await createTestAccount({ email, name, role });
	return {
		id,
		email,
		name,
		role,
		emailVerified: true,
		twoFactorEnabled: true,
		accessExpiresAt: null
	};
}

export const TERM_START = '2024-06-09';

export async function seedDirectoryFixtures() {
	await loadStateData({ state: 'mv' });
	const kreistagVg = await councilNamed('Kreistag Vorpommern-Greifswald');
	const kreistagLup = await councilNamed('Kreistag Ludwigslust-Parchim');
	const buergerschaft = await councilNamed('Bürgerschaft Rostock');
	const gemeinde = await firstGemeindeCouncil('13075');

	const factionVg = await addOrganization({
		bodyId: kreistagVg.bodyId,
		name: 'Fraktion DIE LINKE',
		organizationType: 'faction',
		parentId: kreistagVg.id
	});
	const factionHro = await addOrganization({
		bodyId: buergerschaft.bodyId,
		name: 'Fraktion DIE LINKE/Die PARTEI',
		organizationType: 'faction',
		parentId: buergerschaft.id,
		partners: 'Die PARTEI'
	});
	const educationLup = await addOrganization({
		bodyId: kreistagLup.bodyId,
		name: 'Ausschuss für Bildung',
		organizationType: 'committee',
		parentId: kreistagLup.id
	});
	const financeHro = await addOrganization({
		bodyId: buergerschaft.bodyId,
		name: 'Finanzausschuss',
		organizationType: 'committee',
		parentId: buergerschaft.id
	});

	const topics = await db
		.insert(topic)
		.values([
			{ slug: 'haushalt', name: 'Haushalt', sortOrder: 1 },
			{ slug: 'oepnv', name: 'ÖPNV', sortOrder: 2 },
			{ slug: 'schule', name: 'Schule', sortOrder: 3 }
		])
		.returning({ id: topic.id, slug: topic.slug });
	const topicId = (slug: string) => topics.find((t) => t.slug === slug)!.id;

	const users = {
		board: await account('board', 'vorstand@example.org', 'Katrin Vorstandt'),
		faction_admin: await account('faction_admin', 'fraktion@example.org', 'Jonas Fraktionsberg'),
		member: await account('member', 'mitglied@example.org', 'Mira Mitgliedermann'),
		interested: await account('interested', 'interessiert@example.org', 'Paul Interessant')
	};

	const katrin = await addPerson({
		userId: users.board.id,
		givenName: 'Katrin',
		familyName: 'Vorstandt',
		email: 'vorstand@example.org'
	});
	const jonas = await addPerson({
		userId: users.faction_admin.id,
		givenName: 'Jonas',
		familyName: 'Fraktionsberg'
	});
	await addMembership({
		personId: jonas,
		organizationId: factionVg,
		role: 'member',
		startDate: TERM_START
	});
	const mira = await addPerson({
		userId: users.member.id,
		givenName: 'Mira',
		familyName: 'Mitgliedermann',
		email: 'mitglied@example.org'
	});
	await addMembership({
		personId: mira,
		organizationId: financeHro,
		role: 'expert_citizen',
		onBehalfOfId: factionHro,
		startDate: TERM_START
	});

	const greta = await addPerson({
		givenName: 'Greta',
		familyName: 'Beispielhaft',
		email: 'greta.beispielhaft@example.org',
		emailVisibility: 'members',
		phone: '0381 5550101',
		phoneVisibility: 'board',
		biography: 'Seit 2014 im Kreistag.',
		biographyVisibility: 'public',
		topicsVisibility: 'members'
	});
	await addMembership({
		personId: greta,
		organizationId: kreistagVg.id,
		role: 'member',
		onBehalfOfId: factionVg,
		startDate: TERM_START
	});
	await addMembership({
		personId: greta,
		organizationId: factionVg,
		role: 'faction_chair',
		startDate: TERM_START
	});
	await db.insert(personTopic).values([
		{ personId: greta, topicId: topicId('haushalt') },
		{ personId: greta, topicId: topicId('oepnv') }
	]);

	const hanna = await addPerson({
		givenName: 'Hanna',
		familyName: 'Verborgen',
		email: 'hanna.verborgen@example.org',
		emailVisibility: 'public'
	});
	await addMembership({
		personId: hanna,
		organizationId: educationLup,
		role: 'expert_citizen',
		startDate: TERM_START
	});

	const heinz = await addPerson({
		givenName: 'Heinz',
		familyName: 'Schmidt',
		topicsVisibility: 'board'
	});
	await addMembership({
		personId: heinz,
		organizationId: gemeinde.id,
		role: 'member',
		startDate: TERM_START
	});
	await db.insert(personTopic).values({ personId: heinz, topicId: topicId('schule') });

	const otto = await addPerson({ givenName: 'Otto', familyName: 'Früher' });
	await addMembership({
		personId: otto,
		organizationId: kreistagVg.id,
		role: 'member',
		onBehalfOfId: factionVg,
		startDate: '2019-05-26',
		endDate: '2024-06-08'
	});

	return {
		users,
		people: { katrin, jonas, mira, greta, hanna, heinz, otto },
		organizations: {
			kreistagVg: kreistagVg.id,
			kreistagLup: kreistagLup.id,
			buergerschaft: buergerschaft.id,
			factionVg,
			factionHro,
			educationLup,
			financeHro,
			gemeinde: gemeinde.id
		},
		gemeindeAgs: gemeinde.ags!,
		topics: { haushalt: topicId('haushalt'), oepnv: topicId('oepnv'), schule: topicId('schule') }
	};
}

export type DirectoryFixtures = Awaited<ReturnType<typeof seedDirectoryFixtures>>;
