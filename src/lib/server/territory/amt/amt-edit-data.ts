import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { amtFormChoices, type AmtFormChoices } from './amt-form-choices';
import { loadAmt } from './load-amt';

export interface AmtEditData {
	id: string;
	/** Without the word "Amt". */
	name: string;
	unitName: string;
	kreis: { ags: string; name: string };
	councilId: string | null;
	/** The Landkreis's Gemeinden; this Amt's own are free to keep or drop. */
	gemeinden: AmtFormChoices['gemeinden'];
	selected: string[];
}

/** What the "Amt bearbeiten" form shows: the Amt and the Gemeinden of its Landkreis. */
export async function amtEditData(options: {
	actor: SessionUser | null;
	id: string;
}): Promise<AmtEditData> {
	assertCan(options.actor, 'directory.manage');
	const amt = await loadAmt(db, options.id);
	const choices = await amtFormChoices({ actor: options.actor, kreisAgs: amt.kreis.ags });
	const own = choices.gemeinden.filter((g) => g.amtName === amt.unitName);
	return {
		id: amt.id,
		name: amt.name,
		unitName: amt.unitName,
		kreis: { ags: amt.kreis.ags, name: amt.kreis.name },
		councilId: amt.councilId,
		gemeinden: choices.gemeinden.map((g) =>
			g.amtName === amt.unitName ? { ...g, amtName: null } : g
		),
		selected: own.map((g) => g.ags)
	};
}
