import { and, eq, ne } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { recordAudit } from '../../audit/record-audit';
import { db, type Transaction } from '../../db';
import { person } from '../../directory/schema';
import { oparlPerson, oparlPersonMatch } from '../schema';
import { applyMembershipChanges } from './apply-membership-changes';
import { MatchingError } from './matching-error';
import { planMembershipChanges } from './plan-membership-changes';

async function lockedMatch(tx: Transaction, id: string) {
	const [row] = await tx
		.select({
			id: oparlPersonMatch.id,
			status: oparlPersonMatch.status,
			oparlPersonId: oparlPersonMatch.oparlPersonId,
			directoryPersonId: oparlPersonMatch.directoryPersonId,
			importedName: oparlPerson.name,
			bodyId: oparlPerson.bodyId,
			directoryName: person.fullName
		})
		.from(oparlPersonMatch)
		.innerJoin(oparlPerson, eq(oparlPerson.objectId, oparlPersonMatch.oparlPersonId))
		.innerJoin(person, eq(person.id, oparlPersonMatch.directoryPersonId))
		.where(eq(oparlPersonMatch.id, id))
		.for('update', { of: oparlPersonMatch })
		.limit(1);
	if (!row) throw new MatchingError('match_not_found');
	return row;
}

/**
 * The board confirms that an imported person is this directory person. The person's imported
 * memberships are applied to the directory at once (new mandates added, ended ones given their
 * end date), the other open suggestions for the imported person are dropped, and later syncs
 * keep the mandates current. A rejected suggestion may still be confirmed.
 */
export async function confirmPersonMatch(options: {
	actor: SessionUser | null;
	matchId: string;
	ip?: string | null;
}): Promise<{ applied: number }> {
	assertCan(options.actor, 'oparl.manage');
	const actor = options.actor;
	return db.transaction(async (tx) => {
		const match = await lockedMatch(tx, options.matchId);
		if (match.status === 'confirmed') throw new MatchingError('already_decided');
		const [other] = await tx
			.select({ id: oparlPersonMatch.id })
			.from(oparlPersonMatch)
			.where(
				and(
					eq(oparlPersonMatch.oparlPersonId, match.oparlPersonId),
					eq(oparlPersonMatch.status, 'confirmed')
				)
			)
			.limit(1);
		if (other) throw new MatchingError('person_already_confirmed');
		await tx
			.update(oparlPersonMatch)
			.set({ status: 'confirmed', decidedById: actor.id, decidedAt: new Date() })
			.where(eq(oparlPersonMatch.id, match.id));
		await tx
			.delete(oparlPersonMatch)
			.where(
				and(
					eq(oparlPersonMatch.oparlPersonId, match.oparlPersonId),
					eq(oparlPersonMatch.status, 'suggested'),
					ne(oparlPersonMatch.id, match.id)
				)
			);
		await recordAudit(
			{
				actor,
				action: 'oparl.person_match.confirm',
				targetType: 'person',
				targetId: match.directoryPersonId,
				targetLabel: match.directoryName,
				details: { matchId: match.id, importedName: match.importedName },
				ip: options.ip
			},
			tx
		);
		const changes = await planMembershipChanges(tx, match);
		const applied = await applyMembershipChanges(tx, {
			directoryPersonId: match.directoryPersonId,
			changes,
			actor,
			ip: options.ip
		});
		return { applied };
	});
}

/**
 * The board says an imported person is not this directory person; the pair is not suggested
 * again. Rejecting a confirmed match unties the two: mandates already applied stay (they are the
 * directory's record now) but later syncs no longer change them.
 */
export async function rejectPersonMatch(options: {
	actor: SessionUser | null;
	matchId: string;
	ip?: string | null;
}): Promise<void> {
	assertCan(options.actor, 'oparl.manage');
	const actor = options.actor;
	await db.transaction(async (tx) => {
		const match = await lockedMatch(tx, options.matchId);
		if (match.status === 'rejected') throw new MatchingError('already_decided');
		await tx
			.update(oparlPersonMatch)
			.set({ status: 'rejected', decidedById: actor.id, decidedAt: new Date() })
			.where(eq(oparlPersonMatch.id, match.id));
		await recordAudit(
			{
				actor,
				action:
					match.status === 'confirmed' ? 'oparl.person_match.unlink' : 'oparl.person_match.reject',
				targetType: 'person',
				targetId: match.directoryPersonId,
				targetLabel: match.directoryName,
				details: { matchId: match.id, importedName: match.importedName },
				ip: options.ip
			},
			tx
		);
	});
}
