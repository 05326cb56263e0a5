import { OPARL_PROBLEM_KIND_LABELS } from '$lib/shared/oparl';
import { formatDateTime } from '$lib/shared/format-date';
import { slugify } from '$lib/shared/slug';
import { safeCell, spreadsheetCsv } from '../../files/spreadsheet-csv';
import { oparlProblemsForExport, type ProblemReportOptions } from './list-problems';

/**
 * A run's problems as CSV (UTF-8 with BOM, `;`, CRLF: what German spreadsheets open without
 * asking), to hand to the council's system vendor. Server data only; nothing personal.
 */
export async function exportOparlProblems(options: Omit<ProblemReportOptions, 'page'>) {
	const { source, run, problems } = await oparlProblemsForExport(options);
	const content = spreadsheetCsv(
		['Art', 'Bezeichnung', 'Adresse', 'Meldung', 'Gesehen am'],
		problems.map((problem) => [
			problem.kind,
			OPARL_PROBLEM_KIND_LABELS[problem.kind] ?? problem.kind,
			safeCell(problem.url),
			safeCell(problem.message),
			formatDateTime(problem.createdAt)
		])
	);
	const day = run ? run.startedAt.slice(0, 10) : 'ohne-lauf';
	const kind = options.kind ? `-${options.kind}` : '';
	return {
		fileName: `ratsinfo-probleme-${slugify(source.name, { maxLength: 60, fallback: 'quelle' })}-${day}${kind}.csv`,
		content,
		rows: problems.length
	};
}
