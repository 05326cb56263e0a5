import { and, eq, sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { recordAudit } from '../../audit/record-audit';
import { db } from '../../db';
import { organization as directoryOrganization } from '../../territory/schema';
import { oparlOrganization } from '../schema';
import { applyConfirmedMatches } from './apply-confirmed-matches';
import { selectImportedOrganizations } from './imported-organizations';
import { MatchingError } from './matching-error';
import { creatableDirectoryKind, directoryFactionName } from './organization-kind';

/**
 * The board creates the directory's counterpart of an imported faction or committee that the
 * directory does not know yet: under the council of the matched directory body, named and
 * typed as the council system files it, and tied to the imported one. Confirmed persons' seats
 * in it reach the directory in the same transaction, so a failure leaves neither behind.
 */
export async function createOrganizationFromImport(options: {
	actor: SessionUser | null;
	oparlOrganizationId: string;
	ip?: string | null;
}): Promise<{ directoryOrganizationId: string; name: string; membershipChanges: number }> {
	assertCan(options.actor, 'oparl.manage');
	const actor = options.actor;
	return db.transaction(async (tx) => {
		const [imported] = await selectImportedOrganizations(
			tx,
			eq(oparlOrganization.objectId, options.oparlOrganizationId)
		)
			// Two clicks at once must not create two Gremien.
			.for('update', { of: oparlOrganization })
			.limit(1);
		if (!imported || !imported.directoryBodyId || imported.name.trim() === '') {
			throw new MatchingError('organization_not_found');
		}
		if (imported.directoryOrganizationId) throw new MatchingError('organization_already_matched');
		const kind = creatableDirectoryKind(imported);
		if (!kind) throw new MatchingError('organization_not_creatable');

		const councils = await tx
			.select({ id: directoryOrganization.id, name: directoryOrganization.name })
			.from(directoryOrganization)
			.where(
				and(
					eq(directoryOrganization.bodyId, imported.directoryBodyId),
					eq(directoryOrganization.organizationType, 'council')
				)
			)
			.limit(2);
		if (councils.length !== 1) throw new MatchingError('council_missing');
		const council = councils[0]!;

		const name =
			kind.organizationType === 'faction'
				? directoryFactionName(imported.name)
				: imported.name.trim();
		const [clash] = await tx
			.select({ id: directoryOrganization.id })
			.from(directoryOrganization)
			.where(
				and(
					eq(directoryOrganization.parentId, council.id),
					sql`lower(${directoryOrganization.name}) = lower(${name})`
				)
			)
			.limit(1);
		if (clash) throw new MatchingError('organization_name_taken');

		const [created] = await tx
			.insert(directoryOrganization)
			.values({
				bodyId: imported.directoryBodyId,
				parentId: council.id,
				name,
				shortName: imported.shortName?.trim() || null,
				...kind,
				startDate: imported.startDate,
				endDate: imported.endDate
			})
			.returning({ id: directoryOrganization.id });
		const directoryOrganizationId = created!.id;
		await tx
			.update(oparlOrganization)
			.set({ directoryOrganizationId, directoryMatchFixed: true })
			.where(eq(oparlOrganization.objectId, options.oparlOrganizationId));
		await recordAudit(
			{
				actor,
				action: 'oparl.organization_create',
				targetType: 'organization',
				targetId: directoryOrganizationId,
				targetLabel: name,
				details: {
					council: council.name,
					kind: kind.organizationType,
					importedName: imported.name,
					oparlOrganizationId: options.oparlOrganizationId
				},
				ip: options.ip
			},
			tx
		);
		const membershipChanges = await applyConfirmedMatches(tx, imported.sourceId);
		return { directoryOrganizationId, name, membershipChanges };
	});
}
