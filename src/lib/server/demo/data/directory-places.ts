/**
 * Where the demo directory's people sit: the eight Kreis-level councils (by AGS, as loaded from
 * the state data) with the committees the demo adds to them, and the Gemeinden whose
 * Gemeindevertretung holds demo seats. Towns marked `faction` have a faction of their own;
 * elsewhere the party holds single seats without one, as in most villages.
 */
export interface DemoKreis {
	ags: string;
	/** The council's name as loaded from the state data (for readers; the seed matches by AGS). */
	council: string;
	/** Seats the demo gives the party in this council in the current term. */
	seats: number;
	/** Area code of the invented phone numbers, `0xxx 555xxxx`. */
	areaCode: string;
	/** Faction name; the Bürgerschaft Rostock has the joint faction. */
	faction: { name: string; partners: string | null };
}

const FACTION = { name: 'Fraktion DIE LINKE', partners: null };

export const DEMO_KREISE: readonly DemoKreis[] = [
	{
		ags: '13003',
		council: 'Bürgerschaft Rostock',
		seats: 7,
		areaCode: '0381',
		faction: { name: 'Fraktion DIE LINKE/Die PARTEI', partners: 'Die PARTEI' }
	},
	{ ags: '13004', council: 'Stadtvertretung Schwerin', seats: 6, areaCode: '0385', faction: FACTION },
	{
		ags: '13071',
		council: 'Kreistag Mecklenburgische Seenplatte',
		seats: 7,
		areaCode: '0395',
		faction: FACTION
	},
	{ ags: '13072', council: 'Kreistag Rostock', seats: 6, areaCode: '0384', faction: FACTION },
	{ ags: '13073', council: 'Kreistag Vorpommern-Rügen', seats: 6, areaCode: '0383', faction: FACTION },
	{
		ags: '13074',
		council: 'Kreistag Nordwestmecklenburg',
		seats: 5,
		areaCode: '0384',
		faction: FACTION
	},
	{
		ags: '13075',
		council: 'Kreistag Vorpommern-Greifswald',
		seats: 6,
		areaCode: '0383',
		faction: FACTION
	},
	{ ags: '13076', council: 'Kreistag Ludwigslust-Parchim', seats: 7, areaCode: '0387', faction: FACTION }
];

/** Committees the demo adds to every Kreis-level council: [key, name, topic slug]. */
export const DEMO_COMMITTEES: readonly (readonly [string, string, string])[] = [
	['finanzen', 'Finanzausschuss', 'haushalt'],
	['bildung', 'Ausschuss für Bildung', 'schule'],
	['soziales', 'Sozial- und Gesundheitsausschuss', 'soziales'],
	['bau', 'Ausschuss für Bau und Umwelt', 'bauen']
];

/** Gemeinden with demo seats: [AGS, name, seats, has a faction]. */
export const DEMO_GEMEINDEN: readonly (readonly [string, string, number, boolean])[] = [
	['13071029', 'Demmin', 3, true],
	['13071033', 'Feldberger Seenlandschaft', 1, false],
	['13071035', 'Friedland', 2, false],
	['13071092', 'Malchin', 1, false],
	['13071099', 'Mirow', 2, false],
	['13071107', 'Neubrandenburg', 5, true],
	['13071110', 'Neustrelitz', 3, true],
	['13071115', 'Penzlin', 2, false],
	['13071144', 'Torgelow am See', 1, false],
	['13071156', 'Waren (Müritz)', 4, true],
	['13071164', 'Woldegk', 1, false],
	['13072006', 'Bad Doberan', 3, true],
	['13072020', 'Bützow', 1, false],
	['13072036', 'Graal-Müritz', 1, false],
	['13072043', 'Güstrow', 4, true],
	['13072060', 'Kühlungsborn', 2, false],
	['13072062', 'Laage', 3, false],
	['13072074', 'Neubukow', 2, false],
	['13072091', 'Sanitz', 1, false],
	['13072095', 'Schwaan', 1, false],
	['13072105', 'Tessin', 3, false],
	['13072106', 'Teterow', 3, true],
	['13073007', 'Bad Sülze', 3, false],
	['13073009', 'Barth', 2, false],
	['13073010', 'Bergen auf Rügen', 3, true],
	['13073027', 'Garz/Rügen', 2, false],
	['13073035', 'Grimmen', 1, false],
	['13073055', 'Marlow', 1, false],
	['13073070', 'Putbus', 2, false],
	['13073075', 'Ribnitz-Damgarten', 3, true],
	['13073076', 'Richtenberg', 1, false],
	['13073080', 'Sassnitz', 1, false],
	['13073088', 'Stralsund', 5, true],
	['13073105', 'Zingst', 2, false],
	['13074017', 'Dassow', 2, false],
	['13074021', 'Gadebusch', 1, false],
	['13074026', 'Grevesmühlen', 3, true],
	['13074039', 'Klütz', 1, false],
	['13074065', 'Rehna', 2, false],
	['13074087', 'Wismar', 5, true],
	['13075005', 'Anklam', 3, true],
	['13075031', 'Eggesin', 2, false],
	['13075039', 'Greifswald', 5, true],
	['13075044', 'Gützkow', 2, false],
	['13075049', 'Heringsdorf', 1, false],
	['13075074', 'Lassan', 3, false],
	['13075082', 'Loitz', 2, false],
	['13075083', 'Lubmin', 2, false],
	['13075105', 'Pasewalk', 3, true],
	['13075130', 'Strasburg (Uckermark)', 3, false],
	['13075131', 'Torgelow', 1, false],
	['13075136', 'Ueckermünde', 1, false],
	['13075137', 'Usedom', 1, false],
	['13075144', 'Wolgast', 3, true],
	['13076014', 'Boizenburg/Elbe', 2, false],
	['13076025', 'Crivitz', 2, false],
	['13076034', 'Dömitz', 1, false],
	['13076048', 'Goldberg', 3, false],
	['13076050', 'Grabow', 2, false],
	['13076060', 'Hagenow', 3, true],
	['13076089', 'Lübz', 1, false],
	['13076090', 'Ludwigslust', 3, true],
	['13076108', 'Parchim', 4, true],
	['13076114', 'Plau am See', 2, false],
	['13076128', 'Sternberg', 3, false],
	['13076152', 'Wittenburg', 2, false],
	['13076159', 'Zarrentin am Schaalsee', 3, false],
];
