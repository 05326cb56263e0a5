import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db } from '../db';
import { body, legislativeTerm, organization, territorialUnit } from '../territory/schema';
import { externalList, isoTimestamp, latestOf, listConditions, pageOf } from './external-list';
import type { ListParams } from './list-params';
import { toOparlLegislativeTerm, termColumns, type TermRow } from './oparl-legislative-term';
import { OPARL_LICENSE, compact, oparlBase, webUrl, type OparlJson } from './oparl-object';
import { bodiesUrl, bodyListUrl, objectUrl, systemUrl } from './oparl-urls';

/** OParl's classification words for the kinds of territorial units. */
const CLASSIFICATIONS: Record<string, string> = {
	land: 'Land',
	landkreis: 'Landkreis',
	kreisfreie_stadt: 'Kreisfreie Stadt',
	amt: 'Amt',
	gemeinde: 'Gemeinde'
};

/** A body embeds its legislative terms, so their changes count as the body's. */
const bodyModified = latestOf(
	body.modifiedAt,
	sql`coalesce((select max(${legislativeTerm.modifiedAt}) from ${legislativeTerm} where ${legislativeTerm.bodyId} = ${body.id}), ${body.modifiedAt})`
);
const columns = { id: body.id, created: body.createdAt, modified: bodyModified };

async function selectBodies(where: ReturnType<typeof and>, limit: number) {
	return db
		.select({
			id: body.id,
			name: body.name,
			shortName: body.shortName,
			website: body.website,
			oparlId: body.oparlId,
			ags: territorialUnit.ags,
			kind: territorialUnit.kind,
			created: isoTimestamp(body.createdAt),
			modified: isoTimestamp(bodyModified)
		})
		.from(body)
		.leftJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.where(where)
		.orderBy(asc(body.id))
		.limit(limit);
}
type BodyRow = Awaited<ReturnType<typeof selectBodies>>[number];

/** The directory's bodies: every council of the state is public fact. */
export async function listOparlBodies(params: ListParams) {
	const { filters, cursor } = listConditions(params, columns);
	const [rows, [count]] = await Promise.all([
		selectBodies(and(...filters, cursor), params.limit + 1),
		db
			.select({ total: sql<number>`count(*)::int` })
			.from(body)
			.where(and(...filters))
	]);
	const page = pageOf(rows, params.limit);
	return externalList(bodiesUrl(), params, {
		data: await serializeBodies(page.rows),
		total: count?.total ?? 0,
		nextAfter: page.nextAfter
	});
}

export async function getOparlBody(id: string): Promise<OparlJson | null> {
	const [row] = await selectBodies(eq(body.id, id), 1);
	return row ? ((await serializeBodies([row]))[0] ?? null) : null;
}

/** True if the body exists (its lists answer 404 otherwise). */
export async function bodyExists(id: string): Promise<boolean> {
	const [row] = await db.select({ id: body.id }).from(body).where(eq(body.id, id)).limit(1);
	return row !== undefined;
}

async function serializeBodies(rows: BodyRow[]): Promise<OparlJson[]> {
	if (rows.length === 0) return [];
	const ids = rows.map((row) => row.id);
	const [terms, councils] = await Promise.all([
		db
			.select(termColumns)
			.from(legislativeTerm)
			.where(inArray(legislativeTerm.bodyId, ids))
			.orderBy(asc(legislativeTerm.startDate), asc(legislativeTerm.id)),
		db
			.select({ id: organization.id, bodyId: organization.bodyId })
			.from(organization)
			.where(and(inArray(organization.bodyId, ids), eq(organization.organizationType, 'council')))
			.orderBy(asc(organization.id))
	]);
	const termsOf = new Map<string, TermRow[]>();
	for (const term of terms) termsOf.set(term.bodyId, [...(termsOf.get(term.bodyId) ?? []), term]);
	const councilsOf = new Map<string, string[]>();
	for (const council of councils)
		councilsOf.set(council.bodyId, [...(councilsOf.get(council.bodyId) ?? []), council.id]);
	return rows.map((row) => toOparlBody(row, termsOf.get(row.id) ?? [], councilsOf.get(row.id)));
}

function toOparlBody(row: BodyRow, terms: TermRow[], councilIds: string[] | undefined): OparlJson {
	// The main organization is the council, when the body has exactly one.
	const mainCouncil = councilIds?.length === 1 ? councilIds[0] : undefined;
	return compact({
		...oparlBase('body', row),
		system: systemUrl(),
		name: row.name,
		shortName: row.shortName,
		website: row.website,
		license: OPARL_LICENSE,
		ags: row.ags ? row.ags.padEnd(8, '0') : null,
		classification: row.kind ? CLASSIFICATIONS[row.kind] : null,
		// Bodies first imported from a council's own system name it as the same body.
		equivalent: row.oparlId ? [row.oparlId] : null,
		mainOrganization: mainCouncil ? objectUrl('organization', mainCouncil) : null,
		organization: bodyListUrl(row.id, 'organization'),
		person: bodyListUrl(row.id, 'person'),
		meeting: bodyListUrl(row.id, 'meeting'),
		paper: bodyListUrl(row.id, 'paper'),
		membership: bodyListUrl(row.id, 'membership'),
		file: bodyListUrl(row.id, 'file'),
		legislativeTerm: terms.map(toOparlLegislativeTerm),
		legislativeTermList: bodyListUrl(row.id, 'legislativeTerm'),
		web: row.ags ? webUrl(`/gebiete/${row.ags}`) : null
	});
}
