import { and, eq } from 'drizzle-orm';
import type { SyncRunKind } from '$lib/shared/oparl';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { enqueue } from '../../jobs';
import { oparlBody, oparlSyncRun } from '../schema';
import { oparlSyncJobKey } from '../sync/jobs';
import { isRunAlive } from '../sync/run-liveness';
import { OparlAdminError } from './errors';
import { requireSource } from './find-source';

/**
 * "Jetzt abgleichen" / "Vollständig neu importieren": queues the SYNC job for the source. A run
 * that is alive already is not started twice; a killed one (stale heartbeat) is resumed by the
 * job itself.
 */
export async function startOparlSync(options: {
	actor: SessionUser | null;
	sourceId: string;
	kind: SyncRunKind;
	ip?: string | null;
	now?: Date;
}): Promise<void> {
	assertCan(options.actor, 'oparl.manage');
	const source = await requireSource(options.sourceId);
	const now = options.now ?? new Date();
	const [followed] = await db
		.select({ id: oparlBody.objectId })
		.from(oparlBody)
		.where(and(eq(oparlBody.sourceId, source.id), eq(oparlBody.followed, true)))
		.limit(1);
	if (!followed) {
		throw new OparlAdminError(
			'Bitte wählen Sie zuerst mindestens eine Körperschaft aus, der gefolgt werden soll.'
		);
	}
	const [running] = await db
		.select({
			id: oparlSyncRun.id,
			owner: oparlSyncRun.owner,
			heartbeatAt: oparlSyncRun.heartbeatAt
		})
		.from(oparlSyncRun)
		.where(and(eq(oparlSyncRun.sourceId, source.id), eq(oparlSyncRun.status, 'running')));
	if (running && isRunAlive(running, now)) {
		throw new OparlAdminError('Es läuft bereits ein Abgleich dieser Quelle.');
	}
	await enqueue(
		'oparl.sync',
		{ sourceId: source.id, kind: options.kind, startedById: options.actor.id },
		{ singletonKey: oparlSyncJobKey(source.id) }
	);
	await recordAudit({
		actor: options.actor,
		action: 'oparl.sync_start',
		targetType: 'oparl_source',
		targetId: source.id,
		targetLabel: source.name,
		details: { kind: options.kind },
		ip: options.ip
	});
}
