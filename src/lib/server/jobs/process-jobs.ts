import { env } from '../config/env';
import { databaseHandle } from '../db';
import { startJobQueue, type JobQueueMode, type StartJobQueueOptions } from './queue';

/**
 * Whether this process works jobs or only enqueues them. The app server works them unless
 * JOBS_IN_PROCESS=0; `npm run worker` always works them; a CLI command only enqueues
 * (it calls setJobQueueMode('send-only') before boot()).
 */
let chosenMode: JobQueueMode | undefined;
let tuning: Omit<StartJobQueueOptions, 'mode'> = {};
let dedicatedWorker = false;

/** Called by `npm run worker` before boot(): this process only works jobs and serves nothing. */
export function markWorkerProcess(options: Omit<StartJobQueueOptions, 'mode'> = {}): void {
	dedicatedWorker = true;
	setJobQueueMode('work', options);
}

/** Start steps meant for the app server (e.g. printing the setup link) skip worker processes. */
export function isWorkerProcess(): boolean {
	return dedicatedWorker;
}

export function setJobQueueMode(
	mode: JobQueueMode,
	options: Omit<StartJobQueueOptions, 'mode'> = {}
): void {
	chosenMode = mode;
	tuning = options;
}

export function jobQueueMode(): JobQueueMode {
	return chosenMode ?? (env().JOBS_IN_PROCESS ? 'work' : 'send-only');
}

/** The boot step: starts the queue in this process's mode. */
export async function startJobsForThisProcess(): Promise<void> {
	const mode = jobQueueMode();
	if (mode === 'send-only' && chosenMode === undefined && databaseHandle().kind === 'pglite') {
		console.warn(
			'JOBS_IN_PROCESS=0 mit eingebetteter Datenbank (PGlite): Es gibt keinen separaten Worker, ' +
				'Aufträge wie der Mailversand bleiben liegen. Für getrennte Worker DATABASE_URL setzen.'
		);
	}
	await startJobQueue({ mode, ...tuning });
}
