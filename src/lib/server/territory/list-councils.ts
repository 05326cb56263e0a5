import { asc, eq, isNotNull } from 'drizzle-orm';
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
 * The elected councils from the state data (Landtag, Kreistage, city councils), public facts.
 * Ordered Land first, then by name, which keeps the list stable for people scanning it.
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
		.where(isNotNull(organization.dataKey))
		.orderBy(asc(organization.name));
	return rows.sort((a, b) => Number(b.unitKind === 'land') - Number(a.unitKind === 'land'));
}
