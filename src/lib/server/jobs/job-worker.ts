import type PgBoss from 'pg-boss';
import { JobPayloadError, PermanentJobError } from './errors';
import { validatePayload } from './registry';
import type { JobContext, JobDefinition } from './types';

type FetchedJob = PgBoss.JobWithMetadata<unknown>;

export interface JobWorkerOptions {
	/** Marks an active job failed without further attempts (pg-boss only knows retry-or-fail). */
	failPermanently(name: string, id: string, message: string): Promise<void>;
}

/**
 * Works one kind of job in this process: fetches up to `concurrency` jobs at a time
 * (pg-boss's `FOR UPDATE SKIP LOCKED`, so every job goes to exactly one worker of all processes)
 * and completes or fails each one itself.
 *
 * An idle worker does not poll: it fetches when woken by an enqueue in this process, by the
 * process's JobPoller (jobs from elsewhere, due retries) or by one of its own jobs finishing.
 *
 * Written on `fetch` instead of pg-boss's `work()`: work() runs a batch behind a barrier, waits a
 * full polling interval even when more jobs wait, and completes jobs without awaiting the result,
 * so a database error there becomes an unhandled rejection that ends the process.
 */
export class JobWorker {
	private readonly active = new Map<string, { controller: AbortController; done: Promise<void> }>();
	private stopping = false;
	private loop: Promise<void> | undefined;
	private wake: (() => void) | undefined;
	/** Set by notify() while not sleeping, so a wake-up during a fetch is not lost. */
	private woken = false;

	constructor(
		private readonly boss: PgBoss,
		private readonly definition: JobDefinition,
		private readonly options: JobWorkerOptions
	) {}

	get name(): string {
		return this.definition.name;
	}

	start(): void {
		this.loop ??= this.run();
	}

	/** Look for jobs now (after an enqueue in this process, or when the poller saw some). */
	notify(): void {
		this.woken = true;
		this.wake?.();
	}

	/**
	 * Stops taking jobs, lets running ones finish within `graceMs`, then aborts them; aborted jobs
	 * are failed and retried later by whichever process works the queue then.
	 */
	async stop(graceMs: number): Promise<void> {
		this.stopping = true;
		this.notify();
		await this.loop;
		const running = [...this.active.values()].map((job) => job.done);
		const timer = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
		await Promise.race([Promise.all(running), timer]);
		for (const job of this.active.values()) job.controller.abort(new Error('Prozess wird beendet'));
		await Promise.all([...this.active.values()].map((job) => job.done));
	}

	private async run(): Promise<void> {
		const concurrency = Math.max(1, this.definition.options.concurrency ?? 1);
		while (!this.stopping) {
			this.woken = false;
			const free = concurrency - this.active.size;
			let fetchedAll = false;
			if (free > 0) {
				// pg-boss's fetch swallows database errors and returns no jobs; the next poll retries.
				const jobs = (await this.boss.fetch<unknown>(this.name, {
					batchSize: free,
					includeMetadata: true
				})) as FetchedJob[];
				if (this.stopping && jobs.length > 0) {
					await this.release(jobs);
					break;
				}
				for (const job of jobs) this.launch(job);
				fetchedAll = jobs.length === free;
			}
			// A full batch means more may be waiting: fetch again as soon as a slot is free.
			if (fetchedAll && this.active.size < concurrency) continue;
			await this.untilWoken();
		}
	}

	private untilWoken(): Promise<void> {
		if (this.woken || this.stopping) return Promise.resolve();
		return new Promise<void>((resolve) => {
			this.wake = () => {
				this.wake = undefined;
				resolve();
			};
		});
	}

	private launch(job: FetchedJob): void {
		const controller = new AbortController();
		const done = this.execute(job, controller).finally(() => {
			this.active.delete(job.id);
			this.notify();
		});
		this.active.set(job.id, { controller, done });
	}

	private async execute(job: FetchedJob, controller: AbortController): Promise<void> {
		const retryLimit = Number(job.retryLimit);
		const attempt = Number(job.retryCount) + 1;
		const context: JobContext = {
			id: job.id,
			name: this.definition.name,
			attempt,
			maxAttempts: retryLimit + 1,
			isLastAttempt: attempt > retryLimit,
			signal: controller.signal
		};
		// pg-boss fails jobs active longer than expireIn; give up a moment earlier ourselves.
		const budgetMs = Math.max(1_000, Number(job.expireInSeconds) * 1000 - 1_000);
		const timeout = setTimeout(
			() => controller.abort(new Error(`Zeitüberschreitung nach ${Math.round(budgetMs / 1000)} s`)),
			budgetMs
		);
		try {
			const payload = validatePayload(this.definition, job.data);
			await untilAborted(
				Promise.resolve(this.definition.handler(payload, context)),
				controller.signal
			);
			await this.settle(() => this.boss.complete(this.name, job.id));
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			if (error instanceof PermanentJobError || error instanceof JobPayloadError) {
				console.error(`Auftrag „${this.name}“ (${job.id}) endgültig fehlgeschlagen: ${message}`);
				await this.settle(() => this.options.failPermanently(this.name, job.id, message));
				return;
			}
			console.error(
				`Auftrag „${this.name}“ (${job.id}) fehlgeschlagen, Versuch ${attempt} von ${context.maxAttempts}: ${message}`
			);
			await this.settle(() =>
				this.boss.fail(this.name, job.id, { message, stack: (error as Error)?.stack })
			);
		} finally {
			clearTimeout(timeout);
		}
	}

	/** Jobs fetched while shutting down have not started; fail them so they are retried soon. */
	private async release(jobs: FetchedJob[]): Promise<void> {
		const reason = { message: 'Prozess wurde beendet, bevor der Auftrag begann' };
		await Promise.all(
			jobs.map((job) => this.settle(() => this.boss.fail(this.name, job.id, reason)))
		);
	}

	/**
	 * Recording the outcome can fail when the database is gone; pg-boss then expires the job and
	 * retries it, so the error is logged, not thrown.
	 */
	private async settle(record: () => Promise<unknown>): Promise<void> {
		try {
			await record();
		} catch (error) {
			console.error(
				`Ergebnis von Auftrag „${this.name}“ konnte nicht gespeichert werden:`,
				error instanceof Error ? error.message : error
			);
		}
	}
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
	if (signal.aborted) return Promise.reject(signal.reason);
	return new Promise<T>((resolve, reject) => {
		const onAbort = () => reject(signal.reason);
		signal.addEventListener('abort', onAbort, { once: true });
		work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
	});
}
