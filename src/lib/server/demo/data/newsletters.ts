/** Demo Rundbriefe (fictional). Board-only: subjects and texts must never reach the public. */
export const DEMO_SENT_NEWSLETTER = {
	id: '6f1e2d3c-4b5a-4987-8c6d-5e4f3a2b1c01',
	subject: 'Rundbrief Oktober: Haushaltsberatungen und Herbstklausur',
	body: [
		'## Liebe Kommunalpolitiker*innen,',
		'',
		'in vielen Kreistagen beginnen jetzt die Haushaltsberatungen. Im Antragsportal finden Sie',
		'Musteranträge zu Kita-Gebühren und zum Schulsozialfonds, die andere Fraktionen schon',
		'eingebracht haben.',
		'',
		'- **Herbstklausur** des Netzwerks am 14. November in Güstrow',
		'- Schulung „Haushalt lesen“ mit dem Kommunalpolitischen Forum',
		'- Neue Arbeitskreise: Mobilität und Wohnen',
		'',
		'Solidarische Grüße',
		'Ihr Sprecher*innenrat'
	].join('\n')
} as const;

export const DEMO_DRAFT_NEWSLETTER = {
	id: '6f1e2d3c-4b5a-4987-8c6d-5e4f3a2b1c02',
	subject: 'Entwurf: Einladung zur Jahresversammlung der Rundbrief-Demo',
	body: [
		'Liebe Interessierte und Mitglieder,',
		'',
		'wir laden herzlich zur Jahresversammlung ein. Tagesordnung und Ort folgen.'
	].join('\n')
} as const;

export const DEMO_NEWSLETTER_PRIVATE_VALUES = [
	DEMO_SENT_NEWSLETTER.subject,
	DEMO_DRAFT_NEWSLETTER.subject
];
