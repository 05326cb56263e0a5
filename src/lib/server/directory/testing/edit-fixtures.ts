import { and, eq } from 'drizzle-orm';
import type { AccountRole } from '$lib/shared/roles';
import { user } from '../../auth/schema';
import { createTestAccount, signedInJar, type CookieJar } from '../../auth/test-support';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { loadStateData } from '../../territory/load-state-data';
import { organization } from '../../territory/schema';
import { ensureDefaultTopics } from '../default-topics';
import { membership, person, topic } from '../schema';

/**
 * A small directory for the write-side tests: Jonas (faction admin) in the faction of Kreistag
 * Vorpommern-Greifswald with Greta holding a seat for it; Hanna in Kreistag Ludwigslust-Parchim
 * (another faction's person); Mira (member) with her own entry; a board account.
 */
async function council(name: string) {
	const [row] = await db
		.select({ id: organization.id, bodyId: organization.bodyId })
		.from(organization)
		.where(and(eq(organization.name, name), eq(organization.organizationType, 'council')));
	if (!row) throw new Error(`Vertretung ${name} fehlt`);
	return row;
}

async function insertOrganization(values: typeof organization.$inferInsert) {
	const [row] = await db.insert(organization).values(values).returning({ id: organization.id });
	return row!.id;
}

async function insertPerson(values: typeof person.$inferInsert) {
	const [row] = await db.insert(person).values(values).returning({ id: person.id });
	return row!.id;
}

async function account(role: AccountRole, name: string): Promise<SessionUser> {
	const { id, email } = await createTestAccount({ role, name });
	return {
		id,
		email,
		name,
		role,
		emailVerified: true,
		twoFactorEnabled: role === 'board',
		accessExpiresAt: null
	};
}

export async function seedEditFixtures() {
	await loadStateData({ state: 'mv' });
	await ensureDefaultTopics();
	const kreistagVg = await council('Kreistag Vorpommern-Greifswald');
	const kreistagLup = await council('Kreistag Ludwigslust-Parchim');
	const factionVg = await insertOrganization({
		bodyId: kreistagVg.bodyId,
		parentId: kreistagVg.id,
		name: 'Fraktion DIE LINKE',
		organizationType: 'faction'
	});
	const otherFactionVg = await insertOrganization({
		bodyId: kreistagVg.bodyId,
		parentId: kreistagVg.id,
		name: 'Fraktion Andere',
		organizationType: 'faction'
	});
	const factionLup = await insertOrganization({
		bodyId: kreistagLup.bodyId,
		parentId: kreistagLup.id,
		name: 'Fraktion DIE LINKE',
		organizationType: 'faction'
	});
	const committeeVg = await insertOrganization({
		bodyId: kreistagVg.bodyId,
		parentId: kreistagVg.id,
		name: 'Finanzausschuss',
		organizationType: 'committee'
	});

	const users = {
		board: await account('board', 'Katrin Vorstandt'),
		factionAdmin: await account('faction_admin', 'Jonas Fraktionsberg'),
		member: await account('member', 'Mira Mitgliedermann'),
		interested: await account('interested', 'Paul Interessant')
	};
	const jonas = await insertPerson({
		userId: users.factionAdmin.id,
		givenName: 'Jonas',
		familyName: 'Fraktionsberg'
	});
	const mira = await insertPerson({
		userId: users.member.id,
		givenName: 'Mira',
		familyName: 'Mitgliedermann'
	});
	const greta = await insertPerson({
		givenName: 'Greta',
		familyName: 'Beispielhaft',
		email: 'greta.beispielhaft@example.org',
		phone: '0381 5550101',
		phoneVisibility: 'board',
		biographyVisibility: 'public'
	});
	const hanna = await insertPerson({ givenName: 'Hanna', familyName: 'Verborgen' });
	await db.insert(membership).values([
		{ personId: jonas, organizationId: factionVg, role: 'member', startDate: '2024-06-09' },
		{
			personId: greta,
			organizationId: kreistagVg.id,
			role: 'member',
			onBehalfOfId: factionVg,
			startDate: '2024-06-09'
		},
		{
			personId: hanna,
			organizationId: kreistagLup.id,
			role: 'member',
			onBehalfOfId: factionLup,
			startDate: '2024-06-09'
		}
	]);
	const topics = await db.select({ id: topic.id, slug: topic.slug }).from(topic);
	const topicId = (slug: string) => topics.find((t) => t.slug === slug)!.id;
	return {
		users,
		people: { jonas, mira, greta, hanna },
		councils: { kreistagVg, kreistagLup },
		organizations: { factionVg, otherFactionVg, factionLup, committeeVg },
		topics: { haushalt: topicId('haushalt'), oepnv: topicId('oepnv'), schule: topicId('schule') }
	};
}

export type EditFixtures = Awaited<ReturnType<typeof seedEditFixtures>>;

const jars = new Map<string, CookieJar>();

/**
 * A signed-in cookie jar for a fixture account, for route tests. Board accounts get their second
 * factor switched on after signing in with the password alone, so their board rights count
 * without going through the TOTP step in every test.
 */
export async function jarFor(account: SessionUser): Promise<CookieJar> {
	const cached = jars.get(account.id);
	if (cached) return cached;
	const { jar } = await signedInJar(account.email);
	if (account.twoFactorEnabled) {
		await db.update(user).set({ twoFactorEnabled: true }).where(eq(user.id, account.id));
	}
	jars.set(account.id, jar);
	return jar;
}
