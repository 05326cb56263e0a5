import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/schema';
import { db } from '../../db';
import { membership } from '../../directory/schema';
import { organization } from '../../territory/schema';
import { oparlOrganization, oparlPersonMatch } from '../schema';
import { confirmPersonMatch } from './decide-person-match';
import { runMatching } from './run-matching';
import { setOrganizationMatch } from './set-organization-match';
import {
	importedUrl,
	matchingFixtures,
	matchingTestDatabase,
	type MatchingFixtures
} from './testing/matching-fixtures';

let f: MatchingFixtures;

// Preparing the copied database (state data, fixtures, sign-ins) once takes longer than a hook
// may on a loaded machine; every test then starts from a quick copy.
beforeAll(() => matchingTestDatabase(), 180_000);

beforeEach(async () => {
	await matchingTestDatabase();
	f = matchingFixtures();
	await runMatching(db, f.imported.sourceId);
	const [match] = await db
		.select({ id: oparlPersonMatch.id })
		.from(oparlPersonMatch)
		.where(eq(oparlPersonMatch.oparlPersonId, f.imported.juergenId));
	await confirmPersonMatch({ actor: f.board, matchId: match!.id });
});

describe('setOrganizationMatch', () => {
	it('brings a confirmed person’s seat in a Gremium the board tied by hand into the directory', async () => {
		const [audit] = await db
			.insert(organization)
			.values({
				bodyId: f.directory.kreistag.bodyId,
				name: 'Rechnungsprüfung',
				organizationType: 'committee',
				parentId: f.directory.kreistag.id
			})
			.returning({ id: organization.id });
		const result = await setOrganizationMatch({
			actor: f.board,
			oparlOrganizationId: f.imported.auditCommitteeId,
			directoryOrganizationId: audit!.id
		});
		expect(result.membershipChanges).toBe(1);
		const seats = await db
			.select({ role: membership.role, startDate: membership.startDate })
			.from(membership)
			.where(
				and(
					eq(membership.personId, f.directory.juergenId),
					eq(membership.oparlId, importedUrl('membership/7-4'))
				)
			);
		expect(seats).toEqual([{ role: 'deputy_member', startDate: '2024-06-09' }]);
		const entries = await db
			.select({ action: auditLog.action, targetLabel: auditLog.targetLabel })
			.from(auditLog)
			.where(eq(auditLog.action, 'oparl.organization_match'));
		expect(entries).toEqual([
			{ action: 'oparl.organization_match', targetLabel: 'Rechnungsprüfungsausschuss' }
		]);
	});

	it('keeps the board’s “none” when the next sync matches again', async () => {
		await setOrganizationMatch({
			actor: f.board,
			oparlOrganizationId: f.imported.factionId,
			directoryOrganizationId: null
		});
		const again = await runMatching(db, f.imported.sourceId);
		expect(again.organizations).toBe(0);
		const [row] = await db
			.select({ directoryOrganizationId: oparlOrganization.directoryOrganizationId })
			.from(oparlOrganization)
			.where(eq(oparlOrganization.objectId, f.imported.factionId));
		expect(row!.directoryOrganizationId).toBeNull();
	});

	it('only offers the organizations of the body the imported one is tied to', async () => {
		const [elsewhere] = await db
			.select({ id: organization.id })
			.from(organization)
			.where(eq(organization.name, 'Kreistag Ludwigslust-Parchim'));
		await expect(
			setOrganizationMatch({
				actor: f.board,
				oparlOrganizationId: f.imported.auditCommitteeId,
				directoryOrganizationId: elsewhere!.id
			})
		).rejects.toThrow('Bitte wählen Sie ein Gremium der zugeordneten Körperschaft');
		const [row] = await db
			.select({ directoryOrganizationId: oparlOrganization.directoryOrganizationId })
			.from(oparlOrganization)
			.where(eq(oparlOrganization.objectId, f.imported.auditCommitteeId));
		expect(row!.directoryOrganizationId).toBeNull();
	});
});
