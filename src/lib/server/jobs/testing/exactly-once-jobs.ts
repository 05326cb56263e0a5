import { z } from 'zod';
import { databaseHandle } from '../../db';
import { registerJob, scheduleJob } from '../registry';

/** Jobs of the two-process test; their handlers write to tables the test creates. */
const countPayload = z.object({ n: z.number().int() });
const tickPayload = z.object({}).strict();

declare module '../types' {
	interface JobPayloads {
		'test.exactly-once': z.infer<typeof countPayload>;
		'test.exactly-once-tick': z.infer<typeof tickPayload>;
	}
}

export const EXACTLY_ONCE_TABLES = `
	CREATE TABLE exactly_once_run (
		job_id uuid PRIMARY KEY,
		n integer NOT NULL,
		pid integer NOT NULL,
		runs integer NOT NULL DEFAULT 1
	);
	CREATE TABLE exactly_once_tick (job_id uuid PRIMARY KEY, pid integer NOT NULL, at timestamptz NOT NULL DEFAULT now());
`;

export function registerExactlyOnceJobs(): void {
	registerJob(
		'test.exactly-once',
		async ({ n }, { id }) => {
			// A duplicate run would not fail on the key but count up, so the test sees it.
			await databaseHandle().query(
				`INSERT INTO exactly_once_run (job_id, n, pid) VALUES ($1, $2, $3)
				 ON CONFLICT (job_id) DO UPDATE SET runs = exactly_once_run.runs + 1`,
				[id, n, process.pid]
			);
			// Long enough that one process alone cannot drain the queue before the other polls.
			await new Promise((resolve) => setTimeout(resolve, 20));
		},
		{ payload: countPayload, concurrency: 4, retryLimit: 0 }
	);
	registerJob(
		'test.exactly-once-tick',
		async (_payload, { id }) => {
			await databaseHandle().query('INSERT INTO exactly_once_tick (job_id, pid) VALUES ($1, $2)', [
				id,
				process.pid
			]);
		},
		{ payload: tickPayload, retryLimit: 0 }
	);
	scheduleJob('test.exactly-once-tick', '* * * * *');
}
