import { and, eq, ne, sql } from 'drizzle-orm';
import type { TermFields } from '../../../shared/term-forms';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { rowsOf } from '../../search/documents/search-documents';
import { legislativeTerm } from '../schema';
import { overlapError } from './insert-terms';
import { loadEditableTerm } from './load-term';
import { TermError } from './term-error';
import { moveTermEnds } from './term-mandates';

/**
 * The board corrects a Wahlperiode's name or dates, e.g. the Landtag's first day once the
 * constituent session is known. The term before, which ended the day this one began, moves its
 * end along, and so do the mandates, factions and committees this term ended. A corrected term counts as the board's
 * word from then on: reloading the state data does not overwrite it.
 */
export async function updateTerm(options: {
	actor: SessionUser | null;
	termId: string;
	fields: TermFields;
	ip?: string | null;
}): Promise<void> {
	assertCan(options.actor, 'directory.manage');
	const { name, startDate, endDate } = options.fields;
	if (endDate !== null && endDate <= startDate)
		throw new TermError('end_not_after_start', 'endDate');
	const before = await db.transaction(async (tx) => {
		const term = await loadEditableTerm(tx, options.termId);
		if (term.startDate !== startDate) {
			await tx
				.update(legislativeTerm)
				.set({ endDate: startDate, modifiedAt: new Date() })
				.where(
					and(
						eq(legislativeTerm.bodyId, term.bodyId),
						ne(legislativeTerm.id, term.id),
						eq(legislativeTerm.endDate, term.startDate),
						sql`${legislativeTerm.startDate} < ${startDate}`
					)
				);
		}
		const clashes = rowsOf<{ name: string }>(
			await tx.execute(sql`
				select name from ${legislativeTerm}
				where body_id = ${term.bodyId} and id <> ${term.id}
					and start_date < coalesce(${endDate}::date, 'infinity'::date)
					and ${startDate}::date < coalesce(end_date, 'infinity'::date)
				order by start_date`)
		);
		if (clashes.length > 0) throw overlapError(clashes.map((row) => row.name));
		await tx
			.update(legislativeTerm)
			.set({ name, startDate, endDate, factStatus: null, sources: null, modifiedAt: new Date() })
			.where(eq(legislativeTerm.id, term.id));
		if (term.startDate !== startDate) {
			await moveTermEnds(tx, term.id, term.startDate, startDate);
		}
		return term;
	});
	await recordAudit({
		actor: options.actor,
		action: 'term.update',
		targetType: 'legislative_term',
		targetId: before.id,
		targetLabel: name,
		details: {
			before: { name: before.name, startDate: before.startDate, endDate: before.endDate },
			after: options.fields
		},
		ip: options.ip
	});
}
