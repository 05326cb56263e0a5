// The job queue's public API; capabilities import from here.
export { enqueue } from './enqueue';
export { enqueueMany } from './enqueue-many';
export { registerJob, scheduleJob } from './registry';
export { isJobQueueRunning, startJobQueue, stopJobQueue } from './queue';
export type { JobQueueMode, StartJobQueueOptions } from './queue';
export {
	isWorkerProcess,
	jobQueueMode,
	markWorkerProcess,
	setJobQueueMode,
	startJobsForThisProcess
} from './process-jobs';
export {
	JobPayloadError,
	JobQueueNotRunningError,
	PermanentJobError,
	UnknownJobError
} from './errors';
export type {
	EnqueueOptions,
	JobContext,
	JobDefinitionOptions,
	JobHandler,
	JobName,
	JobPayload,
	JobPayloads,
	QueuePolicy
} from './types';
