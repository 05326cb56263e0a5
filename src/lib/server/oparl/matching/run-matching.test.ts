import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../../auth/policy';
import { auditLog } from '../../audit/schema';
import { db } from '../../db';
import { membership, person } from '../../directory/schema';
import { body, organization, territorialUnit } from '../../territory/schema';
import {
	oparlBody,
	oparlMembership,
	oparlObject,
	oparlOrganization,
	oparlPerson,
	oparlPersonMatch
} from '../schema';
import { confirmPersonMatch, rejectPersonMatch } from './decide-person-match';
import { runMatching } from './run-matching';
import {
	FORMER_TERM,
	importedUrl,
	matchingFixtures,
	matchingTestDatabase,
	TERM_START,
	type MatchingFixtures
} from './testing/matching-fixtures';

let f: MatchingFixtures;

// Preparing the copied database (state data, fixtures, sign-ins) once takes longer than a hook
// may on a loaded machine; every test then starts from a quick copy.
beforeAll(() => matchingTestDatabase(), 180_000);

beforeEach(async () => {
	await matchingTestDatabase();
	f = matchingFixtures();
});

async function suggestions() {
	return db
		.select({
			id: oparlPersonMatch.id,
			oparlPersonId: oparlPersonMatch.oparlPersonId,
			directoryPersonId: oparlPersonMatch.directoryPersonId,
			score: oparlPersonMatch.score,
			status: oparlPersonMatch.status
		})
		.from(oparlPersonMatch)
		.orderBy(asc(oparlPersonMatch.score));
}

async function matchOf(oparlPersonId: string, directoryPersonId: string) {
	const [row] = await db
		.select({ id: oparlPersonMatch.id })
		.from(oparlPersonMatch)
		.where(
			and(
				eq(oparlPersonMatch.oparlPersonId, oparlPersonId),
				eq(oparlPersonMatch.directoryPersonId, directoryPersonId)
			)
		);
	return row!.id;
}

async function membershipsOf(personId: string) {
	return db
		.select({
			organizationId: membership.organizationId,
			role: membership.role,
			onBehalfOfId: membership.onBehalfOfId,
			startDate: membership.startDate,
			endDate: membership.endDate,
			oparlId: membership.oparlId
		})
		.from(membership)
		.where(eq(membership.personId, personId))
		.orderBy(asc(membership.startDate), asc(membership.role));
}

async function personNamed(givenName: string, familyName: string): Promise<string> {
	const [row] = await db
		.insert(person)
		.values({ givenName, familyName })
		.returning({ id: person.id });
	return row!.id;
}

/** A Kreistag in Brandenburg (AGS 12…): the directory's people there are not MV's. */
async function brandenburgCouncil(): Promise<string> {
	const [unit] = await db
		.insert(territorialUnit)
		.values({ ags: '12060000', name: 'Barnim', kind: 'landkreis' })
		.returning({ id: territorialUnit.id });
	const [kreis] = await db
		.insert(body)
		.values({ territorialUnitId: unit!.id, name: 'Landkreis Barnim' })
		.returning({ id: body.id });
	const [council] = await db
		.insert(organization)
		.values({ bodyId: kreis!.id, name: 'Kreistag Barnim', organizationType: 'council' })
		.returning({ id: organization.id });
	return council!.id;
}

describe('runMatching', () => {
	it('ties the body by its padded AGS and its council, faction and committee by name', async () => {
		const result = await runMatching(db, f.imported.sourceId);
		expect(result.bodies).toBe(1);
		const [body] = await db
			.select()
			.from(oparlBody)
			.where(eq(oparlBody.objectId, f.imported.bodyId));
		expect(body!.directoryBodyId).toBe(f.directory.kreistag.bodyId);

		const organizations = new Map(
			(
				await db
					.select({
						id: oparlOrganization.objectId,
						directoryId: oparlOrganization.directoryOrganizationId
					})
					.from(oparlOrganization)
			).map((row) => [row.id, row.directoryId])
		);
		expect(organizations.get(f.imported.kreistagId)).toBe(f.directory.kreistag.id);
		expect(organizations.get(f.imported.factionId)).toBe(f.directory.factionId);
		expect(organizations.get(f.imported.committeeId)).toBe(f.directory.committeeId);
		// The directory has no Rechnungsprüfungsausschuss: nothing is guessed.
		expect(organizations.get(f.imported.auditCommitteeId)).toBeNull();
		expect(result.organizations).toBe(3);
	});

	it('suggests mandate holders of the body by normalised name, no one from elsewhere', async () => {
		await runMatching(db, f.imported.sourceId);
		const rows = await suggestions();
		expect(rows.map((row) => [row.oparlPersonId, row.directoryPersonId])).toEqual(
			expect.arrayContaining([
				[f.imported.juergenId, f.directory.juergenId],
				[f.imported.annaId, f.directory.annaId]
			])
		);
		// "Herr Dr. Juergen Koehler" is "Jürgen Köhler" once form of address, title and umlauts are plain.
		for (const row of rows) {
			expect(row.score).toBe(1);
			expect(row.status).toBe('suggested');
		}
	});

	it('also suggests same-named people without a mandate in the body, but none from another state', async () => {
		const brandenburg = await brandenburgCouncil();
		const newlyElected = await personNamed('Bernd', 'Wunderlich');
		// Alike (0.68) but not the same name: enough among mandate holders, not among everyone.
		const alikeOnly = await personNamed('Bernhard', 'Wunderlich');
		const [elsewhereState] = await db
			.insert(person)
			.values({ givenName: 'Anna', familyName: 'Schmidt' })
			.returning({ id: person.id });
		await db.insert(membership).values({
			personId: elsewhereState!.id,
			organizationId: brandenburg,
			role: 'member',
			startDate: TERM_START
		});

		await runMatching(db, f.imported.sourceId);
		const pairs = (await suggestions()).map((row) => [row.oparlPersonId, row.directoryPersonId]);
		expect(pairs).toHaveLength(4);
		expect(pairs).toEqual(
			expect.arrayContaining([
				[f.imported.juergenId, f.directory.juergenId],
				[f.imported.annaId, f.directory.annaId],
				// A Kreistag member elsewhere in the state may have moved or been elected here too.
				[f.imported.annaId, f.directory.otherAnnaId],
				// Not in any council yet: the newly elected.
				[f.imported.strangerId, newlyElected]
			])
		);
		expect(pairs.flat()).not.toContain(elsewhereState!.id);
		expect(pairs.flat()).not.toContain(alikeOnly);
	});

	it('runs again without doubling suggestions and never offers a rejected pair again', async () => {
		await runMatching(db, f.imported.sourceId);
		await rejectPersonMatch({
			actor: f.board,
			matchId: await matchOf(f.imported.annaId, f.directory.annaId)
		});
		const before = await suggestions();
		const again = await runMatching(db, f.imported.sourceId);
		expect(again.bodies).toBe(0);
		expect(again.organizations).toBe(0);
		const rows = await suggestions();
		expect(rows.map((row) => row.id).sort()).toEqual(before.map((row) => row.id).sort());
		expect(
			rows.find(
				(row) =>
					row.oparlPersonId === f.imported.annaId && row.directoryPersonId === f.directory.annaId
			)!.status
		).toBe('rejected');
	});

	it('withdraws a suggestion the corrected name no longer supports', async () => {
		await runMatching(db, f.imported.sourceId);
		await db
			.update(oparlPersonMatch)
			.set({ score: 0.9 })
			.where(eq(oparlPersonMatch.oparlPersonId, f.imported.annaId));
		await db
			.update(oparlPerson)
			.set({ name: 'Frau Hannelore Zimmermann', givenName: 'Hannelore', familyName: 'Zimmermann' })
			.where(eq(oparlPerson.objectId, f.imported.annaId));
		await runMatching(db, f.imported.sourceId);
		const rows = await suggestions();
		// Both Annas' suggestions went with the name.
		expect(rows.map((row) => row.oparlPersonId)).toEqual([f.imported.juergenId]);
	});
});

describe('confirmPersonMatch', () => {
	it('applies the imported mandates: new seats added, the former term linked and ended, audited', async () => {
		await runMatching(db, f.imported.sourceId);
		const matchId = await matchOf(f.imported.juergenId, f.directory.juergenId);
		const { applied } = await confirmPersonMatch({ actor: f.board, matchId, ip: '198.51.100.7' });
		expect(applied).toBe(3);

		expect(await membershipsOf(f.directory.juergenId)).toEqual([
			{
				organizationId: f.directory.kreistag.id,
				role: 'member',
				onBehalfOfId: null,
				...FORMER_TERM,
				oparlId: importedUrl('membership/7-1-old')
			},
			{
				organizationId: f.directory.kreistag.id,
				role: 'member',
				onBehalfOfId: f.directory.factionId,
				startDate: TERM_START,
				endDate: null,
				oparlId: importedUrl('membership/7-1')
			},
			{
				organizationId: f.directory.factionId,
				role: 'faction_chair',
				onBehalfOfId: null,
				startDate: TERM_START,
				endDate: null,
				oparlId: importedUrl('membership/7-2')
			}
		]);
		const audit = await db
			.select({ action: auditLog.action, targetId: auditLog.targetId })
			.from(auditLog)
			.where(eq(auditLog.targetId, f.directory.juergenId));
		expect(audit.map((row) => row.action).sort()).toEqual([
			'membership.create',
			'membership.create',
			'membership.end',
			'oparl.person_match.confirm'
		]);

		// The next sync changes nothing more, and the pair is no longer offered as a suggestion.
		const again = await runMatching(db, f.imported.sourceId);
		expect(again.membershipChanges).toBe(0);
		expect((await suggestions()).find((row) => row.id === matchId)!.status).toBe('confirmed');
		await expect(confirmPersonMatch({ actor: f.board, matchId })).rejects.toThrow(
			'schon entschieden'
		);
	});

	it('keeps the mandates current: an end in the council system ends the directory seat', async () => {
		await runMatching(db, f.imported.sourceId);
		await confirmPersonMatch({
			actor: f.board,
			matchId: await matchOf(f.imported.juergenId, f.directory.juergenId)
		});
		const [seat] = await db
			.select({ objectId: oparlObject.id })
			.from(oparlObject)
			.where(eq(oparlObject.oparlId, importedUrl('membership/7-2')));
		await db
			.update(oparlMembership)
			.set({ endDate: '2025-03-31' })
			.where(eq(oparlMembership.objectId, seat!.objectId));

		const result = await runMatching(db, f.imported.sourceId);
		expect(result.membershipChanges).toBe(1);
		const factionSeat = (await membershipsOf(f.directory.juergenId)).find(
			(row) => row.organizationId === f.directory.factionId
		);
		expect(factionSeat!.endDate).toBe('2025-03-31');
		const [entry] = await db
			.select({ actorLabel: auditLog.actorLabel })
			.from(auditLog)
			.where(
				and(eq(auditLog.action, 'membership.end'), eq(auditLog.targetId, f.directory.juergenId))
			)
			.orderBy(asc(auditLog.at))
			.offset(1);
		expect(entry!.actorLabel).toBe('System');
	});

	it('is for the board only', async () => {
		await runMatching(db, f.imported.sourceId);
		const matchId = await matchOf(f.imported.juergenId, f.directory.juergenId);
		await expect(confirmPersonMatch({ actor: f.member, matchId })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
		await expect(rejectPersonMatch({ actor: null, matchId })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
		expect((await membershipsOf(f.directory.juergenId)).map((row) => row.oparlId)).toEqual([null]);
	});
});
