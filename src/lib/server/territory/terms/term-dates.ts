import { and, desc, eq } from 'drizzle-orm';
import { db } from '../../db';
import { legislativeTerm, organization } from '../schema';
import { TermError } from './term-error';
import { dayBefore } from './term-sql';

export interface TermChoice {
	id: string;
	name: string;
	startDate: string;
	endDate: string | null;
}

/** The Wahlperioden of a body, newest first, for the term choice of the mandate forms. */
export async function listBodyTerms(bodyId: string): Promise<TermChoice[]> {
	return db
		.select({
			id: legislativeTerm.id,
			name: legislativeTerm.name,
			startDate: legislativeTerm.startDate,
			endDate: legislativeTerm.endDate
		})
		.from(legislativeTerm)
		.where(eq(legislativeTerm.bodyId, bodyId))
		.orderBy(desc(legislativeTerm.startDate));
}

/**
 * A mandate entered "for a Wahlperiode": dates left empty are taken from the term — its first
 * day, and for a term that has ended, the day before the next began. Dates typed in win. The
 * term must be one of the organization's body, so a form cannot borrow another council's dates.
 */
export async function datesFromTerm<
	Fields extends { startDate: string | null; endDate: string | null }
>(options: {
	organizationId: string;
	termId: string | null | undefined;
	fields: Fields;
}): Promise<Fields> {
	if (!options.termId) return options.fields;
	const [term] = await db
		.select({ startDate: legislativeTerm.startDate, endDate: legislativeTerm.endDate })
		.from(legislativeTerm)
		.innerJoin(organization, eq(organization.bodyId, legislativeTerm.bodyId))
		.where(
			and(eq(legislativeTerm.id, options.termId), eq(organization.id, options.organizationId))
		);
	if (!term) throw new TermError('term_not_found', 'termId');
	return {
		...options.fields,
		startDate: options.fields.startDate ?? term.startDate,
		endDate: options.fields.endDate ?? (term.endDate ? dayBefore(term.endDate) : null)
	};
}
