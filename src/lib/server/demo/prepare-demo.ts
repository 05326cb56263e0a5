import { eq, sql } from 'drizzle-orm';
import { user } from '../auth/schema';
import { databaseHandle, db } from '../db';
import { analyseEmbeddedDatabase } from '../db/vacuum-embedded';
import { appSetting } from '../settings/schema';
import { seedDemo } from './seed-demo';

/** app_setting key that marks a database as a demo database. */
export const DEMO_MARKER = 'demo.instance';

interface DemoMarker {
	status: 'seeding' | 'complete';
	at: string;
}

export class DemoRefusedError extends Error {
	constructor(where: string) {
		super(
			`Der Demo-Modus wurde nicht gestartet: ${where} enthält bereits echte Daten (Konten ohne ` +
				'Demo-Kennzeichen). Der Demo-Modus füllt nur eine leere Instanz mit erfundenen Inhalten ' +
				'und verändert keine echten Daten. Bitte ein leeres Datenverzeichnis verwenden ' +
				'(npm run demo nutzt ./data-demo) oder ohne Demo-Modus starten (npm start).'
		);
		this.name = 'DemoRefusedError';
	}
}

export type PrepareDemoResult = 'off' | 'seeded' | 'ready';

/** Arbitrary but fixed; keeps two demo processes on one PostgreSQL from seeding twice. */
const DEMO_LOCK_KEY = 724_003;

async function withDemoLock<T>(run: () => Promise<T>): Promise<T> {
	const handle = databaseHandle();
	// PGlite: only one process can open the data directory, so there is nobody to wait for.
	if (handle.kind !== 'postgres' || !handle.pool) return run();
	const client = await handle.pool.connect();
	try {
		await client.query('SELECT pg_advisory_lock($1)', [DEMO_LOCK_KEY]);
		return await run();
	} finally {
		await client.query('SELECT pg_advisory_unlock($1)', [DEMO_LOCK_KEY]).catch(() => {});
		client.release();
	}
}

async function readMarker(): Promise<DemoMarker | null> {
	const [row] = await db.select().from(appSetting).where(eq(appSetting.key, DEMO_MARKER));
	return (row?.value as DemoMarker | undefined) ?? null;
}

async function writeMarker(status: DemoMarker['status']): Promise<void> {
	const value: DemoMarker = { status, at: new Date().toISOString() };
	await db
		.insert(appSetting)
		.values({ key: DEMO_MARKER, value })
		.onConflictDoUpdate({ target: appSetting.key, set: { value, updatedAt: new Date() } });
}

/**
 * The demo start step. Demo mode off: nothing, ever. On: an empty instance is marked as a demo
 * database first and then seeded, so an interrupted seeding resumes on the next start instead
 * of being mistaken for real data; a marked instance is left as it is; an instance holding
 * accounts without the marker is refused, because it holds real people's data.
 */
export async function prepareDemo(options: {
	demo: boolean;
	/** Names the database in the refusal, e.g. the data directory. */
	databaseLabel: string;
}): Promise<PrepareDemoResult> {
	if (!options.demo) return 'off';
	return withDemoLock(() => prepareLocked(options.databaseLabel));
}

async function prepareLocked(databaseLabel: string): Promise<PrepareDemoResult> {
	const marker = await readMarker();
	if (!marker) {
		const [{ count }] = (await db.select({ count: sql<number>`count(*)::int` }).from(user)) as [
			{ count: number }
		];
		if (count > 0) throw new DemoRefusedError(databaseLabel);
		await writeMarker('seeding');
	} else if (marker.status === 'complete') {
		return 'ready';
	}
	await seedDemo();
	await writeMarker('complete');
	await analyseEmbeddedDatabase(databaseHandle());
	return 'seeded';
}
