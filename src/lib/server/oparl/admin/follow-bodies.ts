import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { enqueueHeldFileDownloads } from '../files/enqueue-downloads';
import { oparlBody } from '../schema';
import { requestOparlBodyReindex } from '../search/search-jobs';
import { OparlAdminError } from './errors';
import { requireSource } from './find-source';

/**
 * Sets which bodies of a source are followed (synced and shown) to exactly the given ones.
 * Unfollowing keeps what was imported (the pages hide it) so following again needs no new import;
 * its files not yet downloaded wait, and are queued when the body is followed again.
 */
export async function setFollowedBodies(options: {
	actor: SessionUser | null;
	sourceId: string;
	bodyIds: string[];
	ip?: string | null;
}): Promise<{ followed: string[]; unfollowed: string[] }> {
	assertCan(options.actor, 'oparl.manage');
	const source = await requireSource(options.sourceId);
	const bodies = await db
		.select({ id: oparlBody.objectId, name: oparlBody.name, followed: oparlBody.followed })
		.from(oparlBody)
		.where(eq(oparlBody.sourceId, source.id));
	const known = new Set(bodies.map((body) => body.id));
	const wanted = new Set(options.bodyIds);
	if ([...wanted].some((id) => !known.has(id))) {
		throw new OparlAdminError('Diese Körperschaft gehört nicht zu dieser Quelle.', 'bodyIds');
	}
	const followed = bodies.filter((body) => wanted.has(body.id) && !body.followed);
	const unfollowed = bodies.filter((body) => !wanted.has(body.id) && body.followed);
	if (followed.length === 0 && unfollowed.length === 0) return { followed: [], unfollowed: [] };
	await db.transaction(async (tx) => {
		const inSource = eq(oparlBody.sourceId, source.id);
		if (wanted.size > 0) {
			await tx
				.update(oparlBody)
				.set({ followed: true })
				.where(and(inSource, inArray(oparlBody.objectId, [...wanted])));
			await tx
				.update(oparlBody)
				.set({ followed: false })
				.where(and(inSource, notInArray(oparlBody.objectId, [...wanted])));
		} else {
			await tx.update(oparlBody).set({ followed: false }).where(inSource);
		}
	});
	// Followed bodies' papers and meetings enter the search, unfollowed ones' leave it.
	await requestOparlBodyReindex(
		db,
		[...followed, ...unfollowed].map((body) => body.id)
	);
	await enqueueHeldFileDownloads({
		sourceId: source.id,
		bodyIds: followed.map((body) => body.id)
	});
	await recordAudit({
		actor: options.actor,
		action: 'oparl.bodies_follow',
		targetType: 'oparl_source',
		targetId: source.id,
		targetLabel: source.name,
		details: {
			followed: followed.map((body) => body.name),
			unfollowed: unfollowed.map((body) => body.name)
		},
		ip: options.ip
	});
	return {
		followed: followed.map((body) => body.id),
		unfollowed: unfollowed.map((body) => body.id)
	};
}
