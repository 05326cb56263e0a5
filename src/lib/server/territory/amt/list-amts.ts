import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '../../db';
import { amtMember, body, organization, territorialUnit } from '../schema';

export interface AmtSummary {
	id: string;
	name: string;
	/** The Amtsausschuss, for a link to its page. */
	council: { id: string; name: string } | null;
	gemeinden: { ags: string; name: string }[];
}

/** Public facts: the Ämter of a Landkreis, or the one a Gemeinde belongs to, with their Gemeinden. */
export async function listAmts(
	where: { landkreisId: string } | { gemeindeId: string }
): Promise<AmtSummary[]> {
	const amtIds =
		'landkreisId' in where
			? (
					await db
						.select({ id: territorialUnit.id })
						.from(territorialUnit)
						.where(
							and(eq(territorialUnit.kind, 'amt'), eq(territorialUnit.parentId, where.landkreisId))
						)
				).map((row) => row.id)
			: (
					await db
						.select({ id: amtMember.amtId })
						.from(amtMember)
						.where(eq(amtMember.gemeindeId, where.gemeindeId))
				).map((row) => row.id);
	if (amtIds.length === 0) return [];

	const [amts, councils, members] = await Promise.all([
		db
			.select({ id: territorialUnit.id, name: territorialUnit.name })
			.from(territorialUnit)
			.where(inArray(territorialUnit.id, amtIds))
			.orderBy(asc(territorialUnit.name)),
		db
			.select({ unitId: body.territorialUnitId, id: organization.id, name: organization.name })
			.from(organization)
			.innerJoin(body, eq(body.id, organization.bodyId))
			.where(
				and(eq(organization.organizationType, 'council'), inArray(body.territorialUnitId, amtIds))
			),
		db
			.select({ amtId: amtMember.amtId, ags: territorialUnit.ags, name: territorialUnit.name })
			.from(amtMember)
			.innerJoin(territorialUnit, eq(territorialUnit.id, amtMember.gemeindeId))
			.where(inArray(amtMember.amtId, amtIds))
			.orderBy(asc(territorialUnit.name))
	]);
	return amts.map((amt) => ({
		id: amt.id,
		name: amt.name,
		council:
			councils
				.filter((council) => council.unitId === amt.id)
				.map(({ id, name }) => ({ id, name }))[0] ?? null,
		gemeinden: members
			.filter((member) => member.amtId === amt.id && member.ags)
			.map((member) => ({ ags: member.ags!, name: member.name }))
	}));
}
