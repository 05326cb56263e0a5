import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../db';
import { organization } from '../territory/schema';

/**
 * The councils (by AGS, from the state data) and the demo directory's faction in each, keyed as
 * the demo data names them (`faction:<ags>`). Later seeds refer to both by these keys.
 */
export async function loadDemoPlaces(tx: Transaction, agsList: readonly string[], what: string) {
	const unique = [...new Set(agsList)];
	const councilRows = await tx
		.select({ id: organization.id, dataKey: organization.dataKey })
		.from(organization)
		.where(
			inArray(
				organization.dataKey,
				unique.map((ags) => `mv:council:${ags}`)
			)
		);
	const councils = new Map(councilRows.map((row) => [row.dataKey!.split(':')[2]!, row.id]));
	const missing = unique.filter((ags) => !councils.has(ags));
	if (missing.length > 0)
		throw new Error(
			`Die Landesdaten fehlen (Vertretungen ${missing.slice(0, 3).join(', ')} …): ` +
				`${what} brauchen die geladenen Gebiete von Mecklenburg-Vorpommern.`
		);
	const factionRows =
		councils.size === 0
			? []
			: await tx
					.select({ id: organization.id, parentId: organization.parentId })
					.from(organization)
					.where(
						and(
							eq(organization.organizationType, 'faction'),
							inArray(organization.parentId, [...councils.values()])
						)
					);
	const agsOf = new Map([...councils].map(([ags, id]) => [id, ags]));
	// The demo directory has one faction per council.
	const factions = new Map(
		factionRows.map((row) => [`faction:${agsOf.get(row.parentId!)}`, row.id])
	);
	return { councils, factions };
}
