import { and, sql, type SQL } from 'drizzle-orm';
import { db } from '../../db';
import { searchDocument } from '../schema';
import { rowsOf } from './rows';
import { yearStages, type RequiredLexemes } from './year-stages';

/**
 * How many of the newest documents in scope are tested first, and what their matches say about
 * the query. None: the query is rare, and one pass over its index entries finds all its matches
 * (a few thousand at most at 1M), fewer table rows than any stage. A tenth or more: it is
 * common, and walking the date index, testing each document on the way, reaches the cap sooner
 * (10,000 tested at 10 %, and no pass over a long list of index entries). In between, neither
 * works: the walk tests 30,000 documents for a word in 3 %, the one pass reads 30,000 rows.
 */
const PROBE_SIZE = 200;
const COMMON_IN_PROBE = 20;

/**
 * Whether a word query in scope (`conditions`) is best looked up in stages (stagedMatches):
 * neither rare nor common among the newest documents. A statement of its own before the search
 * (a millisecond at 1M): the search's statement then holds only the path it takes, and planning
 * a path never taken cost more (4 ms for the stages of a common word). Either answer gives the
 * same matches, only at another speed.
 */
export async function wantsStages(conditions: (SQL | undefined)[], tsq: SQL): Promise<boolean> {
	const scope = and(...conditions) ?? sql`true`;
	const [row] = rowsOf<{ matched: number | string }>(
		await db.execute(sql`SELECT count(*) FILTER (WHERE tested.tsv @@ (${tsq})) AS matched FROM (
				SELECT ${searchDocument.tsv} AS tsv FROM ${searchDocument} WHERE ${scope}
				ORDER BY ${searchDocument.date} DESC LIMIT ${PROBE_SIZE}
			) tested`)
	);
	const matched = Number(row?.matched ?? 0);
	return matched > 0 && matched < COMMON_IN_PROBE;
}

/**
 * The newest `cap` + 1 documents in scope (`conditions`) matching `tsq`, as CTEs ending in
 * `name`, looked up stage by stage (yearStages): each stage is read only while the ones before
 * held no more than `cap` in all (one-time filters). `required`: what yearStages looks the words
 * up by (not empty); `extra`: the carried columns, as boundedMatches writes them.
 */
export function stagedMatches(
	name: string,
	conditions: (SQL | undefined)[],
	tsq: SQL,
	cap: number,
	newestYear: number,
	required: RequiredLexemes,
	extra: SQL
): SQL {
	const scope = and(...conditions) ?? sql`true`;
	const matching = sql`${searchDocument.tsv} @@ (${tsq})`;
	// In a stage by year keys, tested on the rows it reads, never looked up: the planner would
	// AND the plain word index's bitmap (all the word's matches, every year; 3.6 ms for a word in
	// 1.3 % at 1M) with the stage's, whose keys already hold the words. The last stage has no
	// keys: its matches come from the word index (untestable there, it read every row: 330 ms
	// at 100k).
	const tested = sql`(${matching}) IS TRUE`;
	const newest = sql`ORDER BY date DESC, id DESC LIMIT ${cap + 1}`;
	const stageConditions = yearStages(newestYear, required);
	const stages = stageConditions.map((_, index) => sql.raw(`${name}_${index}`));
	const definitions = stageConditions.map(({ condition, byYear }, index) => {
		const before = stages.slice(0, index);
		const needed =
			before.length === 0
				? sql`true`
				: sql`(SELECT count(*) FROM (${sql.join(
						before.map((previous) => sql`SELECT 1 FROM ${previous}`),
						sql` UNION ALL `
					)}) found) <= ${cap}`;
		return sql`${stages[index]} AS MATERIALIZED (
				SELECT ${searchDocument.id} AS id, ${searchDocument.date} AS date${extra}
				FROM ${searchDocument}
				WHERE ${needed} AND ${scope} AND ${byYear ? tested : matching} AND ${condition}
				${newest}
			)`;
	});
	return sql`${sql.join(definitions, sql`, `)},
			${sql.raw(name)} AS MATERIALIZED (
				SELECT id, date${extra} FROM (${sql.join(
					stages.map((part) => sql`SELECT id, date${extra} FROM ${part}`),
					sql` UNION ALL `
				)}) found ${newest}
			)`;
}
