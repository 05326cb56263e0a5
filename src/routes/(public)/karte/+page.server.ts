import { requireAccess } from '$lib/server/auth/policy';
import { loadNetworkFigures } from '$lib/server/insights/network-figures';
import { stateMapGeometry } from '$lib/server/insights/map/state-map';
import { instanceConfig } from '$lib/server/instance/instance-config';
import { GEO_ATTRIBUTION } from '$lib/server/territory/geo';

export async function load(event) {
	requireAccess(event, 'public.read');
	const config = instanceConfig();
	const figures = await loadNetworkFigures();
	return {
		stateName: config.stateName,
		partyName: figures.partyName,
		asOf: figures.asOf,
		totalSeats: figures.totals.seats,
		districts: figures.districts,
		geometry: stateMapGeometry(config.state),
		attribution: GEO_ATTRIBUTION
	};
}
