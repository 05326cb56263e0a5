import type { DemoMotion } from './motion-types';

/**
 * Documents the demo attaches to public motions: what councils really attach (the
 * administration's statement, a cost estimate). Rendered as PDF or DOCX when seeding, so the
 * attachment list, downloads and the search in extracted text (words that appear only here,
 * e.g. "Fahrgastzählung") have something to show.
 */
export interface DemoAttachment {
	/** The motion it belongs to: the first public motion taken over from this template. */
	template: string;
	fileName: string;
	format: 'pdf' | 'docx';
	typeLabel: string;
	title: string;
	/** Markdown. */
	text: string;
}

export const DEMO_ATTACHMENT_DRAFTS: readonly DemoAttachment[] = [
	{
		template: 'muster:oepnv-rufbus',
		fileName: 'Stellungnahme der Verwaltung Rufbus.pdf',
		format: 'pdf',
		typeLabel: 'Stellungnahme der Verwaltung',
		title: 'Rufbus: Kosten und Fahrgastzählung',
		text: '## Ergebnis der Fahrgastzählung\n\nDie Fahrgastzählung im Modellgebiet ergab an Werktagen durchschnittlich 46 Fahrten.\n\n## Kosten\n\n- Betrieb: rund 210.000 Euro im Jahr\n- Landesförderung: 75 Prozent in den ersten drei Jahren\n\nDie Verwaltung empfiehlt, den Antrag in den Verkehrsausschuss zu überweisen.'
	},
	{
		template: 'muster:klima-pv-daecher',
		fileName: 'Wirtschaftlichkeitsberechnung Photovoltaik.docx',
		format: 'docx',
		typeLabel: 'Anlage',
		title: 'Wirtschaftlichkeitsberechnung für Photovoltaik auf Schuldächern',
		text: '## Annahmen\n\n1. Dachfläche der geprüften Schulen: 6.400 Quadratmeter\n2. Eigenverbrauchsanteil: 60 Prozent\n3. Amortisation nach elf Jahren\n\n## Empfehlung\n\nDie Anlagen rechnen sich auch ohne Förderung; mit Bürgerenergiegenossenschaft entfällt die Investition für den Haushalt.'
	},
	{
		template: 'muster:schule-schulessen',
		fileName: 'Kostenschaetzung Schulessen.pdf',
		format: 'pdf',
		typeLabel: 'Anlage',
		title: 'Kostenschätzung für ein beitragsfreies Mittagessen',
		text: '## Kostenschätzung\n\nBei 3.100 Grundschulkindern und einem Essenpreis von 4,20 Euro entstehen jährlich Kosten von rund 2,4 Millionen Euro.\n\n## Gegenrechnung\n\n- Wegfall des Verwaltungsaufwands für Einzelanträge\n- Mittel aus dem Bildungs- und Teilhabepaket'
	},
	{
		template: 'muster:gesundheit-landarzt',
		fileName: 'Versorgungsatlas Hausaerzte.docx',
		format: 'docx',
		typeLabel: 'Anlage',
		title: 'Versorgungsatlas: Hausarztsitze nach Mittelbereichen',
		text: '## Versorgungsgrad\n\nIn drei Mittelbereichen liegt der Versorgungsgrad unter 90 Prozent; dort droht Unterversorgung.\n\n## Altersstruktur\n\nFast die Hälfte der Hausärztinnen und Hausärzte wird in den nächsten zehn Jahren in den Ruhestand gehen.'
	}
];

/** Each attachment with the key of the motion it goes to. */
export function buildDemoAttachments(
	motions: readonly DemoMotion[]
): (DemoAttachment & { motion: string })[] {
	return DEMO_ATTACHMENT_DRAFTS.map((draft) => {
		const target = motions.find(
			(m) => m.reusedFrom === draft.template && m.visibility === 'public' && m.councilAgs
		);
		if (!target) throw new Error(`Kein Antrag übernimmt ${draft.template}`);
		return { ...draft, motion: target.key };
	});
}
