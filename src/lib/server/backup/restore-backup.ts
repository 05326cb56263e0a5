import type { DatabaseHandle } from '../db';
import { DATA_SCHEMA, qualified, quoteIdent, readTables, type TableInfo } from './catalog';
import {
	BackupFileError,
	BackupIncompatibleError,
	DatabaseNotEmptyError,
	type OccupiedTable
} from './errors';
import { PROGRESS_INTERVAL, type BackupHeader } from './format';
import { filesRoot } from '../files/file-store';
import { FileRestorer } from './file-section';
import { describeMigration, readAppliedMigrations } from './migration-state';
import { openBackupFile, type BodyLine } from './read-backup-file';
import { TableWriter } from './table-writer';
import { inTransaction, type TransactionClient } from './transaction';

export interface RestoreOptions {
	/** Replace the data of a database that is not empty. */
	force?: boolean;
	/** Checked between batches; aborting rolls everything back. */
	signal?: AbortSignal;
	/** Called every PROGRESS_INTERVAL rows with the number of rows read so far. */
	onProgress?: (rows: number) => void;
	/** Where the stored files go (default: DATA_DIR/files). */
	filesRoot?: string;
}

export interface RestoreSummary {
	header: BackupHeader;
	tables: number;
	rows: number;
	/** Stored files written back (content-addressed: ones already there are kept as they are). */
	files: number;
	/** What the database held before and the backup replaced. */
	replaced: OccupiedTable[];
}

/**
 * Replaces the database's content with a backup's, all in one transaction: either the whole
 * backup is in afterwards, or nothing changed. Refuses a database that holds data unless
 * `force` is set, and a backup made by a newer schema than this database has.
 */
export async function restoreBackup(
	handle: DatabaseHandle,
	file: string,
	options: RestoreOptions = {}
): Promise<RestoreSummary> {
	const reader = await openBackupFile(file);
	try {
		const { header } = reader;
		return await inTransaction(handle, async (client) => {
			await checkMigration(client, header);
			const targets = new Map((await readTables(client)).map((table) => [table.name, table]));
			checkTables(header, targets);
			const occupied = await countRows(client, [...targets.values()]);
			if (occupied.length > 0 && !options.force) throw new DatabaseNotEmptyError(occupied, header);
			if (targets.size > 0)
				await client.query(
					`TRUNCATE ${[...targets.keys()].map(qualified).join(', ')} RESTART IDENTITY`
				);
			await client.query('SET CONSTRAINTS ALL DEFERRED');
			const triggers = await disableUserTriggers(client);
			const files = new FileRestorer(options.filesRoot ?? filesRoot(), damaged);
			const rows = await writeRows(client, header, targets, reader.body(), files, options);
			await enableTriggers(client, triggers);
			await restoreSequences(client, header);
			return { header, tables: header.tables.length, rows, files: files.files, replaced: occupied };
		});
	} finally {
		reader.close();
	}
}

async function checkMigration(client: TransactionClient, header: BackupHeader): Promise<void> {
	const applied = await readAppliedMigrations(client);
	const backup = header.migration;
	if (backup.createdAt > applied.latest.createdAt)
		throw new BackupIncompatibleError(
			`Die Sicherung stammt von einer neueren Version von Kommunalnetz (${header.appVersion}, ` +
				`Datenbankstand ${describeMigration(backup)}) als diese Installation ` +
				`(Datenbankstand ${describeMigration(applied.latest)}). ` +
				'Bitte zuerst Kommunalnetz aktualisieren und dann wiederherstellen.'
		);
	if (!applied.hashes.has(backup.hash))
		throw new BackupIncompatibleError(
			`Den Datenbankstand der Sicherung (${describeMigration(backup)}) kennt diese Installation ` +
				'nicht; die Sicherung stammt aus einer anderen Entwicklungslinie von Kommunalnetz.'
		);
}

function checkTables(header: BackupHeader, targets: Map<string, TableInfo>): void {
	const missing = header.tables.filter((table) => !targets.has(table.name));
	if (missing.length > 0)
		throw new BackupIncompatibleError(
			`Die Sicherung enthält Tabellen, die es in dieser Datenbank nicht gibt: ` +
				`${missing.map((table) => table.name).join(', ')}.`
		);
}

async function countRows(client: TransactionClient, tables: TableInfo[]): Promise<OccupiedTable[]> {
	const occupied: OccupiedTable[] = [];
	for (const table of tables) {
		const [row] = await client.query<{ rows: string }>(
			`SELECT count(*)::text AS rows FROM ${qualified(table.name)}`
		);
		const rows = Number(row?.rows ?? 0);
		if (rows > 0) occupied.push({ table: table.name, rows });
	}
	return occupied;
}

async function writeRows(
	client: TransactionClient,
	header: BackupHeader,
	targets: Map<string, TableInfo>,
	lines: AsyncGenerator<BodyLine>,
	files: FileRestorer,
	options: RestoreOptions
): Promise<number> {
	const expected = new Map(header.tables.map((table) => [table.name, table]));
	const pending = new Set(expected.keys());
	const writers: TableWriter[] = [];
	let current: TableWriter | undefined;
	let total = 0;
	let read = 0;
	let ended = false;

	const finishTable = async () => {
		if (!current) return;
		await current.flush();
		const wanted = expected.get(current.table)!.rows;
		if (current.written !== wanted) throw damaged();
		total += current.written;
		current = undefined;
	};

	for await (const line of lines) {
		options.signal?.throwIfAborted();
		if (ended) throw damaged();
		if (line.kind === 'row') {
			if (!current) throw damaged();
			await current.add(line.values);
			if (++read % PROGRESS_INTERVAL === 0) options.onProgress?.(read);
		} else if (line.kind === 'table') {
			await finishTable();
			const source = expected.get(line.table);
			if (!source || !pending.delete(line.table)) throw damaged();
			current = new TableWriter(client, source, targets.get(line.table)!, pending, writers.length);
			writers.push(current);
		} else if (line.kind === 'file') {
			await finishTable();
			await files.start(line.sha256, line.size);
		} else if (line.kind === 'chunk') {
			files.add(line.base64);
		} else {
			await finishTable();
			await files.finish();
			if (
				pending.size > 0 ||
				line.tables !== writers.length ||
				line.rows !== total ||
				line.files !== files.files
			)
				throw damaged();
			ended = true;
		}
	}
	if (!ended) throw damaged();
	for (const writer of writers) await writer.applyDeferred();
	return total;
}

interface TriggerRef {
	table: string;
	name: string;
}

/**
 * Rows go back exactly as they were: triggers of the application (an `updated_at` stamp, a
 * search column kept up to date) must not rewrite them on the way in. Reference checks are
 * internal triggers and stay on. Inside the transaction, so a failed restore re-enables them.
 */
async function disableUserTriggers(client: TransactionClient): Promise<TriggerRef[]> {
	const triggers = await client.query<TriggerRef>(
		`SELECT c.relname AS "table", t.tgname AS name
		   FROM pg_trigger t
		   JOIN pg_class c ON c.oid = t.tgrelid
		   JOIN pg_namespace n ON n.oid = c.relnamespace
		  WHERE n.nspname = $1 AND NOT t.tgisinternal AND t.tgenabled <> 'D'
		  ORDER BY c.relname, t.tgname`,
		[DATA_SCHEMA]
	);
	for (const trigger of triggers)
		await client.query(
			`ALTER TABLE ${qualified(trigger.table)} DISABLE TRIGGER ${quoteIdent(trigger.name)}`
		);
	return triggers;
}

async function enableTriggers(client: TransactionClient, triggers: TriggerRef[]): Promise<void> {
	for (const trigger of triggers)
		await client.query(
			`ALTER TABLE ${qualified(trigger.table)} ENABLE TRIGGER ${quoteIdent(trigger.name)}`
		);
}

async function restoreSequences(client: TransactionClient, header: BackupHeader): Promise<void> {
	for (const sequence of header.sequences) {
		const [exists] = await client.query<{ found: boolean }>(
			`SELECT to_regclass($1) IS NOT NULL AS found`,
			[qualified(sequence.name)]
		);
		if (!exists?.found) continue;
		await client.query(`SELECT setval($1::regclass, $2::text::bigint, $3)`, [
			qualified(sequence.name),
			sequence.lastValue,
			sequence.isCalled
		]);
	}
}

function damaged(): BackupFileError {
	return new BackupFileError('Die Sicherungsdatei ist beschädigt oder unvollständig.');
}
