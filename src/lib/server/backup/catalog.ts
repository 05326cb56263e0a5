import type { TransactionClient } from './transaction';

/**
 * What backup and restore need to know about the tables, read from PostgreSQL's own catalog so
 * that every table a capability adds is included without anyone registering it.
 *
 * Only schema `public` holds the platform's data. Left out on purpose: drizzle's migration
 * bookkeeping (schema `drizzle`, it describes the schema rather than data) and pg-boss (schema
 * `pgboss`, queued jobs are transient and are recreated by the application from its own tables).
 */
export const DATA_SCHEMA = 'public';
const EXCLUDED_TABLES = new Set(['__drizzle_migrations']);

export interface ColumnInfo {
	name: string;
	/** As format_type() writes it, e.g. `timestamp with time zone`, `text[]`, `mail_status`. */
	type: string;
	notNull: boolean;
}

export interface ForeignKeyInfo {
	name: string;
	columns: string[];
	referencedTable: string;
	deferrable: boolean;
}

export interface TableInfo {
	name: string;
	/** Columns that hold data, in table order; generated columns are computed, not stored. */
	columns: ColumnInfo[];
	primaryKey: string[];
	foreignKeys: ForeignKeyInfo[];
}

export async function readTables(client: TransactionClient): Promise<TableInfo[]> {
	const tableRows = await client.query<{ name: string }>(
		`SELECT c.relname AS name
		   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		  WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition
		  ORDER BY c.relname`,
		[DATA_SCHEMA]
	);
	const columnRows = await client.query<{
		table_name: string;
		name: string;
		type: string;
		not_null: boolean;
	}>(
		`SELECT c.relname AS table_name, a.attname AS name,
		        format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null
		   FROM pg_attribute a
		   JOIN pg_class c ON c.oid = a.attrelid
		   JOIN pg_namespace n ON n.oid = c.relnamespace
		  WHERE n.nspname = $1 AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
		  ORDER BY c.relname, a.attnum`,
		[DATA_SCHEMA]
	);
	const constraintRows = await client.query<{
		table_name: string;
		name: string;
		kind: 'p' | 'f';
		columns: string[];
		referenced_table: string | null;
		referenced_schema: string | null;
		deferrable: boolean;
	}>(
		`SELECT c.relname AS table_name, con.conname AS name, con.contype AS kind,
		        (SELECT json_agg(a.attname::text ORDER BY k.ord)
		           FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
		           JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
		        rc.relname AS referenced_table, rn.nspname AS referenced_schema,
		        con.condeferrable AS deferrable
		   FROM pg_constraint con
		   JOIN pg_class c ON c.oid = con.conrelid
		   JOIN pg_namespace n ON n.oid = c.relnamespace
		   LEFT JOIN pg_class rc ON rc.oid = con.confrelid
		   LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
		  WHERE n.nspname = $1 AND con.contype IN ('p', 'f')
		  ORDER BY c.relname, con.conname`,
		[DATA_SCHEMA]
	);

	const tables = new Map<string, TableInfo>();
	for (const { name } of tableRows) {
		if (!EXCLUDED_TABLES.has(name))
			tables.set(name, { name, columns: [], primaryKey: [], foreignKeys: [] });
	}
	for (const row of columnRows) {
		tables
			.get(row.table_name)
			?.columns.push({ name: row.name, type: row.type, notNull: row.not_null });
	}
	for (const row of constraintRows) {
		const table = tables.get(row.table_name);
		if (!table) continue;
		const columns = typeof row.columns === 'string' ? JSON.parse(row.columns) : row.columns;
		if (row.kind === 'p') table.primaryKey = columns;
		else if (row.referenced_schema === DATA_SCHEMA && row.referenced_table)
			table.foreignKeys.push({
				name: row.name,
				columns,
				referencedTable: row.referenced_table,
				deferrable: row.deferrable
			});
	}
	return [...tables.values()];
}

/**
 * Tables in an order in which every table comes after the tables it references, so a restore
 * can insert them one after the other. References of a table to itself do not count (restore
 * fills those in afterwards). A reference cycle (OParl objects and their bodies) is broken at a
 * reference that can wait — a nullable or deferrable one, which restore fills in afterwards or
 * checks at commit — so tables whose rows must exist first still come first. Only a cycle of
 * references that cannot wait (which no schema here has) ends the order by name.
 */
export function orderByDependencies(tables: TableInfo[]): TableInfo[] {
	const byName = new Map(tables.map((table) => [table.name, table]));
	const canWait = (table: TableInfo, key: ForeignKeyInfo) =>
		key.deferrable ||
		key.columns.every(
			(column) => !table.columns.find((candidate) => candidate.name === column)?.notNull
		);
	const references = (table: TableInfo, waitingAllowed: boolean) =>
		table.foreignKeys
			.filter((key) => key.referencedTable !== table.name && byName.has(key.referencedTable))
			.filter((key) => !waitingAllowed || !canWait(table, key))
			.map((key) => key.referencedTable);
	const pending = new Map(tables.map((table) => [table.name, new Set(references(table, false))]));
	const ordered: TableInfo[] = [];
	while (pending.size > 0) {
		let ready = [...pending.entries()]
			.filter(([, needs]) => needs.size === 0)
			.map(([name]) => name);
		if (ready.length === 0) {
			// A cycle: take the tables whose remaining references can all wait.
			ready = [...pending.keys()].filter((name) =>
				references(byName.get(name)!, true).every((needed) => !pending.has(needed))
			);
			if (ready.length === 0) ready = [...pending.keys()];
			ready = ready.slice().sort().slice(0, 1);
		}
		for (const name of ready.sort()) {
			ordered.push(byName.get(name)!);
			pending.delete(name);
			for (const needs of pending.values()) needs.delete(name);
		}
	}
	return ordered;
}

export function quoteIdent(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

export function qualified(table: string): string {
	return `${quoteIdent(DATA_SCHEMA)}.${quoteIdent(table)}`;
}

export interface SequenceState {
	name: string;
	lastValue: string;
	isCalled: boolean;
}

/** Sequences behind serial and identity columns; restored so new rows get fresh numbers. */
export async function readSequences(client: TransactionClient): Promise<SequenceState[]> {
	const names = await client.query<{ name: string }>(
		`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		  WHERE n.nspname = $1 AND c.relkind = 'S' ORDER BY c.relname`,
		[DATA_SCHEMA]
	);
	const states: SequenceState[] = [];
	for (const { name } of names) {
		const [state] = await client.query<{ last_value: string; is_called: boolean }>(
			`SELECT last_value::text AS last_value, is_called FROM ${qualified(name)}`
		);
		if (state) states.push({ name, lastValue: state.last_value, isCalled: state.is_called });
	}
	return states;
}
