import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DatabaseHandle } from '../db';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';
import { runningQueue } from './queue';
import { waitUntil } from './testing/wait-until';
import {
	enqueue,
	isJobQueueRunning,
	JobPayloadError,
	JobQueueNotRunningError,
	PermanentJobError,
	registerJob,
	scheduleJob,
	startJobQueue,
	stopJobQueue,
	type JobContext
} from '.';

const echoPayload = z.object({ text: z.string().min(1), n: z.number().int() });
const keyPayload = z.object({ key: z.string() });

declare module './types' {
	interface JobPayloads {
		'test.echo': z.infer<typeof echoPayload>;
		'test.flaky': z.infer<typeof keyPayload>;
		'test.doomed': z.infer<typeof keyPayload>;
		'test.permanent': z.infer<typeof keyPayload>;
		'test.unique': z.infer<typeof keyPayload>;
		'test.slow': z.infer<typeof keyPayload>;
		'test.tick': Record<string, never>;
	}
}

// What the handlers saw, per test; handlers run in this process, so plain arrays suffice.
const seen: { name: string; payload: unknown; context: JobContext; at: number }[] = [];
let failuresBeforeSuccess = 0;
let releaseSlow: (() => void) | undefined;
// Schedule ticks may fire during any test, so they are kept apart from `seen`.
const ticks: string[] = [];

let handle: DatabaseHandle;

// One database and one queue for the file (cloning a database costs seconds on a busy machine);
// every test uses its own job names or keys, and the stop test comes last.
beforeAll(async () => {
	const record = (name: string) => (payload: unknown, context: JobContext) => {
		seen.push({ name, payload, context, at: Date.now() });
	};
	registerJob('test.echo', record('test.echo'), { payload: echoPayload });
	registerJob(
		'test.flaky',
		(payload, context) => {
			record('test.flaky')(payload, context);
			if (context.attempt <= failuresBeforeSuccess) throw new Error('vorübergehend');
		},
		{ payload: keyPayload, retryLimit: 3, retryDelaySeconds: 1, retryBackoff: true }
	);
	registerJob(
		'test.doomed',
		(payload, context) => {
			record('test.doomed')(payload, context);
			throw new Error('immer kaputt');
		},
		{ payload: keyPayload, retryLimit: 2, retryDelaySeconds: 0, retryBackoff: false }
	);
	registerJob(
		'test.permanent',
		(payload, context) => {
			record('test.permanent')(payload, context);
			throw new PermanentJobError('Ziel existiert nicht');
		},
		{ payload: keyPayload, retryLimit: 5, retryDelaySeconds: 0 }
	);
	registerJob('test.unique', record('test.unique'), { payload: keyPayload, policy: 'short' });
	registerJob(
		'test.slow',
		async (payload, context) => {
			record('test.slow')(payload, context);
			await new Promise<void>((resolve) => (releaseSlow = resolve));
		},
		{ payload: keyPayload }
	);
	registerJob('test.tick', (_payload, context) => void ticks.push(context.id), {
		payload: z.object({}).strict()
	});
	scheduleJob('test.tick', '* * * * *');
	handle = await createTestDatabase();
	await startJobQueue({
		mode: 'work',
		pollingIntervalSeconds: 0.5,
		cronMonitorIntervalSeconds: 1,
		cronWorkerIntervalSeconds: 1
	});
});

beforeEach(() => {
	seen.length = 0;
	failuresBeforeSuccess = 0;
});

afterAll(async () => {
	releaseSlow?.();
	await stopJobQueue(2_000);
});

async function jobRow(name: string, id: string) {
	const result = await handle.query<{ state: string; retry_count: number; output: unknown }>(
		'SELECT state, retry_count, output FROM pgboss.job WHERE name = $1 AND id = $2',
		[name, id]
	);
	return result.rows[0];
}

const handled = (name: string) => seen.filter((entry) => entry.name === name);

describe(`job queue on ${testDatabaseKind}`, () => {
	it('runs an enqueued job with its validated payload and completes it', async () => {
		const id = await enqueue('test.echo', { text: 'Grüße aus Schwerin', n: 7 });
		expect(id).toBeTruthy();
		await waitUntil(() => handled('test.echo').length === 1);
		expect(handled('test.echo')[0]).toMatchObject({
			payload: { text: 'Grüße aus Schwerin', n: 7 },
			context: { id, attempt: 1, maxAttempts: 3, isLastAttempt: false }
		});
		await waitUntil(async () => (await jobRow('test.echo', id!))?.state === 'completed');
	});

	it('rejects an invalid payload at enqueue and stores nothing', async () => {
		await expect(enqueue('test.echo', { text: '', n: 1.5 } as never)).rejects.toBeInstanceOf(
			JobPayloadError
		);
		const stored = await handle.query("SELECT 1 FROM pgboss.job WHERE data->>'text' = ''");
		expect(stored.rows).toHaveLength(0);
	});

	it('retries a failing job with backoff until it succeeds', async () => {
		failuresBeforeSuccess = 1;
		const id = await enqueue('test.flaky', { key: 'a' });
		await waitUntil(async () => (await jobRow('test.flaky', id!))?.state === 'completed', {
			timeoutMs: 15_000
		});
		const attempts = handled('test.flaky');
		expect(attempts.map((entry) => entry.context.attempt)).toEqual([1, 2]);
		// retryDelaySeconds 1 with backoff: the first retry waits between 1 and 2 seconds.
		expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900);
	});

	it('fails a job for good after its last attempt', async () => {
		const id = await enqueue('test.doomed', { key: 'b' });
		await waitUntil(async () => (await jobRow('test.doomed', id!))?.state === 'failed');
		expect(handled('test.doomed').map((entry) => entry.context.isLastAttempt)).toEqual([
			false,
			false,
			true
		]);
		expect(JSON.stringify((await jobRow('test.doomed', id!))!.output)).toContain('immer kaputt');
	});

	it('does not retry a PermanentJobError', async () => {
		const id = await enqueue('test.permanent', { key: 'c' });
		await waitUntil(async () => (await jobRow('test.permanent', id!))?.state === 'failed');
		expect(handled('test.permanent')).toHaveLength(1);
	});

	it('drops a second waiting job with the same singleton key', async () => {
		const later = new Date(Date.now() + 60_000);
		const first = await enqueue(
			'test.unique',
			{ key: 'x' },
			{ singletonKey: 'x', startAfter: later }
		);
		const second = await enqueue('test.unique', { key: 'x' }, { singletonKey: 'x' });
		const other = await enqueue('test.unique', { key: 'y' }, { singletonKey: 'y' });
		expect(first).toBeTruthy();
		expect(second).toBeNull();
		expect(other).toBeTruthy();
	});

	it('starts a delayed job no earlier than asked', async () => {
		const enqueuedAt = Date.now();
		await enqueue('test.echo', { text: 'später', n: 1 }, { startAfter: 2 });
		await waitUntil(() => handled('test.echo').length === 1, { timeoutMs: 8_000 });
		expect(Date.now() - enqueuedAt).toBeGreaterThanOrEqual(1_900);
	});

	it('takes a job it did not enqueue itself (another process’s) at the next poll', async () => {
		// Sent past enqueue(), so no worker of this process is woken: only the poller can find it.
		const id = await runningQueue()!.boss.send('test.echo', { text: 'von woanders', n: 3 });
		await waitUntil(() => handled('test.echo').length === 1, { timeoutMs: 8_000 });
		expect(handled('test.echo')[0]!.context.id).toBe(id);
	});

	it('turns a schedule into a job', async () => {
		// A '* * * * *' schedule is due at once; it then fires once per minute.
		await waitUntil(() => ticks.length >= 1, { timeoutMs: 10_000 });
	});

	it('waits for a running job on stop, then refuses new jobs', async () => {
		const id = await enqueue('test.slow', { key: 's' });
		await waitUntil(() => handled('test.slow').length === 1);
		const stopped = stopJobQueue(5_000);
		setTimeout(() => releaseSlow?.(), 200);
		await stopped;
		expect(isJobQueueRunning()).toBe(false);
		expect((await jobRow('test.slow', id!))?.state).toBe('completed');
		await expect(enqueue('test.echo', { text: 'zu spät', n: 2 })).rejects.toBeInstanceOf(
			JobQueueNotRunningError
		);
	});
});
