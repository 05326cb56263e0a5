/** German number, size and time formats for CLI output. */
const numberFormat = new Intl.NumberFormat('de-DE');
const dateFormat = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short' });

export function count(value: number, singular: string, plural: string): string {
	return `${numberFormat.format(value)} ${value === 1 ? singular : plural}`;
}

export function bytes(value: number): string {
	const units = ['Byte', 'kB', 'MB', 'GB', 'TB'];
	let size = value;
	let unit = 0;
	while (size >= 1000 && unit < units.length - 1) {
		size /= 1000;
		unit++;
	}
	const digits = unit === 0 || size >= 100 ? 0 : 1;
	return `${new Intl.NumberFormat('de-DE', { maximumFractionDigits: digits }).format(size)} ${units[unit]}`;
}

export function dateTime(iso: string): string {
	return `${dateFormat.format(new Date(iso))} Uhr`;
}

/** Two columns, the first padded, for lists such as tables and their row counts. */
export function columns(rows: [string, string][], indent = '  '): string[] {
	const width = Math.max(0, ...rows.map(([left]) => left.length));
	return rows.map(([left, right]) => `${indent}${left.padEnd(width)}  ${right}`);
}
