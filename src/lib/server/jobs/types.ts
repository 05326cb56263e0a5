import type { z } from 'zod';

/**
 * Every job the platform knows, by name, with its payload type. Capabilities add their jobs by
 * declaration merging beside the job's zod schema, so `enqueue('mail.deliver', …)` is checked at
 * compile time and the schema checks it again at run time:
 *
 *   declare module '../jobs/types' {
 *     interface JobPayloads { 'mail.deliver': z.infer<typeof deliverMailPayload> }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobPayloads {}

export type JobName = Extract<keyof JobPayloads, string>;
export type JobPayload<Name extends JobName> = JobPayloads[Name];

/**
 * How pg-boss treats a job's singleton key: `standard` ignores it unless `singletonSeconds` is
 * given, `short` allows one waiting job per key (a second enqueue is dropped), `singleton` one
 * running job per key, `stately` one per key and state.
 */
export type QueuePolicy = 'standard' | 'short' | 'singleton' | 'stately';

export interface RetryOptions {
	/** Further attempts after the first one fails (0 = no retry). */
	retryLimit?: number;
	/** Wait before a retry; with backoff the base of an exponentially growing, jittered delay. */
	retryDelaySeconds?: number;
	retryBackoff?: boolean;
}

export interface JobDefinitionOptions<Payload> extends RetryOptions {
	/** Validates payloads when enqueued and again before the handler runs. */
	payload: z.ZodType<Payload>;
	policy?: QueuePolicy;
	/** A running attempt that takes longer is aborted (signal) and counts as failed. */
	expireInSeconds?: number;
	/** How many jobs of this kind one process runs at the same time. */
	concurrency?: number;
	/** How long a finished job stays in pg-boss's tables (for debugging), in days. */
	retentionDays?: number;
}

export interface JobContext {
	id: string;
	name: JobName;
	/** 1 for the first attempt. */
	attempt: number;
	maxAttempts: number;
	isLastAttempt: boolean;
	/** Aborted when the attempt runs out of time or the process shuts down. */
	signal: AbortSignal;
}

export type JobHandler<Payload> = (payload: Payload, context: JobContext) => Promise<void> | void;

export interface EnqueueOptions extends RetryOptions {
	/** Deduplication key; what it means depends on the job's queue policy. */
	singletonKey?: string;
	/** With a singleton key: at most one job per key in each window of this many seconds. */
	singletonSeconds?: number;
	/** Not before this moment (a Date) or this many seconds from now. */
	startAfter?: Date | number;
	/** Higher runs first. */
	priority?: number;
	expireInSeconds?: number;
}

export interface JobDefinition<Name extends JobName = JobName> {
	name: Name;
	handler: JobHandler<JobPayload<Name>>;
	options: JobDefinitionOptions<JobPayload<Name>>;
}

export interface JobSchedule<Name extends JobName = JobName> {
	name: Name;
	/** Five fields (minute hour day month weekday), in `timezone`. */
	cron: string;
	payload: JobPayload<Name>;
	timezone: string;
}
