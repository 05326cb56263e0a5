import type { PGlite } from '@electric-sql/pglite';
import { emptyDatabase, migratedTables } from './empty-database';

/**
 * One PGlite instance per test worker, handed on from file to file. Starting one from the
 * migrated tarball costs 0.6–1 s and 1–1.5 s of CPU (the WASM module and a 45 MB data folder),
 * and about 200 files of the PGlite run start one; emptying the last file's instance costs about
 * 0.2 s. A file's instance is handed on only when, emptied, its catalog equals a freshly migrated
 * one's (`fingerprint`): a file that altered the schema, analysed tables, used a sequence no
 * table owns or closed its database leaves its instance to be closed, and the next file starts a
 * new one. After `MAX_HANDOVERS` files an instance retires all the same: TRUNCATE and dropped
 * schemas leave dead catalog rows behind, and WASM memory only grows.
 *
 * Kept on globalThis, not in a module variable: the isolated project evaluates the modules anew
 * for each file, and an instance must not be lost there without being closed.
 */
const MAX_HANDOVERS = 25;

interface SpareState {
	/** The emptied instance waiting for the next file. */
	spare?: PGlite;
	/** Files each instance has served, so a handed-on instance retires in time. */
	handovers: WeakMap<PGlite, number>;
	/** What a migrated, empty instance's catalog looks like (`fingerprint`), taken once. */
	pristine?: { fingerprint: string; tables: string };
}

const STATE = Symbol.for('kommunalnetz.vitest.pglite-spare');
const store = globalThis as { [STATE]?: SpareState };
const state = (store[STATE] ??= { handovers: new WeakMap() });

/**
 * Everything a test file may change that emptying the tables does not undo and a later file
 * could notice: relations, columns, constraints, functions, triggers, types and enum labels,
 * extensions, roles, settings, statistics, large objects, the migration log and sequences whose
 * value outlives TRUNCATE … RESTART IDENTITY.
 */
const FINGERPRINT = `
WITH user_namespaces AS (
	SELECT oid, nspname FROM pg_namespace
	WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'
), items(item) AS (
	SELECT 'n ' || nspname FROM user_namespaces
	UNION ALL SELECT 'c ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text || c.relpersistence::text
		FROM pg_class c JOIN user_namespaces n ON n.oid = c.relnamespace
	UNION ALL SELECT 'a ' || a.attrelid::regclass::text || '.' || a.attname || ' ' || a.atttypid::text
			|| ' ' || a.attnotnull::text || a.atthasdef::text || a.attisdropped::text
		FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
		JOIN user_namespaces n ON n.oid = c.relnamespace WHERE a.attnum > 0
	UNION ALL SELECT 'k ' || conrelid::regclass::text || '.' || conname || ' ' || contype::text
		FROM pg_constraint k JOIN user_namespaces n ON n.oid = k.connamespace
	UNION ALL SELECT 'f ' || p.oid::regprocedure::text
		FROM pg_proc p JOIN user_namespaces n ON n.oid = p.pronamespace
	UNION ALL SELECT 't ' || tgrelid::regclass::text || '.' || tgname || ' ' || tgenabled::text
		FROM pg_trigger WHERE NOT tgisinternal
	UNION ALL SELECT 'y ' || t.oid::regtype::text FROM pg_type t JOIN user_namespaces n ON n.oid = t.typnamespace
	UNION ALL SELECT 'e ' || enumtypid::regtype::text || '.' || enumlabel FROM pg_enum
	UNION ALL SELECT 'x ' || extname || ' ' || extversion FROM pg_extension
	UNION ALL SELECT 'r ' || rolname FROM pg_roles
	UNION ALL SELECT 's ' || count(*) FROM pg_db_role_setting
	UNION ALL SELECT 'z ' || count(*) FROM pg_statistic s JOIN pg_class c ON c.oid = s.starelid
		JOIN user_namespaces n ON n.oid = c.relnamespace
	UNION ALL SELECT 'l ' || count(*) FROM pg_largeobject_metadata
	UNION ALL SELECT 'q ' || schemaname || '.' || sequencename FROM pg_sequences
		WHERE last_value IS NOT NULL
)
SELECT md5(string_agg(item, E'\\n' ORDER BY item)) AS fingerprint FROM items`;

async function fingerprint(client: PGlite): Promise<string> {
	const { rows } = await client.query<{ fingerprint: string }>(FINGERPRINT);
	const migrations = await client.query<{ count: number }>(
		`SELECT count(*)::int AS count FROM drizzle.__drizzle_migrations`
	);
	return `${rows[0]!.fingerprint}/${migrations.rows[0]!.count}`;
}

/**
 * Notes what a fresh, migrated instance looks like, before a test touches it; once per worker
 * (and per process of the isolated project).
 */
export async function notePristinePglite(client: PGlite): Promise<void> {
	if (state.pristine) return;
	state.pristine = { fingerprint: await fingerprint(client), tables: await migratedTables(client) };
}

/** The emptied instance a previous file left, if any; the caller owns it from now on. */
export function takeSparePglite(): PGlite | undefined {
	const spare = state.spare;
	state.spare = undefined;
	return spare && !spare.closed ? spare : undefined;
}

/**
 * Empties a file's instance and keeps it for the next file, or closes it when it cannot serve
 * as a fresh one (see the module comment). Never throws: a failure only means a new instance.
 */
export async function handOnOrClosePglite(client: PGlite): Promise<void> {
	if (client.closed) return;
	const handovers = (state.handovers.get(client) ?? 0) + 1;
	state.handovers.set(client, handovers);
	const pristine = state.pristine;
	if (!state.spare && pristine && handovers <= MAX_HANDOVERS) {
		const emptied = await emptyLikePristine(client, pristine).catch(() => false);
		if (emptied) {
			state.spare = client;
			return;
		}
	}
	await client.close().catch(() => undefined);
}

/** Empties the instance; true when it then looks like a freshly migrated one. */
async function emptyLikePristine(
	client: PGlite,
	pristine: NonNullable<SpareState['pristine']>
): Promise<boolean> {
	await emptyDatabase(client, pristine.tables);
	// Settings, prepared statements, temporary tables, locks, LISTEN. A statement of its own:
	// several in one exec share a transaction, which DISCARD ALL refuses.
	await client.exec('DISCARD ALL');
	return (await fingerprint(client)) === pristine.fingerprint;
}
