import { and, eq, isNull } from 'drizzle-orm';
import { body as directoryBody, territorialUnit } from '../../territory/schema';
import { oparlBody, oparlObject } from '../schema';
import { agsKey } from './ags-key';
import type { Executor } from './executor';
import { plainText } from './normalize-name';
import { requestOparlBodyReindex } from '../search/search-jobs';

interface DirectoryBodyKey {
	id: string;
	name: string;
	oparlId: string | null;
	ags: string | null;
}

function uniqueMatch(
	candidates: DirectoryBodyKey[],
	test: (candidate: DirectoryBodyKey) => boolean
): string | null {
	const found = candidates.filter(test);
	return found.length === 1 ? found[0]!.id : null;
}

/**
 * The directory body an imported body certainly is: the one imported from the same OParl id,
 * else the one body of the territorial unit with the stated AGS, else (no AGS stated) the one
 * body with the same name. Anything less certain (two bodies with that name, a name that is merely alike) is left
 * to the board, which picks on the matching page.
 */
export function certainDirectoryBody(
	imported: { oparlId: string; name: string; ags: string | null },
	candidates: DirectoryBodyKey[]
): string | null {
	const byOparlId = uniqueMatch(candidates, (candidate) => candidate.oparlId === imported.oparlId);
	if (byOparlId) return byOparlId;
	const key = agsKey(imported.ags);
	if (key) {
		// A stated key decides: a same-named body elsewhere (there are several "Neuenkirchen", and
		// a council in another Land) must not win over it. No unit with that key, no certainty.
		const byAgs = candidates.filter((candidate) => agsKey(candidate.ags) === key);
		return byAgs.length === 1 ? byAgs[0]!.id : null;
	}
	const name = plainText(imported.name);
	return name ? uniqueMatch(candidates, (candidate) => plainText(candidate.name) === name) : null;
}

/**
 * Sets `directoryBodyId` of the source's unmatched bodies where the match is certain; bodies
 * the board decided on (even for "none") are left alone.
 */
export async function matchBodies(executor: Executor, sourceId: string): Promise<number> {
	const unmatched = await executor
		.select({
			objectId: oparlBody.objectId,
			oparlId: oparlObject.oparlId,
			name: oparlBody.name,
			ags: oparlBody.ags
		})
		.from(oparlBody)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlBody.objectId))
		.where(
			and(
				eq(oparlBody.sourceId, sourceId),
				isNull(oparlBody.directoryBodyId),
				eq(oparlBody.directoryMatchFixed, false),
				eq(oparlObject.deleted, false)
			)
		);
	if (unmatched.length === 0) return 0;
	const candidates = await executor
		.select({
			id: directoryBody.id,
			name: directoryBody.name,
			oparlId: directoryBody.oparlId,
			ags: territorialUnit.ags
		})
		.from(directoryBody)
		.leftJoin(territorialUnit, eq(territorialUnit.id, directoryBody.territorialUnitId));
	const matched: string[] = [];
	for (const imported of unmatched) {
		const directoryBodyId = certainDirectoryBody(imported, candidates);
		if (!directoryBodyId) continue;
		await executor
			.update(oparlBody)
			.set({ directoryBodyId })
			.where(and(eq(oparlBody.objectId, imported.objectId), isNull(oparlBody.directoryBodyId)));
		matched.push(imported.objectId);
	}
	// Their search rows carry the directory body's district and council type.
	await requestOparlBodyReindex(executor, matched);
	return matched.length;
}
