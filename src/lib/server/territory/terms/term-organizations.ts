import { sql } from 'drizzle-orm';
import type { Transaction } from '../../db';
import { membership } from '../../directory/schema';
import { rowsOf } from '../../search/documents/search-documents';
import { legislativeTerm, organization } from '../schema';
import { termEndedMembership, termEndedOrganization } from './schema';
import { uuidList } from './term-sql';

/**
 * Factions and committees belong to the council of one Wahlperiode: when the new term's mandates
 * have been ended (`endMandatesBeforeTerms`), those of the body whose seats the term ended, all
 * of them, end the day before too — otherwise the directory would keep listing last term's
 * factions as current. One that already has a seat of the new term (someone entered it early)
 * stays open, as do parties and other groups. The end they had is kept, to undo it with the term.
 */
export async function endOrganizationsBeforeTerms(
	tx: Transaction,
	termIds: string[]
): Promise<number> {
	if (termIds.length === 0) return 0;
	const ended = await tx.execute(sql`
		with ended as (
			insert into ${termEndedOrganization} (organization_id, term_id, previous_end_date)
			select o.id, t.id, o.end_date
			from ${organization} o
			join ${legislativeTerm} t on t.body_id = o.body_id
			where t.id in (${uuidList(termIds)})
				and o.organization_type in ('committee', 'faction')
				and o.oparl_id is null
				and (o.start_date is null or o.start_date < t.start_date)
				and (o.end_date is null or o.end_date >= t.start_date)
				and exists (
					select 1 from ${termEndedMembership} tem
					join ${membership} m on m.id = tem.membership_id
					where tem.term_id = t.id and m.organization_id = o.id
				)
				and not exists (
					select 1 from ${membership} m
					where m.organization_id = o.id and (m.end_date is null or m.end_date >= t.start_date)
				)
			on conflict (organization_id) do nothing
			returning organization_id, term_id
		)
		update ${organization} set end_date = t.start_date - 1, modified_at = now()
		from ended join ${legislativeTerm} t on t.id = ended.term_id
		where ${organization}.id = ended.organization_id
		returning ${organization}.id`);
	return rowsOf(ended).length;
}
