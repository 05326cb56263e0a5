import { sql } from 'drizzle-orm';
import { membership } from '../../directory/schema';
import { rowsOf } from '../../search/documents/search-documents';
import { legislativeTerm, organization } from '../schema';
import { termEndedMembership } from './schema';
import { dayBefore, TERM_BOUND_TYPES, type Tx } from './term-sql';

/**
 * When a body's newest Wahlperiode begins, the seats of the one before end: every mandate in the
 * body's council, committees and factions that began before the new term and still lasts then
 * gets the day before as its end, so the directory shows it as former from that day on (and „Wir
 * in Zahlen“ counts it for the previous term). A term slotted in before a later one ends nothing.
 * What each mandate's end was before is kept, to move or undo it with the term.
 */
export async function endMandatesBeforeTerms(tx: Tx, termIds: string[]): Promise<number> {
	if (termIds.length === 0) return 0;
	const ended = await tx.execute(sql`
		with ended as (
			insert into ${termEndedMembership} (membership_id, term_id, previous_end_date)
			select m.id, t.id, m.end_date
			from ${membership} m
			join ${organization} o on o.id = m.organization_id
			join ${legislativeTerm} t on t.body_id = o.body_id
			where t.id in (${sql.join(
				termIds.map((id) => sql`${id}::uuid`),
				sql`, `
			)})
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

/**
 * The term's first day moved: the mandates it ended end the day before the new first day —
 * except those whose end someone changed since.
 */
export async function moveEndedMandates(
	tx: Tx,
	termId: string,
	from: string,
	to: string
): Promise<void> {
	await tx.execute(sql`
		update ${membership} set end_date = ${dayBefore(to)}, modified_at = now()
		from ${termEndedMembership} tem
		where tem.membership_id = ${membership}.id and tem.term_id = ${termId}
			and ${membership}.end_date = ${dayBefore(from)}`);
}

/** The term is deleted: the mandates it ended get back the end they had (most often none). */
export async function restoreEndedMandates(
	tx: Tx,
	termId: string,
	startDate: string
): Promise<number> {
	const restored = await tx.execute(sql`
		update ${membership} set end_date = tem.previous_end_date, modified_at = now()
		from ${termEndedMembership} tem
		where tem.membership_id = ${membership}.id and tem.term_id = ${termId}
			and ${membership}.end_date = ${dayBefore(startDate)}
		returning ${membership}.id`);
	return rowsOf(restored).length;
}
