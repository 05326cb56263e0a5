import type { ExportMotion } from './export-model';

/** A motion as the export routes hand it to the renderers; for the renderer tests. */
export function exportMotionFixture(overrides: Partial<ExportMotion> = {}): ExportMotion {
	return {
		typeLabel: 'Antrag',
		statusLabel: 'beschlossen',
		title: 'Kostenfreies Mittagessen in Kitas und Schulen – ein Modell für „alle“',
		councilName: 'Kreistag Vorpommern-Greifswald',
		factionName: 'Fraktion DIE LINKE',
		filedOn: '12. März 2026',
		authors: ['Jonas Fraktionsberg', 'Mira Mitgliedermann'],
		topics: ['Bildung', 'Soziales'],
		text: [
			'Der Kreistag möge beschließen:',
			'',
			'## Beschlussvorschlag',
			'',
			'1. Der Landrat prüft die **Kosten** eines kostenfreien Mittagessens.',
			'2. Er legt bis zum 30. Juni ein _Konzept_ vor.',
			'   - mit Finanzierung',
			'   - mit Zeitplan',
			'',
			'Weitere Schritte beschließt der Ausschuss für Bildung.'
		].join('\n'),
		justification: `Kinder lernen besser, wenn sie satt sind. ${'Die Erfahrungen aus anderen Landkreisen zeigen, dass ein gemeinsames Mittagessen die Teilnahme erhöht. '.repeat(30)}`,
		answer: null,
		answeredOn: null,
		decision: 'beschlossen am 2. April 2026: 31 Ja, 12 Nein, 3 Enthaltungen',
		sourceLabel: 'LAG Kommunalpolitik MV',
		...overrides
	};
}
