import { asc, eq } from 'drizzle-orm';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { territorialUnit } from '../schema';
import { listAmts, type AmtSummary } from './list-amts';

export interface KreisAmts {
	kreis: { ags: string; name: string };
	amts: AmtSummary[];
}

/** The board's overview: every Landkreis with its recorded Ämter (kreisfreie Städte have none). */
export async function listAmtsByKreis(options: {
	actor: SessionUser | null;
}): Promise<KreisAmts[]> {
	assertCan(options.actor, 'directory.manage');
	const kreise = await db
		.select({ id: territorialUnit.id, ags: territorialUnit.ags, name: territorialUnit.name })
		.from(territorialUnit)
		.where(eq(territorialUnit.kind, 'landkreis'))
		.orderBy(asc(territorialUnit.name));
	return Promise.all(
		kreise
			.filter((kreis): kreis is typeof kreis & { ags: string } => kreis.ags !== null)
			.map(async (kreis) => ({
				kreis: { ags: kreis.ags, name: kreis.name },
				amts: await listAmts({ landkreisId: kreis.id })
			}))
	);
}
