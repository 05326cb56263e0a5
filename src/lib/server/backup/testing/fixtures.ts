import type { DatabaseHandle } from '../../db';
import { qualified, quoteIdent, readTables } from '../catalog';
import { inTransaction } from '../transaction';

/**
 * A table created only in test databases with one column of every type a schema might use,
 * filled with the values that break naive dumps: NaN and ±Infinity, numeric beyond float
 * precision, bytea with NUL bytes, arrays holding NULL, JSON with numbers JavaScript would round,
 * timestamps with microseconds or BC years, text with quotes, backslashes and line breaks.
 */
export const TYPE_PROBE_TABLE = 'backup_type_probe';

export const TYPE_PROBE_DDL = `
CREATE TABLE public.${TYPE_PROBE_TABLE} (
	id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	parent_id bigint REFERENCES public.${TYPE_PROBE_TABLE}(id),
	n numeric(40, 12), n_free numeric, f8 double precision, f4 real,
	i2 smallint, i4 integer, i8 bigint, b boolean, raw bytea,
	t text, vc varchar(20), ch char(3), ta text[], ia integer[], na numeric[],
	jb jsonb, js json, d date, ts timestamp, tstz timestamptz, tm time, iv interval,
	u uuid, status mail_status, statuses mail_status[], address inet, words tsvector, ua uuid[],
	shout text GENERATED ALWAYS AS (upper(vc)) STORED
)`;

// Column name and type, in the order of the values below.
const columns: [string, string][] = [
	['n', 'numeric'],
	['n_free', 'numeric'],
	['f8', 'double precision'],
	['f4', 'real'],
	['i2', 'smallint'],
	['i4', 'integer'],
	['i8', 'bigint'],
	['b', 'boolean'],
	['raw', 'bytea'],
	['t', 'text'],
	['vc', 'varchar'],
	['ch', 'char(3)'],
	['ta', 'text[]'],
	['ia', 'integer[]'],
	['na', 'numeric[]'],
	['jb', 'jsonb'],
	['js', 'json'],
	['d', 'date'],
	['ts', 'timestamp'],
	['tstz', 'timestamptz'],
	['tm', 'time'],
	['iv', 'interval'],
	['u', 'uuid'],
	['status', 'mail_status'],
	['statuses', 'mail_status[]'],
	['address', 'inet'],
	['words', 'tsvector'],
	['ua', 'uuid[]']
];

const tricky: (string | null)[] = [
	'1234567890123456789012345678.123456789012',
	'NaN',
	'Infinity',
	'-Infinity',
	'-32768',
	'2147483647',
	'9223372036854775807',
	'false',
	'\\x00ff00c3a4',
	'Zeile 1\nZeile 2\t„Anführung“ \'einfach\' "doppelt" \\backslash\\ 🏛️ \u2028 Ende',
	'Ärger',
	'ab',
	'{"mit Komma, und \\"Quote\\"",NULL,""}',
	'{1,NULL,-3}',
	'{1.50,NaN,NULL}',
	'{"groß": 12345678901234567890.123456789, "leer": null, "liste": [1, "zwei", {"drei": true}]}',
	'{"doppelt": 1, "doppelt": 2,  "leer zeichen" : [ ] }',
	'0044-03-15 BC',
	'2024-02-29 23:59:59.999999',
	'2024-03-31 01:30:00.123456+00',
	'24:00:00',
	'1 year 2 mons 3 days 04:05:06.789',
	'5f0c0a5e-1d7b-4c3e-9f2a-6b1e2d3c4a5b',
	'outbox',
	'{queued,failed,NULL}',
	'2001:db8::1/64',
	"'gemeinde':2 'rostock':1A",
	'{5f0c0a5e-1d7b-4c3e-9f2a-6b1e2d3c4a5b,NULL}'
];

const plain: (string | null)[] = [
	'0.000000000001',
	'-0',
	'-0',
	'1.17549435e-38',
	'0',
	'-2147483648',
	'-9223372036854775808',
	'true',
	'\\x',
	'',
	'',
	'x',
	'{}',
	'{}',
	'{}',
	'[]',
	'null',
	'infinity',
	'-infinity',
	'1970-01-01 00:00:00+00',
	'00:00:00',
	'-1 days +00:00:00.000001',
	'00000000-0000-0000-0000-000000000000',
	'queued',
	'{}',
	'127.0.0.1',
	'',
	'{}'
];

export async function createTypeProbe(handle: DatabaseHandle): Promise<void> {
	await handle.exec(TYPE_PROBE_DDL);
}

export async function fillTypeProbe(handle: DatabaseHandle): Promise<void> {
	const names = columns.map(([name]) => name).join(', ');
	// Typed through text, so neither driver re-serialises a string meant as JSON.
	const casts = columns.map(([, type], index) => `$${index + 1}::text::${type}`).join(', ');
	const insert = `INSERT INTO public.${TYPE_PROBE_TABLE} (parent_id, ${names}) VALUES (NULL, ${casts}) RETURNING id::text AS id`;
	const [root] = (await handle.query<{ id: string }>(insert, tricky)).rows;
	await handle.query(
		`INSERT INTO public.${TYPE_PROBE_TABLE} (parent_id, ${names}) VALUES ($${columns.length + 1}::bigint, ${casts})`,
		[...plain, root!.id]
	);
	// A row with every nullable column NULL, and a child listed before its parent by id.
	await handle.query(`INSERT INTO public.${TYPE_PROBE_TABLE} (parent_id) VALUES (NULL)`);
	await handle.query(
		`UPDATE public.${TYPE_PROBE_TABLE} SET parent_id = (SELECT max(id) FROM public.${TYPE_PROBE_TABLE}) WHERE id = $1::bigint`,
		[root!.id]
	);
}

/**
 * Every table's rows in PostgreSQL's text form (generated columns included), ordered by primary
 * key: two databases hold the same data exactly when these are equal.
 */
export async function snapshotTables(handle: DatabaseHandle): Promise<Record<string, string[]>> {
	return inTransaction(
		handle,
		async (client) => {
			const snapshot: Record<string, string[]> = {};
			for (const table of await readTables(client)) {
				const order = table.primaryKey.length
					? table.primaryKey.map((name) => `t."${name}"`).join(', ')
					: 't::text';
				// The stored columns only: generated ones (the search tsvector) are computed by the target
				// database, whose text-search stemmer may differ between PostgreSQL versions.
				const columns = table.columns.map((column) => `t.${quoteIdent(column.name)}`).join(', ');
				const rows = await client.query<{ row: string }>(
					`SELECT ROW(${columns})::text AS row FROM ${qualified(table.name)} AS t ORDER BY ${order}`
				);
				snapshot[table.name] = rows.map((row) => row.row);
			}
			return snapshot;
		},
		{ readOnlySnapshot: true }
	);
}

/** Column types in use, with every enum counted as `enum` and enum arrays as `enum[]`. */
export async function columnTypesInUse(
	handle: DatabaseHandle,
	tables: { only?: string[]; except?: string[] }
): Promise<Set<string>> {
	const { rows } = await handle.query<{ type: string; table_name: string }>(
		`SELECT DISTINCT c.relname AS table_name,
		        CASE WHEN t.typtype = 'e' THEN 'enum'
		             WHEN et.typtype = 'e' THEN 'enum[]'
		             ELSE format_type(a.atttypid, NULL) END AS type
		   FROM pg_attribute a
		   JOIN pg_class c ON c.oid = a.attrelid
		   JOIN pg_namespace n ON n.oid = c.relnamespace
		   JOIN pg_type t ON t.oid = a.atttypid
		   LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
		  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0
		    AND NOT a.attisdropped`
	);
	return new Set(
		rows
			.filter((row) => !tables.only || tables.only.includes(row.table_name))
			.filter((row) => !tables.except?.includes(row.table_name))
			.map((row) => row.type)
	);
}
