import type PgBoss from 'pg-boss';
import { JobQueueNotRunningError } from './errors';
import { runningQueue } from './queue';
import { jobDefinition, validatePayload } from './registry';
import { sendOptions } from './send-options';
import type { EnqueueOptions, JobName, JobPayload } from './types';

/**
 * Rows per INSERT: pg-boss sends the batch as one JSON parameter; this keeps a statement (and the
 * time it holds the job table's index locks) small while still saving a round trip per job.
 */
const BATCH_SIZE = 1_000;

/**
 * Adds many jobs of one kind in one statement per BATCH_SIZE (pg-boss `insert`), instead of a
 * round trip each. Payloads are checked first, so one bad payload queues none. Singleton keys
 * keep their meaning: the insert skips a job whose key conflicts under the queue's policy (a
 * `short` queue keeps one waiting job per key), as `send` would drop it. Like enqueue(), it
 * writes outside any caller's transaction.
 */
export async function enqueueMany<Name extends JobName>(
	name: Name,
	jobs: ReadonlyArray<{ payload: JobPayload<Name>; options?: EnqueueOptions }>
): Promise<void> {
	if (jobs.length === 0) return;
	const definition = jobDefinition(name);
	const rows = jobs.map((job) =>
		insertRow(name, validatePayload(definition, job.payload), job.options ?? {})
	);
	const queue = runningQueue();
	if (!queue) throw new JobQueueNotRunningError();
	for (let start = 0; start < rows.length; start += BATCH_SIZE) {
		await queue.boss.insert(rows.slice(start, start + BATCH_SIZE));
	}
	queue.workers.get(name)?.notify();
}

function insertRow(name: JobName, data: unknown, options: EnqueueOptions): PgBoss.JobInsert {
	const send = sendOptions(name, options);
	const row: PgBoss.JobInsert = {
		name,
		data: data as object,
		retryLimit: send.retryLimit,
		retryDelay: send.retryDelay,
		retryBackoff: send.retryBackoff,
		expireInSeconds: send.expireInSeconds
	};
	if (send.singletonKey !== undefined) row.singletonKey = send.singletonKey;
	if (send.singletonSeconds !== undefined) row.singletonSeconds = send.singletonSeconds;
	if (send.priority !== undefined) row.priority = send.priority;
	// insert() reads a string as a timestamp when it ends in Z, otherwise as an interval from now.
	if (send.startAfter instanceof Date) row.startAfter = send.startAfter.toISOString();
	else if (typeof send.startAfter === 'number') row.startAfter = `${send.startAfter} seconds`;
	return row;
}
