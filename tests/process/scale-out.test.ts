import { describe, expect, it } from 'vitest';
import { startApp, type App } from './support/app';
import { tempDataDir } from './support/paths';
import { adminUrl, createDatabase, query } from './support/postgres';

async function impressum(app: App): Promise<string> {
	const response = await fetch(`${app.url}/impressum`);
	expect(response.status).toBe(200);
	return response.text();
}

async function setImpressum(databaseUrl: string, markdown: string): Promise<void> {
	await query(
		databaseUrl,
		`INSERT INTO app_setting (key, value) VALUES ('site.page.impressum', $1::jsonb)
		 ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()`,
		[JSON.stringify({ markdown, updatedBy: null })]
	);
}

describe.runIf(adminUrl)('several app processes on one PostgreSQL database', () => {
	it('start together on an empty database and serve the same data', async () => {
		const databaseUrl = await createDatabase();
		// Both migrate and load state data at the same moment; the advisory locks must serialise it.
		const [first, second] = await Promise.all([
			startApp({ dataDir: tempDataDir(), databaseUrl }),
			startApp({ dataDir: tempDataDir(), databaseUrl })
		]);
		for (const app of [first, second])
			expect(await app.healthz()).toEqual({
				status: 200,
				body: { status: 'ok', database: 'postgres' }
			});
		const [migrations] = await query<{ n: number }>(
			databaseUrl,
			'SELECT count(DISTINCT hash)::int - count(*)::int AS n FROM drizzle.__drizzle_migrations'
		);
		expect(migrations!.n).toBe(0);

		// A setting changed once (as by the board in one process) shows in both at once: nothing
		// may live only in one process's memory.
		await setImpressum(databaseUrl, 'Verantwortlich: **Erste Fassung** 1a2b');
		expect(await impressum(first)).toContain('Erste Fassung</strong> 1a2b');
		expect(await impressum(second)).toContain('Erste Fassung</strong> 1a2b');
		await setImpressum(databaseUrl, 'Verantwortlich: **Zweite Fassung** 3c4d');
		expect(await impressum(second)).toContain('Zweite Fassung</strong> 3c4d');
		expect(await impressum(first)).toContain('Zweite Fassung</strong> 3c4d');

		// One process stopping leaves the other serving.
		expect(await first.stop('SIGTERM')).toMatchObject({ code: 0 });
		expect((await second.healthz()).status).toBe(200);
		expect(await impressum(second)).toContain('Zweite Fassung');
	});
});
