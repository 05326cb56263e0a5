import { OPARL_OBJECT_TYPES, SYNC_RUN_STATUS_LABELS } from '../../../shared/oparl';
import { listOparlSourceStatus } from '../../oparl/sync/source-status';
import type { CliCommand, CliContext } from '../context';
import { columns, count, dateTime } from '../format';

async function run(context: CliContext, options: { json?: boolean }): Promise<void> {
	const sources = await context.withDatabase(() => listOparlSourceStatus());
	if (options.json) {
		context.print(JSON.stringify({ sources }, null, 2));
		return;
	}
	if (sources.length === 0) {
		context.print(
			'Keine Ratsinfo-Quelle angelegt. Hinzufügen mit: npm run cli -- oparl:add <systemUrl>'
		);
		return;
	}
	for (const source of sources) {
		context.print(`${source.name} (OParl ${source.oparlVersion}) – ${source.id}`);
		context.print(`  ${source.systemUrl}`);
		const followed = source.bodies.filter((body) => body.followed).map((body) => body.name);
		context.print(`  Gefolgt: ${followed.join('; ') || 'keiner Körperschaft'}`);
		context.print(
			`  Letzter erfolgreicher Abgleich: ${source.lastSuccessfulSync ? dateTime(source.lastSuccessfulSync) : 'noch keiner'}`
		);
		if (source.latestRun) {
			context.print(
				`  Letzter Lauf: ${SYNC_RUN_STATUS_LABELS[source.latestRun.status]}, begonnen ${dateTime(source.latestRun.startedAt)}` +
					(source.latestRun.error ? ` – ${source.latestRun.error}` : '')
			);
		}
		const rows = OPARL_OBJECT_TYPES.filter((type) => source.counts[type] > 0).map(
			(type) => [type, String(source.counts[type])] as [string, string]
		);
		for (const line of columns(rows, '    ')) context.print(line);
		context.print(
			`  ${count(source.placeholders, 'Platzhalter', 'Platzhalter')}, ${count(source.deleted, 'gelöschtes Objekt', 'gelöschte Objekte')}, ` +
				`${count(source.problems, 'Problem', 'Probleme')} im letzten Lauf`
		);
	}
}

export default {
	register(program, context) {
		program
			.command('oparl:status')
			.summary('Stand der Ratsinfo-Quellen anzeigen')
			.description(
				'Zeigt je Quelle die gespeicherten Objekte nach OParl-Typ, die Probleme des letzten Laufs ' +
					'und den letzten erfolgreichen Abgleich; mit --json maschinenlesbar.'
			)
			.option('--json', 'als JSON ausgeben')
			.action((options: { json?: boolean }) => run(context, options));
	}
} satisfies CliCommand;
