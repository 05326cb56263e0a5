import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database, Transaction } from '../../db';
import { amtMember, body, organization, territorialUnit } from '../schema';
import { AmtError } from './amt-error';

export interface LoadedAmt {
	id: string;
	/** "Amt Peenetal/Loitz" */
	unitName: string;
	/** Without the word "Amt": "Peenetal/Loitz". */
	name: string;
	kreis: { id: string; ags: string; name: string };
	bodyId: string | null;
	councilId: string | null;
	gemeindeIds: string[];
}

/** One Amt with its Landkreis, body, Amtsausschuss and Gemeinden; refuses unknown ids. */
export async function loadAmt(tx: Transaction | Database, id: string): Promise<LoadedAmt> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AmtError('amt_not_found', null);
	const kreis = alias(territorialUnit, 'kreis');
	const [row] = await tx
		.select({
			id: territorialUnit.id,
			unitName: territorialUnit.name,
			kreisId: kreis.id,
			kreisAgs: kreis.ags,
			kreisName: kreis.name
		})
		.from(territorialUnit)
		.innerJoin(kreis, eq(kreis.id, territorialUnit.parentId))
		.where(and(eq(territorialUnit.id, id), eq(territorialUnit.kind, 'amt')));
	if (!row || !row.kreisAgs) throw new AmtError('amt_not_found', null);
	const [amtBody] = await tx
		.select({ id: body.id })
		.from(body)
		.where(eq(body.territorialUnitId, row.id));
	const [council] = amtBody
		? await tx
				.select({ id: organization.id })
				.from(organization)
				.where(
					and(eq(organization.bodyId, amtBody.id), eq(organization.organizationType, 'council'))
				)
		: [];
	const members = await tx
		.select({ id: amtMember.gemeindeId })
		.from(amtMember)
		.where(eq(amtMember.amtId, row.id));
	return {
		id: row.id,
		unitName: row.unitName,
		name: row.unitName.replace(/^Amt\s+/, ''),
		kreis: { id: row.kreisId, ags: row.kreisAgs, name: row.kreisName },
		bodyId: amtBody?.id ?? null,
		councilId: council?.id ?? null,
		gemeindeIds: members.map((m) => m.id)
	};
}
