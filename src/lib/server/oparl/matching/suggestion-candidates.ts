import { sql } from 'drizzle-orm';
import type { Executor } from './executor';

export interface SuggestionCandidate {
	id: string;
	fullName: string;
	/** Holds or held a seat in one of the body's organizations. */
	hasMandate: boolean;
}

/**
 * The directory people an imported person of this directory body may be: everyone with a
 * mandate (now or earlier) in the body, and everyone else the directory does not place in
 * another state. A person's state is that of the bodies they sit in (the first two digits of the
 * AGS are the state's); people without any seat cannot be placed and are kept. A body without a
 * known state offers its mandate holders only, since nothing would keep other states out.
 */
export async function suggestionCandidates(
	executor: Executor,
	directoryBodyId: string
): Promise<SuggestionCandidate[]> {
	const result = await executor.execute(sql`
		with here as (
			select id from organization where body_id = ${directoryBodyId}
		),
		home as (
			select left(t.ags, 2) as code
			from body b join territorial_unit t on t.id = b.territorial_unit_id
			where b.id = ${directoryBodyId} and t.ags is not null
		),
		seat_state as (
			select m.person_id, left(t.ags, 2) as code
			from membership m
			join organization o on o.id = m.organization_id
			join body b on b.id = o.body_id
			join territorial_unit t on t.id = b.territorial_unit_id
			where t.ags is not null
		)
		select p.id, p.full_name as "fullName",
			exists (
				select 1 from membership m
				where m.person_id = p.id and m.organization_id in (select id from here)
			) as "hasMandate"
		from person p
		where exists (
				select 1 from membership m
				where m.person_id = p.id and m.organization_id in (select id from here)
			)
			or (
				exists (select 1 from home)
				and (
					exists (
						select 1 from seat_state s
						where s.person_id = p.id and s.code = (select code from home)
					)
					or not exists (select 1 from seat_state s where s.person_id = p.id)
				)
			)`);
	return (result as unknown as { rows: SuggestionCandidate[] }).rows;
}
