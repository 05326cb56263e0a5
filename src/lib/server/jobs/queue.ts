import PgBoss from 'pg-boss';
import { databaseHandle } from '../db';
import { createBossDb, type BossDb } from './boss-db';
import { JobPoller } from './job-poller';
import { JobWorker } from './job-worker';
import { registeredJobs, registeredSchedules } from './registry';
import { sendOptions } from './send-options';

/**
 * The one job queue of a process: pg-boss 10 in the application's own database (PGlite or
 * PostgreSQL), in its own `pgboss` schema that pg-boss installs and migrates itself (it is not
 * part of our drizzle migrations).
 *
 * `work` runs handlers, schedules and pg-boss's maintenance; `send-only` only enqueues (an app
 * process whose jobs run in separate `npm run worker` processes, or a CLI command).
 */
export type JobQueueMode = 'work' | 'send-only';

export interface StartJobQueueOptions {
	mode: JobQueueMode;
	/**
	 * How often the process looks for jobs it did not enqueue itself (other processes', due
	 * retries and delayed jobs). Enqueues in the same process wake their worker at once.
	 */
	pollingIntervalSeconds?: number;
	/** How often schedules are checked (pg-boss: 1–45, default 30). */
	cronMonitorIntervalSeconds?: number;
	/** How often due schedule ticks become jobs (pg-boss: 1–45, default 5). */
	cronWorkerIntervalSeconds?: number;
}

export const BOSS_SCHEMA = 'pgboss';

interface RunningQueue {
	boss: PgBoss;
	db: BossDb;
	mode: JobQueueMode;
	workers: Map<string, JobWorker>;
	poller?: JobPoller;
}

let running: RunningQueue | undefined;
let starting: Promise<void> | undefined;

export function isJobQueueRunning(): boolean {
	return running !== undefined;
}

/** For enqueue(): the running queue, if this process has one. */
export function runningQueue(): RunningQueue | undefined {
	return running;
}

export function startJobQueue(options: StartJobQueueOptions): Promise<void> {
	starting ??= start(options).finally(() => {
		starting = undefined;
	});
	return starting;
}

async function start(options: StartJobQueueOptions): Promise<void> {
	if (running) return;
	const db = createBossDb(databaseHandle());
	const work = options.mode === 'work';
	const boss = new PgBoss({
		db,
		schema: BOSS_SCHEMA,
		migrate: true,
		supervise: work,
		schedule: work,
		...(options.cronMonitorIntervalSeconds && {
			cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds
		}),
		...(options.cronWorkerIntervalSeconds && {
			cronWorkerIntervalSeconds: options.cronWorkerIntervalSeconds
		}),
		// Finished jobs are moved to pgboss.archive after a day and deleted a week later.
		archiveCompletedAfterSeconds: 24 * 60 * 60,
		deleteAfterDays: 7
	});
	boss.on('error', (error) => {
		console.error('Fehler in der Auftragswarteschlange:', error?.message ?? error);
	});
	try {
		await serialiseAcrossProcesses(async () => {
			await boss.start();
			await ensureQueues(boss);
		});
		const workers = new Map<string, JobWorker>();
		let poller: JobPoller | undefined;
		if (work) {
			await applySchedules(boss);
			for (const definition of registeredJobs()) {
				const worker = new JobWorker(boss, definition, {
					failPermanently: (name, id, message) => failPermanently(db, name, id, message)
				});
				workers.set(definition.name, worker);
			}
			poller = new JobPoller(db, {
				schema: BOSS_SCHEMA,
				names: [...workers.keys()],
				intervalMs: (options.pollingIntervalSeconds ?? 2) * 1000,
				onReady: (names) => names.forEach((name) => workers.get(name)?.notify())
			});
		}
		running = { boss, db, mode: options.mode, workers, poller };
		// Each worker fetches once on start, so jobs left from before are taken without waiting.
		for (const worker of workers.values()) worker.start();
		poller?.start();
	} catch (error) {
		await boss.stop({ graceful: false }).catch(() => {});
		await db.close(1_000);
		throw error;
	}
}

/** Arbitrary but fixed, distinct from the migration lock. */
const QUEUE_INSTALL_LOCK_KEY = 724_002;

/**
 * pg-boss installs its schema on start and creates a table partition per queue. Two processes
 * starting together on an empty PostgreSQL database both find them missing: pg-boss's own
 * transaction lock does not stop the second `CREATE SCHEMA IF NOT EXISTS` from failing with a
 * duplicate-key error, and concurrent partition attachments deadlock. A session lock held on a
 * separate connection makes the second start wait and then find everything installed.
 */
async function serialiseAcrossProcesses(work: () => Promise<unknown>): Promise<void> {
	const pool = databaseHandle().pool;
	if (!pool) {
		await work();
		return;
	}
	const client = await pool.connect();
	try {
		await client.query('SELECT pg_advisory_lock($1)', [QUEUE_INSTALL_LOCK_KEY]);
		await work();
	} finally {
		await client.query('SELECT pg_advisory_unlock($1)', [QUEUE_INSTALL_LOCK_KEY]).catch(() => {});
		client.release();
	}
}

/**
 * Stops taking jobs, gives running ones `graceMs` to finish, stops pg-boss and waits until none
 * of its statements is in flight, so the database can be closed right after (PGlite must be).
 */
export async function stopJobQueue(graceMs = 10_000): Promise<void> {
	await starting?.catch(() => {});
	const queue = running;
	if (!queue) return;
	running = undefined;
	await queue.poller?.stop();
	await Promise.all([...queue.workers.values()].map((worker) => worker.stop(graceMs)));
	await queue.boss.stop({ graceful: true, wait: true, timeout: 1_000 });
	await queue.db.close();
}

/** pg-boss 10 creates a queue's table partition on demand; sending to a missing queue is dropped. */
async function ensureQueues(boss: PgBoss): Promise<void> {
	for (const definition of registeredJobs()) {
		const { options } = definition;
		const queue: PgBoss.Queue = {
			name: definition.name,
			policy: options.policy ?? 'standard',
			retentionMinutes: (options.retentionDays ?? 14) * 24 * 60
		};
		await boss.createQueue(definition.name, queue);
		// createQueue keeps an existing queue as it is; bring its policy in line with the code.
		await boss.updateQueue(definition.name, queue);
	}
}

async function applySchedules(boss: PgBoss): Promise<void> {
	const wanted = registeredSchedules();
	for (const schedule of wanted) {
		await boss.schedule(schedule.name, schedule.cron, schedule.payload as object, {
			tz: schedule.timezone,
			...sendOptions(schedule.name, {})
		});
	}
	// A schedule whose job no longer exists would keep creating jobs nobody works.
	const names = new Set(wanted.map((schedule) => schedule.name as string));
	for (const existing of await boss.getSchedules()) {
		if (!names.has(existing.name)) await boss.unschedule(existing.name);
	}
}

/**
 * pg-boss retries every failure until the retry limit; a job that can never succeed (invalid
 * payload, PermanentJobError) is marked failed directly. Same state and columns pg-boss's own
 * fail() writes for a last attempt.
 */
async function failPermanently(
	db: BossDb,
	name: string,
	id: string,
	message: string
): Promise<void> {
	await db.executeSql(
		`UPDATE ${BOSS_SCHEMA}.job SET state = 'failed', completed_on = now(), output = $3::jsonb
		 WHERE name = $1 AND id = $2 AND state = 'active'`,
		[name, id, JSON.stringify({ message, permanent: true })]
	);
}
