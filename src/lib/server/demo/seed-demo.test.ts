import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { user } from '../auth/schema';
import { signIn } from '../auth/sign-in';
import { createTestAccount } from '../auth/test-support';
import { databaseHandle, db } from '../db';
import { ensureDefaultTopics } from '../directory/default-topics';
import { getSitePage } from '../instance/get-site-page';
import { appSetting } from '../settings/schema';
import { loadStateData } from '../territory/load-state-data';
import { preparedTestDatabase, testDatabaseKind } from '../testing/test-db';
import { DEMO_MARKER, DemoRefusedError, prepareDemo } from './prepare-demo';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './data/accounts';
import { DEMO_DATENSCHUTZ, DEMO_IMPRESSUM } from './data/pages';
import { DEMO_PRIVATE_VALUES } from './private-values';

/** Preparing takes seconds, far more on a loaded machine: more than the default hook timeout. */
const PREPARE_TIMEOUT_MS = 180_000;

const options = (demo: boolean) => ({ demo, databaseLabel: 'Die Testdatenbank' });

async function accounts() {
	return db
		.select({ email: user.email, role: user.role, emailVerified: user.emailVerified })
		.from(user)
		.orderBy(asc(user.email));
}

describe('demo mode', () => {
	// As at boot: the demo directory refers to the state's councils and the topic list. Loaded
	// once per file; every test starts from a copy, since each needs an instance without accounts.
	const bootedDatabase = preparedTestDatabase(async () => {
		await loadStateData({ state: 'mv' });
		await ensureDefaultTopics();
	});
	// The first call also prepares the database the copies come from.
	beforeEach(async () => {
		await bootedDatabase();
	}, PREPARE_TIMEOUT_MS);

	it('never seeds when demo mode is off', async () => {
		expect(await prepareDemo(options(false))).toBe('off');
		expect(await accounts()).toEqual([]);
		expect(await db.select().from(appSetting).where(eq(appSetting.key, DEMO_MARKER))).toEqual([]);
	});

	// One test, since seeding the whole demo takes seconds: the first start fills, the next keeps.
	it('fills an empty instance with the four demo accounts, pages and audit entries, and leaves it alone on the next start', async () => {
		expect(await prepareDemo(options(true))).toBe('seeded');
		expect(await accounts()).toEqual([
			{ email: 'fraktion@example.org', role: 'faction_admin', emailVerified: true },
			{ email: 'interessiert@example.org', role: 'interested', emailVerified: true },
			{ email: 'mitglied@example.org', role: 'member', emailVerified: true },
			{ email: 'vorstand@example.org', role: 'board', emailVerified: true }
		]);
		const result = await signIn({
			email: 'mitglied@example.org',
			password: DEMO_PASSWORD,
			request: { ip: '192.0.2.10', userAgent: 'vitest', cookie: '' }
		});
		expect(result.status).toBe('signed-in');

		const impressum = await getSitePage('impressum');
		expect(impressum.isDefault).toBe(false);
		expect(impressum.html).toContain('Demo-Instanz');
		expect(impressum.updatedBy?.name).toBe('Katrin Vorstandt');
		expect((await getSitePage('datenschutz')).isDefault).toBe(false);

		const actions = (await db.select().from(auditLog)).map((entry) => entry.action);
		expect(actions).toContain('demo.seed');
		expect(actions.filter((action) => action === 'user.create')).toHaveLength(4);

		// PGlite has no autovacuum: the seeding leaves the planner's statistics itself (a server
		// collects them on its own).
		const { rows } = await databaseHandle().query<{ n: number }>(
			`SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'search_document'`
		);
		if (testDatabaseKind === 'pglite') expect(rows[0]!.n).toBeGreaterThan(0);

		const auditBefore = await db.select().from(auditLog);
		expect(await prepareDemo(options(true))).toBe('ready');
		expect(await accounts()).toHaveLength(4);
		expect(await db.select().from(auditLog)).toHaveLength(auditBefore.length);
	});

	it('refuses to seed an instance that holds real accounts, and changes nothing', async () => {
		await createTestAccount({ email: 'echt@example.org', role: 'board' });
		await expect(prepareDemo(options(true))).rejects.toThrow(DemoRefusedError);
		await expect(prepareDemo(options(true))).rejects.toThrow(
			/Die Testdatenbank enthält bereits echte Daten/
		);
		expect((await accounts()).map((a) => a.email)).toEqual(['echt@example.org']);
		expect(await db.select().from(appSetting).where(eq(appSetting.key, DEMO_MARKER))).toEqual([]);
		expect((await getSitePage('impressum')).isDefault).toBe(true);
	});

	it('finishes an interrupted seeding on the next start', async () => {
		// As if the process died after the marker and the first account were written.
		await db
			.insert(appSetting)
			.values({ key: DEMO_MARKER, value: { status: 'seeding', at: new Date().toISOString() } });
		await createTestAccount({ email: 'vorstand@example.org', role: 'board' });
		expect(await prepareDemo(options(true))).toBe('seeded');
		expect(await accounts()).toHaveLength(4);
		const [marker] = await db.select().from(appSetting).where(eq(appSetting.key, DEMO_MARKER));
		expect(marker!.value).toMatchObject({ status: 'complete' });
	});
});

describe('DEMO_PRIVATE_VALUES', () => {
	it('lists every demo account’s address and name', () => {
		for (const account of DEMO_ACCOUNTS) {
			expect(DEMO_PRIVATE_VALUES).toContain(account.email);
			expect(DEMO_PRIVATE_VALUES).toContain(account.name);
		}
	});

	it('appear nowhere in the public demo pages', () => {
		for (const value of DEMO_PRIVATE_VALUES) {
			expect(DEMO_IMPRESSUM).not.toContain(value);
			expect(DEMO_DATENSCHUTZ).not.toContain(value);
		}
	});
});
