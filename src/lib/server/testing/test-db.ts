import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, wrapPglite, type DatabaseHandle } from '../db/client';
import { useDatabase } from '../db';
import { migrateDatabase } from '../db/migrate';
import { isJobQueueRunning, stopJobQueue } from '../jobs/queue';
import { emptyDatabase, migratedTables } from './empty-database';
import { withDatabase } from './global-setup';
import { handOnOrClosePglite, notePristinePglite, takeSparePglite } from './pglite-spare';

/** Which database the integration tests of this run use. */
export const testDatabaseKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

let migratedPglite: Promise<Blob> | undefined;
const opened: DatabaseHandle[] = [];
const createdDatabases: string[] = [];
/** Counts finished test files: what a file prepared is gone (dropped, closed) after it. */
let fileGeneration = 0;

/**
 * Closes the databases this file opened (PGlite: or empties one and hands it on to the next file,
 * see pglite-spare.ts) and drops its PostgreSQL copies. Called by the setup
 * file's `afterAll` (setup-file-state.ts) after every test file: with `isolate: false` this module
 * is evaluated once per worker, so an `afterAll` registered here would run after the first file only.
 */
export async function closeTestDatabases(): Promise<void> {
	fileGeneration++;
	for (const handle of opened.splice(0)) {
		if (handle.pglite) await handOnOrClosePglite(handle.pglite);
		else await handle.close();
	}
	const url = process.env.TEST_DATABASE_URL;
	const names = createdDatabases.splice(0);
	if (!url || names.length === 0) return;
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	try {
		for (const name of names) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
	} finally {
		await admin.end();
	}
}

/**
 * A fresh, migrated, empty database for one test (or one file), on PGlite by default and on
 * PostgreSQL when TEST_DATABASE_URL is set. It also becomes the process's `db`.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
	const url = process.env.TEST_DATABASE_URL;
	let handle: DatabaseHandle;
	if (url) {
		const template = inject('templateDatabase');
		// Same prefix as the run's template, so the run's teardown can sweep up after a crash.
		const name = `${template.replace(/_template$/, '')}_${randomBytes(6).toString('hex')}`;
		const admin = new pg.Client({ connectionString: url });
		await admin.connect();
		try {
			await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
		} finally {
			await admin.end();
		}
		createdDatabases.push(name);
		handle = openPostgres(withDatabase(url, name), 4);
	} else {
		const spare = takeSparePglite();
		handle = spare ? wrapPglite(spare) : await openPglite(undefined, await migratedPgliteData());
		await notePristinePglite(handle.pglite!);
	}
	opened.push(handle);
	useDatabase(handle);
	return handle;
}

/** The file's database that `emptyTestDatabase()` empties again for every test. */
let reusable: { handle: DatabaseHandle; generation: number; tables: string } | undefined;

/**
 * An empty, migrated database for each test of a file, for `beforeEach`: the first call of a file
 * creates one, every later call empties it again. Emptying (TRUNCATE of every table the migrations
 * made, identities restarted, schemas added since — pg-boss's — dropped) leaves it as
 * `createTestDatabase()` would make it, at a fraction of the cost on PGlite (~0.15 s CPU instead
 * of ~0.7 s to start a new instance) and without a new instance per test piling up in memory.
 */
export async function emptyTestDatabase(): Promise<DatabaseHandle> {
	const current = reusable;
	if (!current || current.generation !== fileGeneration || !opened.includes(current.handle)) {
		const handle = await createTestDatabase();
		reusable = { handle, generation: fileGeneration, tables: await migratedTables(handle) };
		return handle;
	}
	const { handle, tables } = current;
	// A test that failed half-way may have left the queue polling the schema dropped here.
	if (isJobQueueRunning()) await stopJobQueue(0);
	await emptyDatabase(handle, tables);
	useDatabase(handle);
	return handle;
}

/**
 * Fresh databases that start from what `prepare` wrote (say the state data, 10–20 s on the
 * loaded machine): `prepare` runs once per file on a database of its own, and every call then
 * gets a copy of that (PGlite: its dumped data folder; PostgreSQL: CREATE DATABASE … TEMPLATE), so
 * tests stay as independent as with `createTestDatabase()`.
 */
export function preparedTestDatabase(
	prepare: () => Promise<unknown>
): () => Promise<DatabaseHandle> {
	let prepared: Promise<{ tarball?: Blob; template?: string }> | undefined;
	let preparedIn = -1;
	return async () => {
		// Helpers keep this function at module level, and without isolation a module outlives
		// the file: the template of an earlier file was dropped with its databases.
		if (preparedIn !== fileGeneration) prepared = undefined;
		preparedIn = fileGeneration;
		prepared ??= (async () => {
			const base = await createTestDatabase();
			await prepare();
			// Closed here (a template must have no connections); afterAll must not close it again.
			opened.splice(opened.indexOf(base), 1);
			try {
				if (base.kind === 'postgres') return { template: createdDatabases.at(-1)! };
				await base.exec('CHECKPOINT');
				return { tarball: await base.pglite!.dumpDataDir('none') };
			} finally {
				await base.close();
			}
		})();
		const { tarball, template } = await prepared;
		const url = process.env.TEST_DATABASE_URL;
		let handle: DatabaseHandle;
		if (url && template) {
			const name = `${template}_${randomBytes(3).toString('hex')}`;
			const admin = new pg.Client({ connectionString: url });
			await admin.connect();
			try {
				await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
			} finally {
				await admin.end();
			}
			createdDatabases.push(name);
			handle = openPostgres(withDatabase(url, name), 4);
		} else {
			handle = await openPglite(undefined, tarball);
		}
		opened.push(handle);
		useDatabase(handle);
		return handle;
	};
}

/**
 * A migrated, empty PGlite database beside the run's own, also on a PostgreSQL run (backups
 * across drivers): it is not made the process's `db`, and the caller closes it.
 */
export async function openMigratedPglite(): Promise<DatabaseHandle> {
	return openPglite(undefined, await migratedPgliteData());
}

/** The run's migrated PGlite data folder as a tarball (`openPglite`'s `loadDataDir`). */
export function migratedPgliteData(): Promise<Blob> {
	migratedPglite ??= migratedPgliteTarball();
	return migratedPglite;
}

/**
 * A tarball of a migrated PGlite data folder, read once per file: starting from it takes about a
 * second, initdb plus the migrations several (and `clone()` would dump the base again each time).
 */
async function migratedPgliteTarball(): Promise<Blob> {
	const file = inject('pgliteTemplate');
	if (file) return new Blob([await fs.promises.readFile(file)]);
	// Run without this project's global setup (another config): migrate here, once per file.
	const base = await openPglite(undefined);
	try {
		await migrateDatabase(base);
		await base.exec('CHECKPOINT');
		return await base.pglite!.dumpDataDir('none');
	} finally {
		await base.close();
	}
}

/** Connection string of the test's own PostgreSQL database (for tests that start processes). */
export function testDatabaseUrl(handle: DatabaseHandle): string | undefined {
	const url = process.env.TEST_DATABASE_URL;
	if (!url || handle.kind !== 'postgres') return undefined;
	const options = (handle.pool as unknown as { options: { connectionString: string } }).options;
	return options.connectionString;
}
