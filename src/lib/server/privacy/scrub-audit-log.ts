import { and, eq, or, sql } from 'drizzle-orm';
import { auditLog } from '../audit/schema';
import type { Transaction } from '../db';
import type { PersonOutcome } from './erase-person';

export const DELETED_ACCOUNT_LABEL = 'Gelöschtes Konto';
export const DELETED_PERSON_LABEL = 'Gelöschte Person';

/**
 * Drops detail values that name the person (addresses of an e-mail change, the name itself);
 * what is left (roles, counts, dates) keeps the log useful to the board.
 */
function withoutPersonalValues(
	details: Record<string, unknown> | null,
	personal: readonly string[]
): Record<string, unknown> | null {
	if (!details) return null;
	const kept = Object.entries(details).filter(([, value]) => {
		if (typeof value !== 'string') return true;
		const lower = value.toLowerCase();
		return !lower.includes('@') && !personal.some((word) => lower.includes(word));
	});
	return kept.length > 0 ? Object.fromEntries(kept) : null;
}

/**
 * Inside the deletion's transaction: the audit log keeps what happened and the ids (the board's
 * accountability needs them), but no longer the person's name or address — neither as actor, nor
 * as target, nor in the details. A person kept as public record keeps their name there, since it
 * stays public anyway.
 */
export async function scrubAuditLog(
	tx: Transaction,
	subject: { userId: string; email: string; name: string; person: PersonOutcome }
): Promise<void> {
	const personal = [subject.email, subject.name]
		.map((value) => value.trim().toLowerCase())
		.filter((value) => value.length > 0);
	await tx
		.update(auditLog)
		.set({ actorLabel: DELETED_ACCOUNT_LABEL })
		.where(eq(auditLog.actorUserId, subject.userId));

	// Entries about the invitation and other records that named the address (invitations are
	// logged against their own id, with the address as label).
	await tx
		.update(auditLog)
		.set({ targetLabel: DELETED_ACCOUNT_LABEL })
		.where(sql`position(${subject.email.toLowerCase()} in lower(${auditLog.targetLabel})) > 0`);

	const aboutAccount = and(eq(auditLog.targetType, 'user'), eq(auditLog.targetId, subject.userId));
	const { person } = subject;
	const aboutPerson =
		person.kind === 'none'
			? undefined
			: and(eq(auditLog.targetType, 'person'), eq(auditLog.targetId, person.personId));
	const entries = await tx
		.select({ id: auditLog.id, targetType: auditLog.targetType, details: auditLog.details })
		.from(auditLog)
		.where(aboutPerson ? or(aboutAccount, aboutPerson) : aboutAccount);
	for (const entry of entries) {
		const keepsName = entry.targetType === 'person' && person.kind === 'public_record';
		await tx
			.update(auditLog)
			.set({
				// Changes to a profile may carry old contact data or biography text in any field.
				details:
					entry.targetType === 'person'
						? null
						: withoutPersonalValues(entry.details ?? null, personal),
				...(keepsName
					? {}
					: {
							targetLabel:
								entry.targetType === 'person' ? DELETED_PERSON_LABEL : DELETED_ACCOUNT_LABEL
						})
			})
			.where(eq(auditLog.id, entry.id));
	}
}
