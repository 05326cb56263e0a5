import { and, eq } from 'drizzle-orm';
import { oparlBody, oparlPerson, oparlPersonMatch } from '../schema';
import { applyMembershipChanges } from './apply-membership-changes';
import type { Executor } from './executor';
import { planMembershipChanges } from './plan-membership-changes';

/**
 * After a sync: the imported memberships of every confirmed person of the source update the
 * directory (the board confirmed who they are; from then on the council system is the record).
 */
export async function applyConfirmedMatches(executor: Executor, sourceId: string): Promise<number> {
	const confirmed = await executor
		.select({
			oparlPersonId: oparlPersonMatch.oparlPersonId,
			directoryPersonId: oparlPersonMatch.directoryPersonId
		})
		.from(oparlPersonMatch)
		.innerJoin(oparlPerson, eq(oparlPerson.objectId, oparlPersonMatch.oparlPersonId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlPerson.bodyId))
		.where(and(eq(oparlBody.sourceId, sourceId), eq(oparlPersonMatch.status, 'confirmed')));
	let applied = 0;
	for (const match of confirmed) {
		const changes = await planMembershipChanges(executor, match);
		applied += await applyMembershipChanges(executor, {
			directoryPersonId: match.directoryPersonId,
			changes,
			actor: null
		});
	}
	return applied;
}
