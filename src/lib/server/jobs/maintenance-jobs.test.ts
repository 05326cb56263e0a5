import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseHandle, db } from '../db';
import { rateLimitBucket } from '../security/schema';
import { createTestDatabase } from '../testing/test-db';
import { enqueue, startJobQueue, stopJobQueue } from '.';
import { vacuumEmbeddedDatabase } from '../db/vacuum-embedded';
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
			{ name: 'maintenance.prune-rate-limits', cron: '17 3 * * *', timezone: 'Europe/Berlin' },
			{ name: 'maintenance.vacuum-embedded', cron: '47 3 * * *', timezone: 'Europe/Berlin' }
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

	it('give the embedded database the statistics and reusable space autovacuum gives a server', async () => {
		const handle = databaseHandle();
		await db.insert(rateLimitBucket).values(
			Array.from({ length: 50 }, (_, i) => ({
				key: `vacuum:${i}`,
				windowStart: new Date(),
				hits: i
			}))
		);
		const statistics = async () =>
			(
				await handle.query<{ n: number }>(
					`SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'rate_limit_bucket'`
				)
			).rows[0]!.n;
		const before = await statistics();
		const id = await enqueue('maintenance.vacuum-embedded', {});
		await waitUntil(async () => {
			const result = await handle.query<{ state: string }>(
				'SELECT state FROM pgboss.job WHERE id = $1',
				[id]
			);
			return result.rows[0]?.state === 'completed';
		});
		if (handle.kind === 'pglite') {
			// Single-user mode: without the job no statistics ever appear, and nothing vacuums.
			expect(before).toBe(0);
			expect(await statistics()).toBeGreaterThan(0);
			const { rows } = await handle.query<{ vacuumed: boolean }>(
				`SELECT last_vacuum IS NOT NULL AS vacuumed FROM pg_stat_user_tables
				WHERE relname = 'rate_limit_bucket'`
			);
			expect(rows).toEqual([{ vacuumed: true }]);
		} else {
			expect(await vacuumEmbeddedDatabase(handle)).toBe('left-to-autovacuum');
		}
	});
});
