import { eq, sql, type SQL } from 'drizzle-orm';
import { db } from '../db';
import { membership } from '../directory/schema';
import { motion } from '../motions/schema';
import { legislativeTerm, organization } from '../territory/schema';
import { motionBodyId, publicMotionCondition } from './public-motions';
import { publicMembershipCondition } from './public-scope';
import { oparlApiPublished, type OparlTombstoneKind } from './schema';

/** Per kind: the (object, body list) pairs the API serves now, as `object_id, body_id`. */
const PUBLISHED_NOW: Record<OparlTombstoneKind, () => SQL> = {
	organization: () =>
		sql`select ${organization.id} as object_id, ${organization.bodyId} as body_id from ${organization}`,
	legislativeTerm: () =>
		sql`select ${legislativeTerm.id} as object_id, ${legislativeTerm.bodyId} as body_id from ${legislativeTerm}`,
	membership: () =>
		sql`select ${membership.id} as object_id, ${organization.bodyId} as body_id from ${membership} join ${organization} on ${eq(organization.id, membership.organizationId)} where ${publicMembershipCondition()}`,
	person: () =>
		sql`select distinct ${membership.personId} as object_id, ${organization.bodyId} as body_id from ${membership} join ${organization} on ${eq(organization.id, membership.organizationId)} where ${publicMembershipCondition()}`,
	paper: () =>
		sql`select ${motion.id} as object_id, ${motionBodyId} as body_id from ${motion} where ${publicMotionCondition} and ${motionBodyId} is not null`
};

/**
 * Brings the record of published objects up to date: new public objects are added, those no
 * longer public in a body's list are marked withdrawn (from now on a tombstone there), and
 * returning ones lose the mark. Run by a job; a tombstone appears at most one interval late.
 */
export async function recordPublishedObjects(): Promise<{ added: number; withdrawn: number }> {
	let added = 0;
	let withdrawn = 0;
	await db.transaction(async (tx) => {
		for (const [kind, now] of Object.entries(PUBLISHED_NOW) as [OparlTombstoneKind, () => SQL][]) {
			const inserted = await tx.execute(sql`
				insert into ${oparlApiPublished} (kind, object_id, body_id)
				select ${kind}, object_id, body_id from (${now()}) as current
				on conflict (kind, object_id, body_id) do update set withdrawn_at = null
				where ${oparlApiPublished.withdrawnAt} is not null`);
			const gone = await tx.execute(sql`
				update ${oparlApiPublished} set withdrawn_at = now()
				where ${oparlApiPublished.kind} = ${kind} and ${oparlApiPublished.withdrawnAt} is null
				and not exists (select 1 from (${now()}) as current
					where current.object_id = ${oparlApiPublished.objectId}
					and current.body_id = ${oparlApiPublished.bodyId})`);
			added += affected(inserted);
			withdrawn += affected(gone);
		}
	});
	return { added, withdrawn };
}

/** Rows touched, from either driver's result shape. */
function affected(result: unknown): number {
	const shaped = result as { rowCount?: number | null; affectedRows?: number };
	return shaped.rowCount ?? shaped.affectedRows ?? 0;
}
