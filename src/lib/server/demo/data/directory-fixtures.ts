import type { DemoMembership, DemoPerson } from './directory-types';

/**
 * The named people other tests rely on (team contract, see the demo fixtures). Their
 * values are exported so tests compare against these constants instead of repeating them.
 */
export const TERM_START = '2024-06-09';
export const PREVIOUS_TERM_START = '2019-05-26';
export const PREVIOUS_TERM_END = '2024-06-08';

/** Mandate holder: public record; email for members, phone for the board and her faction admin. */
export const DEMO_GRETA = {
	key: 'greta',
	name: 'Greta Beispielhaft',
	email: 'greta.beispielhaft@example.org',
	phone: '0381 5550101',
	biography:
		'Greta Beispielhaft sitzt für die Fraktion im Kreistag Vorpommern-Greifswald und leitet sie. ' +
		'Ihr liegen ein solider Kreishaushalt und ein Nahverkehr am Herzen, der auch die Dörfer erreicht.',
	council: 'Kreistag Vorpommern-Greifswald',
	topics: ['haushalt', 'oepnv']
} as const;

/** Sachkundige Einwohnerin only: not public record, so nothing of her reaches anonymous visitors. */
export const DEMO_HANNA = {
	key: 'hanna',
	name: 'Hanna Verborgen',
	email: 'hanna.verborgen@example.org',
	committee: 'Ausschuss für Bildung',
	council: 'Kreistag Ludwigslust-Parchim'
} as const;

const person = (
	values: Pick<DemoPerson, 'key' | 'givenName' | 'familyName'> & Partial<DemoPerson>
): DemoPerson => ({
	account: null,
	party: null,
	email: null,
	emailVisibility: 'members',
	phone: null,
	phoneVisibility: 'members',
	biography: null,
	biographyVisibility: 'members',
	topicsVisibility: 'members',
	topics: [],
	...values
});

export const FIXTURE_PEOPLE: readonly DemoPerson[] = [
	person({
		key: 'greta',
		givenName: 'Greta',
		familyName: 'Beispielhaft',
		email: DEMO_GRETA.email,
		emailVisibility: 'members',
		phone: DEMO_GRETA.phone,
		phoneVisibility: 'board',
		biography: DEMO_GRETA.biography,
		biographyVisibility: 'public',
		topicsVisibility: 'public',
		topics: [...DEMO_GRETA.topics]
	}),
	person({
		key: 'hanna',
		givenName: 'Hanna',
		familyName: 'Verborgen',
		email: DEMO_HANNA.email,
		emailVisibility: 'public',
		topics: ['schule', 'jugend']
	}),
	// The demo accounts' own people: none holds an elected seat, so their names stay private.
	person({
		key: 'katrin',
		account: 'vorstand',
		givenName: 'Katrin',
		familyName: 'Vorstandt',
		email: 'vorstand@example.org',
		topics: ['demokratie', 'haushalt']
	}),
	person({
		key: 'jonas',
		account: 'fraktion',
		givenName: 'Jonas',
		familyName: 'Fraktionsberg',
		email: 'fraktion@example.org',
		phone: '0383 5550102',
		phoneVisibility: 'board',
		topics: ['digitalisierung', 'haushalt']
	}),
	person({
		key: 'mira',
		account: 'mitglied',
		givenName: 'Mira',
		familyName: 'Mitgliedermann',
		email: 'mitglied@example.org',
		topics: ['soziales', 'wohnen']
	})
];

export const FIXTURE_MEMBERSHIPS: readonly DemoMembership[] = [
	{
		person: 'greta',
		organization: { council: '13075' },
		role: 'member',
		onBehalfOf: 'faction:13075',
		topic: null,
		startDate: TERM_START,
		endDate: null
	},
	{
		person: 'greta',
		organization: { organization: 'faction:13075' },
		role: 'faction_chair',
		onBehalfOf: null,
		topic: null,
		startDate: TERM_START,
		endDate: null
	},
	{
		person: 'hanna',
		organization: { organization: 'committee:13076:bildung' },
		role: 'expert_citizen',
		onBehalfOf: 'faction:13076',
		topic: null,
		startDate: '2024-09-01',
		endDate: null
	},
	{
		person: 'jonas',
		organization: { organization: 'faction:13075' },
		role: 'member',
		onBehalfOf: null,
		topic: null,
		startDate: TERM_START,
		endDate: null
	},
	{
		person: 'mira',
		organization: { organization: 'committee:13003:soziales' },
		role: 'expert_citizen',
		onBehalfOf: 'faction:13003',
		topic: null,
		startDate: '2024-09-01',
		endDate: null
	}
];
