import type { InstanceConfig } from '../types';

/**
 * Mecklenburg-Vorpommern. The description and goals retell the LAG's own statement of aims
 * (state data `party.lag_kommunalpolitik_mv`, source S36, verified); the party's name comes from
 * `party.die_linke_mv` (S35, verified); the partners from S37 and S38 (verified).
 */
export const mv: InstanceConfig = {
	state: 'mv',
	stateName: 'Mecklenburg-Vorpommern',
	networkName: 'LAG Kommunalpolitik Mecklenburg-Vorpommern',
	networkShortName: 'LAG Kommunalpolitik MV',
	party: { name: 'DIE LINKE. Mecklenburg-Vorpommern', shortName: 'DIE LINKE' },
	description:
		'Die Landesarbeitsgemeinschaft Kommunalpolitik verbindet die Kommunalpolitiker*innen der ' +
		'LINKEN in Mecklenburg-Vorpommern – in Kreistagen, Bürgerschaften, Stadt- und ' +
		'Gemeindevertretungen. Wir tauschen uns aus, lernen voneinander und geben der ' +
		'kommunalen Ebene mehr Gewicht.',
	goals: [
		'Der Kommunalpolitik mehr Gewicht im Landesverband geben.',
		'Die Mandatsträger*innen auf der kommunalen Ebene im ganzen Land vernetzen.',
		'Den Austausch zwischen den Kreistags- und Bürgerschaftsfraktionen und der Landtagsfraktion stärken.',
		'Kommunalwahlkämpfe unterstützen.',
		'Mit den benachbarten Kreis- und Landesverbänden im Gespräch bleiben.',
		'Junge Kommunalpolitiker*innen beim Einstieg unterstützen.',
		'Die Verbindung zur Bundesarbeitsgemeinschaft Kommunalpolitik halten.'
	],
	partners: [
		{
			name: 'kommunalpolitisches forum Mecklenburg-Vorpommern e.V.',
			description:
				'Unabhängiger Bildungsträger: Seminare zur kommunalen Selbstverwaltung, ' +
				'Erfahrungsaustausch und Handreichungen für Kommunalvertreter*innen.'
		},
		{
			name: 'BAG Kommunalpolitik',
			description: 'Die Bundesarbeitsgemeinschaft Kommunalpolitik der Partei DIE LINKE.'
		}
	],
	sources: ['S35', 'S36', 'S37', 'S38']
};
