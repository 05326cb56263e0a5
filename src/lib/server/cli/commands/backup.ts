import fs from 'node:fs';
import path from 'node:path';
import { createBackup } from '../../backup/create-backup';
import { describeMigration } from '../../backup/migration-state';
import { env } from '../../config/env';
import type { CliCommand } from '../context';
import { CliError } from '../errors';
import { bytes, count } from '../format';

/**
 * Opening a PGlite directory that does not exist creates a new, empty database: a backup of that
 * (after a typo in DATA_DIR) would look like success and hold nothing.
 */
function refuseMissingDatabase(): void {
	const config = env();
	if (config.DATABASE_URL) return;
	if (!fs.existsSync(path.join(config.dataDir, 'pgdata', 'PG_VERSION')))
		throw new CliError(
			`In ${config.dataDir} gibt es keine Datenbank. Stimmt DATA_DIR? (Der Server legt sie beim ` +
				'ersten Start an.)'
		);
}

export default {
	register(program, context) {
		program
			.command('backup')
			.summary('die gesamte Datenbank in eine Datei sichern')
			.description(
				'Sichert alle Daten der Plattform in eine Datei (gzip). Die Sicherung lässt sich mit ' +
					'„restore“ auf PGlite wie auf PostgreSQL wiederherstellen. Eine vorhandene Datei wird ' +
					'erst ersetzt, wenn die neue Sicherung vollständig ist.'
			)
			.argument('<datei>', 'Zieldatei, z. B. sicherung-2025-01-31.kn.gz')
			.action(async (file: string) => {
				refuseMissingDatabase();
				const summary = await context.withDatabase((handle) =>
					createBackup(handle, file, {
						signal: context.signal,
						onProgress: (rows) => context.note(`  … ${count(rows, 'Zeile', 'Zeilen')} gesichert`)
					})
				);
				context.print(`Sicherung geschrieben: ${summary.file}`);
				context.print(
					`  ${count(summary.tables, 'Tabelle', 'Tabellen')}, ${count(summary.rows, 'Zeile', 'Zeilen')}, ` +
						`${count(summary.files, 'Datei', 'Dateien')}, ${bytes(summary.bytes)}, ` +
						`Datenbankstand ${describeMigration(summary.header.migration)}`
				);
				if (summary.missingFiles.length > 0)
					context.print(
						`Achtung: ${count(summary.missingFiles.length, 'Datei fehlte', 'Dateien fehlten')} im ` +
							`Dateispeicher und ${summary.missingFiles.length === 1 ? 'ist' : 'sind'} nicht in der Sicherung: ` +
							summary.missingFiles.join(', ')
					);
			});
	}
} satisfies CliCommand;
