import { asc, desc, eq, sql } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { body as directoryBody, territorialUnit } from '../../territory/schema';
import { oparlBody, oparlObject, oparlSource } from '../schema';
import type { MatchOption } from './match-option';
import { plainText } from './normalize-name';

/** How many directory bodies are offered per imported body (the most alike by name). */
const CANDIDATES = 12;

export interface BodyMatchView {
	objectId: string;
	name: string;
	ags: string | null;
	followed: boolean;
	sourceName: string;
	directoryBodyId: string | null;
	directoryBodyName: string | null;
	/** Labelled with the AGS, so two "Neuenkirchen" can be told apart. */
	options: MatchOption[];
}

function optionLabel(row: { name: string; ags: string | null }): string {
	return row.ags ? `${row.name} (${row.ags})` : row.name;
}

/**
 * Imported bodies with the directory body they are tied to, and the directory bodies most alike
 * by name to pick from (the current one always among them). Followed bodies come first.
 */
export async function listBodyMatches(actor: SessionUser | null): Promise<BodyMatchView[]> {
	assertCan(actor, 'oparl.manage');
	const rows = await db
		.select({
			objectId: oparlBody.objectId,
			name: oparlBody.name,
			ags: oparlBody.ags,
			followed: oparlBody.followed,
			sourceName: oparlSource.name,
			directoryBodyId: oparlBody.directoryBodyId,
			directoryBodyName: directoryBody.name,
			directoryAgs: territorialUnit.ags
		})
		.from(oparlBody)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlBody.objectId))
		.innerJoin(oparlSource, eq(oparlSource.id, oparlBody.sourceId))
		.leftJoin(directoryBody, eq(directoryBody.id, oparlBody.directoryBodyId))
		.leftJoin(territorialUnit, eq(territorialUnit.id, directoryBody.territorialUnitId))
		.where(eq(oparlObject.deleted, false))
		.orderBy(desc(oparlBody.followed), asc(oparlSource.name), asc(oparlBody.name));
	const views: BodyMatchView[] = [];
	for (const row of rows) {
		const alike = await db
			.select({ id: directoryBody.id, name: directoryBody.name, ags: territorialUnit.ags })
			.from(directoryBody)
			.leftJoin(territorialUnit, eq(territorialUnit.id, directoryBody.territorialUnitId))
			.orderBy(
				desc(sql`word_similarity(${plainText(row.name)}, lower(${directoryBody.name}))`),
				asc(directoryBody.name)
			)
			.limit(CANDIDATES);
		const options = alike.map((option) => ({ id: option.id, label: optionLabel(option) }));
		if (row.directoryBodyId && !options.some((option) => option.id === row.directoryBodyId)) {
			options.unshift({
				id: row.directoryBodyId,
				label: optionLabel({ name: row.directoryBodyName ?? '', ags: row.directoryAgs })
			});
		}
		views.push({
			objectId: row.objectId,
			name: row.name,
			ags: row.ags,
			followed: row.followed,
			sourceName: row.sourceName,
			directoryBodyId: row.directoryBodyId,
			directoryBodyName: row.directoryBodyName,
			options
		});
	}
	return views;
}
