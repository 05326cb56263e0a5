import { DEMO_GEMEINDEN, DEMO_KREISE } from './directory-places';
import type { DemoCouncil } from './motion-types';

/** How motions name the Kreis-level councils' area ("im Landkreis …", "in der Hansestadt …"). */
const KREIS_WORDING: Record<string, { where: string; assembly: string; seats: number }> = {
	'13003': {
		where: 'in der Hanse- und Universitätsstadt Rostock',
		assembly: 'Die Bürgerschaft',
		seats: 53
	},
	'13004': { where: 'in der Landeshauptstadt Schwerin', assembly: 'Die Stadtvertretung', seats: 45 },
	'13071': { where: 'im Landkreis Mecklenburgische Seenplatte', assembly: 'Der Kreistag', seats: 77 },
	'13072': { where: 'im Landkreis Rostock', assembly: 'Der Kreistag', seats: 69 },
	'13073': { where: 'im Landkreis Vorpommern-Rügen', assembly: 'Der Kreistag', seats: 69 },
	'13074': { where: 'im Landkreis Nordwestmecklenburg', assembly: 'Der Kreistag', seats: 61 },
	'13075': { where: 'im Landkreis Vorpommern-Greifswald', assembly: 'Der Kreistag', seats: 69 },
	'13076': { where: 'im Landkreis Ludwigslust-Parchim', assembly: 'Der Kreistag', seats: 69 }
};

/** Gemeinden that are not towns: their council is a Gemeindevertretung in name, too. */
const VILLAGES = new Set([
	'13071033',
	'13071144',
	'13072036',
	'13072091',
	'13073105',
	'13075049',
	'13075083'
]);

/** Hansestädte: they say so in their motions. */
const HANSE = new Set(['13073088', '13074087', '13075039', '13075005', '13071029']);

/** Hansestädte whose council is the Bürgerschaft (as the state data names it). */
const BUERGERSCHAFT = new Set(['13073088', '13074087', '13075039']);

function gemeindeCouncil([ags, name, , hasFaction]: (typeof DEMO_GEMEINDEN)[number]): DemoCouncil {
	const village = VILLAGES.has(ags);
	return {
		ags,
		where: village
			? `in der Gemeinde ${name}`
			: HANSE.has(ags)
				? `in der Hansestadt ${name}`
				: `in der Stadt ${name}`,
		assembly: village
			? 'Die Gemeindevertretung'
			: BUERGERSCHAFT.has(ags)
				? 'Die Bürgerschaft'
				: 'Die Stadtvertretung',
		// Town councils are larger where the party keeps a faction (the bigger towns).
		seats: village ? 13 : hasFaction ? (['13071107', '13073088', '13075039'].includes(ags) ? 43 : 25) : 17,
		faction: hasFaction ? `faction:${ags}` : null
	};
}

/**
 * Where the demo files its motions: the eight Kreis-level councils and every Gemeindevertretung
 * holding demo seats (from the demo directory), so each motion's faction exists there.
 */
export const DEMO_COUNCILS: readonly DemoCouncil[] = [
	...DEMO_KREISE.map((kreis) => ({
		ags: kreis.ags,
		...KREIS_WORDING[kreis.ags]!,
		faction: `faction:${kreis.ags}`
	})),
	...DEMO_GEMEINDEN.map(gemeindeCouncil)
];

export const DEMO_COUNCIL_BY_AGS: ReadonlyMap<string, DemoCouncil> = new Map(
	DEMO_COUNCILS.map((council) => [council.ags, council])
);
