import { and, eq } from 'drizzle-orm';
import { createTestAccount } from '../../auth/test-support';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { membership, person } from '../../directory/schema';
import { seedDirectoryFixtures, TERM_START } from '../../directory/testing/directory-fixtures';
import { organization } from '../../territory/schema';

/**
 * The directory fixtures plus a faction in the Landtag with its faction admin (Lena), so tests
 * have a Landtag faction besides the board: Jonas answers for the Kreistag faction VG, Mira
 * (seat for the Rostock faction) for the Bürgerschaft faction.
 */
export async function seedLandtagFixtures() {
	const fixtures = await seedDirectoryFixtures();
	const [landtag] = await db
		.select({ id: organization.id, bodyId: organization.bodyId })
		.from(organization)
		.where(
			and(
				eq(organization.name, 'Landtag Mecklenburg-Vorpommern'),
				eq(organization.organizationType, 'council')
			)
		);
	const [landtagFaction] = await db
		.insert(organization)
		.values({
			bodyId: landtag!.bodyId,
			name: 'Fraktion DIE LINKE im Landtag',
			organizationType: 'faction',
			parentId: landtag!.id
		})
		.returning({ id: organization.id });
	const lenaAccount = await createTestAccount({
		email: 'lena.landtag@example.org',
		name: 'Lena Landtag',
		role: 'faction_admin'
	});
	const [lenaPerson] = await db
		.insert(person)
		.values({ userId: lenaAccount.id, givenName: 'Lena', familyName: 'Landtag' })
		.returning({ id: person.id });
	await db.insert(membership).values({
		personId: lenaPerson!.id,
		organizationId: landtagFaction!.id,
		role: 'member',
		startDate: TERM_START
	});
	const lena: SessionUser = {
		id: lenaAccount.id,
		email: lenaAccount.email,
		name: 'Lena Landtag',
		role: 'faction_admin',
		emailVerified: true,
		twoFactorEnabled: false,
		accessExpiresAt: null
	};
	return { ...fixtures, lena, landtagFaction: landtagFaction!.id };
}

export type LandtagFixtures = Awaited<ReturnType<typeof seedLandtagFixtures>>;
