import { requireAccess } from '$lib/server/auth/policy';
import { loadLandtagActor } from '$lib/server/landtag/access';
import { listInitiatives } from '$lib/server/landtag/list-initiatives';

export async function load(event) {
	const user = requireAccess(event, 'network.read');
	const page = Number.parseInt(event.url.searchParams.get('seite') ?? '1', 10);
	const [actor, initiatives] = await Promise.all([
		loadLandtagActor(user),
		listInitiatives({ actor: user, page: Number.isFinite(page) ? page : 1 })
	]);
	return {
		initiatives,
		isLandtagFaction: actor.isLandtagFaction,
		canPropose: actor.municipalFactions.length > 0
	};
}
