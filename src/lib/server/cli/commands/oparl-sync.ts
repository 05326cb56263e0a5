import { and, eq, exists } from 'drizzle-orm';
import { SYNC_RUN_STATUS_LABELS } from '../../../shared/oparl';
import { db } from '../../db';
import {
	downloadSourceFiles,
	type SourceDownloadProgress
} from '../../oparl/files/download-source-files';
import { oparlBody, oparlSource } from '../../oparl/schema';
import { SyncAlreadyRunningError } from '../../oparl/sync/claim-run';
import { findSourceId } from '../../oparl/sync/follow-from-cli';
import { runOparlSync, type SyncSummary } from '../../oparl/sync/run-sync';
import type { SyncProgressEvent } from '../../oparl/sync/sync-session';
import type { CliCommand, CliContext } from '../context';
import { CliError, EXIT } from '../errors';
import { bytes, count } from '../format';

interface Options {
	full?: boolean;
	source?: string;
	/** false with --no-files (commander's negation). */
	files?: boolean;
	ohneDateien?: boolean;
}

const numberFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

function progressLine(event: SyncProgressEvent): string {
	const seconds = Math.max(1, (Date.now() - event.startedAt.getTime()) / 1000);
	return (
		`${event.step}: ${count(event.objectsSeen, 'Objekt', 'Objekte')}, ` +
		`${count(event.pagesFetched, 'Seite', 'Seiten')}, ${count(event.problemCount, 'Problem', 'Probleme')}, ` +
		`${numberFormat.format(event.objectsSeen / seconds)} Objekte/s`
	);
}

function summaryLines(name: string, summary: SyncSummary): string[] {
	const seconds = Math.max(
		1,
		((summary.finishedAt ?? new Date()).getTime() - summary.startedAt.getTime()) / 1000
	);
	return [
		`${name}: ${SYNC_RUN_STATUS_LABELS[summary.status]}${summary.resumed ? ' (fortgesetzt)' : ''}`,
		`  ${count(summary.objectsSeen, 'Objekt', 'Objekte')} gelesen, ${count(summary.objectsWritten, 'Objekt', 'Objekte')} gespeichert, ` +
			`${count(summary.objectsDeleted, 'gelöscht', 'gelöscht')}, ${count(summary.placeholdersFilled, 'Platzhalter', 'Platzhalter')} nachgeladen`,
		`  ${count(summary.pagesFetched, 'Seite', 'Seiten')}, ${count(summary.requests, 'Anfrage', 'Anfragen')}, ${bytes(summary.bytesFetched)}, ` +
			`${numberFormat.format(summary.objectsSeen / seconds)} Objekte/s, ${count(summary.problemCount, 'Problem', 'Probleme')}`,
		...(summary.error ? [`  ${summary.error}`] : [])
	];
}

function downloadProgressLine({ done, total, tally }: SourceDownloadProgress): string {
	return `Dateien: ${numberFormat.format(done)} von ${numberFormat.format(total)}, ${count(tally.stored, 'gespeichert', 'gespeichert')}`;
}

/** One line of what happened to the source's queued files. */
function downloadSummaryLine({ total, tally }: SourceDownloadProgress): string {
	if (total === 0) return '  Dateien: keine zu laden';
	const parts = [
		count(tally.stored, 'gespeichert', 'gespeichert'),
		tally.too_large ? `${numberFormat.format(tally.too_large)} zu groß` : '',
		tally.unsupported ? `${numberFormat.format(tally.unsupported)} in anderem Format` : '',
		tally.unavailable ? `${numberFormat.format(tally.unavailable)} ohne Adresse` : '',
		tally.failed ? `${numberFormat.format(tally.failed)} fehlgeschlagen` : '',
		tally.retry ? `${numberFormat.format(tally.retry)} später erneut` : '',
		tally.skipped ? `${numberFormat.format(tally.skipped)} von anderer Stelle geladen` : ''
	].filter(Boolean);
	return `  Dateien: ${count(total, 'Datei', 'Dateien')}: ${parts.join(', ')}`;
}

async function run(context: CliContext, options: Options): Promise<void> {
	const tty = Boolean(process.stderr.isTTY);
	const withFiles = options.files !== false && !options.ohneDateien;
	const writeProgress = (line: string) =>
		process.stderr.write(`\r\x1b[2K${line.slice(0, (process.stderr.columns ?? 120) - 1)}`);
	const outcomes = await context.withDatabase(async () => {
		let sources: { id: string; name: string }[];
		if (options.source) {
			const id = await findSourceId(options.source.trim());
			if (!id)
				throw new CliError(`Keine Ratsinfo-Quelle „${options.source}“ (ID oder System-Adresse).`);
			sources = await db
				.select({ id: oparlSource.id, name: oparlSource.name })
				.from(oparlSource)
				.where(eq(oparlSource.id, id));
		} else {
			// Without --source: every enabled source that follows at least one body.
			sources = await db
				.select({ id: oparlSource.id, name: oparlSource.name })
				.from(oparlSource)
				.where(
					and(
						eq(oparlSource.enabled, true),
						exists(
							db
								.select({ id: oparlBody.objectId })
								.from(oparlBody)
								.where(and(eq(oparlBody.sourceId, oparlSource.id), eq(oparlBody.followed, true)))
						)
					)
				)
				.orderBy(oparlSource.name);
			if (sources.length === 0) {
				throw new CliError(
					'Keine Quelle zum Abgleichen: erst eine anlegen und einer Körperschaft folgen ' +
						'(npm run cli -- oparl:add <systemUrl> --follow all).'
				);
			}
		}
		const results: { name: string; summary: SyncSummary | null; error?: string }[] = [];
		for (const source of sources) {
			if (context.signal.aborted) break;
			let lastLine = 0;
			try {
				const summary = await runOparlSync({
					sourceId: source.id,
					kind: options.full ? 'full' : 'incremental',
					signal: context.signal,
					onProgress: (event) => {
						if (!tty) return;
						const now = Date.now();
						if (now - lastLine < 250) return;
						lastLine = now;
						writeProgress(progressLine(event));
					}
				});
				if (tty) process.stderr.write('\r\x1b[2K');
				for (const line of summaryLines(source.name, summary)) context.print(line);
				if (withFiles && summary.status !== 'interrupted' && !context.signal.aborted) {
					const files = await downloadSourceFiles({
						sourceId: source.id,
						signal: context.signal,
						onProgress: (progress) => {
							if (!tty) return;
							const now = Date.now();
							if (now - lastLine < 250 && progress.done < progress.total) return;
							lastLine = now;
							writeProgress(downloadProgressLine(progress));
						}
					});
					if (tty) process.stderr.write('\r\x1b[2K');
					context.print(downloadSummaryLine(files));
				}
				results.push({ name: source.name, summary });
			} catch (error) {
				if (tty) process.stderr.write('\r\x1b[2K');
				if (!(error instanceof SyncAlreadyRunningError)) throw error;
				context.print(`${source.name}: ${error.message}`);
				results.push({ name: source.name, summary: null, error: error.message });
			}
		}
		return results;
	});
	if (
		outcomes.some((outcome) => outcome.summary?.status === 'interrupted') ||
		context.signal.aborted
	) {
		throw new CliError(
			'Abgebrochen. Der nächste Aufruf von oparl:sync setzt an der Stelle fort.',
			EXIT.interrupted
		);
	}
	const failed = outcomes.filter(
		(outcome) => !outcome.summary || outcome.summary.status === 'failed'
	);
	if (failed.length > 0) {
		throw new CliError(
			`Abgleich nicht vollständig: ${failed.map((outcome) => outcome.name).join('; ')} (Probleme: npm run cli -- oparl:status).`
		);
	}
}

export default {
	register(program, context) {
		program
			.command('oparl:sync')
			.summary('Ratsinfo-Quellen abgleichen (OParl-Import)')
			.description(
				'Gleicht die gefolgten Körperschaften ab: ohne --full nur, was sich seit dem letzten ' +
					'erfolgreichen Lauf geändert hat (modified_since), mit --full alles. Ein abgebrochener ' +
					'Lauf wird beim nächsten Aufruf fortgesetzt. Auf einem Terminal zeigt eine Zeile den ' +
					'Fortschritt (Objekte, Seiten, Probleme, Rate), am Ende folgt je Quelle eine Übersicht. ' +
					'Danach lädt er die neuen Dateien der Quelle (PDF, Word, OpenDocument, Bilder) bis zur ' +
					'Größengrenze der Quelle, außer mit --ohne-dateien.'
			)
			.option('--full', 'alles neu lesen statt nur der Änderungen')
			.option('--source <id>', 'nur diese Quelle (ID oder System-Adresse)')
			.option('--ohne-dateien', 'nur die Listen abgleichen, keine Dateien laden')
			.option('--no-files', 'wie --ohne-dateien')
			.action((options: Options) => run(context, options));
	}
} satisfies CliCommand;
