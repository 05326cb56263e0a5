import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { membership } from '../../directory/schema';
import { legislativeTerm, organization } from '../schema';
import { loadEditableTerm } from './load-term';
import { TermError } from './term-error';
import { restoreTermEnds } from './term-mandates';
import { seatInTermCondition } from './term-sql';

/**
 * Deletes a Wahlperiode created by mistake. Only an unused one: while council seats fall into it
 * it is part of the record. The mandates, factions and committees it ended and the term before,
 * which it closed, get back their open end. Terms from the state data are corrected instead (a reload would bring them back).
 */
export async function deleteTerm(options: {
	actor: SessionUser | null;
	termId: string;
	ip?: string | null;
}): Promise<{ name: string }> {
	assertCan(options.actor, 'directory.manage');
	const deleted = await db.transaction(async (tx) => {
		const term = await loadEditableTerm(tx, options.termId);
		if (term.dataKey) throw new TermError('from_state_data');
		const [seats] = await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(membership)
			.innerJoin(organization, eq(organization.id, membership.organizationId))
			.innerJoin(legislativeTerm, eq(legislativeTerm.bodyId, organization.bodyId))
			.where(and(eq(legislativeTerm.id, term.id), seatInTermCondition()));
		const n = Number(seats?.n ?? 0);
		if (n > 0) throw new TermError('in_use', null, [n === 1 ? '1 Mandat' : `${n} Mandate`]);
		const restored = await restoreTermEnds(tx, term.id, term.startDate);
		await tx
			.update(legislativeTerm)
			.set({ endDate: term.endDate, modifiedAt: new Date() })
			.where(
				and(eq(legislativeTerm.bodyId, term.bodyId), eq(legislativeTerm.endDate, term.startDate))
			);
		await tx.delete(legislativeTerm).where(eq(legislativeTerm.id, term.id));
		return { ...term, restored };
	});
	await recordAudit({
		actor: options.actor,
		action: 'term.delete',
		targetType: 'legislative_term',
		targetId: deleted.id,
		targetLabel: deleted.name,
		details: {
			startDate: deleted.startDate,
			endDate: deleted.endDate,
			mandatesRestored: deleted.restored.mandates,
			organizationsRestored: deleted.restored.organizations
		},
		ip: options.ip
	});
	return { name: deleted.name };
}
