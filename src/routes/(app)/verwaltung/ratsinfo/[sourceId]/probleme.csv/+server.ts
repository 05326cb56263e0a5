import { error } from '@sveltejs/kit';
import { AccessDeniedError, requireAccess } from '$lib/server/auth/policy';
import { csvDownload } from '$lib/server/files/download-response';
import { OparlSourceNotFoundError } from '$lib/server/oparl/admin/errors';
import { exportOparlProblems } from '$lib/server/oparl/admin/export-problems';
import { oparlProblemFilter } from '$lib/shared/oparl-admin';

/** The problem report of a run (optionally one kind) as CSV, e.g. for the system's vendor. */
export async function GET(event) {
	const actor = requireAccess(event, 'oparl.manage');
	const filter = oparlProblemFilter.parse(Object.fromEntries(event.url.searchParams));
	let file;
	try {
		file = await exportOparlProblems({
			actor,
			sourceId: event.params.sourceId,
			runId: filter.lauf,
			kind: filter.art
		});
	} catch (caught) {
		if (caught instanceof OparlSourceNotFoundError) error(404, caught.message);
		if (caught instanceof AccessDeniedError) error(403, 'Dafür fehlt Ihnen die Berechtigung.');
		throw caught;
	}
	return csvDownload(file);
}
