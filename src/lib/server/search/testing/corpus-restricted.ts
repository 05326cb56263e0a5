import { doc, type CorpusDocument } from './corpus-document';

/**
 * The corpus documents only some may read: members-only ones, two drafts of Fraktion DIE LINKE
 * (Kreistag VG) for its faction, and one member's own draft, so searches show that each reaches
 * exactly its readers, in results and in counts.
 */
export const RESTRICTED_DOCUMENTS = {
	membersBudget: doc(
		'Interne Auswertung Haushaltsberatungen',
		'Unsere Änderungsanträge zum Kreishaushalt und was daraus wurde.',
		'statement',
		'settled',
		['haushalt'],
		'vg',
		'2024-12-20',
		'members'
	),
	membersKita: doc(
		'Kita-Streik: Erfahrungen aus den Kreisen',
		'Wie unsere Fraktionen den Streik der Erzieherinnen begleitet haben.',
		'statement',
		'filed',
		['schule'],
		'lup',
		'2023-11-11',
		'members'
	),
	draftFaction: doc(
		'Entwurf Kita-Sozialstaffel Vorpommern',
		'Geheimer Entwurf: eine Sozialstaffel für die Kita-Beiträge im Landkreis.',
		'motion',
		'draft',
		['haushalt'],
		'vg',
		'2025-07-01',
		'faction'
	),
	draftFaction2: doc(
		'Entwurf Schulsozialarbeit',
		'Jede Schule bekommt eine Stelle für Schulsozialarbeit.',
		'motion',
		'draft',
		['schule'],
		'vg',
		'2025-07-02',
		'faction'
	),
	draftAuthor: doc(
		'Entwurf Bürgerhaushalt Rostock',
		'Ein Bürgerhaushalt für Rostock mit Kita-Projekten.',
		'motion',
		'draft',
		['haushalt'],
		'hro',
		'2025-07-03',
		'author'
	)
} satisfies Record<string, CorpusDocument>;
