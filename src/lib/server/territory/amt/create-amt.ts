import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { amtMember, body, organization, territorialUnit } from '../schema';
import { AmtError } from './amt-error';
import { resolveAmtGemeinden } from './resolve-amt-gemeinden';

export interface CreatedAmt {
	amtId: string;
	bodyId: string;
	councilId: string;
	name: string;
}

/**
 * An Amt as the board records it: the territorial unit (kind `amt`, below its Landkreis), its
 * body "Amt X" and its council "Amtsausschuss X", and which Gemeinden it administers. The
 * Gemeinden keep the Landkreis as their parent; membership is `amt_member`. Everything or
 * nothing is written, so a refused Gemeinde leaves no half-made Amt.
 */
export async function createAmt(options: {
	actor: SessionUser | null;
	/** Without the word "Amt", e.g. "Peenetal/Loitz". */
	name: string;
	kreisAgs: string;
	gemeindeAgs: readonly string[];
	ip?: string | null;
}): Promise<CreatedAmt> {
	const { actor } = options;
	assertCan(actor, 'directory.manage');
	const unitName = `Amt ${options.name}`;

	const created = await db.transaction(async (tx) => {
		const [kreis] = await tx
			.select({ id: territorialUnit.id, name: territorialUnit.name })
			.from(territorialUnit)
			.where(and(eq(territorialUnit.ags, options.kreisAgs), eq(territorialUnit.kind, 'landkreis')));
		if (!kreis) throw new AmtError('kreis_not_found', 'kreis');

		const gemeinden = await resolveAmtGemeinden(tx, {
			kreisId: kreis.id,
			gemeindeAgs: options.gemeindeAgs
		});

		const [sameName] = await tx
			.select({ id: territorialUnit.id })
			.from(territorialUnit)
			.where(
				and(
					eq(territorialUnit.kind, 'amt'),
					eq(territorialUnit.parentId, kreis.id),
					eq(territorialUnit.name, unitName)
				)
			);
		if (sameName) throw new AmtError('name_taken', 'name');

		const [unit] = await tx
			.insert(territorialUnit)
			.values({ name: unitName, kind: 'amt', parentId: kreis.id })
			.returning({ id: territorialUnit.id });
		const [amtBody] = await tx
			.insert(body)
			.values({ name: unitName, territorialUnitId: unit!.id })
			.returning({ id: body.id });
		const [council] = await tx
			.insert(organization)
			.values({
				bodyId: amtBody!.id,
				name: `Amtsausschuss ${options.name}`,
				organizationType: 'council',
				classification: 'Amtsausschuss'
			})
			.returning({ id: organization.id });
		await tx
			.insert(amtMember)
			.values(gemeinden.map((g) => ({ amtId: unit!.id, gemeindeId: g.id })));
		return {
			amtId: unit!.id,
			bodyId: amtBody!.id,
			councilId: council!.id,
			name: unitName,
			kreisName: kreis.name,
			gemeindeNames: gemeinden.map((g) => g.name)
		};
	});

	await recordAudit({
		actor,
		action: 'amt.create',
		targetType: 'territorial_unit',
		targetId: created.amtId,
		targetLabel: created.name,
		details: { kreis: created.kreisName, gemeinden: created.gemeindeNames.sort() },
		ip: options.ip
	});
	return {
		amtId: created.amtId,
		bodyId: created.bodyId,
		councilId: created.councilId,
		name: created.name
	};
}
