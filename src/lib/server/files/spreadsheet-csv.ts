import { stringify } from 'csv-stringify/sync';

/**
 * CSV as German spreadsheets open it without asking: UTF-8 with BOM, `;`-separated, CRLF, a
 * header row. Rows are lists in column order or records keyed by column.
 */
export function spreadsheetCsv(
	columns: readonly string[],
	rows: readonly (readonly unknown[])[] | readonly Record<string, unknown>[]
): string {
	return stringify(rows as unknown[], {
		bom: true,
		delimiter: ';',
		record_delimiter: 'windows',
		header: true,
		columns: [...columns]
	});
}

/** Spreadsheets run cells starting with these as formulas; a leading apostrophe keeps them text. */
export function safeCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
