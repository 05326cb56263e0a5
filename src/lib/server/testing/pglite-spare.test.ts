import type { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { handOnOrClosePglite, notePristinePglite, takeSparePglite } from './pglite-spare';
import { openMigratedPglite } from './test-db';

/** A migrated instance of this test's own, the worker's spare (if any) closed first. */
async function freshInstance(): Promise<PGlite> {
	await takeSparePglite()?.close();
	const client = (await openMigratedPglite()).pglite!;
	await notePristinePglite(client);
	return client;
}

async function documentCount(client: PGlite): Promise<number> {
	const { rows } = await client.query<{ n: number }>(
		'SELECT count(*)::int AS n FROM search_document'
	);
	return rows[0]!.n;
}

const clients: PGlite[] = [];
afterEach(async () => {
	for (const client of clients.splice(0)) if (!client.closed) await client.close();
});

describe('handing a PGlite instance on to the next test file', () => {
	it('empties tables, added schemas and session settings, and hands the instance on', async () => {
		const client = await freshInstance();
		clients.push(client);
		await client.exec(`
			INSERT INTO search_document (type, source_id, title, url, access)
			VALUES ('motion', gen_random_uuid(), 'Haushalt', '/antraege/1', 'public');
			CREATE SCHEMA pgboss_left_over; CREATE TABLE pgboss_left_over.job (id int)`);
		await client.exec(`SET TIME ZONE 'Asia/Tokyo'`);
		await handOnOrClosePglite(client);
		expect(takeSparePglite()).toBe(client);
		expect(await documentCount(client)).toBe(0);
		const { rows } = await client.query<{ n: number; zone: string }>(
			`SELECT (SELECT count(*)::int FROM pg_namespace WHERE nspname = 'pgboss_left_over') AS n,
			        current_setting('TimeZone') AS zone`
		);
		expect(rows[0]!.n).toBe(0);
		expect(rows[0]!.zone).not.toBe('Asia/Tokyo');
	});

	it.each([
		['an altered table', 'ALTER TABLE search_document ADD COLUMN extra int'],
		[
			'statistics',
			`INSERT INTO search_document (type, source_id, title, url, access)
			 VALUES ('motion', gen_random_uuid(), 'Haushalt', '/antraege/1', 'public');
			 ANALYZE search_document`
		],
		[
			'a new function',
			'CREATE FUNCTION public.left_over() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'
		]
	])('closes an instance left with %s, so the next file starts a fresh one', async (_, change) => {
		const client = await freshInstance();
		clients.push(client);
		await client.exec(change);
		await handOnOrClosePglite(client);
		expect(client.closed).toBe(true);
		expect(takeSparePglite()).toBeUndefined();
	});
});
