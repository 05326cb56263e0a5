import { error } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/auth/policy';
import { loadMotionViewer } from '$lib/server/motions/visibility';
import { getCouncilPaper } from '$lib/server/oparl/read/get-council-paper';
import { findSimilarElsewhere } from '$lib/server/oparl/similar/find-similar';

/**
 * A council paper: public record, for everyone, while its body is followed. "Dieses Thema
 * anderswo" beside it lists only what this visitor may read (members see members' motions).
 */
export async function load(event) {
	requireAccess(event, 'public.read');
	const paper = await getCouncilPaper(event.params.paperId);
	if (!paper) error(404, 'Diese Vorlage gibt es hier nicht.');
	return {
		paper,
		similar: await findSimilarElsewhere(
			{ paperId: paper.id },
			await loadMotionViewer(event.locals.user)
		)
	};
}
