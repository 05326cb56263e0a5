import type { RawOparlObject } from './fixture-files';
import { seededRandom } from './faults';

/**
 * A made-up but realistic OParl 1.1 council: Gremien, persons with memberships, meetings with
 * agenda items, papers with files and consultations that tie each paper to an agenda item.
 * Deterministic for a seed, so benchmarks and tests compare like with like; served by
 * `startOparlTestServer({ objects })`, which rewrites its ids to the server's address.
 */
export interface SyntheticCorpusOptions {
	papers: number;
	/** Default: one meeting per ten papers (at least one). */
	meetings?: number;
	persons?: number;
	/** Files per paper (the first is the main file). Default 2. */
	filesPerPaper?: number;
	seed?: number;
	/** Where the ids live before the test server rewrites them. */
	origin?: string;
}

export interface SyntheticCorpus {
	objects: RawOparlObject[];
	systemId: string;
	bodyId: string;
	counts: {
		papers: number;
		meetings: number;
		agendaItems: number;
		consultations: number;
		files: number;
		persons: number;
		memberships: number;
		organizations: number;
	};
}

const SCHEMA = 'https://schema.oparl.org/1.1/';

const TOPICS = [
	'Sanierung der Grundschule Am Markt',
	'Radweg entlang der Landesstraße',
	'Bebauungsplan Nr. 42 „Wohnen am Mühlenteich“',
	'Haushaltssatzung und Haushaltsplan',
	'Erweiterung der Kindertagesstätte Sonnenschein',
	'Windenergieanlagen im Außenbereich',
	'Neubau des Feuerwehrgerätehauses',
	'Straßenbeleuchtung auf LED umstellen',
	'Jugendclub: Öffnungszeiten und Personal',
	'Breitbandausbau in den Ortsteilen',
	'Umgestaltung des Marktplatzes',
	'Gebührensatzung Abwasser',
	'Sportplatz: Kunstrasen statt Tenne',
	'Bürgerbus für die Dörfer',
	'Photovoltaik auf kommunalen Dächern',
	'Friedhofssatzung: Urnengemeinschaftsanlage',
	'Hochwasserschutz am Mühlbach',
	'Wohnmobilstellplatz am Hafen',
	'Schulwegsicherung an der Kreisstraße',
	'Ankauf von Flächen für bezahlbaren Wohnraum'
];
const PAPER_TYPES = [
	'Beschlussvorlage',
	'Antrag',
	'Anfrage',
	'Mitteilungsvorlage',
	'Stellungnahme'
];
const RESULTS = [
	'einstimmig beschlossen',
	'mehrheitlich beschlossen',
	'abgelehnt',
	'vertagt',
	'zur Kenntnis genommen'
];
const GIVEN = [
	'Anna',
	'Bernd',
	'Claudia',
	'Dieter',
	'Elke',
	'Frank',
	'Gisela',
	'Hans',
	'Ines',
	'Jürgen',
	'Karin',
	'Lars'
];
const FAMILY = [
	'Müller',
	'Schmidt',
	'Schröder',
	'Krüger',
	'Wagner',
	'Becker',
	'Hoffmann',
	'Schäfer',
	'Koch',
	'Richter',
	'Wolf',
	'Neumann'
];
const GREMIEN: Array<[string, string]> = [
	['Gemeindevertretung', 'Parlament'],
	['Hauptausschuss', 'Ausschuss'],
	['Bauausschuss', 'Ausschuss'],
	['Finanzausschuss', 'Ausschuss'],
	['Ausschuss für Bildung, Kultur und Soziales', 'Ausschuss'],
	['Fraktion Bürgerliste', 'Fraktion'],
	['Fraktion Grüne Zukunft', 'Fraktion'],
	['Fraktion Sozial und Gerecht', 'Fraktion']
];

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2019-01-07T18:00:00+01:00');

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const instant = (time: number) => new Date(time).toISOString().replace(/\.\d{3}Z$/, '+00:00');

export function syntheticOparlCorpus(options: SyntheticCorpusOptions): SyntheticCorpus {
	const random = seededRandom(options.seed ?? 42);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const origin = options.origin ?? 'https://ris.synthetisch.example';
	const api = `${origin}/oparl/v1`;
	const body = `${api}/body/1`;
	const paperCount = options.papers;
	const meetingCount = options.meetings ?? Math.max(1, Math.ceil(paperCount / 10));
	const personCount = options.persons ?? 60;
	const filesPerPaper = options.filesPerPaper ?? 2;
	const stamp = (time: number) => ({ created: instant(time), modified: instant(time + DAY) });

	const organizations = GREMIEN.map(([name, classification], index) => ({
		id: `${body}/organization/${index + 1}`,
		type: `${SCHEMA}Organization`,
		body,
		name,
		classification,
		organizationType: classification === 'Fraktion' ? 'Fraktion' : 'Gremium',
		startDate: '2019-06-01',
		...stamp(START)
	}));

	let memberships = 0;
	const persons = Array.from({ length: personCount }, (_, index) => {
		const givenName = pick(GIVEN);
		const familyName = pick(FAMILY);
		const id = `${body}/person/${index + 1}`;
		const council = organizations[0]!;
		const faction = organizations[5 + (index % 3)]!;
		const committee = organizations[1 + (index % 4)]!;
		const membership = [council, faction, committee].map((organization, m) => {
			memberships++;
			return {
				id: `${body}/membership/${index + 1}-${m + 1}`,
				type: `${SCHEMA}Membership`,
				person: id,
				organization: organization.id,
				role: m === 1 && index < 3 ? 'Vorsitz' : 'Mitglied',
				votingRight: true,
				startDate: '2019-06-01',
				...stamp(START)
			};
		});
		return {
			id,
			type: `${SCHEMA}Person`,
			body,
			name: `${givenName} ${familyName}`,
			givenName,
			familyName,
			formOfAddress: index % 2 ? 'Herr' : 'Frau',
			membership,
			...stamp(START)
		};
	});

	// Meetings every week, alternating Gremien; agenda items are filled as papers are consulted.
	const meetings = Array.from({ length: meetingCount }, (_, index) => {
		const start = START + index * 7 * DAY;
		const organization = organizations[index % 5]!;
		return {
			id: `${body}/meeting/${index + 1}`,
			type: `${SCHEMA}Meeting`,
			body,
			name: `${index + 1}. Sitzung ${organization.name}`,
			meetingState: 'durchgeführt',
			cancelled: false,
			start: instant(start),
			end: instant(start + 3 * 60 * 60 * 1000),
			organization: [organization.id],
			location: {
				id: `${body}/location/${(index % 3) + 1}`,
				type: `${SCHEMA}Location`,
				description: 'Ratssaal, Rathaus, Markt 1'
			},
			agendaItem: [] as RawOparlObject[],
			...stamp(start - 14 * DAY)
		};
	});

	let files = 0;
	const papers = Array.from({ length: paperCount }, (_, index) => {
		const number = index + 1;
		const meeting = meetings[Math.floor((index * meetingCount) / paperCount)]!;
		const date = Date.parse(String(meeting.start)) - 10 * DAY;
		const year = new Date(date).getUTCFullYear();
		const reference = `VO/${year}/${String(number).padStart(5, '0')}`;
		const topic = pick(TOPICS);
		const paperType = pick(PAPER_TYPES);
		const id = `${body}/paper/${number}`;
		const fileList = Array.from({ length: filesPerPaper }, (_, f) => {
			files++;
			const fileName =
				f === 0 ? `${reference.replace(/\//g, '-')}.pdf` : `Anlage-${f}-${number}.pdf`;
			return {
				id: `${body}/file/${number}-${f + 1}`,
				type: `${SCHEMA}File`,
				name: f === 0 ? `${paperType} ${reference}` : `Anlage ${f} zu ${reference}`,
				fileName,
				mimeType: 'application/pdf',
				date: isoDay(date),
				accessUrl: `${api}/files/${number}-${f + 1}/${fileName}`,
				downloadUrl: `${api}/files/download/${number}-${f + 1}/${fileName}`,
				...stamp(date)
			};
		});
		const agendaItemId = `${body}/agendaitem/${number}`;
		const consultationId = `${body}/consultation/${number}`;
		const result = pick(RESULTS);
		meeting.agendaItem.push({
			id: agendaItemId,
			type: `${SCHEMA}AgendaItem`,
			meeting: meeting.id,
			number: `Ö ${meeting.agendaItem.length + 1}`,
			order: meeting.agendaItem.length + 1,
			name: `${topic} (${reference})`,
			public: true,
			result,
			resolutionText: `Die ${String(meeting.name).replace(/^\d+\. Sitzung /, '')} hat ${result}: ${topic}.`,
			consultation: consultationId,
			...stamp(Date.parse(String(meeting.start)))
		});
		return {
			id,
			type: `${SCHEMA}Paper`,
			body,
			name: topic,
			reference,
			date: isoDay(date),
			paperType,
			mainFile: fileList[0],
			auxiliaryFile: fileList.slice(1),
			consultation: [
				{
					id: consultationId,
					type: `${SCHEMA}Consultation`,
					paper: id,
					meeting: meeting.id,
					agendaItem: agendaItemId,
					organization: meeting.organization,
					role: 'Entscheidung',
					authoritative: true,
					...stamp(date)
				}
			],
			web: `${origin}/vorgang/${number}`,
			...stamp(date)
		};
	});

	const system = {
		id: `${api}/system`,
		type: `${SCHEMA}System`,
		oparlVersion: SCHEMA,
		name: 'Synthetisches Ratsinformationssystem',
		body: `${api}/bodies`
	};
	const bodyObject = {
		id: body,
		type: `${SCHEMA}Body`,
		system: system.id,
		name: 'Gemeinde Synthetikow',
		shortName: 'Synthetikow',
		ags: '13099999',
		legislativeTerm: [
			{
				id: `${body}/legislativeterm/1`,
				type: `${SCHEMA}LegislativeTerm`,
				name: 'Wahlperiode 2019–2024',
				startDate: '2019-06-01',
				endDate: '2024-06-30'
			}
		],
		...stamp(START)
	};
	return {
		objects: [system, bodyObject, ...organizations, ...persons, ...meetings, ...papers],
		systemId: system.id,
		bodyId: body,
		counts: {
			papers: paperCount,
			meetings: meetingCount,
			agendaItems: paperCount,
			consultations: paperCount,
			files,
			persons: personCount,
			memberships,
			organizations: organizations.length
		}
	};
}
