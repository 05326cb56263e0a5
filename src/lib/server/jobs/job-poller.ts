import type { BossDb } from './boss-db';

export interface JobPollerOptions {
	/** pg-boss's schema. */
	schema: string;
	/** The queues this process works. */
	names: readonly string[];
	intervalMs: number;
	/** Called with the queues that have a job ready to start. */
	onReady(names: string[]): void;
}

/**
 * The one timer that finds jobs this process did not enqueue itself: jobs of other processes,
 * delayed jobs and retries that became due, schedule ticks. Every interval it asks once which
 * of the process's queues have a job ready and wakes only their workers.
 *
 * Without it every worker polled its own queue: with ~30 queues that was 15 fetch statements a
 * second in an idle process, and on PGlite each of them blocks the app's event loop. Enqueues
 * in this process still wake their worker at once (enqueue.ts), so the interval only bounds
 * how late a job from elsewhere starts.
 */
export class JobPoller {
	private timer: NodeJS.Timeout | undefined;
	private probing: Promise<void> | undefined;
	private stopped = false;
	/** Logged once per outage, not every interval. */
	private failing = false;

	constructor(
		private readonly db: BossDb,
		private readonly options: JobPollerOptions
	) {}

	start(): void {
		if (this.stopped || this.timer) return;
		this.schedule();
	}

	/** No further probes; waits for one in flight so the database can be closed after. */
	async stop(): Promise<void> {
		this.stopped = true;
		clearTimeout(this.timer);
		this.timer = undefined;
		await this.probing;
	}

	private schedule(): void {
		this.timer = setTimeout(() => {
			this.probing = this.probe().finally(() => {
				this.probing = undefined;
				if (!this.stopped) this.schedule();
			});
		}, this.options.intervalMs);
	}

	private async probe(): Promise<void> {
		let ready: string[];
		try {
			// job_i5 (name, start_after) WHERE state < 'active' answers this on every partition.
			const result = await this.db.executeSql(
				`SELECT DISTINCT name FROM ${this.options.schema}.job
				 WHERE name = ANY($1::text[]) AND state < 'active' AND start_after < now()`,
				[this.options.names]
			);
			ready = (result.rows as { name: string }[]).map((row) => row.name);
			this.failing = false;
		} catch (error) {
			// Closed while shutting down, or the database is briefly away: the next probe retries.
			if (!this.stopped && !this.failing) {
				this.failing = true;
				console.error(
					'Auftragswarteschlange: Suche nach wartenden Aufträgen fehlgeschlagen:',
					error instanceof Error ? error.message : error
				);
			}
			return;
		}
		if (ready.length > 0 && !this.stopped) this.options.onReady(ready);
	}
}
