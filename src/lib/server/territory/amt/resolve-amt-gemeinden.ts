import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Transaction } from '../../db';
import { amtMember, territorialUnit } from '../schema';
import { AmtError } from './amt-error';

/**
 * The Gemeinden an Amt is to administer, by their keys: each must be a Gemeinde of the Amt's
 * Landkreis and in no other Amt (its own, when editing, does not count). Refusals name the
 * Gemeinden concerned.
 */
export async function resolveAmtGemeinden(
	tx: Transaction,
	options: { kreisId: string; gemeindeAgs: readonly string[]; exceptAmtId?: string }
): Promise<{ id: string; name: string }[]> {
	const wanted = [...new Set(options.gemeindeAgs)];
	const gemeinden = await tx
		.select({
			id: territorialUnit.id,
			ags: territorialUnit.ags,
			name: territorialUnit.name,
			kind: territorialUnit.kind,
			parentId: territorialUnit.parentId
		})
		.from(territorialUnit)
		.where(inArray(territorialUnit.ags, wanted));
	const foreign = wanted.filter((ags) => {
		const row = gemeinden.find((g) => g.ags === ags);
		return !row || row.kind !== 'gemeinde' || row.parentId !== options.kreisId;
	});
	if (foreign.length > 0) {
		const names = foreign.map((ags) => gemeinden.find((g) => g.ags === ags)?.name ?? ags);
		throw new AmtError('gemeinde_not_in_kreis', 'gemeinden', names);
	}

	const ids = gemeinden.map((g) => g.id);
	const taken = await tx
		.select({ name: territorialUnit.name })
		.from(amtMember)
		.innerJoin(territorialUnit, eq(territorialUnit.id, amtMember.gemeindeId))
		.where(
			options.exceptAmtId
				? and(inArray(amtMember.gemeindeId, ids), ne(amtMember.amtId, options.exceptAmtId))
				: inArray(amtMember.gemeindeId, ids)
		);
	if (taken.length > 0) {
		throw new AmtError(
			'gemeinde_in_other_amt',
			'gemeinden',
			taken.map((row) => row.name).sort((a, b) => a.localeCompare(b, 'de'))
		);
	}
	return gemeinden.map(({ id, name }) => ({ id, name }));
}
