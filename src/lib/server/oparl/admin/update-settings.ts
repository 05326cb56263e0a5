import { eq, sql } from 'drizzle-orm';
import { MEGABYTE, type OparlSourceSettingsInput } from '$lib/shared/oparl-admin';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { enqueueHeldFileDownloads } from '../files/enqueue-downloads';
import { oparlSource } from '../schema';
import { requireSource } from './find-source';

/**
 * Saves a source's name, limits, schedule and further allowed hosts; the next run (and the
 * running one's next page) uses them. Pausing also holds the file downloads (see
 * files/downloadable.ts); resuming queues the files that waited meanwhile.
 */
export async function updateOparlSourceSettings(options: {
	actor: SessionUser | null;
	sourceId: string;
	input: OparlSourceSettingsInput;
	ip?: string | null;
}): Promise<void> {
	assertCan(options.actor, 'oparl.manage');
	const before = await requireSource(options.sourceId);
	const { input } = options;
	const after = {
		name: input.name,
		requestsPerSecond: input.requestsPerSecond,
		concurrency: input.concurrency,
		timeoutSeconds: input.timeoutSeconds,
		maxFileBytes: input.maxFileMegabytes * MEGABYTE,
		syncIntervalHours: input.syncIntervalHours,
		enabled: input.enabled,
		allowedHosts: input.allowedHosts
	};
	const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) =>
		Array.isArray(after[key])
			? JSON.stringify(before[key]) !== JSON.stringify(after[key])
			: before[key] !== after[key]
	);
	if (changed.length === 0) return;
	await db
		.update(oparlSource)
		.set({ ...after, modifiedAt: sql`now()` })
		.where(eq(oparlSource.id, before.id));
	if (!before.enabled && after.enabled) await enqueueHeldFileDownloads({ sourceId: before.id });
	await recordAudit({
		actor: options.actor,
		action: 'oparl.source_update',
		targetType: 'oparl_source',
		targetId: before.id,
		targetLabel: after.name,
		details: {
			fields: changed,
			...Object.fromEntries(changed.map((key) => [key, { from: before[key], to: after[key] }]))
		},
		ip: options.ip
	});
}
