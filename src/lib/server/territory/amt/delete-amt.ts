import { count, eq, inArray, or } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db, type Transaction } from '../../db';
import { membership } from '../../directory/schema';
import { motion } from '../../motions/schema';
import { body, legislativeTerm, organization, territorialUnit } from '../schema';
import { AmtError } from './amt-error';
import { loadAmt } from './load-amt';

/** PostgreSQL's code for a row still referenced by a foreign key. */
const FOREIGN_KEY_VIOLATION = '23503';

/**
 * The board deletes an Amt recorded by mistake or dissolved: unit, body, Amtsausschuss and the
 * list of its Gemeinden (the Gemeinden stay). Refused, in German with what is in the way, while
 * anything hangs on the Amtsausschuss — mandates, factions or committees, motions — because
 * deleting it would take people's records with it. A reference this check does not know (a later
 * capability's table) is still caught by the database and refused the same way.
 */
export async function deleteAmt(options: {
	actor: SessionUser | null;
	id: string;
	ip?: string | null;
}): Promise<{ name: string }> {
	const { actor } = options;
	assertCan(actor, 'directory.manage');
	let deleted: Awaited<ReturnType<typeof loadAmt>>;
	try {
		deleted = await db.transaction(async (tx) => {
			const amt = await loadAmt(tx, options.id);
			const organizationIds = amt.bodyId
				? (
						await tx
							.select({ id: organization.id })
							.from(organization)
							.where(eq(organization.bodyId, amt.bodyId))
					).map((row) => row.id)
				: [];
			const blockers = await whatHangsOn(tx, organizationIds);
			if (blockers.length > 0) throw new AmtError('amt_in_use', null, blockers);

			if (amt.bodyId) {
				await tx.delete(organization).where(eq(organization.bodyId, amt.bodyId));
				await tx.delete(legislativeTerm).where(eq(legislativeTerm.bodyId, amt.bodyId));
				await tx.delete(body).where(eq(body.id, amt.bodyId));
			}
			// amt_member rows go with the unit (on delete cascade).
			await tx.delete(territorialUnit).where(eq(territorialUnit.id, amt.id));
			return amt;
		});
	} catch (caught) {
		if (foreignKeyViolation(caught)) throw new AmtError('amt_in_use', null, ['weitere Einträge']);
		throw caught;
	}

	await recordAudit({
		actor,
		action: 'amt.delete',
		targetType: 'territorial_unit',
		targetId: deleted.id,
		targetLabel: deleted.unitName,
		details: { kreis: deleted.kreis.name, gemeinden: deleted.gemeindeIds.length },
		ip: options.ip
	});
	return { name: deleted.unitName };
}

/** What keeps the Amt: "2 Mandate oder Funktionen", "1 Fraktion oder Ausschuss", "3 Anträge". */
async function whatHangsOn(tx: Transaction, organizationIds: string[]): Promise<string[]> {
	if (organizationIds.length === 0) return [];
	const [children] = await tx
		.select({ n: count() })
		.from(organization)
		.where(inArray(organization.parentId, organizationIds));
	const [seats] = await tx
		.select({ n: count() })
		.from(membership)
		.where(
			or(
				inArray(membership.organizationId, organizationIds),
				inArray(membership.onBehalfOfId, organizationIds)
			)
		);
	const [motions] = await tx
		.select({ n: count() })
		.from(motion)
		.where(
			or(inArray(motion.councilId, organizationIds), inArray(motion.factionId, organizationIds))
		);
	const blockers: string[] = [];
	if (seats!.n > 0)
		blockers.push(
			`${seats!.n} ${seats!.n === 1 ? 'Mandat oder Funktion' : 'Mandate oder Funktionen'}`
		);
	if (children!.n > 0)
		blockers.push(
			`${children!.n} ${children!.n === 1 ? 'Fraktion oder Ausschuss' : 'Fraktionen oder Ausschüsse'}`
		);
	if (motions!.n > 0) blockers.push(`${motions!.n} ${motions!.n === 1 ? 'Antrag' : 'Anträge'}`);
	return blockers;
}

function foreignKeyViolation(caught: unknown): boolean {
	for (let cause: unknown = caught; cause; cause = (cause as { cause?: unknown }).cause) {
		if ((cause as { code?: unknown }).code === FOREIGN_KEY_VIOLATION) return true;
	}
	return false;
}
