import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startApp } from './support/app';
import { ROOT } from './support/paths';
import { adminUrl, createDatabase, dropDatabases } from './support/postgres';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A DATA_DIR one first start of the built app created and closed cleanly (see below). */
		preparedDataDir: string;
		/** The same on TEST_DATABASE_URL's server: a database to copy (empty without one). */
		preparedDatabase: string;
	}
}

/**
 * The process tests run the built app, as `npm start` does. `npm test` builds first; run alone,
 * they build once if there is no build yet.
 *
 * A first start on an empty DATA_DIR (PGlite's initdb, the migrations, the state data, the job
 * queue's tables) costs several seconds of CPU; most tests are about what happens after it
 * (signals, locks, restores, imports), so they start from a copy of what one first start left
 * here. The first start itself is checked right here (healthy, the right database, a clean stop;
 * the run fails otherwise) and again by scale-out.test.ts, two processes on an empty PostgreSQL
 * database. Both are prepared at once (two cores).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	if (!fs.existsSync(path.join(ROOT, 'build', 'handler.js'))) {
		console.log('Kein Build vorhanden: npx vite build …');
		const result = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
		if (result.status !== 0) throw new Error('vite build ist fehlgeschlagen');
	}
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-process-prepared-'));
	const dataDir = path.join(folder, 'data');
	const teardown = async () => {
		fs.rmSync(folder, { recursive: true, force: true });
		await dropDatabases();
	};
	try {
		const [, database] = await Promise.all([
			firstStart({ dataDir }),
			adminUrl
				? createDatabase().then((databaseUrl) =>
						firstStart({ dataDir: path.join(folder, 'postgres-files'), databaseUrl })
					)
				: ''
		]);
		project.provide('preparedDataDir', dataDir);
		project.provide('preparedDatabase', database ? new URL(database).pathname.slice(1) : '');
	} catch (error) {
		await teardown();
		throw error;
	}
	return teardown;
}

/** Starts the built app once on an empty database, stops it cleanly, returns its database URL. */
async function firstStart(options: { dataDir: string; databaseUrl?: string }): Promise<string> {
	const app = await startApp(options);
	const health = JSON.stringify(await app.healthz());
	const expected = options.databaseUrl ? 'postgres' : 'pglite';
	if (health !== JSON.stringify({ status: 200, body: { status: 'ok', database: expected } }))
		throw new Error(`Der erste Start meldet ${health}:\n${app.output()}`);
	const exit = await app.stop('SIGTERM');
	if (exit.code !== 0)
		throw new Error(`Der vorbereitende Start endete mit Code ${exit.code}:\n${app.output()}`);
	return options.databaseUrl ?? '';
}
