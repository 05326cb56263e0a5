/**
 * Fictional news posts and pages of the demo. Every name, place detail and figure is invented.
 * Drafts are board-only: their titles are private values (the anonymous crawl proves they never
 * leak).
 */
export interface DemoNewsPost {
	slug: string;
	title: string;
	teaser: string;
	body: string;
	tags: string[];
	/**
	 * Account key of an author; `byline` for free-text authors. The demo posts use bylines only: the
	 * demo accounts' names are private values, and an account author is shown by name.
	 */
	authorKey?: 'vorstand' | 'mitglied' | 'fraktion';
	byline?: string;
	/** ISO timestamp; null for a draft. */
	publishedAt: string | null;
	/** Shows the demo's generated cover picture. */
	cover?: boolean;
}

export const DEMO_NEWS_DRAFT_TITLE = 'Entwurf: Positionspapier Kreisumlage (nicht veröffentlichen)';

export const DEMO_NEWS: DemoNewsPost[] = [
	{
		slug: 'kommunalkonferenz-2026-rueckblick',
		title: 'Rückblick auf die Kommunalkonferenz 2026',
		teaser:
			'Über 80 Kommunalpolitiker*innen aus allen Landkreisen haben in Güstrow zwei Tage lang über Haushalt, Wohnen und Nahverkehr beraten.',
		body: `## Zwei Tage, sechs Werkstätten

In sechs Werkstätten ging es um die Fragen, die in den Kreistagen und Gemeindevertretungen gerade
drängen: **Haushaltssicherung**, bezahlbares Wohnen, der Busverkehr auf dem Land und die
Zusammenarbeit mit der Landtagsfraktion.

## Was wir mitnehmen

- Musteranträge zur Schulwegsicherheit stehen ab sofort in der Antragsbörse.
- Die Arbeitskreise Finanzen und Mobilität treffen sich künftig monatlich online.
- Im Frühjahr folgt eine Schulung zum Haushaltsrecht mit dem Kommunalpolitischen Forum.

Danke an alle, die dabei waren!`,
		tags: ['Konferenz', 'Netzwerk'],
		byline: 'Sprecher*innenrat',
		publishedAt: '2026-11-20T09:00:00Z',
		cover: true
	},
	{
		slug: 'schulung-haushaltsrecht-anmeldung',
		title: 'Schulung Haushaltsrecht: Anmeldung offen',
		teaser:
			'Wie lese ich einen Doppelhaushalt, und wo setze ich als Fraktion an? Die Schulung mit dem Kommunalpolitischen Forum richtet sich an Neue und Erfahrene.',
		body: `Die Schulung findet an zwei Abenden online statt. Vorkenntnisse sind nicht nötig.

## Inhalte

1. Aufbau eines kommunalen Haushalts
2. Ergebnis- und Finanzhaushalt lesen
3. Änderungsanträge formulieren, die durchkommen

Die Anmeldung läuft über den Veranstaltungskalender.`,
		tags: ['Schulung', 'Haushalt'],
		byline: 'Kommunalpolitisches Forum',
		publishedAt: '2026-11-12T10:30:00Z'
	},
	{
		slug: 'busverkehr-im-laendlichen-raum',
		title: 'Busverkehr im ländlichen Raum: Was Kreistage tun können',
		teaser:
			'Rufbus, Taktverdichtung, Schüler*innenverkehr öffnen: Beispiele aus drei Landkreisen und was sie gekostet haben.',
		body: `Drei Fraktionen berichten, wie sie den Nahverkehr in ihrem Landkreis verbessert haben.

> „Der Rufbus fährt inzwischen mehr Fahrgäste als die alte Linie.“

Die Anträge dazu finden Sie in der [Antragsbörse](/antraege).`,
		tags: ['Mobilität', 'Kreistag'],
		byline: 'Arbeitskreis Mobilität',
		publishedAt: '2026-10-28T08:00:00Z'
	},
	{
		slug: 'neue-mitglieder-im-sprecherinnenrat',
		title: 'Neue Gesichter im Sprecher*innenrat',
		teaser:
			'Die Mitgliederversammlung hat den Sprecher*innenrat neu gewählt. Wir stellen die Gewählten vor.',
		body: `Die Mitgliederversammlung hat turnusgemäß gewählt. Der neue Sprecher*innenrat will vor allem
die Vernetzung der Gemeindevertreter*innen in kleinen Gemeinden stärken.`,
		tags: ['Netzwerk'],
		byline: 'Sprecher*innenrat',
		publishedAt: '2026-10-15T16:00:00Z'
	},
	{
		slug: 'kita-gebuehren-musterantrag',
		title: 'Musterantrag: Kita-Verpflegung gebührenfrei',
		teaser:
			'Ein Musterantrag für Kreistage und Stadtvertretungen, mit Begründung und Finanzierungsvorschlag.',
		body: `Der Musterantrag ist aus einem Beschluss einer Stadtvertretung entstanden und wurde im
Arbeitskreis Soziales überarbeitet. Passen Sie ihn an Ihre Kommune an.`,
		tags: ['Soziales', 'Musterantrag'],
		byline: 'Kreistagsfraktion Vorpommern-Greifswald',
		publishedAt: '2026-09-30T07:45:00Z'
	},
	{
		slug: 'landtag-kommunalfinanzen-anhoerung',
		title: 'Anhörung im Landtag zu den Kommunalfinanzen',
		teaser:
			'Unsere Stellungnahme zum Finanzausgleichsgesetz: Was Landkreise und Gemeinden brauchen.',
		body: `Der Sprecher*innenrat hat für die Anhörung im Landtag eine Stellungnahme abgegeben. Sie stützt
sich auf eine Umfrage unter unseren Fraktionen.

## Kernforderungen

- verlässliche Schlüsselzuweisungen statt Förderprogrammen mit Eigenanteil
- ein Ausgleich für die Kosten der Unterbringung
- weniger Berichtspflichten für kleine Gemeinden`,
		tags: ['Haushalt', 'Landtag'],
		byline: 'Sprecher*innenrat',
		publishedAt: '2026-09-18T12:00:00Z'
	},
	{
		slug: 'sommerfest-der-kommunalos',
		title: 'Sommerfest der Kommunalos',
		teaser: 'Grillen, Austausch und ein Quiz über die Kommunalverfassung: Fotos und Eindrücke.',
		body: `Rund 40 Gäste, ein Quiz über die Kommunalverfassung und viele Gespräche zwischen Neuen und
alten Hasen. Bis zum nächsten Jahr!`,
		tags: ['Netzwerk'],
		byline: 'Redaktion',
		publishedAt: '2026-08-24T18:00:00Z'
	},
	{
		slug: 'entwurf-positionspapier-kreisumlage',
		title: DEMO_NEWS_DRAFT_TITLE,
		teaser: 'Noch in Abstimmung im Sprecher*innenrat.',
		body: 'Nur für den Sprecher*innenrat: Der Text ist noch nicht abgestimmt.',
		tags: ['Haushalt'],
		byline: 'Sprecher*innenrat',
		publishedAt: null
	}
];

export const DEMO_COVER_ALT =
	'Grafik in den Farben des Netzwerks: Streifen in Dunkelrot und Hellgrau';

export const DEMO_PAGE_DRAFT_TITLE = 'Interne Notizen zur Pressearbeit (Entwurf)';

export const DEMO_PAGES = [
	{
		slug: 'ueber-uns',
		title: 'Über uns',
		description: 'Wer im Netzwerk mitarbeitet, wie wir entscheiden und wie Sie mitmachen können.',
		body: `## Wie wir arbeiten

Das Netzwerk ist offen für alle Kommunalpolitiker*innen der Partei und alle, die sich für
Kommunalpolitik interessieren. Der Sprecher*innenrat wird von der Mitgliederversammlung gewählt.

## Mitmachen

Schreiben Sie uns über das [Kontaktformular](/kontakt).`,
		published: true
	},
	{
		slug: 'presse-intern',
		title: DEMO_PAGE_DRAFT_TITLE,
		description: '',
		body: 'Noch nicht abgestimmt.',
		published: false
	}
];

export const DEMO_CONTENT_PRIVATE_VALUES = [DEMO_NEWS_DRAFT_TITLE, DEMO_PAGE_DRAFT_TITLE];
