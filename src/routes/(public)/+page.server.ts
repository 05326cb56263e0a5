import { requireAccess } from '$lib/server/auth/policy';
import { instanceConfig } from '$lib/server/instance/instance-config';
import { listCouncils } from '$lib/server/territory/list-councils';

export async function load(event) {
	requireAccess(event, 'public.read');
	const config = instanceConfig();
	const councils = await listCouncils();
	return {
		networkName: config.networkName,
		stateName: config.stateName,
		description: config.description,
		goals: config.goals,
		partners: config.partners,
		landtag: councils.find((council) => council.unitKind === 'land') ?? null,
		localCouncils: councils.filter((council) => council.unitKind !== 'land'),
		signedIn: event.locals.user !== null
	};
}
