import pg from 'pg';
import { openPostgres } from '../db/client';
import { migrateDatabase } from '../db/migrate';

export const TEMPLATE_DATABASE = 'kommunalnetz_test_template';

/**
 * With TEST_DATABASE_URL set, migrate one template database once per run; every test file then
 * copies it (CREATE DATABASE … TEMPLATE), which takes milliseconds instead of a migration each.
 */
export default async function setup(): Promise<() => Promise<void>> {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) return async () => {};
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	try {
		const stale = await admin.query<{ datname: string }>(
			"SELECT datname FROM pg_database WHERE datname LIKE 'kommunalnetz_test_%'"
		);
		for (const row of stale.rows)
			await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
		await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
	} finally {
		await admin.end();
	}
	const template = openPostgres(withDatabase(url, TEMPLATE_DATABASE), 2);
	await migrateDatabase(template);
	await template.close();
	return async () => {};
}

export function withDatabase(url: string, database: string): string {
	const parsed = new URL(url);
	parsed.pathname = `/${database}`;
	return parsed.toString();
}
