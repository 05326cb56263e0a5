import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ELECTED_ROLES } from '$lib/shared/directory';
import type { CouncilLevel } from '$lib/shared/insights';
import { db } from '../db';
import { membership, person } from '../directory/schema';
import { currentMembershipCondition, publicRecordCondition } from '../directory/visibility';
import { body, organization, territorialUnit } from '../territory/schema';

/**
 * Counting of council seats for the public figures. What counts: elected seats (member, chair,
 * vice chair of a council; never sachkundige Einwohner*innen) of people of the instance's party,
 * which are public record. Each seat counts once, so a person in a Kreistag and a
 * Gemeindevertretung holds two mandates.
 */
export interface SeatRow {
	/** AGS of the Landkreis or kreisfreie Stadt; null for the Landtag. */
	districtAgs: string | null;
	level: CouncilLevel;
	seats: number;
}

const parent = alias(territorialUnit, 'parent_unit');

/** The Landkreis or kreisfreie Stadt a council belongs to: itself, or a Gemeinde's Kreis. */
const districtAgs = sql<string | null>`case
	when ${territorialUnit.kind} = 'gemeinde' then ${parent.ags}
	when ${territorialUnit.kind} in ('landkreis', 'kreisfreie_stadt') then ${territorialUnit.ags}
end`;

/** People of the instance's party: no party recorded means the instance's own. */
export function ofParty(partyShortName: string): SQL {
	return or(sql`${person.party} is null`, sql`lower(${person.party}) = lower(${partyShortName})`)!;
}

function electedSeats(partyShortName: string, extra: SQL) {
	return and(
		eq(organization.organizationType, 'council'),
		inArray(membership.role, [...ELECTED_ROLES]),
		publicRecordCondition(person.id),
		ofParty(partyShortName),
		extra
	);
}

function seatQuery(where: SQL | undefined) {
	return db
		.select({
			districtAgs,
			level: territorialUnit.kind,
			seats: sql<number>`count(*)::int`
		})
		.from(membership)
		.innerJoin(person, eq(person.id, membership.personId))
		.innerJoin(organization, eq(organization.id, membership.organizationId))
		.innerJoin(body, eq(body.id, organization.bodyId))
		.innerJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.leftJoin(parent, eq(parent.id, territorialUnit.parentId))
		.where(where)
		.groupBy(districtAgs, territorialUnit.kind);
}

function asRows(rows: { districtAgs: string | null; level: string; seats: number }[]): SeatRow[] {
	return rows
		.filter((row) => row.level !== 'amt')
		.map((row) => ({ ...row, level: row.level as CouncilLevel, seats: Number(row.seats) }));
}

/** Seats held on `date` (YYYY-MM-DD), per district and council level. */
export async function countSeats(options: { on: string; party: string }): Promise<SeatRow[]> {
	return asRows(
		await seatQuery(electedSeats(options.party, currentMembershipCondition(options.on)))
	);
}

/**
 * Where seats from before `termStart` are recorded at all (a membership that began or ended
 * before it), per district and level. Without such a record, a count for the previous term
 * would read as "no seats" when it means "not known".
 */
export async function recordedBefore(options: {
	termStart: string;
	party: string;
}): Promise<SeatRow[]> {
	const before = or(
		sql`(${membership.startDate} is not null and ${membership.startDate} < ${options.termStart})`,
		sql`(${membership.endDate} is not null and ${membership.endDate} < ${options.termStart})`
	)!;
	return asRows(await seatQuery(electedSeats(options.party, before)));
}

/** People holding at least one seat on `date`. */
export async function countSeatHolders(options: { on: string; party: string }): Promise<number> {
	const [row] = await db
		.select({ holders: sql<number>`count(distinct ${person.id})::int` })
		.from(membership)
		.innerJoin(person, eq(person.id, membership.personId))
		.innerJoin(organization, eq(organization.id, membership.organizationId))
		.where(electedSeats(options.party, currentMembershipCondition(options.on)));
	return Number(row?.holders ?? 0);
}

export interface FactionRow {
	districtAgs: string | null;
	factions: number;
	joint: number;
}

/** Factions existing on `date` (organizations of type faction), per district. */
export async function countFactions(options: { on: string }): Promise<FactionRow[]> {
	const rows = await db
		.select({
			districtAgs,
			factions: sql<number>`count(*)::int`,
			joint: sql<number>`(count(*) filter (where ${organization.partners} is not null))::int`
		})
		.from(organization)
		.innerJoin(body, eq(body.id, organization.bodyId))
		.innerJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.leftJoin(parent, eq(parent.id, territorialUnit.parentId))
		.where(
			and(
				eq(organization.organizationType, 'faction'),
				sql`(${organization.startDate} is null or ${organization.startDate} <= ${options.on})`,
				sql`(${organization.endDate} is null or ${organization.endDate} >= ${options.on})`
			)
		)
		.groupBy(districtAgs);
	return rows.map((row) => ({
		districtAgs: row.districtAgs,
		factions: Number(row.factions),
		joint: Number(row.joint)
	}));
}
