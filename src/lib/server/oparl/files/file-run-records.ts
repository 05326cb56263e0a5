import { desc, eq, sql } from 'drizzle-orm';
import type { OparlProblemKind } from '$lib/shared/oparl';
import { db } from '../../db';
import { oparlSyncRun } from '../schema';
import { recordOparlProblems } from '../store/record-problems';

/** The source's newest run: downloads belong to the import that found the files. */
async function latestRunId(sourceId: string): Promise<string | null> {
	const [run] = await db
		.select({ id: oparlSyncRun.id })
		.from(oparlSyncRun)
		.where(eq(oparlSyncRun.sourceId, sourceId))
		.orderBy(desc(oparlSyncRun.startedAt))
		.limit(1);
	return run?.id ?? null;
}

/** Files a problem in the source's report (under its newest run, whose count it raises). */
export async function fileProblem(
	sourceId: string,
	kind: Extract<
		OparlProblemKind,
		'file_too_large' | 'file_download_failed' | 'foreign_host' | 'blocked_address'
	>,
	url: string,
	message: string
): Promise<void> {
	const runId = await latestRunId(sourceId);
	const added = await recordOparlProblems(db, sourceId, runId, [{ kind, url, message }]);
	if (added > 0 && runId) {
		await db
			.update(oparlSyncRun)
			.set({ problemCount: sql`${oparlSyncRun.problemCount} + ${added}` })
			.where(eq(oparlSyncRun.id, runId));
	}
}

export async function countDownload(sourceId: string): Promise<void> {
	const runId = await latestRunId(sourceId);
	if (!runId) return;
	await db
		.update(oparlSyncRun)
		.set({ filesDownloaded: sql`${oparlSyncRun.filesDownloaded} + 1` })
		.where(eq(oparlSyncRun.id, runId));
}
