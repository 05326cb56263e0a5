/**
 * One of the run's servers (run-servers.ts starts them): an instance of the built app
 * (`node scripts/start.js`) with its own data folder, and on PostgreSQL its own fresh database.
 * Usage: `tsx run-instance.ts demo|empty`.
 *
 * It wraps the app instead of being the app so that the database and data folder it made are
 * removed after the app has stopped (Playwright sends SIGTERM to the whole process group).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import pg from 'pg';
import { E2E_DATABASE_PREFIX, e2e, type InstanceEnvironment } from '../environment';

const name = process.argv[2];
if (name !== 'demo' && name !== 'empty') {
	console.error('Aufruf: tsx run-instance.ts demo|empty');
	process.exit(2);
}
const instance: InstanceEnvironment = e2e()[name];
const server = process.env.E2E_DATABASE_URL;

if (!existsSync('build/handler.js')) {
	console.error('Kein Build gefunden (build/handler.js). Zuerst bauen: npx vite build');
	process.exit(1);
}

/** Runs older than this are surely over; their databases are left-overs of killed runs. */
const STALE_AFTER_SECONDS = 6 * 60 * 60;

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: server });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

function databaseName(): string {
	return new URL(instance.databaseUrl!).pathname.slice(1);
}

async function createDatabase(): Promise<void> {
	await withAdmin(async (client) => {
		const { rows } = await client.query<{ datname: string }>(
			'SELECT datname FROM pg_database WHERE datname LIKE $1',
			[`${E2E_DATABASE_PREFIX}%`]
		);
		const cutoff = Date.now() / 1000 - STALE_AFTER_SECONDS;
		for (const { datname } of rows) {
			const started = Number(datname.slice(E2E_DATABASE_PREFIX.length).split('_')[0]);
			if (started < cutoff) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
		}
		await client.query(`CREATE DATABASE "${databaseName()}"`);
	});
}

async function dropDatabase(): Promise<void> {
	await withAdmin((client) =>
		client.query(`DROP DATABASE IF EXISTS "${databaseName()}" WITH (FORCE)`)
	);
}

/** Folders of runs that were killed before they could clean up. */
function removeStaleRunFolders(): void {
	const cutoff = Date.now() - STALE_AFTER_SECONDS * 1000;
	for (const entry of readdirSync(os.tmpdir())) {
		if (!entry.startsWith('kn-e2e-')) continue;
		const folder = path.join(os.tmpdir(), entry);
		if (statSync(folder).mtimeMs < cutoff) rmSync(folder, { recursive: true, force: true });
	}
}

removeStaleRunFolders();
mkdirSync(instance.dataDir, { recursive: true });
if (instance.databaseUrl) await createDatabase();

const childEnv: NodeJS.ProcessEnv = {
	...process.env,
	HOST: '127.0.0.1',
	PORT: String(instance.port),
	DATA_DIR: instance.dataDir,
	DATABASE_URL: instance.databaseUrl ?? '',
	SMTP_URL: `smtp://127.0.0.1:${e2e().smtpPort}`,
	DEMO: name === 'demo' ? '1' : '0',
	// The specs' council systems run on this machine, which a real source may not reach.
	OPARL_ALLOW_PRIVATE_HOSTS: '127.0.0.1,localhost'
};
// The tests talk plain http to 127.0.0.1; a developer's ORIGIN would break CSRF checks.
delete childEnv.ORIGIN;

// E2E_CPU_PROF=<folder>: each instance writes a V8 CPU profile there when it stops, to find
// where an instance's time goes during a run (open it in Chrome DevTools or speedscope).
const profile = process.env.E2E_CPU_PROF
	? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.E2E_CPU_PROF)}`]
	: [];

const child = spawn(
	process.execPath,
	[...profile, 'scripts/start.js', ...(name === 'demo' ? ['--demo'] : [])],
	{ stdio: 'inherit', env: childEnv }
);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
	process.on(signal, () => child.kill(signal));
}

child.on('exit', (code, signal) => {
	void (async () => {
		try {
			if (instance.databaseUrl) await dropDatabase();
		} catch (error) {
			console.error(`Datenbank ${databaseName()} nicht gelöscht:`, error);
		}
		if (process.env.E2E_KEEP_DATA !== '1') {
			rmSync(instance.dataDir, { recursive: true, force: true });
			// The run's folder goes with the last instance that leaves it.
			try {
				rmdirSync(path.dirname(instance.dataDir));
			} catch {
				// Still in use by the other instance or the global teardown.
			}
		}
		process.exit(code ?? (signal === 'SIGTERM' || signal === 'SIGINT' ? 0 : 1));
	})();
});
