import { parse } from 'csv-parse/sync';
import { COLUMNS, type Column, type ImportProblem } from './csv-format';

/** One data line of the file, by column name; `line` counts the header as line 1. */
export interface CsvRow {
	line: number;
	values: Record<Column, string>;
}

export interface ReadCsvResult {
	rows: CsvRow[];
	problems: ImportProblem[];
	delimiter: ';' | ',';
}

const fileProblem = (message: string): ImportProblem => ({ line: null, column: null, message });

/** UTF-8 with or without BOM; anything else (e.g. a spreadsheet's Windows-1252) is refused. */
function decode(input: Uint8Array | string): string | null {
	if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
	} catch {
		return null;
	}
}

/** The separator of the header line: `;` (German spreadsheets) or `,`. */
function detectDelimiter(text: string): ';' | ',' {
	const header = text.slice(0, text.search(/\r?\n|$/));
	return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/**
 * Reads the file into rows by column name. Header problems (a missing or unknown column) stop
 * here, because every later message names columns.
 */
export function readCsv(input: Uint8Array | string): ReadCsvResult {
	const text = decode(input);
	if (text === null)
		return {
			rows: [],
			delimiter: ';',
			problems: [
				fileProblem(
					'Die Datei ist nicht in UTF-8 gespeichert. Bitte als „CSV UTF-8“ speichern und erneut hochladen.'
				)
			]
		};
	const delimiter = detectDelimiter(text);
	let records: { record: string[]; info: { lines: number } }[];
	try {
		records = parse(text, {
			delimiter,
			info: true,
			relax_column_count: true,
			skip_empty_lines: true,
			trim: true
		}) as unknown as { record: string[]; info: { lines: number } }[];
	} catch (error) {
		const line = (error as { lines?: number }).lines ?? null;
		return {
			rows: [],
			delimiter,
			problems: [
				{
					line,
					column: null,
					message: 'Die Zeile ist kein gültiges CSV (z. B. ein Anführungszeichen ohne Gegenstück).'
				}
			]
		};
	}
	if (records.length === 0)
		return { rows: [], delimiter, problems: [fileProblem('Die Datei ist leer.')] };

	const header = records[0]!.record.map((name) => name.trim());
	const problems: ImportProblem[] = [];
	const missing = COLUMNS.filter((column) => !header.includes(column));
	if (missing.length > 0)
		problems.push({
			line: 1,
			column: null,
			message: `Es fehlen die Spalten ${missing.map((c) => `„${c}“`).join(', ')}. Erwartet: ${COLUMNS.join(delimiter)}`
		});
	const unknown = header.filter(
		(name) => name !== '' && !(COLUMNS as readonly string[]).includes(name)
	);
	if (unknown.length > 0)
		problems.push({
			line: 1,
			column: null,
			message: `Unbekannte Spalten: ${unknown.map((c) => `„${c}“`).join(', ')}.`
		});
	if (problems.length > 0) return { rows: [], delimiter, problems };

	const rows = records.slice(1).map(({ record, info }) => {
		const values = Object.fromEntries(
			COLUMNS.map((column) => [column, record[header.indexOf(column)] ?? ''])
		) as Record<Column, string>;
		// A cell may hold a line break; the row is named by the line it starts on, as spreadsheets do.
		const breaks = record.join('').match(/\n/g)?.length ?? 0;
		return { line: info.lines - breaks, values };
	});
	if (rows.length === 0) problems.push(fileProblem('Die Datei enthält nur die Kopfzeile.'));
	return { rows, delimiter, problems };
}
