import { and, inArray, lt, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { joinRequest } from './schema';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Nobody confirmed the address: the data were never meant for us. */
export const UNCONFIRMED_RETENTION_DAYS = 30;
/**
 * Decided requests stay half a year, long enough to answer a question about the decision or to
 * recognise a repeated request, then they go. Accepted people keep their account; the request
 * itself is no longer needed for it.
 */
export const DECIDED_RETENTION_DAYS = 180;

export async function pruneJoinRequests(
	now: Date = new Date()
): Promise<{ unconfirmed: number; decided: number }> {
	const unconfirmed = await db
		.delete(joinRequest)
		.where(
			and(
				eq(joinRequest.status, 'unconfirmed'),
				lt(joinRequest.createdAt, new Date(now.getTime() - UNCONFIRMED_RETENTION_DAYS * DAY_MS))
			)
		)
		.returning({ id: joinRequest.id });
	const decided = await db
		.delete(joinRequest)
		.where(
			and(
				inArray(joinRequest.status, ['accepted', 'declined']),
				lt(joinRequest.decidedAt, new Date(now.getTime() - DECIDED_RETENTION_DAYS * DAY_MS))
			)
		)
		.returning({ id: joinRequest.id });
	const counts = { unconfirmed: unconfirmed.length, decided: decided.length };
	if (counts.unconfirmed + counts.decided > 0) {
		await recordAudit({ actor: null, action: 'join.prune', details: counts });
	}
	return counts;
}
