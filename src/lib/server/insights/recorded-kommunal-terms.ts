import { and, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { db } from '../db';
import type { StateData } from '../territory/state-data';
import { body, legislativeTerm, territorialUnit } from '../territory/schema';
import { dayBefore } from '../territory/terms/term-sql';
import { kommunalTerms, type KommunalTerms } from './kommunal-terms';

/**
 * The Kommunal terms as the board keeps them (/verwaltung/wahlperioden): the latest begun term of
 * the Kreistage and kreisfreie Städte is the current one, the one before it the previous one. So a
 * new term the board starts after a Kommunalwahl counts from its first day, before any new state
 * data. Where the database knows no earlier term, the state data's election dates fill in.
 */
export async function recordedKommunalTerms(
	data: StateData,
	today = new Date()
): Promise<KommunalTerms> {
	const fromData = kommunalTerms(data, today);
	const rows = await db
		.select({
			name: legislativeTerm.name,
			startDate: legislativeTerm.startDate,
			bodies: sql<number>`count(*)::int`
		})
		.from(legislativeTerm)
		.innerJoin(body, eq(body.id, legislativeTerm.bodyId))
		.innerJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.where(
			and(
				inArray(territorialUnit.kind, ['landkreis', 'kreisfreie_stadt']),
				isNull(body.oparlId),
				lte(legislativeTerm.startDate, today.toISOString().slice(0, 10))
			)
		)
		.groupBy(legislativeTerm.name, legislativeTerm.startDate)
		.orderBy(desc(legislativeTerm.startDate), desc(sql`count(*)`));
	// One entry per first day: the name most Kreistage give that term.
	const starts = rows.filter(
		(row, index) => index === 0 || rows[index - 1]!.startDate !== row.startDate
	);
	const [current, before] = starts;
	if (!current) return fromData;
	const referenceDate = dayBefore(current.startDate);
	const earlier =
		before ??
		(fromData.current && fromData.current.startDate < current.startDate
			? fromData.current
			: fromData.previous && fromData.previous.startDate < current.startDate
				? fromData.previous
				: null);
	return {
		current: { name: current.name, startDate: current.startDate },
		previous: earlier ? { name: earlier.name, startDate: earlier.startDate, referenceDate } : null
	};
}
