import { z } from 'zod';
import { enqueue, isJobQueueRunning, registerJob, scheduleJob } from '../../jobs';
import { db } from '../../db';
import { outsideTransaction, type OparlExecutor } from './executor';
import { reindexOparlBodies, removeOrphanOparlDocuments } from './index-oparl-objects';

const reindexPayload = z.object({ bodyIds: z.array(z.uuid()).min(1).max(100) });
const noPayload = z.object({}).strict();

declare module '../../jobs/types' {
	interface JobPayloads {
		'oparl.search.reindex-bodies': z.infer<typeof reindexPayload>;
		'oparl.search.sweep': z.infer<typeof noPayload>;
	}
}

/**
 * The council documents' upkeep: whole bodies rewritten in the background (a body of thousands
 * of papers takes longer than a request should), and a nightly sweep for rows whose object is
 * gone altogether.
 */
export function registerOparlSearchJobs(): void {
	registerJob(
		'oparl.search.reindex-bodies',
		async ({ bodyIds }) => {
			await reindexOparlBodies(db, bodyIds);
		},
		{ payload: reindexPayload, retryLimit: 2, retryDelaySeconds: 30, expireInSeconds: 30 * 60 }
	);
	registerJob(
		'oparl.search.sweep',
		async () => {
			await removeOrphanOparlDocuments(db);
		},
		{ payload: noPayload, policy: 'short', retryLimit: 0 }
	);
	scheduleJob('oparl.search.sweep', '40 3 * * *');
}

/**
 * After bodies were followed or unfollowed, or matched to the directory (their district and
 * council type): their documents are rewritten, appear or leave the search. With a running
 * queue in the background (inside a transaction once it is committed); without one (the CLI)
 * right here, in the caller's executor.
 */
export async function requestOparlBodyReindex(
	executor: OparlExecutor,
	bodyIds: readonly string[]
): Promise<void> {
	const ids = [...new Set(bodyIds)];
	if (ids.length === 0) return;
	if (!isJobQueueRunning()) {
		await reindexOparlBodies(executor, ids);
		return;
	}
	await outsideTransaction(executor, 'Die Aktualisierung der Ratsdokumente in der Suche', () =>
		enqueue('oparl.search.reindex-bodies', { bodyIds: ids })
	);
}
