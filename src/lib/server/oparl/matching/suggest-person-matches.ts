import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { oparlBody, oparlObject, oparlPerson, oparlPersonMatch } from '../schema';
import type { Executor } from './executor';
import { importedPersonName, normalizePersonName } from './normalize-name';
import { suggestionCandidates } from './suggestion-candidates';

/** Below this name similarity (pg_trgm, 0–1) a directory person is not offered at all. */
export const SUGGESTION_MIN_SCORE = 0.5;

/**
 * A person without a mandate in the body is offered only for (nearly) the same name: among all
 * the state's people a merely alike name is mostly someone else ("Bernhard" for "Bernd" scores
 * 0.68). 0.8 still lets a one-letter variant meet ("Berndt" 0.84).
 */
export const WITHOUT_MANDATE_MIN_SCORE = 0.8;

interface NamedRow {
	id: string;
	name: string;
}

/**
 * pg_trgm's similarity of every imported name with every candidate name, at or above
 * `minScore`, in one statement. Both sides are normalised here first, so "Herr Dr. Jürgen Köhler"
 * and "Juergen Koehler" compare as equal.
 */
async function similarPairs(
	executor: Executor,
	imported: NamedRow[],
	candidates: NamedRow[],
	minScore: number
): Promise<{ importedId: string; candidateId: string; score: number }[]> {
	if (imported.length === 0 || candidates.length === 0) return [];
	const importedNames = JSON.stringify(imported.map((row) => row.name));
	const candidateNames = JSON.stringify(candidates.map((row) => row.name));
	const result = await executor.execute(sql`
		select i.ordinality::int as i, c.ordinality::int as c,
			similarity(i.value, c.value)::float8 as score
		from json_array_elements_text(${importedNames}::json) with ordinality as i
		cross join json_array_elements_text(${candidateNames}::json) with ordinality as c
		where similarity(i.value, c.value) >= ${minScore}`);
	const { rows } = result as unknown as { rows: { i: number; c: number; score: number }[] };
	return rows.map((row) => ({
		importedId: imported[Number(row.i) - 1]!.id,
		candidateId: candidates[Number(row.c) - 1]!.id,
		score: Math.min(1, Math.round(Number(row.score) * 1000) / 1000)
	}));
}

/**
 * Suggests directory people for the imported persons of one matched body, scored 0–1: people
 * with a mandate (now or earlier) in that body whose name is alike, and people without one there
 * whose name is (nearly) the same — the newly elected, or members who sit elsewhere — as long as
 * nothing places them in another state. Persons with a confirmed match get no more suggestions;
 * a rejected pair is never suggested again; a suggestion whose names no longer match (a
 * corrected spelling) is withdrawn.
 */
async function suggestForBody(
	executor: Executor,
	oparlBodyId: string,
	directoryBodyId: string
): Promise<number> {
	const importedRows = await executor
		.select({
			id: oparlPerson.objectId,
			name: oparlPerson.name,
			givenName: oparlPerson.givenName,
			familyName: oparlPerson.familyName
		})
		.from(oparlPerson)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlPerson.objectId))
		.where(and(eq(oparlPerson.bodyId, oparlBodyId), eq(oparlObject.deleted, false)));
	const confirmed = await executor
		.select({
			oparlPersonId: oparlPersonMatch.oparlPersonId,
			directoryPersonId: oparlPersonMatch.directoryPersonId
		})
		.from(oparlPersonMatch)
		.innerJoin(oparlPerson, eq(oparlPerson.objectId, oparlPersonMatch.oparlPersonId))
		.where(and(eq(oparlPerson.bodyId, oparlBodyId), eq(oparlPersonMatch.status, 'confirmed')));
	const confirmedImported = new Set(confirmed.map((row) => row.oparlPersonId));
	const confirmedDirectory = new Set(confirmed.map((row) => row.directoryPersonId));

	const imported = importedRows
		.filter((row) => !confirmedImported.has(row.id))
		.map((row) => ({ id: row.id, name: importedPersonName(row) }))
		.filter((row) => row.name !== '');
	const candidateRows = await suggestionCandidates(executor, directoryBodyId);
	const candidates = (withMandate: boolean) =>
		candidateRows
			.filter((row) => row.hasMandate === withMandate && !confirmedDirectory.has(row.id))
			.map((row) => ({ id: row.id, name: normalizePersonName(row.fullName) }))
			.filter((row) => row.name !== '');

	const pairs = [
		...(await similarPairs(executor, imported, candidates(true), SUGGESTION_MIN_SCORE)),
		...(await similarPairs(executor, imported, candidates(false), WITHOUT_MANDATE_MIN_SCORE))
	];
	for (const pair of pairs) {
		await executor
			.insert(oparlPersonMatch)
			.values({
				oparlPersonId: pair.importedId,
				directoryPersonId: pair.candidateId,
				score: pair.score
			})
			.onConflictDoUpdate({
				target: [oparlPersonMatch.oparlPersonId, oparlPersonMatch.directoryPersonId],
				set: { score: pair.score },
				setWhere: eq(oparlPersonMatch.status, 'suggested')
			});
	}
	await withdrawStale(
		executor,
		importedRows.map((row) => row.id),
		pairs
	);
	return pairs.length;
}

/** Open suggestions of these persons that the names no longer support are removed. */
async function withdrawStale(
	executor: Executor,
	oparlPersonIds: string[],
	pairs: { importedId: string; candidateId: string }[]
): Promise<void> {
	if (oparlPersonIds.length === 0) return;
	const open = await executor
		.select({
			id: oparlPersonMatch.id,
			oparlPersonId: oparlPersonMatch.oparlPersonId,
			directoryPersonId: oparlPersonMatch.directoryPersonId
		})
		.from(oparlPersonMatch)
		.where(
			and(
				inArray(oparlPersonMatch.oparlPersonId, oparlPersonIds),
				eq(oparlPersonMatch.status, 'suggested')
			)
		);
	const current = new Set(pairs.map((pair) => `${pair.importedId} ${pair.candidateId}`));
	const stale = open
		.filter((row) => !current.has(`${row.oparlPersonId} ${row.directoryPersonId}`))
		.map((row) => row.id);
	if (stale.length > 0) {
		await executor.delete(oparlPersonMatch).where(inArray(oparlPersonMatch.id, stale));
	}
}

/** Suggestions for every matched body of the source; returns how many pairs are suggested. */
export async function suggestPersonMatches(executor: Executor, sourceId: string): Promise<number> {
	const bodies = await executor
		.select({ objectId: oparlBody.objectId, directoryBodyId: oparlBody.directoryBodyId })
		.from(oparlBody)
		.where(and(eq(oparlBody.sourceId, sourceId), isNotNull(oparlBody.directoryBodyId)));
	let suggested = 0;
	for (const body of bodies) {
		suggested += await suggestForBody(executor, body.objectId, body.directoryBodyId!);
	}
	return suggested;
}
