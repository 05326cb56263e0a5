import { oparlProblem } from '../schema';
import type { OparlExecutor, ProblemDraft } from './types';

/**
 * Files problems under the run (one per kind and URL and run: a page read twice after a resume
 * does not double the report). Returns how many were new.
 */
export async function recordOparlProblems(
	executor: OparlExecutor,
	sourceId: string,
	runId: string | null | undefined,
	problems: readonly ProblemDraft[]
): Promise<number> {
	if (problems.length === 0) return 0;
	const unique = new Map<string, ProblemDraft>();
	for (const problem of problems) {
		// The first one stands, as it would have with one insert per object.
		const key = `${problem.kind} ${problem.url}`;
		if (!unique.has(key)) unique.set(key, problem);
	}
	const inserted = await executor
		.insert(oparlProblem)
		.values(
			[...unique.values()].map((problem) => ({
				sourceId,
				runId: runId ?? null,
				kind: problem.kind,
				url: problem.url,
				message: problem.message,
				details: problem.details ?? null
			}))
		)
		.onConflictDoNothing()
		.returning({ id: oparlProblem.id });
	return inserted.length;
}
