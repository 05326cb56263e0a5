import { and, eq } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { recordAudit } from '../../audit/record-audit';
import { db } from '../../db';
import { organization as directoryOrganization } from '../../territory/schema';
import { oparlBody, oparlOrganization } from '../schema';
import { applyConfirmedMatches } from './apply-confirmed-matches';
import { MatchingError } from './matching-error';

/**
 * The board ties an imported Gremium to an organization of the matched directory body (or
 * unties it). Confirmed persons' memberships in it reach the directory at once; untying stops
 * later changes but keeps what was applied.
 */
export async function setOrganizationMatch(options: {
	actor: SessionUser | null;
	oparlOrganizationId: string;
	directoryOrganizationId: string | null;
	ip?: string | null;
}): Promise<{ membershipChanges: number }> {
	assertCan(options.actor, 'oparl.manage');
	const [imported] = await db
		.select({
			name: oparlOrganization.name,
			sourceId: oparlBody.sourceId,
			directoryBodyId: oparlBody.directoryBodyId
		})
		.from(oparlOrganization)
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlOrganization.bodyId))
		.where(eq(oparlOrganization.objectId, options.oparlOrganizationId))
		.limit(1);
	if (!imported || !imported.directoryBodyId) throw new MatchingError('organization_not_found');
	let directoryName: string | null = null;
	if (options.directoryOrganizationId) {
		// Only an organization of the body the imported one is tied to.
		const [target] = await db
			.select({ name: directoryOrganization.name })
			.from(directoryOrganization)
			.where(
				and(
					eq(directoryOrganization.id, options.directoryOrganizationId),
					eq(directoryOrganization.bodyId, imported.directoryBodyId)
				)
			)
			.limit(1);
		if (!target) throw new MatchingError('directory_organization_not_found');
		directoryName = target.name;
	}
	await db
		.update(oparlOrganization)
		.set({ directoryOrganizationId: options.directoryOrganizationId, directoryMatchFixed: true })
		.where(eq(oparlOrganization.objectId, options.oparlOrganizationId));
	await recordAudit({
		actor: options.actor,
		action: 'oparl.organization_match',
		targetType: 'oparl_organization',
		targetId: options.oparlOrganizationId,
		targetLabel: imported.name,
		details: { directoryOrganization: directoryName },
		ip: options.ip
	});
	return {
		membershipChanges: options.directoryOrganizationId
			? await applyConfirmedMatches(db, imported.sourceId)
			: 0
	};
}
