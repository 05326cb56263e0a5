import { and, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../../audit/record-audit';
import { membership, person } from '../../directory/schema';
import type { Executor } from './executor';
import type { MembershipChange } from './plan-membership-changes';

/**
 * Writes planned membership changes to the directory and logs each one on the person, like an
 * edit by hand (actor null: the matching after a sync). Returns how many changed something.
 * Guards in the statements (`oparl_id is null`, `end_date is null`) make a second run over the
 * same plan, or a plan gone stale meanwhile, change nothing.
 */
export async function applyMembershipChanges(
	executor: Executor,
	options: {
		directoryPersonId: string;
		changes: MembershipChange[];
		actor: AuditActor | null;
		ip?: string | null;
	}
): Promise<number> {
	const [target] = await executor
		.select({ fullName: person.fullName })
		.from(person)
		.where(eq(person.id, options.directoryPersonId))
		.limit(1);
	if (!target) return 0;
	let applied = 0;
	const audit = (action: string, details: Record<string, unknown>) =>
		recordAudit(
			{
				actor: options.actor,
				action,
				targetType: 'person',
				targetId: options.directoryPersonId,
				targetLabel: target.fullName,
				details: { ...details, source: 'oparl' },
				ip: options.ip
			},
			executor
		);
	for (const change of options.changes) {
		if (change.kind === 'add') {
			const [row] = await executor
				.insert(membership)
				.values({
					personId: options.directoryPersonId,
					organizationId: change.organizationId,
					role: change.role,
					onBehalfOfId: change.onBehalfOfId,
					votingRight: change.votingRight,
					startDate: change.startDate,
					endDate: change.endDate,
					oparlId: change.oparlId
				})
				.onConflictDoNothing({ target: membership.oparlId })
				.returning({ id: membership.id });
			if (!row) continue;
			applied++;
			await audit('membership.create', {
				membershipId: row.id,
				organization: change.organizationName,
				role: change.role
			});
		} else if (change.kind === 'link') {
			const rows = await executor
				.update(membership)
				.set({
					oparlId: change.oparlId,
					...(change.endDate ? { endDate: change.endDate } : {}),
					modifiedAt: sql`now()`
				})
				.where(and(eq(membership.id, change.membershipId), isNull(membership.oparlId)))
				.returning({ id: membership.id });
			if (rows.length === 0) continue;
			applied++;
			if (change.endDate) {
				await audit('membership.end', {
					membershipId: change.membershipId,
					organization: change.organizationName,
					endDate: change.endDate
				});
			}
		} else if (change.kind === 'end') {
			const rows = await executor
				.update(membership)
				.set({ endDate: change.endDate, modifiedAt: sql`now()` })
				.where(and(eq(membership.id, change.membershipId), isNull(membership.endDate)))
				.returning({ id: membership.id });
			if (rows.length === 0) continue;
			applied++;
			await audit('membership.end', {
				membershipId: change.membershipId,
				organization: change.organizationName,
				endDate: change.endDate
			});
		}
	}
	if (applied > 0) {
		await executor
			.update(person)
			.set({ modifiedAt: sql`now()` })
			.where(eq(person.id, options.directoryPersonId));
	}
	return applied;
}
