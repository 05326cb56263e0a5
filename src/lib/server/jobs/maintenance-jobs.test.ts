import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseHandle, db } from '../db';
import { rateLimitBucket } from '../security/schema';
import { createTestDatabase } from '../testing/test-db';
import { enqueue, startJobQueue, stopJobQueue } from '.';
import { registerMaintenanceJobs } from './maintenance-jobs';
import { waitUntil } from './testing/wait-until';

beforeAll(async () => {
	registerMaintenanceJobs();
	await createTestDatabase();
	await startJobQueue({ mode: 'work', pollingIntervalSeconds: 0.5 });
});

afterAll(() => stopJobQueue(2_000));

describe('maintenance jobs', () => {
	it('are scheduled nightly in German time', async () => {
		// pg-boss's own table: what the timekeeper of every process reads.
		const schedules = await databaseHandle().query(
			'SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name'
		);
		expect(schedules.rows).toEqual([
			{ name: 'maintenance.prune-auth', cron: '27 3 * * *', timezone: 'Europe/Berlin' },
			{ name: 'maintenance.prune-rate-limits', cron: '17 3 * * *', timezone: 'Europe/Berlin' }
		]);
	});

	it('prune rate-limit windows that ended more than a day ago', async () => {
		const now = Date.now();
		await db.insert(rateLimitBucket).values([
			{ key: 'sign-in:alt', windowStart: new Date(now - 3 * 86_400_000), hits: 3 },
			{ key: 'sign-in:neu', windowStart: new Date(now - 60_000), hits: 1 }
		]);
		await enqueue('maintenance.prune-rate-limits', {});
		await waitUntil(async () => (await db.select().from(rateLimitBucket)).length === 1);
		const [left] = await db.select().from(rateLimitBucket);
		expect(left!.key).toBe('sign-in:neu');
	});

	it('prune expired auth data without failing', async () => {
		const id = await enqueue('maintenance.prune-auth', {});
		await waitUntil(async () => {
			const result = await databaseHandle().query<{ state: string }>(
				'SELECT state FROM pgboss.job WHERE id = $1',
				[id]
			);
			return result.rows[0]?.state === 'completed';
		});
	});
});
