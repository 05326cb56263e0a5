import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Admin connection string of the test PostgreSQL server, if this run has one. */
export const adminUrl = process.env.TEST_DATABASE_URL;

const created: string[] = [];

function withDatabase(url: string, database: string): string {
	const parsed = new URL(url);
	parsed.pathname = `/${database}`;
	return parsed.toString();
}

/**
 * A new database on the test server for the processes of one test: empty, or a copy of
 * `template` (a database nobody is connected to). The prefix differs from the unit tests'
 * `kommunalnetz_test_`, whose set-up drops leftovers of that name.
 */
export async function createDatabase(template?: string): Promise<string> {
	if (!adminUrl) throw new Error('TEST_DATABASE_URL ist nicht gesetzt');
	const name = `kommunalnetz_process_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	try {
		await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
	} finally {
		await admin.end();
	}
	created.push(name);
	return withDatabase(adminUrl, name);
}

export async function dropDatabases(): Promise<void> {
	if (!adminUrl || created.length === 0) return;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	try {
		for (const name of created.splice(0))
			await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
	} finally {
		await admin.end();
	}
}

/** Runs one statement on a database of this test. */
export async function query<Row extends pg.QueryResultRow>(
	url: string,
	text: string,
	params: unknown[] = []
): Promise<Row[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query<Row>(text, params)).rows;
	} finally {
		await client.end();
	}
}
