import { describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../testing/test-db';

describe('database migrations', () => {
	it('creates the schema and the pg_trgm extension', async () => {
		const handle = await createTestDatabase();
		expect(handle.kind).toBe(testDatabaseKind);
		const tables = await handle.query<{ table_name: string }>(
			"select table_name from information_schema.tables where table_schema = 'public'"
		);
		expect(tables.rows.map((row) => row.table_name)).toEqual(
			expect.arrayContaining(['territorial_unit', 'body', 'organization', 'audit_log'])
		);
		const similarity = await handle.query<{ s: number }>(
			"select similarity('Schmidt', 'Schmitt') as s"
		);
		expect(Number(similarity.rows[0]!.s)).toBeGreaterThan(0.3);
		// Searches for common words test the tsvector of each row they walk: it must not be out of
		// line in TOAST (0009_search_tsv_inline, docs/SEARCH.md).
		const storage = await handle.query<{ attstorage: string }>(
			"select attstorage from pg_attribute where attrelid = 'search_document'::regclass and attname = 'tsv'"
		);
		expect(storage.rows[0]?.attstorage).toBe('m');
	});
});
