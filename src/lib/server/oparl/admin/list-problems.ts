import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { OparlProblemKind } from '$lib/shared/oparl';
import type { SyncProgress } from '$lib/shared/oparl-admin';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { oparlProblem } from '../schema';
import { OparlSourceNotFoundError } from './errors';
import { requireSource } from './find-source';
import { latestRuns } from './get-source';

export const PROBLEMS_PER_PAGE = 50;
/** Runs offered in the report's run picker. */
const RUNS_TO_PICK = 30;

export interface ProblemReportOptions {
	actor: SessionUser | null;
	sourceId: string;
	/** A run of the source; the newest run when not given. */
	runId?: string;
	kind?: OparlProblemKind;
	page?: number;
}

/**
 * The sync report of one run: problems grouped by kind with their counts (always of the whole
 * run, so the filter shows what else there is), and one page of the chosen kind, in the order
 * they were seen.
 */
export async function oparlProblemReport(options: ProblemReportOptions) {
	assertCan(options.actor, 'oparl.manage');
	const source = await requireSource(options.sourceId);
	const runs = await latestRuns(source.id, RUNS_TO_PICK);
	const run = pickRun(runs, options.runId);
	if (!run) {
		return { source, runs, run: null, kinds: [], total: 0, page: 1, pageCount: 1, problems: [] };
	}
	const ofRun = eq(oparlProblem.runId, run.runId);
	const kinds = await db
		.select({ kind: oparlProblem.kind, total: count() })
		.from(oparlProblem)
		.where(ofRun)
		.groupBy(oparlProblem.kind)
		.orderBy(desc(count()), asc(oparlProblem.kind));
	const filtered = options.kind ? and(ofRun, eq(oparlProblem.kind, options.kind)) : ofRun;
	const total = options.kind
		? (kinds.find((entry) => entry.kind === options.kind)?.total ?? 0)
		: kinds.reduce((sum, entry) => sum + entry.total, 0);
	const pageCount = Math.max(1, Math.ceil(total / PROBLEMS_PER_PAGE));
	const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
	const problems = await problemRows(filtered!, PROBLEMS_PER_PAGE, (page - 1) * PROBLEMS_PER_PAGE);
	return { source, runs, run, kinds, total, page, pageCount, problems };
}

/** Every problem of a run (or of one kind), for the CSV download. */
export async function oparlProblemsForExport(options: Omit<ProblemReportOptions, 'page'>) {
	assertCan(options.actor, 'oparl.manage');
	const source = await requireSource(options.sourceId);
	const run = pickRun(await latestRuns(source.id, RUNS_TO_PICK), options.runId);
	if (!run) return { source, run: null, problems: [] };
	const ofRun = eq(oparlProblem.runId, run.runId);
	const filtered = options.kind ? and(ofRun, eq(oparlProblem.kind, options.kind)) : ofRun;
	return { source, run, problems: await problemRows(filtered!) };
}

function pickRun(runs: SyncProgress[], runId: string | undefined): SyncProgress | null {
	if (!runId) return runs[0] ?? null;
	const run = runs.find((entry) => entry.runId === runId);
	// A run of another source (or a very old one) is not this report's to show.
	if (!run) throw new OparlSourceNotFoundError();
	return run;
}

function problemRows(where: SQL, limit?: number, offset = 0) {
	const query = db
		.select({
			id: oparlProblem.id,
			kind: oparlProblem.kind,
			url: oparlProblem.url,
			message: oparlProblem.message,
			createdAt: oparlProblem.createdAt
		})
		.from(oparlProblem)
		.where(where)
		.orderBy(asc(oparlProblem.createdAt), asc(oparlProblem.id))
		.offset(offset);
	return limit === undefined ? query : query.limit(limit);
}
