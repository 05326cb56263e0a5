import { and, asc, eq, sql } from 'drizzle-orm';
import { berlinDay } from '$lib/shared/berlin-time';
import { db } from '../../db';
import { body as directoryBody, territorialUnit } from '../../territory/schema';
import { oparlBody, oparlObject, oparlOrganization, oparlSource } from '../schema';
import { httpUrl } from './http-url';
import { isUuid } from '../../directory/is-uuid';
import { shownCondition } from './shown';

export interface CouncilBody {
	id: string;
	name: string;
	shortName: string | null;
	website: string | null;
	/** The page in the council's own information system, if the body names one. */
	webUrl: string | null;
	sourceName: string;
	sourceWebsite: string | null;
	lastSyncAt: Date | null;
	/** The area page of the matched directory body (`/gebiete/<ags>`). */
	areaAgs: string | null;
	areaName: string | null;
}

export interface CouncilOrganization {
	id: string;
	name: string;
	shortName: string | null;
	classification: string | null;
	organizationType: string | null;
	endDate: string | null;
	/** Its end date has passed (dissolved, or a past legislative term's committee). */
	ended: boolean;
}

/** A followed body's header, or null: unfollowed, deleted and unknown bodies alike. */
export async function getCouncilBody(id: string): Promise<CouncilBody | null> {
	if (!isUuid(id)) return null;
	const [row] = await db
		.select({
			id: oparlBody.objectId,
			name: oparlBody.name,
			shortName: oparlBody.shortName,
			website: oparlBody.website,
			raw: oparlObject.raw,
			sourceName: oparlSource.name,
			sourceWebsite: oparlSource.website,
			lastSyncAt: oparlSource.lastSuccessfulSyncAt,
			areaAgs: territorialUnit.ags,
			areaName: territorialUnit.name
		})
		.from(oparlBody)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlBody.objectId))
		.innerJoin(oparlSource, eq(oparlSource.id, oparlBody.sourceId))
		.leftJoin(directoryBody, eq(directoryBody.id, oparlBody.directoryBodyId))
		.leftJoin(territorialUnit, eq(territorialUnit.id, directoryBody.territorialUnitId))
		.where(
			and(
				eq(oparlBody.objectId, id),
				eq(oparlBody.followed, true),
				eq(oparlObject.deleted, false),
				eq(oparlObject.placeholder, false)
			)
		);
	if (!row) return null;
	const { raw, ...body } = row;
	return { ...body, webUrl: httpUrl(raw?.['web']) };
}

/**
 * The body's Gremien: current ones first (by name), then those that ended, latest end first, so
 * a long-lived council information system does not bury today's committees under old ones.
 */
export async function listCouncilOrganizations(
	bodyId: string,
	now: Date = new Date()
): Promise<CouncilOrganization[]> {
	const rows = await db
		.select({
			id: oparlOrganization.objectId,
			name: oparlOrganization.name,
			shortName: oparlOrganization.shortName,
			classification: oparlOrganization.classification,
			organizationType: oparlOrganization.organizationType,
			endDate: oparlOrganization.endDate
		})
		.from(oparlOrganization)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlOrganization.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlOrganization.bodyId))
		.where(and(eq(oparlOrganization.bodyId, bodyId), shownCondition()))
		.orderBy(
			sql`${oparlOrganization.endDate} is not null`,
			sql`${oparlOrganization.endDate} desc nulls first`,
			asc(oparlOrganization.name),
			asc(oparlOrganization.objectId)
		);
	const today = berlinDay(now);
	return rows.map((row) => ({ ...row, ended: row.endDate !== null && row.endDate < today }));
}
