import { sql, type SQL } from 'drizzle-orm';
import { ELECTED_ROLES } from '../../../shared/directory';
import { membership } from '../../directory/schema';
import { legislativeTerm, organization } from '../schema';

/**
 * Organizations whose seats a Wahlperiode bounds: the council and the committees and factions it
 * forms. Parties and other groups outlive elections.
 */
export const TERM_BOUND_TYPES = ['council', 'committee', 'faction'] as const;

/**
 * SQL: an elected council seat (`membership`, joined with its `organization`) that lasted at some
 * time during the term `legislative_term`. A term runs from its first day up to the day the next
 * one begins, so a seat ended the day before a term began is not one of its seats.
 */
export function seatInTermCondition(): SQL {
	return sql`${organization.organizationType} = 'council'
		and ${membership.role} in (${sql.join(
			ELECTED_ROLES.map((role) => sql`${role}`),
			sql`, `
		)})
		and (${membership.startDate} is null or ${legislativeTerm.endDate} is null or ${membership.startDate} < ${legislativeTerm.endDate})
		and (${membership.endDate} is null or ${membership.endDate} >= ${legislativeTerm.startDate})`;
}

/** The day before an ISO date, for the last day of a mandate that a new term ends. */
export function dayBefore(isoDate: string): string {
	const date = new Date(`${isoDate}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

/** SQL: a list of uuids for `in (…)`. */
export function uuidList(ids: readonly string[]): SQL {
	return sql.join(
		ids.map((id) => sql`${id}::uuid`),
		sql`, `
	);
}
