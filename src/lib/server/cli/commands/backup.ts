import { createBackup } from '../../backup/create-backup';
import { describeMigration } from '../../backup/migration-state';
import type { CliCommand } from '../context';
import { bytes, count } from '../format';

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
				const summary = await context.withDatabase((handle) =>
					createBackup(handle, file, {
						signal: context.signal,
						onProgress: (rows) => context.note(`  … ${count(rows, 'Zeile', 'Zeilen')} gesichert`)
					})
				);
				context.print(`Sicherung geschrieben: ${summary.file}`);
				context.print(
					`  ${count(summary.tables, 'Tabelle', 'Tabellen')}, ${count(summary.rows, 'Zeile', 'Zeilen')}, ` +
						`${bytes(summary.bytes)}, Datenbankstand ${describeMigration(summary.header.migration)}`
				);
			});
	}
} satisfies CliCommand;
