import type { InitiativeType, ProposalStatus } from '../../../shared/landtag';
import type { DemoAccount } from '../types';

/**
 * The demo's Landtag exchange, invented: initiatives the Landtag faction (in the demo: the board
 * account) posted, two of them still asking the councils for feedback, the factions' answers, and
 * topics municipal factions proposed, in every state of the inbox. Factions are the demo
 * directory's (`faction:<ags>`); times are days before the seeding day.
 */
export interface DemoInitiative {
	key: string;
	type: InitiativeType;
	title: string;
	summary: string;
	printedMatterNumber: string | null;
	feedbackQuestion: string | null;
	/** Days from the seeding day to the deadline; negative: the deadline has passed. */
	deadlineInDays: number | null;
	daysAgo: number;
	feedback: { faction: string; author: DemoAccount['key'] | null; body: string; daysAgo: number }[];
}

export interface DemoProposal {
	title: string;
	description: string;
	faction: string;
	proposedBy: DemoAccount['key'] | null;
	status: ProposalStatus;
	reply: string | null;
	daysAgo: number;
}

export const DEMO_INITIATIVES: readonly DemoInitiative[] = [
	{
		key: 'schulsozialarbeit',
		type: 'motion',
		title: 'Schulsozialarbeit an allen Schulen dauerhaft aus Landesmitteln finanzieren',
		summary:
			'Die Landtagsfraktion beantragt, die Schulsozialarbeit aus dem befristeten ESF-Programm in eine dauerhafte Landesfinanzierung zu überführen.\n\n- mindestens eine Vollzeitstelle je Schule\n- tarifgerechte Bezahlung bei freien Trägern\n- Beteiligung der Schulträger an der Planung',
		printedMatterNumber: '9/112',
		feedbackQuestion:
			'Wie viele Schulen in eurem Kreis haben derzeit keine Schulsozialarbeit, und wie wird sie bei euch finanziert?',
		deadlineInDays: 12,
		daysAgo: 9,
		feedback: [
			{
				faction: 'faction:13075',
				author: 'fraktion',
				body: 'Im Kreis Vorpommern-Greifswald haben **elf Schulen** keine Schulsozialarbeit, fast alle im ländlichen Raum. Der Kreis zahlt seit 2024 einen Eigenanteil von 20 Prozent.',
				daysAgo: 5
			},
			{
				faction: 'faction:13003',
				author: null,
				body: 'In Rostock ist jede Schule versorgt, aber über sieben verschiedene Träger mit unterschiedlicher Bezahlung. Eine Landesfinanzierung mit Tarifbindung würde helfen.',
				daysAgo: 3
			}
		]
	},
	{
		key: 'kommunalfinanzen',
		type: 'bill',
		title: 'Gesetzentwurf zur Änderung des Finanzausgleichsgesetzes: Mindestausstattung der Gemeinden',
		summary:
			'Der Gesetzentwurf führt eine Mindestausstattung je Einwohnerin und Einwohner ein, damit kleine Gemeinden ihre freiwilligen Aufgaben wieder erfüllen können.\n\n## Kern\n\n1. Sockelbetrag für Gemeinden unter 2.000 Einwohnern\n2. Anhebung der Schlüsselzuweisungen\n3. Überprüfung nach drei Jahren',
		printedMatterNumber: '9/187',
		feedbackQuestion:
			'Welche freiwilligen Leistungen musstet ihr in den letzten Jahren streichen oder kürzen?',
		deadlineInDays: 25,
		daysAgo: 4,
		feedback: [
			{
				faction: 'faction:13071107',
				author: null,
				body: 'Neubrandenburg hat die Öffnungszeiten der Stadtbibliothek gekürzt und zwei Jugendclubs an freie Träger abgegeben.',
				daysAgo: 2
			}
		]
	},
	{
		key: 'rufbus',
		type: 'small_inquiry',
		title: 'Kleine Anfrage: Förderung von Rufbussystemen im ländlichen Raum',
		summary:
			'Die Kleine Anfrage fragt die Landesregierung nach den geförderten Rufbusprojekten, ihren Fahrgastzahlen und der Finanzierung nach Ende der Modellphase.',
		printedMatterNumber: '8/3895',
		feedbackQuestion: 'Welche Erfahrungen habt ihr mit Rufbussen in eurem Kreis gemacht?',
		deadlineInDays: -30,
		daysAgo: 75,
		feedback: [
			{
				faction: 'faction:13075',
				author: 'fraktion',
				body: 'Der Rufbus im Süden des Kreises wird gut angenommen, vor allem von Älteren. Problem: Die App-Buchung überfordert viele, das Telefon ist oft besetzt.',
				daysAgo: 60
			},
			{
				faction: 'faction:13076',
				author: null,
				body: 'In Ludwigslust-Parchim wurde der Rufbus nach der Modellphase eingestellt, weil der Kreis den Eigenanteil nicht tragen wollte.',
				daysAgo: 58
			},
			{
				faction: 'faction:13071',
				author: null,
				body: 'Seit Einführung des Rufbusses an der Seenplatte sind die Fahrgastzahlen in den Dörfern um ein Drittel gestiegen.',
				daysAgo: 50
			}
		]
	},
	{
		key: 'krankenhaus',
		type: 'motion',
		title: 'Antrag: Notfallversorgung im ländlichen Raum bei der Krankenhausreform sichern',
		summary:
			'Die Landtagsfraktion fordert die Landesregierung auf, bei der Umsetzung der Krankenhausreform alle Standorte mit Notaufnahme zu erhalten.',
		printedMatterNumber: '8/3702',
		feedbackQuestion: null,
		deadlineInDays: null,
		daysAgo: 120,
		feedback: []
	},
	{
		key: 'wohngeld',
		type: 'small_inquiry',
		title: 'Kleine Anfrage: Bearbeitungszeiten beim Wohngeld in den Landkreisen',
		summary:
			'Gefragt wird nach den durchschnittlichen Bearbeitungszeiten der Wohngeldstellen, dem Personal und den Rückständen seit der Wohngeldreform.',
		printedMatterNumber: null,
		feedbackQuestion: null,
		deadlineInDays: null,
		daysAgo: 30,
		feedback: []
	}
];

export const DEMO_PROPOSALS: readonly DemoProposal[] = [
	{
		title: 'Landesprogramm für Dorfgemeinschaftshäuser',
		description:
			'Viele Gemeinden im Kreis können die Sanierung ihrer Gemeinschaftshäuser nicht bezahlen. Wir schlagen ein Landesprogramm mit geringem Eigenanteil vor.',
		faction: 'faction:13075',
		proposedBy: 'fraktion',
		status: 'taken_up',
		reply: 'Danke! Wir haben das in unseren Antrag zum Landeshaushalt aufgenommen (Änderungsantrag zum Einzelplan 11).',
		daysAgo: 140
	},
	{
		title: 'Schülerbeförderung zu Ganztagsangeboten landesweit regeln',
		description:
			'Der Rechtsanspruch auf Ganztagsbetreuung nützt wenig, wenn am Nachmittag kein Bus fährt. Das Land sollte die Kosten der zusätzlichen Fahrten übernehmen.',
		faction: 'faction:13075',
		proposedBy: 'fraktion',
		status: 'in_review',
		reply: 'Wir klären gerade mit dem Bildungsministerium, wie viele Kreise betroffen sind.',
		daysAgo: 20
	},
	{
		title: 'Sozialticket als Landesaufgabe',
		description:
			'Mehrere Städte haben Sozialtickets eingeführt, andere können es sich nicht leisten. Ein landesweites Sozialticket wäre gerechter.',
		faction: 'faction:13003',
		proposedBy: 'mitglied',
		status: 'new',
		reply: null,
		daysAgo: 6
	},
	{
		title: 'Kommunale Wärmeplanung: Landesmittel für kleine Gemeinden',
		description:
			'Kleine Gemeinden haben keine Fachleute für die Wärmeplanung. Wir schlagen eine Landesagentur vor, die sie unterstützt.',
		faction: 'faction:13074',
		proposedBy: null,
		status: 'done',
		reply: 'Die Landesregierung hat inzwischen eine Beratungsstelle bei der Landesenergieagentur eingerichtet.',
		daysAgo: 260
	},
	{
		title: 'Verbot von Schottergärten in der Landesbauordnung',
		description:
			'Schottergärten heizen die Orte auf und schaden der Artenvielfalt. Eine klare Regel in der Landesbauordnung hilft den Bauämtern.',
		faction: 'faction:13073088',
		proposedBy: null,
		status: 'declined',
		reply: 'Wir sehen das Anliegen, halten aber eine Regelung über kommunale Satzungen für den besseren Weg. Ein Mustersatzungsentwurf ist in Arbeit.',
		daysAgo: 190
	},
	{
		title: 'Hitzeschutz in Pflegeeinrichtungen verbindlich machen',
		description:
			'Nach dem letzten Sommer berichten Pflegekräfte von unerträglichen Temperaturen in den Einrichtungen. Das Land sollte Mindeststandards festlegen.',
		faction: 'faction:13076',
		proposedBy: null,
		status: 'in_review',
		reply: null,
		daysAgo: 45
	},
	{
		title: 'Mehr Studienplätze für Landärztinnen und Landärzte',
		description:
			'Die Landarztquote reicht nicht. Wir schlagen vor, die Zahl der Plätze in Rostock und Greifswald zu erhöhen.',
		faction: 'faction:13075039',
		proposedBy: null,
		status: 'new',
		reply: null,
		daysAgo: 2
	}
];

/** Only the network reads the Landtag exchange; the anonymous crawl looks for these titles. */
export const DEMO_LANDTAG_PRIVATE_VALUES: readonly string[] = [
	...DEMO_INITIATIVES.map((initiative) => initiative.title),
	...DEMO_PROPOSALS.map((proposal) => proposal.title),
	...DEMO_INITIATIVES.flatMap((initiative) => initiative.feedback.map((f) => f.body)).filter(
		(body) => !/[*_`[\]<>]/.test(body)
	)
];
