import { qualified, quoteIdent, type ColumnInfo, type TableInfo } from './catalog';
import { BackupIncompatibleError } from './errors';
import type { BackupTable, RowValues } from './format';
import type { TransactionClient } from './transaction';

/** Most servers accept 65535 parameters per statement; stay well below. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_INSERT = 500;

/**
 * Inserts one table's rows from a backup, in batches. A reference that cannot be satisfied yet
 * (to the same table, as territorial_unit.parent_id, or to a table restored later because of a
 * reference cycle) is written as NULL first and set once every table is in; the values wait in
 * a temporary table meanwhile, so memory stays flat whatever the table's size.
 */
export class TableWriter {
	private readonly columns: ColumnInfo[];
	private readonly deferred: Set<string>;
	private readonly fixupTable: string;
	private readonly rowsPerInsert: number;
	private batch: RowValues[] = [];
	private fixupCreated = false;
	written = 0;

	get table(): string {
		return this.target.name;
	}

	constructor(
		private readonly client: TransactionClient,
		private readonly source: BackupTable,
		private readonly target: TableInfo,
		pendingTables: ReadonlySet<string>,
		index: number
	) {
		const byName = new Map(target.columns.map((column) => [column.name, column]));
		this.columns = source.columns.map(({ name }) => {
			const column = byName.get(name);
			if (!column)
				throw new BackupIncompatibleError(
					`Die Sicherung enthält die Spalte „${name}“ der Tabelle „${target.name}“, ` +
						'die es in dieser Datenbank nicht mehr gibt.'
				);
			return column;
		});
		this.deferred = deferredColumns(
			target,
			pendingTables,
			new Set(this.columns.map((c) => c.name))
		);
		this.fixupTable = `kommunalnetz_restore_fixup_${index}`;
		this.rowsPerInsert = Math.max(
			1,
			Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / this.columns.length))
		);
	}

	async add(values: RowValues): Promise<void> {
		if (values.length !== this.columns.length)
			throw new BackupIncompatibleError(
				`Eine Zeile der Tabelle „${this.target.name}“ hat ${values.length} statt ` +
					`${this.columns.length} Werte; die Sicherungsdatei ist beschädigt.`
			);
		this.batch.push(values);
		if (this.batch.length >= this.rowsPerInsert) await this.flush();
	}

	async flush(): Promise<void> {
		const rows = this.batch;
		if (rows.length === 0) return;
		this.batch = [];
		const params: (string | null)[] = [];
		const tuples = rows.map((values) =>
			tuple(
				this.columns.map((column, index) => {
					if (this.deferred.has(column.name)) return 'NULL';
					params.push(values[index] ?? null);
					return cast(params.length, column.type);
				})
			)
		);
		const names = this.columns.map((column) => quoteIdent(column.name)).join(', ');
		// OVERRIDING SYSTEM VALUE keeps the ids of GENERATED ALWAYS identity columns.
		await this.client.query(
			`INSERT INTO ${qualified(this.target.name)} (${names}) OVERRIDING SYSTEM VALUE VALUES ${tuples.join(', ')}`,
			params
		);
		this.written += rows.length;
		if (this.deferred.size > 0) await this.saveDeferred(rows);
	}

	/** Sets the references written as NULL; call once every table's rows are in. */
	async applyDeferred(): Promise<void> {
		if (!this.fixupCreated) return;
		const table = qualified(this.target.name);
		const fixup = quoteIdent(this.fixupTable);
		const assignments = [...this.deferred]
			.map((name) => `${quoteIdent(name)} = f.${quoteIdent(name)}`)
			.join(', ');
		const match = this.target.primaryKey
			.map((name) => `t.${quoteIdent(name)} = f.${quoteIdent(name)}`)
			.join(' AND ');
		await this.client.query(
			`UPDATE ${table} AS t SET ${assignments} FROM ${fixup} AS f WHERE ${match}`
		);
	}

	private async saveDeferred(rows: RowValues[]): Promise<void> {
		const keep = [...this.target.primaryKey, ...this.deferred];
		const positions = keep.map((name) => this.columns.findIndex((column) => column.name === name));
		const deferredPositions = positions.slice(this.target.primaryKey.length);
		const withValues = rows.filter((values) =>
			deferredPositions.some((position) => values[position] !== null)
		);
		if (withValues.length === 0) return;
		if (!this.fixupCreated) {
			await this.client.query(
				`CREATE TEMPORARY TABLE ${quoteIdent(this.fixupTable)} ON COMMIT DROP AS ` +
					`SELECT ${keep.map(quoteIdent).join(', ')} FROM ${qualified(this.target.name)} WITH NO DATA`
			);
			this.fixupCreated = true;
		}
		const params: (string | null)[] = [];
		const tuples = withValues.map((values) =>
			tuple(
				positions.map((position) => {
					params.push(values[position] ?? null);
					return cast(params.length, this.columns[position]!.type);
				})
			)
		);
		await this.client.query(
			`INSERT INTO ${quoteIdent(this.fixupTable)} (${keep.map(quoteIdent).join(', ')}) VALUES ${tuples.join(', ')}`,
			params
		);
	}
}

/**
 * Columns of references that point at rows not restored yet. Only nullable, non-deferrable
 * references of tables with a primary key can wait; deferrable ones wait by SET CONSTRAINTS.
 */
function deferredColumns(
	table: TableInfo,
	pendingTables: ReadonlySet<string>,
	present: ReadonlySet<string>
): Set<string> {
	const deferred = new Set<string>();
	if (table.primaryKey.length === 0 || !table.primaryKey.every((name) => present.has(name)))
		return deferred;
	const nullable = new Set(table.columns.filter((c) => !c.notNull).map((c) => c.name));
	for (const key of table.foreignKeys) {
		const waits = key.referencedTable === table.name || pendingTables.has(key.referencedTable);
		if (!waits || key.deferrable) continue;
		if (key.columns.every((name) => nullable.has(name) && present.has(name)))
			for (const name of key.columns) deferred.add(name);
	}
	return deferred;
}

// Parameters travel as text and go through the column type's own input function, exactly as
// COPY would read them; `$1::jsonb` alone would let a driver serialise the string as JSON again.
function cast(parameter: number, type: string): string {
	return `$${parameter}::text::${type}`;
}

function tuple(parts: string[]): string {
	return `(${parts.join(', ')})`;
}
