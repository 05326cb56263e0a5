import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../audit/record-audit';
import type { DatabaseHandle } from '../db/client';
import { useDatabase } from '../db';
import { hitRateLimit, RATE_LIMITS } from '../security/rate-limit';
import { createTestDatabase, openMigratedPglite, testDatabaseKind } from '../testing/test-db';
import { loadStateData } from '../territory/load-state-data';
import { seedDemo } from '../demo/seed-demo';
import { ensureDefaultTopics } from '../directory/default-topics';
import { createBackup } from './create-backup';
import { restoreBackup } from './restore-backup';
import {
	columnTypesInUse,
	createTypeProbe,
	fillTypeProbe,
	snapshotTables,
	TYPE_PROBE_TABLE
} from './testing/fixtures';

let folder: string;
beforeAll(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kommunalnetz-backup-'));
});
afterAll(() => {
	fs.rmSync(folder, { recursive: true, force: true });
});

/** Filling seeds the state data and the whole demo: far slower on a loaded machine. */
const FILL_TIMEOUT_MS = 180_000;

/** Real content through the capabilities' own code (state data, the demo), plus the type probe. */
async function fill(handle: DatabaseHandle): Promise<void> {
	useDatabase(handle);
	await loadStateData({ state: 'mv' });
	await ensureDefaultTopics();
	await seedDemo();
	await recordAudit({
		actor: null,
		action: 'backup.test',
		targetLabel: 'Prüfung „Sicherung“',
		details: { liste: [1, 2.5, 'drei'], verschachtelt: { wahr: true, nichts: null } },
		ip: '::1'
	});
	await recordAudit({ actor: { id: 'u1', email: 'vorstand@example.org' }, action: 'x' });
	await hitRateLimit(RATE_LIMITS.signIn, 'vorstand@example.org');
	await createTypeProbe(handle);
	await fillTypeProbe(handle);
}

let probe: Promise<{ source: DatabaseHandle; file: string }> | undefined;

/** A database holding only the filled type probe, and its backup: made once, only read after. */
function probeBackup(): Promise<{ source: DatabaseHandle; file: string }> {
	probe ??= (async () => {
		const source = await createTestDatabase();
		await createTypeProbe(source);
		await fillTypeProbe(source);
		const file = path.join(folder, 'probe.kn.gz');
		await createBackup(source, file);
		return { source, file };
	})();
	return probe;
}

async function freshTarget(): Promise<DatabaseHandle> {
	const handle = await createTestDatabase();
	await createTypeProbe(handle);
	return handle;
}

describe('backup and restore', () => {
	it(
		'restores every table row by row, with every type exactly as it was',
		async () => {
			const source = await createTestDatabase();
			await fill(source);
			const before = await snapshotTables(source);
			// State data brings units that point at their parent unit (a self-reference).
			const { rows: children } = await source.query<{ n: number }>(
				'SELECT count(*)::int AS n FROM territorial_unit WHERE parent_id IS NOT NULL'
			);
			expect(children[0]!.n).toBeGreaterThan(0);
			// The demo's accounts (with password hashes) and pages must come back too.
			expect(before['user']!.length).toBeGreaterThanOrEqual(4);
			expect(before[TYPE_PROBE_TABLE]).toHaveLength(3);

			const file = path.join(folder, 'roundtrip.kn.gz');
			const summary = await createBackup(source, file);
			expect(summary.header.database).toBe(testDatabaseKind);
			expect(summary.rows).toBe(Object.values(before).reduce((sum, rows) => sum + rows.length, 0));
			expect(summary.header.tables.map((table) => table.name)).not.toContain(
				'__drizzle_migrations'
			);

			const target = await freshTarget();
			const result = await restoreBackup(target, file);
			expect(result.replaced).toEqual([]);
			expect(await snapshotTables(target)).toEqual(before);
		},
		FILL_TIMEOUT_MS
	);

	it('keeps identity sequences, so new rows after a restore get fresh ids', async () => {
		const { file } = await probeBackup();
		const target = await freshTarget();
		await restoreBackup(target, file);
		const { rows } = await target.query<{ id: string }>(
			`INSERT INTO ${TYPE_PROBE_TABLE} (t) VALUES ('neu') RETURNING id::text AS id`
		);
		expect(Number(rows[0]!.id)).toBe(4);
	});

	it('restores references to rows that come later in the file, across many batches', async () => {
		const source = await createTestDatabase();
		await createTypeProbe(source);
		// 1,200 rows, each pointing at the next one: every parent lies in a later batch.
		await source.exec(`
			INSERT INTO ${TYPE_PROBE_TABLE} (t) SELECT 'Zeile ' || i FROM generate_series(1, 1200) AS i;
			UPDATE ${TYPE_PROBE_TABLE} SET parent_id = id + 1 WHERE id < 1200;
		`);
		const before = await snapshotTables(source);
		const file = path.join(folder, 'chain.kn.gz');
		await createBackup(source, file);
		const target = await freshTarget();
		await restoreBackup(target, file);
		expect(await snapshotTables(target)).toEqual(before);
	});

	it('keeps application triggers from rewriting restored rows, and re-enables them', async () => {
		const { source, file } = await probeBackup();
		const before = await snapshotTables(source);

		const target = await freshTarget();
		// Stands for a trigger a capability might add, e.g. an updated_at stamp.
		await target.exec(`
			CREATE FUNCTION stamp_probe() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN NEW.t := 'vom Trigger'; RETURN NEW; END $$;
			CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON ${TYPE_PROBE_TABLE}
			FOR EACH ROW EXECUTE FUNCTION stamp_probe();
		`);
		await restoreBackup(target, file);
		expect(await snapshotTables(target)).toEqual(before);
		const { rows } = await target.query<{ t: string }>(
			`INSERT INTO ${TYPE_PROBE_TABLE} (t) VALUES ('neu') RETURNING t`
		);
		expect(rows[0]!.t).toBe('vom Trigger');
	});

	it('covers every column type the schema uses in its type probe', async () => {
		const { source: handle } = await probeBackup();
		const probed = await columnTypesInUse(handle, { only: [TYPE_PROBE_TABLE] });
		const used = await columnTypesInUse(handle, { except: [TYPE_PROBE_TABLE] });
		// A new type in a schema.ts needs a column and tricky values in testing/fixtures.ts.
		expect([...used].filter((type) => !probed.has(type))).toEqual([]);
	});
});

describe.runIf(process.env.TEST_DATABASE_URL)('backup across drivers', () => {
	it(
		'restores a PGlite backup into PostgreSQL and a PostgreSQL backup into PGlite',
		async () => {
			const pglite = await openMigratedPglite();
			try {
				await fill(pglite);
				const fromPglite = await snapshotTables(pglite);
				const file = path.join(folder, 'pglite.kn.gz');
				await createBackup(pglite, file);

				const postgres = await freshTarget();
				expect(postgres.kind).toBe('postgres');
				await restoreBackup(postgres, file);
				expect(await snapshotTables(postgres)).toEqual(fromPglite);

				const back = path.join(folder, 'postgres.kn.gz');
				await createBackup(postgres, back);
				const again = await openMigratedPglite();
				try {
					await createTypeProbe(again);
					await restoreBackup(again, back);
					expect(await snapshotTables(again)).toEqual(fromPglite);
				} finally {
					await again.close();
				}
			} finally {
				await pglite.close();
			}
		},
		FILL_TIMEOUT_MS
	);
});
