import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { amtMember, territorialUnit } from '../schema';

export interface AmtFormChoices {
	landkreise: { ags: string; name: string }[];
	/** The Gemeinden of the chosen Landkreis; those already in an Amt name it. */
	gemeinden: { ags: string; name: string; amtName: string | null }[];
}

/** What the "Amt anlegen" form offers: the Landkreise, and the Gemeinden of the chosen one. */
export async function amtFormChoices(options: {
	actor: SessionUser | null;
	kreisAgs: string | null;
}): Promise<AmtFormChoices> {
	assertCan(options.actor, 'directory.manage');
	const landkreise = (
		await db
			.select({ id: territorialUnit.id, ags: territorialUnit.ags, name: territorialUnit.name })
			.from(territorialUnit)
			.where(eq(territorialUnit.kind, 'landkreis'))
			.orderBy(asc(territorialUnit.name))
	).filter((row): row is typeof row & { ags: string } => row.ags !== null);
	const kreis = landkreise.find((row) => row.ags === options.kreisAgs);
	if (!kreis)
		return { landkreise: landkreise.map(({ ags, name }) => ({ ags, name })), gemeinden: [] };

	const amt = alias(territorialUnit, 'amt');
	const gemeinden = await db
		.select({ ags: territorialUnit.ags, name: territorialUnit.name, amtName: amt.name })
		.from(territorialUnit)
		.leftJoin(amtMember, eq(amtMember.gemeindeId, territorialUnit.id))
		.leftJoin(amt, eq(amt.id, amtMember.amtId))
		.where(and(eq(territorialUnit.kind, 'gemeinde'), eq(territorialUnit.parentId, kreis.id)))
		.orderBy(asc(territorialUnit.name));
	return {
		landkreise: landkreise.map(({ ags, name }) => ({ ags, name })),
		gemeinden: gemeinden
			.filter((row) => row.ags !== null)
			.map((row) => ({ ags: row.ags!, name: row.name, amtName: row.amtName }))
	};
}
