import { ConfigError, env } from '../config/env';
import { markWorkerProcess } from './process-jobs';
import type { StartJobQueueOptions } from './queue';

export const PGLITE_REFUSAL =
	'Separate Worker gibt es nur mit PostgreSQL (DATABASE_URL). Mit der eingebetteten Datenbank ' +
	'(PGlite) darf nur ein Prozess das Datenverzeichnis öffnen: Der Server erledigt die Aufträge ' +
	'dann selbst (JOBS_IN_PROCESS nicht auf 0 setzen).';

/**
 * `npm run worker`: a process that only works the job queue, beside app servers started with
 * JOBS_IN_PROCESS=0 on the same PostgreSQL database. Any number may run; pg-boss hands each job
 * to exactly one of them. Runs until SIGTERM or SIGINT, then lets running jobs finish.
 * Returns the exit code.
 */
export async function runWorkerProcess(
	options: Omit<StartJobQueueOptions, 'mode'> = {},
	log: (line: string) => void = console.log
): Promise<number> {
	try {
		if (!env().DATABASE_URL) {
			console.error(PGLITE_REFUSAL);
			return 1;
		}
	} catch (error) {
		if (error instanceof ConfigError) {
			console.error(error.message);
			return 1;
		}
		throw error;
	}
	markWorkerProcess(options);
	// Loaded only now: the whole application behind boot() takes seconds to load, the refusal not.
	const { boot, shutdown } = await import('../app/boot');
	await boot();
	log(`Kommunalnetz-Worker läuft (PID ${process.pid}) und erledigt Aufträge.`);
	const signal = await new Promise<NodeJS.Signals>((resolve) => {
		process.once('SIGTERM', () => resolve('SIGTERM'));
		process.once('SIGINT', () => resolve('SIGINT'));
	});
	log(`${signal} empfangen, laufende Aufträge werden beendet …`);
	await shutdown();
	log('Worker beendet.');
	return 0;
}
