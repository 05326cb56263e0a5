import { and, asc, eq, isNotNull, ne } from 'drizzle-orm';
import { db } from '../db';
import { body, organization, territorialUnit } from './schema';

export interface CouncilSummary {
	name: string;
	classification: string | null;
	seats: number | null;
	unitName: string;
	unitKind: 'land' | 'landkreis' | 'kreisfreie_stadt' | 'amt' | 'gemeinde';
	ags: string | null;
}

/**
 * The elected councils of the state and district level from the state data (Landtag, Kreistage,
 * councils of the kreisfreie Städte), public facts; the hundreds of Gemeindevertretungen are left
 * to the district pages. Ordered Land first, then by name, which keeps the list stable for people scanning it.
 */
export async function listCouncils(): Promise<CouncilSummary[]> {
	const rows = await db
		.select({
			name: organization.name,
			classification: organization.classification,
			seats: organization.seats,
			unitName: territorialUnit.name,
			unitKind: territorialUnit.kind,
			ags: territorialUnit.ags
		})
		.from(organization)
		.innerJoin(body, eq(body.id, organization.bodyId))
		.innerJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.where(
			and(
				isNotNull(organization.dataKey),
				eq(organization.organizationType, 'council'),
				ne(territorialUnit.kind, 'gemeinde')
			)
		)
		.orderBy(asc(organization.name));
	return rows.sort((a, b) => Number(b.unitKind === 'land') - Number(a.unitKind === 'land'));
}
