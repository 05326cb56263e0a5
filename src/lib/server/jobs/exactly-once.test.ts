import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db';
import { createTestDatabase, testDatabaseUrl } from '../testing/test-db';
import { enqueue, startJobQueue, stopJobQueue } from '.';
import { EXACTLY_ONCE_TABLES, registerExactlyOnceJobs } from './testing/exactly-once-jobs';
import { waitUntil } from './testing/wait-until';

const WORKER = path.join(
	path.dirname(fileURLToPath(import.meta.url)),
	'testing/two-process-worker.ts'
);
const JOBS = 200;

interface Worker {
	process: ChildProcess;
	ready: Promise<void>;
	exited: Promise<number | null>;
	output: string[];
}

function startWorker(databaseUrl: string): Worker {
	const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
		env: { ...process.env, DATABASE_URL: databaseUrl },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const output: string[] = [];
	const lines = createInterface({ input: child.stdout! });
	child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
	const ready = new Promise<void>((resolve, reject) => {
		lines.on('line', (line) => {
			output.push(line);
			if (line === 'READY') resolve();
		});
		child.once('exit', (code) =>
			reject(new Error(`Worker beendet (${code}) vor READY:\n${output.join('\n')}`))
		);
	});
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	return { process: child, ready, exited, output };
}

const workers: Worker[] = [];

afterAll(async () => {
	for (const worker of workers)
		if (worker.process.exitCode === null) worker.process.kill('SIGKILL');
	await stopJobQueue(1_000);
});

const url = process.env.TEST_DATABASE_URL;

// PGlite lets one process open a database, so two worker processes need a PostgreSQL server.
describe.skipIf(!url)(
	'exactly once across two worker processes (PostgreSQL only; skipped without TEST_DATABASE_URL)',
	() => {
		let handle: DatabaseHandle;

		it('runs each of 200 jobs exactly once and each schedule tick once', async () => {
			handle = await createTestDatabase();
			await handle.exec(EXACTLY_ONCE_TABLES);
			registerExactlyOnceJobs();
			// This process only enqueues; the two children do all the work.
			await startJobQueue({ mode: 'send-only' });
			const startedAt = await dbEpoch(handle);

			const databaseUrl = testDatabaseUrl(handle)!;
			workers.push(startWorker(databaseUrl), startWorker(databaseUrl));
			await Promise.all(workers.map((worker) => worker.ready));

			const ids: string[] = [];
			for (let n = 0; n < JOBS; n++) ids.push((await enqueue('test.exactly-once', { n }))!);
			expect(new Set(ids).size).toBe(JOBS);

			await waitUntil(
				async () => {
					const open = await handle.query<{ count: string }>(
						"SELECT count(*) FROM pgboss.job WHERE name = 'test.exactly-once' AND state <> 'completed'"
					);
					return Number(open.rows[0]!.count) === 0;
				},
				{ timeoutMs: 30_000, message: 'Alle Aufträge erledigt' }
			);
			const runs = await handle.query<{ job_id: string; runs: number; pid: number }>(
				'SELECT job_id, runs, pid FROM exactly_once_run'
			);
			expect(runs.rows.map((row) => row.job_id).sort()).toEqual([...ids].sort());
			expect(runs.rows.filter((row) => row.runs !== 1)).toEqual([]);
			const pids = new Set(runs.rows.map((row) => row.pid));
			expect(pids).toEqual(new Set(workers.map((worker) => worker.process.pid)));

			// Both processes check the schedule every second; pg-boss must turn each minute's
			// tick into one job. Watch a few seconds of double checking before counting.
			await waitUntil(async () => (await tickCount(handle)) >= 1, {
				timeoutMs: 15_000,
				message: 'Erster Zeitplan-Auftrag'
			});
			await new Promise((resolve) => setTimeout(resolve, 4_000));
			const ticks = await tickCount(handle);
			const minutesSpanned =
				Math.floor((await dbEpoch(handle)) / 60) - Math.floor(startedAt / 60) + 1;
			expect(ticks).toBeGreaterThanOrEqual(1);
			expect(ticks).toBeLessThanOrEqual(minutesSpanned);

			for (const worker of workers) worker.process.kill('SIGTERM');
			const codes = await Promise.all(workers.map((worker) => worker.exited));
			expect(codes, workers.map((worker) => worker.output.join('\n')).join('\n---\n')).toEqual([
				0, 0
			]);
		}, 60_000);
	}
);

async function tickCount(handle: DatabaseHandle): Promise<number> {
	const result = await handle.query<{ count: string }>('SELECT count(*) FROM exactly_once_tick');
	return Number(result.rows[0]!.count);
}

async function dbEpoch(handle: DatabaseHandle): Promise<number> {
	const result = await handle.query<{ epoch: string }>('SELECT extract(epoch FROM now()) AS epoch');
	return Number(result.rows[0]!.epoch);
}
