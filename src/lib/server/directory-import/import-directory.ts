import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import type { ImportProblem } from './csv-format';
import { ExistingPeople } from './existing-people';
import { parseRow, type ParsedRow } from './parse-row';
import { planImport, type ImportPlan } from './plan-import';
import { applyImport } from './apply-import';
import { readCsv } from './read-csv';
import { ReferenceData } from './reference-data';

export interface ImportResult {
	/** Every problem of the file; when there is one, nothing was written. */
	problems: ImportProblem[];
	rows: ImportPlan['rows'];
	counts: ImportPlan['counts'];
	newFactionNames: string[];
	/** True when the import was written (not a dry run, no problems). */
	applied: boolean;
}

/** Thrown inside the transaction to roll back a dry run or a file with problems. */
class Rollback extends Error {}

/** Serialises imports: two at once could both create the same person. */
const IMPORT_LOCK_KEY = 724020;

/**
 * Imports people and mandates from the board's CSV (format in csv-format.ts). A dry run, or a file
 * with any problem, changes nothing and lists every problem as "Zeile n, Spalte X: …". Otherwise
 * the whole file is written in one transaction. Idempotent: the same file again changes nothing.
 * `by` is the board member, or 'cli' for the operator on the server's command line.
 */
export async function importDirectory(options: {
	by: SessionUser | 'cli';
	input: Uint8Array | string;
	dryRun: boolean;
	fileName?: string;
}): Promise<ImportResult> {
	if (options.by !== 'cli') assertCan(options.by, 'directory.manage');
	const csv = readCsv(options.input);
	const empty = { rows: [], counts: emptyCounts(), newFactionNames: [], applied: false };
	if (csv.problems.length > 0) return { problems: csv.problems, ...empty };

	let result: ImportResult | null = null;
	try {
		await db.transaction(async (tx) => {
			await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK_KEY})`);
			const reference = await ReferenceData.load(tx);
			const problems: ImportProblem[] = [];
			const parsed: ParsedRow[] = [];
			for (const row of csv.rows) {
				const outcome = parseRow(row, reference);
				problems.push(...outcome.problems);
				if (outcome.row) parsed.push(outcome.row);
			}
			const plan = planImport(parsed, await ExistingPeople.load(tx, parsed));
			problems.push(...plan.problems);
			problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
			const apply = !options.dryRun && problems.length === 0;
			result = {
				problems,
				rows: plan.rows,
				counts: plan.counts,
				newFactionNames: plan.newFactionNames,
				applied: apply
			};
			if (!apply) throw new Rollback();
			await applyImport(tx, plan.writes);
		});
	} catch (error) {
		if (!(error instanceof Rollback)) throw error;
	}
	const done = result as ImportResult | null;
	if (!done) throw new Error('Import ohne Ergebnis');
	if (done.applied)
		await recordAudit({
			actor:
				options.by === 'cli'
					? null
					: { id: options.by.id, email: options.by.email, name: options.by.name },
			action: 'directory.import',
			targetType: 'directory',
			targetLabel: options.fileName ?? 'CSV-Datei',
			details: {
				rows: done.counts.rows,
				people: done.counts.people,
				newFactions: done.newFactionNames,
				via: options.by === 'cli' ? 'Kommandozeile' : 'Weboberfläche'
			}
		});
	return done;
}

function emptyCounts(): ImportPlan['counts'] {
	return {
		rows: { new: 0, changed: 0, unchanged: 0 },
		people: { new: 0, changed: 0, unchanged: 0 }
	};
}
