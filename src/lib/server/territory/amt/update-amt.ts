import { and, eq, inArray, ne } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db, type Transaction } from '../../db';
import { amtMember, body, organization, territorialUnit } from '../schema';
import { AmtError } from './amt-error';
import { loadAmt } from './load-amt';
import { resolveAmtGemeinden } from './resolve-amt-gemeinden';

/**
 * The board renames an Amt or changes which Gemeinden it administers (Gemeinden merge, an Amt
 * takes over a neighbour). Body and Amtsausschuss are renamed with it; the Landkreis stays. All
 * or nothing, audit-logged with what changed.
 */
export async function updateAmt(options: {
	actor: SessionUser | null;
	id: string;
	/** Without the word "Amt". */
	name: string;
	gemeindeAgs: readonly string[];
	ip?: string | null;
}): Promise<void> {
	const { actor } = options;
	assertCan(actor, 'directory.manage');
	const unitName = `Amt ${options.name}`;

	const change = await db.transaction(async (tx) => {
		const amt = await loadAmt(tx, options.id);
		const gemeinden = await resolveAmtGemeinden(tx, {
			kreisId: amt.kreis.id,
			gemeindeAgs: options.gemeindeAgs,
			exceptAmtId: amt.id
		});
		const [sameName] = await tx
			.select({ id: territorialUnit.id })
			.from(territorialUnit)
			.where(
				and(
					eq(territorialUnit.kind, 'amt'),
					eq(territorialUnit.parentId, amt.kreis.id),
					eq(territorialUnit.name, unitName),
					ne(territorialUnit.id, amt.id)
				)
			);
		if (sameName) throw new AmtError('name_taken', 'name');

		const before = await gemeindeNames(tx, amt.gemeindeIds);
		const now = new Date();
		if (unitName !== amt.unitName) {
			await tx
				.update(territorialUnit)
				.set({ name: unitName, modifiedAt: now })
				.where(eq(territorialUnit.id, amt.id));
			if (amt.bodyId)
				await tx
					.update(body)
					.set({ name: unitName, modifiedAt: now })
					.where(eq(body.id, amt.bodyId));
			if (amt.councilId)
				await tx
					.update(organization)
					.set({ name: `Amtsausschuss ${options.name}`, modifiedAt: now })
					.where(eq(organization.id, amt.councilId));
		}
		await tx.delete(amtMember).where(eq(amtMember.amtId, amt.id));
		await tx.insert(amtMember).values(gemeinden.map((g) => ({ amtId: amt.id, gemeindeId: g.id })));
		const after = gemeinden.map((g) => g.name).sort((a, b) => a.localeCompare(b, 'de'));
		return { amt, before, after };
	});

	await recordAudit({
		actor,
		action: 'amt.update',
		targetType: 'territorial_unit',
		targetId: change.amt.id,
		targetLabel: unitName,
		details: {
			kreis: change.amt.kreis.name,
			...(change.amt.unitName !== unitName ? { previousName: change.amt.unitName } : {}),
			added: change.after.filter((name) => !change.before.includes(name)),
			removed: change.before.filter((name) => !change.after.includes(name))
		},
		ip: options.ip
	});
}

async function gemeindeNames(tx: Transaction, ids: string[]): Promise<string[]> {
	if (ids.length === 0) return [];
	const rows = await tx
		.select({ name: territorialUnit.name })
		.from(territorialUnit)
		.where(inArray(territorialUnit.id, ids));
	return rows.map((row) => row.name);
}
