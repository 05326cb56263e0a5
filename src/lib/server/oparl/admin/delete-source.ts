import { and, count, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { searchDocument } from '../../search/schema';
import { queueStoredFileRelease, storedHashesOfSource } from '../files/release-source-files';
import { oparlObject, oparlSource, oparlSyncRun } from '../schema';
import { isRunAlive } from '../sync/run-liveness';
import { OparlAdminError } from './errors';
import { requireSource } from './find-source';

/** The search types whose rows point at `oparl_object` ids. */
const OPARL_SEARCH_TYPES = ['paper', 'meeting', 'agendaItem'];

/**
 * Removes a source with everything imported from it: objects, projections, runs, problems,
 * follows (by cascade) and its rows in the one search. Its stored file bytes are let go right
 * after the commit by a queued job (`oparl.file.release`), which keeps any still referenced
 * elsewhere (bytes are content-addressed: another source or a motion may hold the same file);
 * should that job be lost, the nightly clean-up collects them.
 */
export async function deleteOparlSource(options: {
	actor: SessionUser | null;
	sourceId: string;
	ip?: string | null;
	now?: Date;
}): Promise<{ name: string; objects: number }> {
	assertCan(options.actor, 'oparl.manage');
	const source = await requireSource(options.sourceId);
	const now = options.now ?? new Date();
	const [running] = await db
		.select({
			id: oparlSyncRun.id,
			owner: oparlSyncRun.owner,
			heartbeatAt: oparlSyncRun.heartbeatAt
		})
		.from(oparlSyncRun)
		.where(and(eq(oparlSyncRun.sourceId, source.id), eq(oparlSyncRun.status, 'running')));
	// A live run would write into rows being deleted; a dead one (no heartbeat) may go.
	if (running && isRunAlive(running, now)) {
		throw new OparlAdminError(
			'Gerade läuft ein Abgleich dieser Quelle. Bitte warten Sie, bis er beendet ist, und löschen Sie dann.'
		);
	}
	const { objects, hashes } = await db.transaction(async (tx) => {
		const hashes = await storedHashesOfSource(tx, source.id);
		const ofSource = tx
			.select({ id: oparlObject.id })
			.from(oparlObject)
			.where(eq(oparlObject.sourceId, source.id));
		await tx
			.delete(searchDocument)
			.where(
				and(
					inArray(searchDocument.type, OPARL_SEARCH_TYPES),
					inArray(searchDocument.sourceId, ofSource)
				)
			);
		const [{ total }] = (await tx
			.select({ total: count() })
			.from(oparlObject)
			.where(eq(oparlObject.sourceId, source.id))) as [{ total: number }];
		await tx.delete(oparlSource).where(eq(oparlSource.id, source.id));
		return { objects: total, hashes };
	});
	await queueStoredFileRelease(hashes);
	await recordAudit({
		actor: options.actor,
		action: 'oparl.source_delete',
		targetType: 'oparl_source',
		targetId: source.id,
		targetLabel: source.name,
		details: { systemUrl: source.systemUrl, objects },
		ip: options.ip
	});
	return { name: source.name, objects };
}
