import fs from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { BackupFileError } from './errors';
import {
	BACKUP_FORMAT,
	BACKUP_FORMAT_VERSION,
	endSchema,
	fileSchema,
	headerSchema,
	isRowValues,
	sectionSchema,
	type BackupHeader,
	type RowValues
} from './format';

export type BodyLine =
	| { kind: 'table'; table: string }
	| { kind: 'row'; values: RowValues }
	| { kind: 'file'; sha256: string; size: number }
	| { kind: 'chunk'; base64: string }
	| { kind: 'end'; tables: number; rows: number; files: number };

export interface BackupReader {
	header: BackupHeader;
	/** The lines after the header, one at a time, read from disk as they are consumed. */
	body(): AsyncGenerator<BodyLine>;
	close(): void;
}

const DAMAGED = 'Die Sicherungsdatei ist beschädigt oder unvollständig';

/** Opens a backup file and reads its header; the rows follow lazily through `body()`. */
export async function openBackupFile(file: string): Promise<BackupReader> {
	try {
		await fs.promises.access(file, fs.constants.R_OK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new BackupFileError(
			code === 'ENOENT'
				? `Die Datei ${file} gibt es nicht.`
				: `Die Datei ${file} lässt sich nicht lesen (${code}).`
		);
	}
	const source = fs.createReadStream(file);
	// pipeline() hands read errors on to the gunzip stream, so they surface while iterating.
	const gunzip = pipeline(source, createGunzip(), () => {});
	const lines = splitLines(gunzip, file);
	const first = await lines.next();
	let header: BackupHeader;
	try {
		if (first.done) throw new BackupFileError(`Die Datei ${file} ist leer.`);
		header = parseHeader(first.value, file);
	} catch (error) {
		source.destroy();
		throw error;
	}
	return {
		header,
		body: () => bodyLines(lines),
		close: () => {
			source.destroy();
			gunzip.destroy();
		}
	};
}

function parseHeader(line: string, file: string): BackupHeader {
	let parsed: unknown;
	try {
		parsed = JSON.parse(line);
	} catch {
		throw new BackupFileError(`Die Datei ${file} ist keine Kommunalnetz-Sicherung.`);
	}
	const format = (parsed as { format?: unknown; formatVersion?: unknown } | null) ?? {};
	if (format.format !== BACKUP_FORMAT)
		throw new BackupFileError(`Die Datei ${file} ist keine Kommunalnetz-Sicherung.`);
	if (typeof format.formatVersion === 'number' && format.formatVersion > BACKUP_FORMAT_VERSION)
		throw new BackupFileError(
			`Die Sicherung hat das Dateiformat ${format.formatVersion}; diese Version von Kommunalnetz ` +
				`kennt nur Format ${BACKUP_FORMAT_VERSION}. Bitte zuerst Kommunalnetz aktualisieren.`
		);
	const result = headerSchema.safeParse(parsed);
	if (!result.success) throw new BackupFileError(`${DAMAGED} (Kopfzeile ungültig).`);
	return result.data;
}

async function* bodyLines(lines: AsyncGenerator<string>): AsyncGenerator<BodyLine> {
	for await (const line of lines) {
		let parsed: unknown;
		try {
			parsed = JSON.parse(line);
		} catch {
			throw new BackupFileError(`${DAMAGED}.`);
		}
		if (isRowValues(parsed)) {
			yield { kind: 'row', values: parsed };
			continue;
		}
		if (typeof parsed === 'string') {
			yield { kind: 'chunk', base64: parsed };
			continue;
		}
		const file = fileSchema.safeParse(parsed);
		if (file.success) {
			yield { kind: 'file', sha256: file.data.file, size: file.data.size };
			continue;
		}
		const section = sectionSchema.safeParse(parsed);
		if (section.success) {
			yield { kind: 'table', table: section.data.table };
			continue;
		}
		const end = endSchema.safeParse(parsed);
		if (end.success) {
			yield {
				kind: 'end',
				tables: end.data.tables,
				rows: end.data.rows,
				files: end.data.files ?? 0
			};
			continue;
		}
		throw new BackupFileError(`${DAMAGED}.`);
	}
}

async function* splitLines(stream: Readable, file: string): AsyncGenerator<string> {
	stream.setEncoding('utf8');
	let pending = '';
	try {
		for await (const chunk of stream as AsyncIterable<string>) {
			pending += chunk;
			let start = 0;
			for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
				yield pending.slice(start, end);
				start = end + 1;
			}
			pending = pending.slice(start);
		}
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? '';
		if (code.startsWith('Z_')) throw new BackupFileError(`${DAMAGED}: ${file}`);
		throw error;
	}
	if (pending.length > 0) yield pending;
}
