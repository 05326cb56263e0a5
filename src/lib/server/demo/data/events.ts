/**
 * Fictional events for the demo: past ones with materials, upcoming ones, one full with a
 * waitlist, a training of the Kommunalpolitisches Forum, an online event of the BAG, a
 * members-only one, a cancelled one. Times are days from the seeding day, in Berlin time, so a
 * demo always has something ahead. Fixed ids let tests and the access table name them.
 */
export interface DemoEvent {
	id: string;
	title: string;
	kind: 'meeting' | 'training' | 'conference' | 'online';
	organizer: 'network' | 'forum' | 'federal' | 'district_association';
	organizerName?: string;
	summary: string;
	description: string;
	/** Days from the seeding day, and Berlin wall-clock times. */
	day: number;
	from: string;
	until: string;
	location: string;
	onlineUrl?: string;
	visibility: 'public' | 'members';
	capacity: number | null;
	registrationEnabled?: boolean;
	cancelled?: boolean;
	/** Demo accounts registered in this order (beyond the capacity they wait). */
	registrations?: { key: 'vorstand' | 'fraktion' | 'mitglied' | 'interessiert'; note?: string }[];
	materials?: { id: string; title: string; url: string; public: boolean }[];
}

export const DEMO_EVENT_IDS = {
	conference: '6f1c2a10-0001-4e00-8000-00000000e001',
	pastTraining: '6f1c2a10-0001-4e00-8000-00000000e002',
	forumTraining: '6f1c2a10-0001-4e00-8000-00000000e003',
	bagOnline: '6f1c2a10-0001-4e00-8000-00000000e004',
	fullWorkshop: '6f1c2a10-0001-4e00-8000-00000000e005',
	membersOnly: '6f1c2a10-0001-4e00-8000-00000000e006',
	districtMeeting: '6f1c2a10-0001-4e00-8000-00000000e007',
	cancelled: '6f1c2a10-0001-4e00-8000-00000000e008',
	forumOnline: '6f1c2a10-0001-4e00-8000-00000000e009',
	pastBag: '6f1c2a10-0001-4e00-8000-00000000e010'
} as const;

const PRIVATE_LINKS = {
	bag: 'https://konferenz.example.org/bag-waermeplanung-7Kq2',
	forum: 'https://konferenz.example.org/forum-pressearbeit-Zp81',
	workshopSlides: 'https://dateien.example.org/workshop-antraege-folien-Gh4',
	trainingHandout: 'https://dateien.example.org/haushaltsrecht-handout-Lm9'
};

export const DEMO_EVENTS: readonly DemoEvent[] = [
	{
		id: DEMO_EVENT_IDS.conference,
		title: 'Kommunalkonferenz 2026 in Güstrow',
		kind: 'conference',
		organizer: 'network',
		summary: 'Der jährliche Treffpunkt der Kommunalpolitiker*innen aus ganz MV.',
		description:
			'## Programm\n\n- Begrüßung und Bericht des Sprecher*innenrats\n- Foren zu Finanzen, Mobilität und Wohnen\n- Austausch mit der Landtagsfraktion',
		day: -40,
		from: '10:00',
		until: '17:00',
		location: 'Güstrow, Bürgerhaus, Sonnenplatz 1',
		visibility: 'public',
		capacity: 120,
		materials: [
			{
				id: '6f1c2a10-0002-4e00-8000-00000000f001',
				title: 'Fotos und Bericht',
				url: 'https://example.org/kommunalkonferenz-2026',
				public: true
			}
		]
	},
	{
		id: DEMO_EVENT_IDS.pastTraining,
		title: 'Haushaltsrecht kompakt',
		kind: 'training',
		organizer: 'forum',
		summary: 'Doppik, Haushaltssatzung und Haushaltssicherung verständlich erklärt.',
		description: 'Eine Schulung des Kommunalpolitischen Forums für neue Mandatsträger*innen.',
		day: -20,
		from: '09:30',
		until: '15:30',
		location: 'Rostock, Kröpeliner Straße 12',
		visibility: 'public',
		capacity: 25,
		materials: [
			{
				id: '6f1c2a10-0002-4e00-8000-00000000f002',
				title: 'Handout Haushaltsrecht',
				url: PRIVATE_LINKS.trainingHandout,
				public: false
			}
		]
	},
	{
		id: DEMO_EVENT_IDS.forumTraining,
		title: 'Einstieg ins Ehrenamt: Rechte und Pflichten in der Gemeindevertretung',
		kind: 'training',
		organizer: 'forum',
		summary: 'Kommunalverfassung MV, Sitzungen, Anträge – was neue Mandatsträger*innen wissen müssen.',
		description:
			'Mit Referent*innen des Kommunalpolitischen Forums. Mittagessen inklusive.\n\n**Bitte mitbringen:** die Geschäftsordnung Ihrer Vertretung.',
		day: 10,
		from: '10:00',
		until: '16:00',
		location: 'Schwerin, Puschkinstraße 19',
		visibility: 'public',
		capacity: 20,
		registrations: [{ key: 'mitglied' }]
	},
	{
		id: DEMO_EVENT_IDS.bagOnline,
		title: 'BAG Kommunalpolitik: Bundesweiter Austausch zur Wärmeplanung',
		kind: 'online',
		organizer: 'federal',
		summary: 'Wie Kommunen die Wärmeplanung angehen – Beispiele aus drei Ländern.',
		description: 'Online-Austausch der Bundesarbeitsgemeinschaft. Den Zugangslink bekommen Angemeldete.',
		day: 14,
		from: '18:30',
		until: '20:00',
		location: '',
		onlineUrl: PRIVATE_LINKS.bag,
		visibility: 'public',
		capacity: null,
		registrations: [{ key: 'fraktion' }]
	},
	{
		id: DEMO_EVENT_IDS.fullWorkshop,
		title: 'Werkstatt: Anträge schreiben, die durchkommen',
		kind: 'meeting',
		organizer: 'network',
		summary: 'In kleiner Runde an echten Anträgen arbeiten.',
		description: 'Bringen Sie einen Antrag mit, an dem Sie gerade schreiben.',
		day: 7,
		from: '17:00',
		until: '19:30',
		location: 'Neubrandenburg, Friedrich-Engels-Ring 5',
		visibility: 'public',
		capacity: 2,
		registrations: [
			{ key: 'mitglied' },
			{ key: 'fraktion', note: 'Ich komme mit dem Rollstuhl – ist der Raum ebenerdig?' },
			{ key: 'interessiert' }
		],
		materials: [
			{
				id: '6f1c2a10-0002-4e00-8000-00000000f003',
				title: 'Folien zur Werkstatt',
				url: PRIVATE_LINKS.workshopSlides,
				public: false
			}
		]
	},
	{
		id: DEMO_EVENT_IDS.membersOnly,
		title: 'Klausur des Sprecher*innenrats mit den Fraktionsvorsitzenden',
		kind: 'meeting',
		organizer: 'network',
		summary: 'Intern: Schwerpunkte für das kommende Jahr.',
		description: 'Nur für Mitglieder des Netzwerks.',
		day: 21,
		from: '10:00',
		until: '15:00',
		location: 'Waren (Müritz), Lange Straße 40',
		visibility: 'members',
		capacity: 30,
		registrations: [{ key: 'vorstand' }]
	},
	{
		id: DEMO_EVENT_IDS.districtMeeting,
		title: 'Kommunalpolitischer Stammtisch Vorpommern-Greifswald',
		kind: 'meeting',
		organizer: 'district_association',
		organizerName: 'Kreisverband Vorpommern-Greifswald',
		summary: 'Offener Austausch, ohne Anmeldung – Gäste willkommen.',
		description: 'Wir treffen uns im Hinterzimmer. Einfach vorbeikommen.',
		day: 5,
		from: '19:00',
		until: '21:00',
		location: 'Greifswald, Markt 3',
		visibility: 'public',
		capacity: null,
		registrationEnabled: false
	},
	{
		id: DEMO_EVENT_IDS.cancelled,
		title: 'Exkursion: Bürgerwindpark besichtigen',
		kind: 'meeting',
		organizer: 'network',
		summary: 'Wie Gemeinden an Windkraft beteiligt werden.',
		description: 'Leider abgesagt; ein neuer Termin folgt.',
		day: 12,
		from: '11:00',
		until: '15:00',
		location: 'Treffpunkt Bahnhof Teterow',
		visibility: 'public',
		capacity: 15,
		cancelled: true
	},
	{
		id: DEMO_EVENT_IDS.forumOnline,
		title: 'Pressearbeit für Fraktionen (online)',
		kind: 'online',
		organizer: 'forum',
		summary: 'Pressemitteilungen, Social Media und der Draht zur Lokalzeitung.',
		description: 'Eine Online-Schulung des Kommunalpolitischen Forums in zwei Teilen.',
		day: 30,
		from: '18:00',
		until: '20:00',
		location: '',
		onlineUrl: PRIVATE_LINKS.forum,
		visibility: 'public',
		capacity: 25
	},
	{
		id: DEMO_EVENT_IDS.pastBag,
		title: 'Bundeskonferenz Kommunalpolitik',
		kind: 'conference',
		organizer: 'federal',
		summary: 'Zwei Tage Austausch mit Kommunalpolitiker*innen aus allen Ländern.',
		description: 'Die Bundesarbeitsgemeinschaft lud nach Erfurt ein.',
		day: -60,
		from: '10:00',
		until: '18:00',
		location: 'Erfurt',
		visibility: 'public',
		capacity: null
	}
];

/** What the public must never see: members-only titles, join links, participants' materials, notes. */
export const DEMO_EVENT_PRIVATE_VALUES: readonly string[] = [
	'Klausur des Sprecher*innenrats mit den Fraktionsvorsitzenden',
	...Object.values(PRIVATE_LINKS),
	'Ich komme mit dem Rollstuhl'
];
