import { and, asc, eq, gt, isNotNull, sql, type SQL } from 'drizzle-orm';
import { db } from '../db';
import { isoTimestamp, type ListPage } from './external-list';
import type { ListParams } from './list-params';
import type { OparlJson } from './oparl-object';
import { objectUrl, oparlType } from './oparl-urls';
import { oparlApiPublished, type OparlTombstoneKind } from './schema';

const TYPE_NAMES: Record<OparlTombstoneKind, string> = {
	organization: 'Organization',
	person: 'Person',
	membership: 'Membership',
	paper: 'Paper',
	legislativeTerm: 'LegislativeTerm'
};

/**
 * Withdrawn and not served in any body's list any more: a person who left one body's council
 * but sits in another is no deleted object.
 */
function goneEverywhere(kind: OparlTombstoneKind): SQL {
	return and(
		eq(oparlApiPublished.kind, kind),
		isNotNull(oparlApiPublished.withdrawnAt),
		// Aliased inside, so the unqualified outer columns below still mean the outer row.
		sql`not exists (select 1 from ${oparlApiPublished} as still_served where still_served.kind = ${kind} and still_served.object_id = ${oparlApiPublished.objectId} and still_served.withdrawn_at is null)`
	)!;
}

interface TombstoneRow {
	id: string;
	modified: string;
}

function tombstoneJson(kind: OparlTombstoneKind, row: TombstoneRow): OparlJson {
	return {
		id: objectUrl(kind, row.id),
		type: oparlType(TYPE_NAMES[kind]),
		modified: row.modified,
		deleted: true
	};
}

/** The tombstone at a withdrawn object's own URL, or null if it never was public. */
export async function tombstoneOf(kind: OparlTombstoneKind, id: string): Promise<OparlJson | null> {
	const [row] = await db
		.select({
			id: oparlApiPublished.objectId,
			modified: isoTimestamp(sql`max(${oparlApiPublished.withdrawnAt})`)
		})
		.from(oparlApiPublished)
		.where(and(goneEverywhere(kind), eq(oparlApiPublished.objectId, id)))
		.groupBy(oparlApiPublished.objectId);
	return row ? tombstoneJson(kind, row) : null;
}

/**
 * A body list's page with its tombstones merged in by id. Tombstones are for incremental
 * importers: they appear only when `modified_since` asks for changes (a full list is simply what
 * exists). `rows` is the page of live objects as fetched (one more than the page holds).
 */
export async function withTombstones<T extends { id: string }>(options: {
	kind: OparlTombstoneKind;
	bodyId: string;
	params: ListParams;
	rows: T[];
	total: number;
	serialize: (rows: T[]) => OparlJson[] | Promise<OparlJson[]>;
}): Promise<ListPage<OparlJson>> {
	const { kind, bodyId, params, rows } = options;
	const tombstones = params.modifiedSince ? await tombstonesOf(kind, bodyId, params) : null;
	const merged = [
		...rows.map((row) => ({ id: row.id, live: row as T | null, gone: null })),
		...(tombstones?.rows ?? [])
			.filter((row) => !rows.some((live) => live.id === row.id))
			.map((row) => ({ id: row.id, live: null, gone: row }))
	].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const page = merged.slice(0, params.limit);
	const live = page.flatMap((entry) => (entry.live ? [entry.live] : []));
	const serialized = await options.serialize(live);
	const byId = new Map(live.map((row, index) => [row.id, serialized[index]!]));
	return {
		data: page.map((entry) =>
			entry.live ? byId.get(entry.id)! : tombstoneJson(kind, entry.gone!)
		),
		total: options.total + (tombstones?.total ?? 0),
		nextAfter: merged.length > params.limit ? page.at(-1)!.id : null
	};
}

async function tombstonesOf(kind: OparlTombstoneKind, bodyId: string, params: ListParams) {
	const at = (time: Date) => sql`${time.toISOString()}::timestamptz`;
	const filters = [goneEverywhere(kind), eq(oparlApiPublished.bodyId, bodyId)];
	if (params.modifiedSince)
		filters.push(sql`${oparlApiPublished.withdrawnAt} >= ${at(params.modifiedSince)}`);
	if (params.modifiedUntil)
		filters.push(sql`${oparlApiPublished.withdrawnAt} <= ${at(params.modifiedUntil)}`);
	// Withdrawn objects have no creation time here; a created_* filter leaves them out.
	if (params.createdSince || params.createdUntil) return { rows: [], total: 0 };
	const cursor = params.after ? gt(oparlApiPublished.objectId, params.after) : undefined;
	const [rows, [count]] = await Promise.all([
		db
			.select({
				id: oparlApiPublished.objectId,
				modified: isoTimestamp(oparlApiPublished.withdrawnAt)
			})
			.from(oparlApiPublished)
			.where(and(...filters, cursor))
			.orderBy(asc(oparlApiPublished.objectId))
			.limit(params.limit + 1),
		db
			.select({ total: sql<number>`count(*)::int` })
			.from(oparlApiPublished)
			.where(and(...filters))
	]);
	return { rows: rows as TombstoneRow[], total: count?.total ?? 0 };
}
