import { inArray, asc } from 'drizzle-orm';
import { db } from '../db';
import { territorialUnit } from '../territory/schema';

export interface District {
	ags: string;
	name: string;
}

/**
 * The Landkreis or kreisfreie Stadt an area lies in. A Gemeinde's AGS begins with its Kreis's
 * five digits (Land, Regierungsbezirk, Kreis), so no lookup of the parent is needed.
 */
export function districtAgsOf(area: { ags: string | null; kind: string } | null): string | null {
	if (!area?.ags) return null;
	if (area.kind === 'landkreis' || area.kind === 'kreisfreie_stadt') return area.ags;
	if (area.kind === 'gemeinde' || area.kind === 'amt') return area.ags.slice(0, 5);
	return null;
}

/** The Landkreise and kreisfreie Städte, by name. */
export async function listDistricts(): Promise<District[]> {
	const rows = await db
		.select({ ags: territorialUnit.ags, name: territorialUnit.name })
		.from(territorialUnit)
		.where(inArray(territorialUnit.kind, ['landkreis', 'kreisfreie_stadt']))
		.orderBy(asc(territorialUnit.name));
	return rows.map((row) => ({ ags: row.ags!, name: row.name }));
}
