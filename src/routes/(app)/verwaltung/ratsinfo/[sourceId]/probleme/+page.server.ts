import { requireAccess } from '$lib/server/auth/policy';
import { notFoundAsPage } from '$lib/server/forms/domain-failure';
import { OparlSourceNotFoundError } from '$lib/server/oparl/admin/errors';
import { oparlProblemReport } from '$lib/server/oparl/admin/list-problems';
import { oparlProblemFilter } from '$lib/shared/oparl-admin';

const orNotFound = notFoundAsPage(OparlSourceNotFoundError);

export async function load(event) {
	const actor = requireAccess(event, 'oparl.manage');
	const filter = oparlProblemFilter.parse(Object.fromEntries(event.url.searchParams));
	const report = await orNotFound(
		oparlProblemReport({
			actor,
			sourceId: event.params.sourceId,
			runId: filter.lauf,
			kind: filter.art,
			page: filter.seite
		})
	);
	return {
		source: { id: report.source.id, name: report.source.name },
		runs: report.runs,
		run: report.run,
		kinds: report.kinds,
		total: report.total,
		page: report.page,
		pageCount: report.pageCount,
		problems: report.problems,
		filter: { lauf: filter.lauf ?? null, art: filter.art ?? null }
	};
}
