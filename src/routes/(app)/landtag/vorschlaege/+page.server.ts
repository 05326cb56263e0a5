import { requireAccess } from '$lib/server/auth/policy';
import { loadLandtagActor } from '$lib/server/landtag/access';
import { listProposals } from '$lib/server/landtag/list-proposals';
import { PROPOSAL_STATUSES, type ProposalStatus } from '$lib/shared/landtag';

export async function load(event) {
	const user = requireAccess(event, 'network.read');
	const raw = event.url.searchParams.get('stand');
	const status = PROPOSAL_STATUSES.includes(raw as ProposalStatus) ? (raw as ProposalStatus) : null;
	const page = Number.parseInt(event.url.searchParams.get('seite') ?? '1', 10);
	const [actor, proposals] = await Promise.all([
		loadLandtagActor(user),
		listProposals({ actor: user, status, page: Number.isFinite(page) ? page : 1 })
	]);
	return { proposals, status, canPropose: actor.municipalFactions.length > 0 };
}
