import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { TermFields } from '../../../shared/term-forms';
import type { Transaction } from '../../db';
import { rowsOf } from '../../search/documents/search-documents';
import { body, legislativeTerm, organization } from '../schema';
import { TermError } from './term-error';
import { endMandatesBeforeTerms } from './term-mandates';
import { endOrganizationsBeforeTerms } from './term-organizations';
import { uuidList } from './term-sql';

/** How many names an error lists before it says "und n weitere". */
const NAMED = 5;

export interface InsertedTerms {
	termIds: string[];
	/** Bodies that already had a term beginning that day (a repeated or partly done run). */
	skipped: number;
	mandatesEnded: number;
	/** Factions and committees whose seats all ended with the term before (if asked to end them). */
	organizationsEnded: number;
}

export interface InsertTermsOptions {
	/** End the factions and committees of the term before whose seats all ended with it. */
	endOrganizations?: boolean;
}

/**
 * Adds the same Wahlperiode to each of the bodies, set-based so that all Gemeinden of the state
 * take a handful of statements. A term that is still open and began earlier ends the day the new
 * one begins (§ 2 Abs. 2 LKWG); any other overlap refuses the whole batch, naming the councils.
 */
export async function insertTerms(
	tx: Transaction,
	bodyIds: string[],
	fields: TermFields,
	options: InsertTermsOptions = {}
): Promise<InsertedTerms> {
	const { name, startDate, endDate } = fields;
	const existing = await tx
		.select({ bodyId: legislativeTerm.bodyId })
		.from(legislativeTerm)
		.where(and(inArray(legislativeTerm.bodyId, bodyIds), eq(legislativeTerm.startDate, startDate)));
	const skip = new Set(existing.map((row) => row.bodyId));
	const targets = bodyIds.filter((id) => !skip.has(id));
	if (targets.length === 0) {
		return { termIds: [], skipped: skip.size, mandatesEnded: 0, organizationsEnded: 0 };
	}

	await tx
		.update(legislativeTerm)
		.set({ endDate: startDate, modifiedAt: new Date() })
		.where(
			and(
				inArray(legislativeTerm.bodyId, targets),
				isNull(legislativeTerm.endDate),
				lt(legislativeTerm.startDate, startDate)
			)
		);
	const clashes = rowsOf<{ council: string; term: string }>(
		await tx.execute(sql`
			select distinct coalesce(c.name, b.name) as council, t.name as term
			from ${legislativeTerm} t
			join ${body} b on b.id = t.body_id
			left join ${organization} c on c.body_id = b.id and c.organization_type = 'council' and c.parent_id is null
			where t.body_id in (${uuidList(targets)})
				and t.start_date < coalesce(${endDate}::date, 'infinity'::date)
				and ${startDate}::date < coalesce(t.end_date, 'infinity'::date)
			order by 1`)
	);
	if (clashes.length > 0) {
		// One body: the clashing terms say what to fix; many: the councils say where.
		throw overlapError(clashes.map((row) => (targets.length === 1 ? row.term : row.council)));
	}

	const termIds: string[] = [];
	for (let at = 0; at < targets.length; at += 500) {
		const rows = await tx
			.insert(legislativeTerm)
			.values(targets.slice(at, at + 500).map((bodyId) => ({ bodyId, name, startDate, endDate })))
			.returning({ id: legislativeTerm.id });
		termIds.push(...rows.map((row) => row.id));
	}
	const mandatesEnded = await endMandatesBeforeTerms(tx, termIds);
	const organizationsEnded = options.endOrganizations
		? await endOrganizationsBeforeTerms(tx, termIds)
		: 0;
	return { termIds, skipped: skip.size, mandatesEnded, organizationsEnded };
}

export function overlapError(names: string[]): TermError {
	const unique = [...new Set(names)];
	const shown = unique.slice(0, NAMED);
	if (unique.length > NAMED) shown.push(`und ${unique.length - NAMED} weitere`);
	return new TermError('overlap', 'startDate', shown);
}
