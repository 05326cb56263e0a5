import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { body, organization, territorialUnit } from '../../territory/schema';
import { oparlBody } from '../schema';
import type { OparlExecutor } from './executor';

/** What a council document says about where it comes from: the search's place facets. */
export interface BodyPlace {
	/** `oparl_body.objectId`: the "Körperschaft" facet. */
	oparlBodyId: string;
	/** Unfollowed bodies have no pages, so their documents leave the search. */
	followed: boolean;
	/** The directory's council of the matched body (motions carry the same id). */
	councilOrganizationId: string | null;
	councilType: string | null;
	/** AGS of the Landkreis or kreisfreie Stadt (5 digits). */
	districtAgs: string | null;
}

const DISTRICT_KINDS = new Set(['landkreis', 'kreisfreie_stadt']);

/**
 * The place facets of imported bodies, through the directory body they were matched to
 * (`directoryBodyId`): its territorial unit's district (the unit itself, or the nearest district
 * above a Gemeinde or Amt) and its council's own word (Gemeindevertretung, Kreistag …). An
 * unmatched body gives only itself; the matching lane reindexes it once it is matched.
 */
export async function bodyPlaces(
	executor: OparlExecutor,
	oparlBodyIds: readonly string[]
): Promise<Map<string, BodyPlace>> {
	const places = new Map<string, BodyPlace>();
	const ids = [...new Set(oparlBodyIds)];
	if (ids.length === 0) return places;
	const unit = alias(territorialUnit, 'unit');
	const parent = alias(territorialUnit, 'parent_unit');
	const grandparent = alias(territorialUnit, 'grandparent_unit');
	const rows = await executor
		.select({
			oparlBodyId: oparlBody.objectId,
			followed: oparlBody.followed,
			directoryBodyId: oparlBody.directoryBodyId,
			unitKind: unit.kind,
			unitAgs: unit.ags,
			parentKind: parent.kind,
			parentAgs: parent.ags,
			grandparentKind: grandparent.kind,
			grandparentAgs: grandparent.ags
		})
		.from(oparlBody)
		.leftJoin(body, eq(body.id, oparlBody.directoryBodyId))
		.leftJoin(unit, eq(unit.id, body.territorialUnitId))
		.leftJoin(parent, eq(parent.id, unit.parentId))
		.leftJoin(grandparent, eq(grandparent.id, parent.parentId))
		.where(inArray(oparlBody.objectId, ids));
	const directoryBodyIds = rows
		.map((row) => row.directoryBodyId)
		.filter((id): id is string => id !== null);
	const councils =
		directoryBodyIds.length > 0
			? await executor
					.select({
						bodyId: organization.bodyId,
						id: organization.id,
						classification: organization.classification,
						endDate: organization.endDate
					})
					.from(organization)
					.where(
						and(
							inArray(organization.bodyId, directoryBodyIds),
							eq(organization.organizationType, 'council')
						)
					)
			: [];
	for (const row of rows) {
		// A body has one council; should the directory hold an ended one too, the current one wins.
		const council = councils
			.filter((candidate) => candidate.bodyId === row.directoryBodyId)
			.sort((a, b) => Number(a.endDate !== null) - Number(b.endDate !== null))[0];
		const district = (
			[
				[row.unitKind, row.unitAgs],
				[row.parentKind, row.parentAgs],
				[row.grandparentKind, row.grandparentAgs]
			] as const
		).find(([kind]) => kind !== null && DISTRICT_KINDS.has(kind));
		places.set(row.oparlBodyId, {
			oparlBodyId: row.oparlBodyId,
			followed: row.followed,
			councilOrganizationId: council?.id ?? null,
			councilType: council?.classification ?? null,
			districtAgs: district?.[1] ?? null
		});
	}
	return places;
}
