import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../db/client';
import { migrateDatabase } from '../db/migrate';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Name of this run's migrated template database on TEST_DATABASE_URL's server. */
		templateDatabase: string;
		/**
		 * Path of a tarball of a migrated PGlite data folder (without TEST_DATABASE_URL): test
		 * files start their databases from it instead of running initdb and the migrations each.
		 */
		pgliteTemplate: string;
	}
}

/** Databases of one run share this prefix, so parallel runs never touch each other's. */
export const TEST_DATABASE_PREFIX = 'kommunalnetz_test_';

/**
 * Migrate one template database once per run. With TEST_DATABASE_URL set, every test file then
 * copies it (CREATE DATABASE … TEMPLATE), which takes milliseconds instead of a migration each; on
 * PGlite, files start from a tarball of a migrated data folder (~1 s instead of initdb + migrations,
 * 3–6 s on a loaded 2-core machine, once per file).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const url = process.env.TEST_DATABASE_URL;
	const runId = randomBytes(4).toString('hex');
	const template = `${TEST_DATABASE_PREFIX}${runId}_template`;
	project.provide('templateDatabase', template);
	// The run's data folder (see setup-data-dir.ts): test workers are this process's children.
	const removeDataDir = () =>
		fs.rmSync(path.join(os.tmpdir(), `kommunalnetz-vitest-${process.pid}`), {
			recursive: true,
			force: true
		});
	if (!url) {
		const tarball = path.join(os.tmpdir(), `kommunalnetz-vitest-${process.pid}-pglite.tar`);
		await writeMigratedPgliteTarball(tarball);
		project.provide('pgliteTemplate', tarball);
		return async () => {
			removeDataDir();
			fs.rmSync(tarball, { force: true });
		};
	}
	await adminQuery(url, `CREATE DATABASE "${template}"`);
	const handle = openPostgres(withDatabase(url, template), 2);
	try {
		await migrateDatabase(handle);
	} finally {
		await handle.close();
	}
	return async () => {
		removeDataDir();
		// Test files drop their own copies; this catches those of files that crashed.
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		try {
			const leftovers = await admin.query<{ datname: string }>(
				'SELECT datname FROM pg_database WHERE datname LIKE $1',
				[`${TEST_DATABASE_PREFIX}${runId}_%`]
			);
			for (const row of leftovers.rows) {
				await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
			}
		} finally {
			await admin.end();
		}
	};
}

async function writeMigratedPgliteTarball(file: string): Promise<void> {
	const handle = await openPglite(undefined);
	try {
		await migrateDatabase(handle);
		// Without a checkpoint every copy would replay the migrations' WAL when it starts (~15 %).
		await handle.exec('CHECKPOINT');
		// Uncompressed: every test database unpacks it, and gunzip would add to each of them.
		const tarball = await handle.pglite!.dumpDataDir('none');
		fs.writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
	} finally {
		await handle.close();
	}
}

async function adminQuery(url: string, text: string): Promise<void> {
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	try {
		await admin.query(text);
	} finally {
		await admin.end();
	}
}

export function withDatabase(url: string, database: string): string {
	const parsed = new URL(url);
	parsed.pathname = `/${database}`;
	return parsed.toString();
}
