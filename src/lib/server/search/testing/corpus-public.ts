import { doc, type CorpusDocument } from './corpus-document';

/**
 * The corpus documents everyone may read, chosen so each search rule has a document that must
 * be found and one that must not: stemming (Kitas/Kita, Schulen/Schule), phrases, prefixes,
 * umlauts, title versus body hits, attachments; and facets of every kind, topic, district, year.
 */
export const PUBLIC_DOCUMENTS = {
	kitaFees: doc(
		'Kita-Gebühren abschaffen',
		'Der Kreistag möge beschließen, die Elternbeiträge für die Kindertagesbetreuung schrittweise abzuschaffen.',
		'motion',
		'adopted',
		['haushalt'],
		'vg',
		'2024-09-12'
	),
	kitaPlaces: doc(
		'Mehr Plätze in der Kita am Hafen',
		'Die Stadt soll die Kita am Hafen um zwei Gruppen erweitern.',
		'motion',
		'filed',
		['schule'],
		'hro',
		'2025-02-03'
	),
	kitaStaff: doc(
		'Personalschlüssel in Kitas verbessern',
		'Erzieherinnen und Erzieher brauchen mehr Zeit für jedes Kind.',
		'template',
		'settled',
		[],
		'lup',
		'2023-05-20'
	),
	schoolRenovation: doc(
		'Sanierung der Grundschule Wolgast',
		'Die Grundschule braucht neue Fenster und eine moderne Heizung. Die Sanierung ist überfällig.',
		'motion',
		'in_deliberation',
		['schule', 'haushalt'],
		'vg',
		'2024-11-05'
	),
	schoolRoutes: doc(
		'Sichere Schulwege im Landkreis',
		'Für alle Schulen im Landkreis sollen Schulwegpläne erstellt werden.',
		'motion',
		'adopted_amended',
		['schule'],
		'lup',
		'2024-03-14'
	),
	schoolTransport: doc(
		'Kostenlose Schülerbeförderung für alle',
		'Wir fordern eine kostenlose Schülerbeförderung auch für die Oberstufe.',
		'motion',
		'rejected',
		['schule', 'oepnv'],
		'vg',
		'2023-10-01'
	),
	transportApart: doc(
		'Beförderung im ländlichen Raum',
		'Kostenlose Angebote für Senioren und eine bessere Schülerbeförderung am Abend.',
		'inquiry',
		'settled',
		['oepnv'],
		'lup',
		'2022-06-30'
	),
	schoolLunch: doc(
		'Gesundes Mittagessen an Schulen',
		'Das Essen an der Schule soll regional und bio sein.',
		'resolution',
		'adopted',
		['schule'],
		'hro',
		'2025-01-15'
	),
	schoolBody: doc(
		'Haushaltsplan 2025',
		'Im Haushalt fehlen Mittel für die Schule in Anklam und für den Winterdienst.',
		'statement',
		'filed',
		['haushalt'],
		'vg',
		'2025-03-01'
	),
	schoolTitle: doc(
		'Schule Anklam erhalten',
		'Der Standort muss bleiben; ein Schließungsbeschluss wäre falsch.',
		'motion',
		'filed',
		['schule'],
		'vg',
		'2022-01-10'
	),
	busNight: doc(
		'Nachtbus zwischen Rostock und Warnemünde',
		'Ein Nachtbus am Wochenende verbindet die Stadtteile.',
		'motion',
		'adopted',
		['oepnv'],
		'hro',
		'2024-05-05'
	),
	busTicket: doc(
		'Sozialticket für Bus und Bahn',
		'Menschen mit wenig Einkommen sollen Bus und Bahn für 9 Euro im Monat nutzen.',
		'template',
		'filed',
		['oepnv'],
		'hro',
		'2023-02-11'
	),
	busStops: doc(
		'Barrierefreie Haltestellen',
		'Alle Haltestellen im Landkreis sollen bis 2030 barrierefrei ausgebaut werden.',
		'motion',
		'in_deliberation',
		['oepnv'],
		'lup',
		'2024-08-19'
	),
	streets: doc(
		'Straßenausbaubeiträge',
		'Die Straßen der Gemeinden verfallen; die Beiträge der Anlieger sind ungerecht.',
		'inquiry',
		'settled',
		['haushalt'],
		'lup',
		'2022-09-09'
	),
	swimmingPool: doc(
		'Schwimmhalle sanieren',
		'Das Schwimmbad ist seit zwei Jahren geschlossen. Ein Sanierungskonzept fehlt.',
		'motion',
		'filed',
		['haushalt'],
		'vg',
		'2025-04-22'
	),
	housing: doc(
		'Bezahlbarer Wohnraum',
		'Die kommunale Wohnungsgesellschaft soll jedes Jahr 200 Sozialwohnungen bauen.',
		'motion',
		'rejected',
		['haushalt'],
		'hro',
		'2023-07-07'
	),
	housingInquiry: doc(
		'Leerstand kommunaler Wohnungen',
		'Wie viele Wohnungen der Stadt stehen leer und warum?',
		'inquiry',
		'settled',
		[],
		'hro',
		'2024-02-02'
	),
	climate: doc(
		'Klimaschutzkonzept für den Landkreis',
		'Der Landkreis erstellt ein Klimaschutzkonzept mit Zielen für 2035.',
		'motion',
		'adopted',
		[],
		'vg',
		'2022-11-11'
	),
	solar: doc(
		'Solaranlagen auf Schuldächern',
		'Auf jedem geeigneten Dach einer Schule wird eine Photovoltaikanlage gebaut.',
		'motion',
		'adopted',
		['schule'],
		'lup',
		'2023-04-04'
	),
	hospital: doc(
		'Krankenhaus Wolgast erhalten',
		'Die Geburtenstation in Wolgast darf nicht geschlossen werden.',
		'resolution',
		'adopted',
		[],
		'vg',
		'2022-03-03'
	),
	doctors: doc(
		'Landärzte gewinnen',
		'Ein Stipendium für Medizinstudierende, die sich verpflichten, auf dem Land zu arbeiten.',
		'template',
		'filed',
		[],
		'lup',
		'2024-06-06'
	),
	library: doc(
		'Öffnungszeiten der Stadtbibliothek',
		'Die Bibliothek soll auch sonntags öffnen.',
		'motion',
		'withdrawn',
		[],
		'hro',
		'2023-09-09'
	),
	youth: doc(
		'Jugendclub in Pasewalk',
		'Ein selbstverwalteter Jugendclub braucht Räume und Förderung.',
		'motion',
		'in_deliberation',
		[],
		'vg',
		'2024-10-10'
	),
	youthParliament: doc(
		'Kinder- und Jugendbeteiligung',
		'Ein Jugendparlament berät die Vertretung bei allen Fragen, die junge Menschen betreffen.',
		'statement',
		'filed',
		[],
		'lup',
		'2025-05-05'
	),
	water: doc(
		'Trinkwasser in kommunaler Hand',
		'Die Wasserversorgung darf nicht privatisiert werden.',
		'resolution',
		'adopted',
		[],
		'hro',
		'2022-12-12'
	),
	waste: doc(
		'Müllgebühren senken',
		'Die Abfallgebühren sind stark gestiegen; die Kalkulation muss offengelegt werden.',
		'inquiry',
		'settled',
		['haushalt'],
		'lup',
		'2024-01-20'
	),
	bike: doc(
		'Radweg an der B 110',
		'Der Lückenschluss des Radwegs zwischen Anklam und Usedom hat Vorrang.',
		'motion',
		'filed',
		['oepnv'],
		'vg',
		'2023-06-16'
	),
	broadband: doc(
		'Breitband für alle Dörfer',
		'Glasfaser bis in jedes Dorf, auch dort, wo es sich nicht rechnet.',
		'motion',
		'adopted',
		[],
		'lup',
		'2022-08-08'
	),
	sports: doc(
		'Sportstätten öffnen',
		'Die Turnhallen der Schulen sollen abends für Vereine offen stehen.',
		'motion',
		'adopted',
		['schule'],
		'hro',
		'2024-04-12'
	),
	refugees: doc(
		'Dezentrale Unterbringung Geflüchteter',
		'Geflüchtete sollen in Wohnungen statt in Sammelunterkünften leben.',
		'statement',
		'filed',
		[],
		'vg',
		'2023-03-03'
	),
	seniors: doc(
		'Seniorenbeirat stärken',
		'Der Seniorenbeirat erhält ein Rederecht in den Ausschüssen.',
		'motion',
		'adopted',
		[],
		'hro',
		'2022-04-04'
	),
	tourism: doc(
		'Kurabgabe gerecht verteilen',
		'Die Einnahmen aus der Kurabgabe sollen auch den Orten im Hinterland zugutekommen.',
		'inquiry',
		'filed',
		['haushalt'],
		'vg',
		'2025-06-01'
	),
	attachmentOnly: doc(
		'Stellungnahme zum Nahverkehrsplan',
		'Siehe Anlage.',
		'statement',
		'filed',
		['oepnv'],
		'lup',
		'2024-12-01',
		'public',
		'Im Anhang: Die Taktung der Rufbusse im Amt Crivitz ist unzureichend.'
	),
	energy: doc(
		'Stadtwerke als Energieversorger',
		'Die Stadtwerke sollen Strom aus Wind und Sonne anbieten.',
		'motion',
		'in_deliberation',
		[],
		'hro',
		'2025-02-20'
	),
	noise: doc(
		'Lärmschutz an der Autobahn',
		'Die Anwohner der A 20 leiden unter Lärm; wir fragen nach dem Stand der Planung.',
		'inquiry',
		'filed',
		[],
		'vg',
		'2024-07-07'
	)
} satisfies Record<string, CorpusDocument>;
