import { sql } from 'drizzle-orm';
import type { Transaction } from '../../db';
import { membership } from '../../directory/schema';
import { rowsOf } from '../../search/documents/search-documents';
import { legislativeTerm, organization } from '../schema';
import { termEndedMembership, termEndedOrganization } from './schema';
import { dayBefore, TERM_BOUND_TYPES, uuidList } from './term-sql';

/**
 * When a body's newest Wahlperiode begins, the seats of the one before end: every mandate in the
 * body's council, committees and factions that began before the new term and still lasts then
 * gets the day before as its end, so the directory shows it as former from that day on (and „Wir
 * in Zahlen“ counts it for the previous term). A term slotted in before a later one ends nothing.
 * What each mandate's end was before is kept, to move or undo it with the term.
 */
export async function endMandatesBeforeTerms(tx: Transaction, termIds: string[]): Promise<number> {
	if (termIds.length === 0) return 0;
	const ended = await tx.execute(sql`
		with ended as (
			insert into ${termEndedMembership} (membership_id, term_id, previous_end_date)
			select m.id, t.id, m.end_date
			from ${membership} m
			join ${organization} o on o.id = m.organization_id
			join ${legislativeTerm} t on t.body_id = o.body_id
			where t.id in (${uuidList(termIds)})
				and o.organization_type in (${sql.join(
					TERM_BOUND_TYPES.map((type) => sql`${type}`),
					sql`, `
				)})
				and (m.start_date is null or m.start_date < t.start_date)
				and (m.end_date is null or m.end_date >= t.start_date)
				and not exists (
					select 1 from ${legislativeTerm} later
					where later.body_id = t.body_id and later.start_date > t.start_date
				)
			on conflict (membership_id) do nothing
			returning membership_id, term_id
		)
		update ${membership} set end_date = t.start_date - 1, modified_at = now()
		from ended join ${legislativeTerm} t on t.id = ended.term_id
		where ${membership}.id = ended.membership_id
		returning ${membership}.id`);
	return rowsOf(ended).length;
}

/** What a term ended and keeps a record of: mandates and the factions and committees they were in. */
const ENDED = [
	{ target: membership, record: termEndedMembership, key: termEndedMembership.membershipId },
	{ target: organization, record: termEndedOrganization, key: termEndedOrganization.organizationId }
] as const;

/**
 * The term's first day moved: what it ended ends the day before the new first day — except
 * what someone ended otherwise since.
 */
export async function moveTermEnds(tx: Transaction, termId: string, from: string, to: string) {
	for (const { target, record, key } of ENDED) {
		await tx.execute(sql`
			update ${target} set end_date = ${dayBefore(to)}, modified_at = now()
			from ${record}
			where ${key} = ${target}.id and ${record.termId} = ${termId}
				and ${target}.end_date = ${dayBefore(from)}`);
	}
}

/**
 * The term is deleted: what it ended gets back the end it had (most often none). Counts the
 * mandates and the organizations.
 */
export async function restoreTermEnds(
	tx: Transaction,
	termId: string,
	startDate: string
): Promise<{ mandates: number; organizations: number }> {
	const counts: number[] = [];
	for (const { target, record, key } of ENDED) {
		const restored = await tx.execute(sql`
			update ${target} set end_date = ${record.previousEndDate}, modified_at = now()
			from ${record}
			where ${key} = ${target}.id and ${record.termId} = ${termId}
				and ${target}.end_date = ${dayBefore(startDate)}
			returning ${target}.id`);
		counts.push(rowsOf(restored).length);
	}
	return { mandates: counts[0] ?? 0, organizations: counts[1] ?? 0 };
}
