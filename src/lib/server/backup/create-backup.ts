import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import packageJson from '../../../../package.json';
import type { DatabaseHandle } from '../db';
import {
	orderByDependencies,
	qualified,
	quoteIdent,
	readSequences,
	readTables,
	type TableInfo
} from './catalog';
import {
	BACKUP_FORMAT,
	BACKUP_FORMAT_VERSION,
	PROGRESS_INTERVAL,
	type BackupHeader,
	type RowValues
} from './format';
import { BackupFileError } from './errors';
import { filesRoot } from '../files/file-store';
import { fileLines, type FileSectionResult } from './file-section';
import { readAppliedMigrations } from './migration-state';
import { inTransaction, type TransactionClient } from './transaction';

/** Rows fetched per round trip: large enough to be quick, small enough to keep memory flat. */
const FETCH_SIZE = 500;

export interface BackupSummary {
	file: string;
	tables: number;
	rows: number;
	bytes: number;
	header: BackupHeader;
	/** Stored files (attachments) written into the backup. */
	files: number;
	/** Files the database names whose bytes were missing on disk (not in the backup). */
	missingFiles: string[];
}

export interface CreateBackupOptions {
	/** Checked between batches; aborting leaves no file behind. */
	signal?: AbortSignal;
	/** Called every PROGRESS_INTERVAL rows with the number of rows written so far. */
	onProgress?: (rows: number) => void;
	/** Where the stored files are (default: DATA_DIR/files). */
	filesRoot?: string;
}

/**
 * Writes every table of the database into `file` (see format.ts), from one consistent snapshot.
 * The file appears only once it is complete, so an interrupted backup never replaces a good one.
 */
export async function createBackup(
	handle: DatabaseHandle,
	file: string,
	options: CreateBackupOptions = {}
): Promise<BackupSummary> {
	const target = path.resolve(file);
	const partial = `${target}.${process.pid}.unvollstaendig`;
	checkWritableFolder(target);
	const files: FileSectionResult = { files: 0, missing: [] };
	try {
		const header = await inTransaction(
			handle,
			async (client) => {
				const { header, tables } = await readHeader(client, handle.kind);
				await pipeline(
					Readable.from(backupLines(client, header, tables, files, options)),
					createGzip(),
					// Password hashes, the sign-in secret and personal data: readable by the owner only.
					fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 })
				);
				return header;
			},
			{ readOnlySnapshot: true }
		);
		fs.renameSync(partial, target);
		return {
			file: target,
			tables: header.tables.length,
			rows: header.tables.reduce((sum, table) => sum + table.rows, 0),
			bytes: fs.statSync(target).size,
			header,
			files: files.files,
			missingFiles: files.missing
		};
	} catch (error) {
		fs.rmSync(partial, { force: true });
		throw error;
	}
}

function checkWritableFolder(target: string): void {
	const folder = path.dirname(target);
	try {
		fs.accessSync(folder, fs.constants.W_OK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new BackupFileError(
			code === 'ENOENT'
				? `Den Ordner ${folder} gibt es nicht.`
				: `In den Ordner ${folder} darf dieser Prozess nicht schreiben (${code}).`
		);
	}
}

async function readHeader(
	client: TransactionClient,
	database: BackupHeader['database']
): Promise<{ header: BackupHeader; tables: TableInfo[] }> {
	const migrations = await readAppliedMigrations(client);
	const tables = orderByDependencies(await readTables(client));
	const counted = [];
	for (const table of tables) {
		const [count] = await client.query<{ rows: string }>(
			`SELECT count(*)::text AS rows FROM ${qualified(table.name)}`
		);
		counted.push({
			name: table.name,
			columns: table.columns.map(({ name, type }) => ({ name, type })),
			primaryKey: table.primaryKey,
			rows: Number(count?.rows ?? 0)
		});
	}
	// Read after the snapshot began, so every number a backed-up row holds is below these.
	const sequences = await readSequences(client);
	const header: BackupHeader = {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		createdAt: new Date().toISOString(),
		appVersion: packageJson.version,
		database,
		migration: migrations.latest,
		tables: counted,
		sequences
	};
	return { header, tables };
}

async function* backupLines(
	client: TransactionClient,
	header: BackupHeader,
	tables: TableInfo[],
	files: FileSectionResult,
	options: CreateBackupOptions
): AsyncGenerator<string> {
	yield `${JSON.stringify(header)}\n`;
	let total = 0;
	for (const table of tables) {
		yield `${JSON.stringify({ table: table.name })}\n`;
		for await (const row of readRows(client, table, options.signal)) {
			total++;
			if (total % PROGRESS_INTERVAL === 0) options.onProgress?.(total);
			yield `${JSON.stringify(row)}\n`;
		}
	}
	yield* fileLines(client, options.filesRoot ?? filesRoot(), files, options.signal);
	yield `${JSON.stringify({ end: true, tables: tables.length, rows: total, files: files.files })}\n`;
}

async function* readRows(
	client: TransactionClient,
	table: TableInfo,
	signal: AbortSignal | undefined
): AsyncGenerator<RowValues> {
	const select = table.columns
		.map((column, index) => `${quoteIdent(column.name)}::text AS c${index}`)
		.join(', ');
	const order = table.primaryKey.length
		? ` ORDER BY ${table.primaryKey.map(quoteIdent).join(', ')}`
		: '';
	// A cursor streams the table batch by batch instead of loading it whole.
	await client.query(
		`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${select} FROM ${qualified(table.name)}${order}`
	);
	let finished = false;
	try {
		for (;;) {
			signal?.throwIfAborted();
			const batch = await client.query<Record<string, string | null>>(
				`FETCH ${FETCH_SIZE} FROM backup_rows`
			);
			for (const row of batch) yield table.columns.map((_, index) => row[`c${index}`] ?? null);
			if (batch.length < FETCH_SIZE) break;
		}
		finished = true;
	} finally {
		// After a failure the transaction is aborted and rolled back anyway; keep the first error.
		const close = client.query('CLOSE backup_rows');
		if (finished) await close;
		else await close.catch(() => {});
	}
}
