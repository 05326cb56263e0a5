import type { AccountRole } from '$lib/shared/roles';
import { createTestAccount } from '../../../auth/test-support';
import type { SessionUser } from '../../../auth/types';
import { db } from '../../../db';
import { councilNamed } from '../../../directory/testing/directory-fixtures';
import { jarFor } from '../../../directory/testing/edit-fixtures';
import { membership, person } from '../../../directory/schema';
import { loadStateData } from '../../../territory/load-state-data';
import { organization } from '../../../territory/schema';
import { preparedTestDatabase } from '../../../testing/test-db';
import {
	oparlBody,
	oparlMembership,
	oparlObject,
	oparlOrganization,
	oparlPerson,
	oparlSource
} from '../../schema';

/*
 * A council system and a directory that overlap the way real ones do, written with Drizzle
 * (no HTTP, no sync): the imported Landkreis Vorpommern-Greifswald states its AGS with the
 * Kreis' zeros, names its council "Kreistag" and its faction by the party alone, and its person
 * carries form of address, title and umlauts spelt out. Memberships are embedded in the person
 * without a `person` field, as Sternberg's servers send them.
 */

const BASE = 'https://ris.example.org/oparl/v1.1';
export const TERM_START = '2024-06-09';
export const FORMER_TERM = { startDate: '2019-05-26', endDate: '2024-06-08' };

async function addObject(
	sourceId: string,
	bodyId: string | null,
	type: typeof oparlObject.$inferInsert.type,
	path: string,
	parentId: string | null = null
): Promise<string> {
	const [row] = await db
		.insert(oparlObject)
		.values({
			sourceId,
			bodyId,
			type,
			oparlId: `${BASE}/${path}`,
			parentId,
			raw: { id: `${BASE}/${path}` },
			fetchedAt: new Date()
		})
		.returning({ id: oparlObject.id });
	return row!.id;
}

export async function addImportedOrganization(
	fixtures: { sourceId: string; bodyId: string },
	path: string,
	values: { name: string; organizationType?: string; classification?: string }
): Promise<string> {
	const objectId = await addObject(fixtures.sourceId, fixtures.bodyId, 'organization', path);
	await db.insert(oparlOrganization).values({ objectId, bodyId: fixtures.bodyId, ...values });
	return objectId;
}

export async function addImportedPerson(
	fixtures: { sourceId: string; bodyId: string },
	path: string,
	values: { name: string; givenName?: string; familyName?: string; formOfAddress?: string }
): Promise<string> {
	const objectId = await addObject(fixtures.sourceId, fixtures.bodyId, 'person', path);
	await db.insert(oparlPerson).values({ objectId, bodyId: fixtures.bodyId, ...values });
	return objectId;
}

/** A membership embedded in its person (parent set, `person` missing). */
export async function addImportedMembership(
	fixtures: { sourceId: string; bodyId: string },
	path: string,
	values: {
		personObjectId: string;
		organizationId: string;
		role?: string;
		onBehalfOfId?: string;
		startDate?: string;
		endDate?: string;
	}
): Promise<string> {
	const { personObjectId, ...rest } = values;
	const objectId = await addObject(
		fixtures.sourceId,
		fixtures.bodyId,
		'membership',
		path,
		personObjectId
	);
	await db.insert(oparlMembership).values({ objectId, ...rest });
	return objectId;
}

/** The OParl id (URL) of a fixture object. */
export function importedUrl(path: string): string {
	return `${BASE}/${path}`;
}

async function account(role: AccountRole, email: string): Promise<SessionUser> {
	const { id } = await createTestAccount({ email, name: email.split('@')[0]!, role });
	return {
		id,
		email,
		name: email.split('@')[0]!,
		role,
		emailVerified: true,
		twoFactorEnabled: true,
		accessExpiresAt: null
	};
}

export async function seedMatchingFixtures() {
	await loadStateData({ state: 'mv' });
	const kreistag = await councilNamed('Kreistag Vorpommern-Greifswald');
	const elsewhere = await councilNamed('Kreistag Ludwigslust-Parchim');
	const [faction] = await db
		.insert(organization)
		.values({
			bodyId: kreistag.bodyId,
			name: 'Fraktion DIE LINKE',
			organizationType: 'faction',
			parentId: kreistag.id
		})
		.returning({ id: organization.id });
	const [committee] = await db
		.insert(organization)
		.values({
			bodyId: kreistag.bodyId,
			name: 'Ausschuss für Bildung und Kultur',
			organizationType: 'committee',
			parentId: kreistag.id
		})
		.returning({ id: organization.id });

	const [juergen] = await db
		.insert(person)
		.values({ givenName: 'Jürgen', familyName: 'Köhler' })
		.returning({ id: person.id });
	// Entered by hand for the former term, without end date and without OParl id.
	const [formerSeat] = await db
		.insert(membership)
		.values({
			personId: juergen!.id,
			organizationId: kreistag.id,
			role: 'member',
			startDate: FORMER_TERM.startDate
		})
		.returning({ id: membership.id });
	const [anna] = await db
		.insert(person)
		.values({ givenName: 'Anna', familyName: 'Schmidt' })
		.returning({ id: person.id });
	await db.insert(membership).values({
		personId: anna!.id,
		organizationId: faction!.id,
		role: 'member',
		startDate: TERM_START
	});
	// Same name as the imported Anna, but her mandate is in another Kreistag.
	const [otherAnna] = await db
		.insert(person)
		.values({ givenName: 'Anna', familyName: 'Schmidt' })
		.returning({ id: person.id });
	await db.insert(membership).values({
		personId: otherAnna!.id,
		organizationId: elsewhere.id,
		role: 'member',
		startDate: TERM_START
	});

	const [source] = await db
		.insert(oparlSource)
		.values({
			systemUrl: `${BASE}/system`,
			name: 'Ratsinfo Vorpommern-Greifswald',
			oparlVersion: '1.1'
		})
		.returning({ id: oparlSource.id });
	const sourceId = source!.id;
	const bodyObjectId = await addObject(sourceId, null, 'body', 'body/1');
	await db.insert(oparlBody).values({
		objectId: bodyObjectId,
		sourceId,
		name: 'Landkreis Vorpommern-Greifswald',
		ags: '13075000',
		followed: true
	});
	const imported = { sourceId, bodyId: bodyObjectId };
	const importedKreistag = await addImportedOrganization(imported, 'organization/1', {
		name: 'Kreistag',
		organizationType: 'Gremium',
		classification: 'Gremien'
	});
	const importedFaction = await addImportedOrganization(imported, 'organization/2', {
		name: 'DIE LINKE',
		organizationType: 'Fraktion'
	});
	const importedCommittee = await addImportedOrganization(imported, 'organization/3', {
		name: 'Ausschuss Bildung und Kultur',
		organizationType: 'Gremium'
	});
	const importedAudit = await addImportedOrganization(imported, 'organization/4', {
		name: 'Rechnungsprüfungsausschuss',
		organizationType: 'Gremium'
	});
	const importedJuergen = await addImportedPerson(imported, 'person/7', {
		name: 'Herr Dr. Juergen Koehler'
	});
	await addImportedMembership(imported, 'membership/7-1-old', {
		personObjectId: importedJuergen,
		organizationId: importedKreistag,
		role: 'Mitglied',
		...FORMER_TERM
	});
	await addImportedMembership(imported, 'membership/7-1', {
		personObjectId: importedJuergen,
		organizationId: importedKreistag,
		role: 'Mitglied',
		onBehalfOfId: importedFaction,
		startDate: TERM_START
	});
	await addImportedMembership(imported, 'membership/7-2', {
		personObjectId: importedJuergen,
		organizationId: importedFaction,
		role: 'Fraktionsvorsitzender',
		startDate: TERM_START
	});
	await addImportedMembership(imported, 'membership/7-4', {
		personObjectId: importedJuergen,
		organizationId: importedAudit,
		role: 'stellv. Mitglied',
		startDate: TERM_START
	});
	const importedAnna = await addImportedPerson(imported, 'person/8', {
		name: 'Frau Anna Schmidt',
		givenName: 'Anna',
		familyName: 'Schmidt',
		formOfAddress: 'Frau'
	});
	const importedStranger = await addImportedPerson(imported, 'person/9', {
		name: 'Herr Bernd Wunderlich',
		givenName: 'Bernd',
		familyName: 'Wunderlich'
	});

	return {
		board: await account('board', 'vorstand@example.org'),
		member: await account('member', 'mitglied@example.org'),
		factionAdmin: await account('faction_admin', 'fraktion@example.org'),
		directory: {
			kreistag,
			factionId: faction!.id,
			committeeId: committee!.id,
			juergenId: juergen!.id,
			formerSeatId: formerSeat!.id,
			annaId: anna!.id,
			otherAnnaId: otherAnna!.id
		},
		imported: {
			sourceId,
			bodyId: bodyObjectId,
			kreistagId: importedKreistag,
			factionId: importedFaction,
			committeeId: importedCommittee,
			auditCommitteeId: importedAudit,
			juergenId: importedJuergen,
			annaId: importedAnna,
			strangerId: importedStranger
		}
	};
}

export type MatchingFixtures = Awaited<ReturnType<typeof seedMatchingFixtures>>;

let prepared: MatchingFixtures | undefined;

/**
 * A fresh database per test with the state data and the fixtures already in it: loading the
 * state data takes 10–20 s on the loaded machine and the accounts' password hashes are slow by
 * design, so both are written once per file and each test starts from a copy (same ids).
 */
export const matchingTestDatabase = preparedTestDatabase(async () => {
	prepared = await seedMatchingFixtures();
	// `jarFor` keeps one signed-in jar per account for the file: its session must be in every copy.
	for (const account of [prepared.board, prepared.member, prepared.factionAdmin]) {
		await jarFor(account);
	}
});

/** The fixtures in every copy `matchingTestDatabase()` hands out. */
export function matchingFixtures(): MatchingFixtures {
	if (!prepared) throw new Error('matchingTestDatabase() zuerst aufrufen');
	return prepared;
}
