import { DatabaseNotEmptyError, type OccupiedTable } from '../../backup/errors';
import type { BackupHeader } from '../../backup/format';
import { restoreBackup } from '../../backup/restore-backup';
import type { CliCommand } from '../context';
import { CliError } from '../errors';
import { columns, count, dateTime } from '../format';

function describeBackup(header: BackupHeader): string {
	const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
	return (
		`die Sicherung vom ${dateTime(header.createdAt)} (Kommunalnetz ${header.appVersion}, ` +
		`${count(header.tables.length, 'Tabelle', 'Tabellen')}, ${count(rows, 'Zeile', 'Zeilen')})`
	);
}

function tableList(tables: OccupiedTable[]): string[] {
	return columns(tables.map(({ table, rows }) => [table, count(rows, 'Zeile', 'Zeilen')]));
}

export default {
	register(program, context) {
		program
			.command('restore')
			.summary('eine Sicherung wiederherstellen')
			.description(
				'Ersetzt den Inhalt der Datenbank durch eine mit „backup“ erstellte Sicherung, in einer ' +
					'einzigen Transaktion: Bricht etwas ab, bleibt die Datenbank, wie sie war. Eine ' +
					'Datenbank, die schon Daten enthält, wird nur mit --force ersetzt. Bei PostgreSQL ' +
					'vorher alle App-Prozesse und Worker beenden.'
			)
			.argument('<datei>', 'Sicherungsdatei')
			.option('-f, --force', 'vorhandene Daten ersetzen')
			.action(async (file: string, options: { force?: boolean }) => {
				const summary = await context
					.withDatabase((handle) =>
						restoreBackup(handle, file, {
							force: options.force,
							signal: context.signal,
							onProgress: (rows) =>
								context.note(`  … ${count(rows, 'Zeile', 'Zeilen')} eingespielt`)
						})
					)
					.catch((error: unknown) => {
						if (!(error instanceof DatabaseNotEmptyError)) throw error;
						throw new CliError(
							[
								'Die Datenbank ist nicht leer. Die Wiederherstellung würde den Inhalt dieser Tabellen ersetzen:',
								...tableList(error.occupied),
								`durch ${describeBackup(error.header)}.`,
								'Nichts wurde verändert. Zum Ersetzen denselben Befehl mit --force ausführen.'
							].join('\n')
						);
					});
				context.print(
					`Wiederhergestellt: ${describeBackup(summary.header)}, ` +
						`${count(summary.files, 'Datei', 'Dateien')}.`
				);
				if (summary.replaced.length > 0) {
					context.print('Ersetzt wurde der vorherige Inhalt von:');
					for (const line of tableList(summary.replaced)) context.print(line);
				}
			});
	}
} satisfies CliCommand;
