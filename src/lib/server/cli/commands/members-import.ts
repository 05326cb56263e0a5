import fs from 'node:fs';
import path from 'node:path';
import { env } from '../../config/env';
import { ensureDefaultTopics } from '../../directory/default-topics';
import { describeProblem } from '../../directory-import/csv-format';
import { importDirectory, type ImportResult } from '../../directory-import/import-directory';
import { loadStateData } from '../../territory/load-state-data';
import type { CliCommand, CliContext } from '../context';
import { CliError } from '../errors';
import { count } from '../format';

function summary(result: ImportResult): string[] {
	const { rows, people } = result.counts;
	return [
		`  Zeilen:   ${rows.new} neu, ${rows.changed} geändert, ${rows.unchanged} unverändert`,
		`  Personen: ${people.new} neu, ${people.changed} geändert, ${people.unchanged} unverändert`,
		...(result.newFactionNames.length > 0
			? [`  Neue Fraktionen: ${result.newFactionNames.join('; ')}`]
			: [])
	];
}

async function run(context: CliContext, file: string, dryRun: boolean): Promise<void> {
	let input: Buffer;
	try {
		input = fs.readFileSync(file);
	} catch {
		throw new CliError(`Die Datei ${file} lässt sich nicht lesen.`);
	}
	const result = await context.withDatabase(async () => {
		// The importer names bodies, councils and topics; both steps only fill what is missing.
		// Not a full boot, which would also print a new setup link and start the job queue.
		await loadStateData({ state: env().STATE });
		await ensureDefaultTopics();
		return importDirectory({ by: 'cli', input, dryRun, fileName: path.basename(file) });
	});
	if (result.problems.length > 0) {
		for (const problem of result.problems) context.print(describeProblem(problem));
		throw new CliError(
			`${count(result.problems.length, 'Problem', 'Probleme')} in ${file} – nichts wurde importiert.`
		);
	}
	context.print(
		dryRun
			? `Probelauf für ${file}: keine Probleme. Ein Import würde schreiben:`
			: `Importiert aus ${file}:`
	);
	for (const line of summary(result)) context.print(line);
	if (dryRun) context.print('Es wurde nichts geändert (--dry-run).');
}

export default {
	register(program, context) {
		program
			.command('members:import')
			.summary('Personen und Mandate aus einer CSV-Datei importieren')
			.description(
				'Liest Personen und Mandate aus einer CSV-Datei (UTF-8, mit „;“ oder „,“ getrennt) mit den ' +
					'Spalten Vorname;Nachname;E-Mail;Telefon;Gebietskörperschaft;Gremium;Fraktion;Funktion;' +
					'Themen;Beginn;Ende;E-Mail sichtbar. Jedes Problem wird mit Zeile und Spalte genannt; ' +
					'dann wird nichts geändert (Exit-Code 1). Dieselbe Datei ein zweites Mal ändert nichts.'
			)
			.argument('<datei>', 'CSV-Datei, z. B. mandate.csv')
			.option('--dry-run', 'nur prüfen und zeigen, was sich ändern würde')
			.action((file: string, options: { dryRun?: boolean }) =>
				run(context, file, options.dryRun === true)
			);
	}
} satisfies CliCommand;
