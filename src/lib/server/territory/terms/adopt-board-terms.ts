import { sql } from 'drizzle-orm';
import type { Transaction } from '../../db';
import { rowsOf } from '../../search/documents/search-documents';
import { legislativeTerm } from '../schema';

/** A term the state data describe: its key, whose body it is and its first day. */
export interface StateDataTerm {
	dataKey: string;
	bodyId: string;
	startDate: string;
}

/**
 * The board may enter a council's new Wahlperiode before the state data know it (the Landtag's
 * constituent session, a Kommunalwahl). When the data then bring the same term — same body,
 * same first day — the board's row stays as it is (name, dates, the mandates it ended) and only
 * learns the data's key, so the loader finds it instead of adding a second term beside it. Its
 * provenance stays empty: the board's word beats the data file's, as for a corrected term.
 */
export async function adoptBoardTerms(
	tx: Transaction,
	terms: readonly StateDataTerm[]
): Promise<number> {
	if (terms.length === 0) return 0;
	const adopted = await tx.execute(sql`
		update ${legislativeTerm} t set data_key = d.data_key, modified_at = now()
		from (values ${sql.join(
			terms.map((term) => sql`(${term.dataKey}, ${term.bodyId}::uuid, ${term.startDate}::date)`),
			sql`, `
		)}) as d (data_key, body_id, start_date)
		where t.body_id = d.body_id and t.start_date = d.start_date
			and t.data_key is null and t.oparl_id is null
			and not exists (select 1 from ${legislativeTerm} k where k.data_key = d.data_key)
		returning t.id`);
	return rowsOf(adopted).length;
}
