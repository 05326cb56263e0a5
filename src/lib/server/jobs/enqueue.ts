import { JobQueueNotRunningError } from './errors';
import { runningQueue } from './queue';
import { jobDefinition, validatePayload } from './registry';
import { sendOptions } from './send-options';
import type { EnqueueOptions, JobName, JobPayload } from './types';

/**
 * Adds a job. The payload is checked against the job's schema here, so a bad payload fails at
 * the caller, not later in a worker. Returns the job id, or null when a singleton key dropped it
 * as a duplicate.
 *
 * The job is written by its own statement, not inside a caller's transaction: work that must
 * not be lost with a crash keeps its own state in a table (as mail does) and enqueues afterwards.
 */
export async function enqueue<Name extends JobName>(
	name: Name,
	payload: JobPayload<Name>,
	options: EnqueueOptions = {}
): Promise<string | null> {
	const definition = jobDefinition(name);
	const data = validatePayload(definition, payload);
	const queue = runningQueue();
	if (!queue) throw new JobQueueNotRunningError();
	const id = await queue.boss.send(name, data as object, sendOptions(name, options));
	queue.workers.get(name)?.notify();
	return id;
}
