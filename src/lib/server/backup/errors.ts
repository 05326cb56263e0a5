import type { BackupHeader } from './format';

/** The file is missing, is not a backup, or is damaged or incomplete. */
export class BackupFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BackupFileError';
	}
}

/** The backup cannot go into this database (schema too old, different migration history). */
export class BackupIncompatibleError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BackupIncompatibleError';
	}
}

export interface OccupiedTable {
	table: string;
	rows: number;
}

/** Restoring would overwrite data, and the caller did not say `force`. */
export class DatabaseNotEmptyError extends Error {
	constructor(
		readonly occupied: OccupiedTable[],
		readonly header: BackupHeader
	) {
		super(
			`Die Datenbank ist nicht leer (${occupied.length} Tabellen enthalten Daten); ` +
				'eine Wiederherstellung würde sie ersetzen.'
		);
		this.name = 'DatabaseNotEmptyError';
	}
}
