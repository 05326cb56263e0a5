import { stringify } from 'csv-stringify/sync';
import { OPARL_PROBLEM_KIND_LABELS } from '$lib/shared/oparl';
import { formatDateTime } from '$lib/shared/format-date';
import { oparlProblemsForExport, type ProblemReportOptions } from './list-problems';

/** Spreadsheets run cells starting with these as formulas; a leading apostrophe keeps them text. */
function safeCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function fileSlug(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.toLowerCase()
		.slice(0, 60);
	return slug || 'quelle';
}

/**
 * A run's problems as CSV (UTF-8 with BOM, `;`, CRLF: what German spreadsheets open without
 * asking), to hand to the council's system vendor. Server data only; nothing personal.
 */
export async function exportOparlProblems(options: Omit<ProblemReportOptions, 'page'>) {
	const { source, run, problems } = await oparlProblemsForExport(options);
	const content = stringify(
		problems.map((problem) => [
			problem.kind,
			OPARL_PROBLEM_KIND_LABELS[problem.kind] ?? problem.kind,
			safeCell(problem.url),
			safeCell(problem.message),
			formatDateTime(problem.createdAt)
		]),
		{
			bom: true,
			delimiter: ';',
			record_delimiter: 'windows',
			header: true,
			columns: ['Art', 'Bezeichnung', 'Adresse', 'Meldung', 'Gesehen am']
		}
	);
	const day = run ? run.startedAt.slice(0, 10) : 'ohne-lauf';
	const kind = options.kind ? `-${options.kind}` : '';
	return {
		fileName: `ratsinfo-probleme-${fileSlug(source.name)}-${day}${kind}.csv`,
		content,
		rows: problems.length
	};
}
