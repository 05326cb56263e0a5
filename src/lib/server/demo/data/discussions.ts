import type { DemoAccount } from '../types';
import type { NotificationSetting } from '../../discussions/schema';

type AccountKey = DemoAccount['key'];

export interface DemoPost {
	author: AccountKey;
	/** Days before seeding, and the hour of that day (German time is close enough here). */
	daysAgo: number;
	hour: number;
	body: string;
}

export interface DemoGroup {
	slug: string;
	name: string;
	description: string;
	/** Slug in the default topic list. */
	topicSlug: string;
	members: { key: AccountKey; notification: NotificationSetting }[];
	threads: { title: string; posts: DemoPost[] }[];
}

/**
 * Two invented topic groups with threads among the demo accounts that may take part (board,
 * faction admin, member). The people's names are private demo values; these pages are for
 * members only.
 */
export const DEMO_GROUPS: readonly DemoGroup[] = [
	{
		slug: 'oepnv-im-laendlichen-raum',
		name: 'ÖPNV im ländlichen Raum',
		description:
			'Rufbusse, Schülerverkehr, Nahverkehrspläne: Wie kommen Menschen ohne Auto von A nach B? Erfahrungen aus Kreistagen und Gemeindevertretungen.',
		topicSlug: 'oepnv',
		members: [
			{ key: 'mitglied', notification: 'immediate' },
			{ key: 'fraktion', notification: 'daily' },
			{ key: 'vorstand', notification: 'daily' }
		],
		threads: [
			{
				title: 'Rufbus statt leerer Linienbusse – eure Erfahrungen?',
				posts: [
					{
						author: 'mitglied',
						daysAgo: 12,
						hour: 19,
						body: 'Bei uns fährt die Linie 214 nachmittags fast leer durch sechs Dörfer. Die Verwaltung schlägt einen **Rufbus** vor.\n\nWer hat damit schon Erfahrungen gemacht?\n\n- Wie lange vorher muss man buchen?\n- Wird er von Älteren angenommen?\n- Was kostet das den Kreis pro Fahrt?'
					},
					{
						author: 'fraktion',
						daysAgo: 11,
						hour: 8,
						body: 'Im Kreis läuft seit zwei Jahren ein Pilot mit Buchung bis eine Stunde vorher, auch telefonisch. Die Telefonbuchung war entscheidend: über die Hälfte der Fahrten wird so bestellt.\n\nKosten pro Fahrgast sind höher als beim Linienbus, pro *Fahrzeugkilometer* aber deutlich niedriger.'
					},
					{
						author: 'vorstand',
						daysAgo: 10,
						hour: 21,
						body: '@Jonas Fraktionsberg, kannst du die Auswertung des Pilotprojekts hier verlinken, wenn sie öffentlich ist? Das würde auch anderen Kreisen helfen.'
					},
					{
						author: 'fraktion',
						daysAgo: 9,
						hour: 7,
						body: 'Mache ich, sobald sie im Ausschuss war. Der Termin ist in drei Wochen.'
					}
				]
			},
			{
				title: 'Schülerverkehr und Ganztag: Busse fahren zu früh',
				posts: [
					{
						author: 'fraktion',
						daysAgo: 6,
						hour: 17,
						body: 'Mit dem Ganztag enden viele Schultage später, die Busse fahren aber noch nach dem alten Plan. Hat jemand schon einen Antrag dazu gestellt?'
					},
					{
						author: 'mitglied',
						daysAgo: 5,
						hour: 20,
						body: 'Wir haben im Ausschuss eine Anfrage gestellt, wie viele Kinder nach 15 Uhr keinen Bus mehr haben. Antwort steht noch aus – ich melde mich.'
					}
				]
			},
			{
				title: 'Nahverkehrsplan: Fristen für Stellungnahmen',
				posts: [
					{
						author: 'vorstand',
						daysAgo: 2,
						hour: 10,
						body: 'Der Entwurf des Nahverkehrsplans liegt aus. Stellungnahmen der Gemeinden sind **bis Ende des Monats** möglich.\n\nWer eine Stellungnahme vorbereitet, stellt sie gern hier ein, damit wir uns abstimmen können.'
					}
				]
			}
		]
	},
	{
		slug: 'kommunale-finanzen',
		name: 'Kommunale Finanzen',
		description:
			'Haushaltssicherung, Kreisumlage, Förderprogramme: Austausch für alle, die in Finanzausschüssen sitzen oder Haushaltsreden schreiben.',
		topicSlug: 'haushalt',
		members: [
			{ key: 'vorstand', notification: 'immediate' },
			{ key: 'fraktion', notification: 'daily' },
			{ key: 'mitglied', notification: 'daily' }
		],
		threads: [
			{
				title: 'Kreisumlage 2026: Argumente gegen die Erhöhung',
				posts: [
					{
						author: 'vorstand',
						daysAgo: 20,
						hour: 18,
						body: 'Mehrere Kreise planen, die Kreisumlage zu erhöhen. Die Gemeinden trifft das doppelt, weil zugleich die Schlüsselzuweisungen sinken.\n\nSammeln wir hier Argumente und Zahlen für die Haushaltsdebatten.'
					},
					{
						author: 'mitglied',
						daysAgo: 19,
						hour: 9,
						body: 'Ein Punkt aus unserer Gemeinde: Nach der Erhöhung bliebe für freiwillige Aufgaben (Jugendclub, Bibliothek) praktisch nichts übrig. Das ist konkret und verständlich.'
					},
					{
						author: 'fraktion',
						daysAgo: 18,
						hour: 16,
						body: 'Gutes Beispiel, @Mira Mitgliedermann. Im Kreistag haben wir eine Übersicht der Umlagesätze aller Kreise im Land angefragt – ein Vergleich zieht meist besser als Einzelfälle.'
					}
				]
			},
			{
				title: 'Förderprogramme für Sportstätten',
				posts: [
					{
						author: 'mitglied',
						daysAgo: 4,
						hour: 12,
						body: 'Unsere Turnhalle muss saniert werden. Kennt jemand ein Förderprogramm, das auch **kleine Gemeinden** ohne großen Eigenanteil nutzen können?'
					},
					{
						author: 'vorstand',
						daysAgo: 3,
						hour: 8,
						body: 'Schau dir die Sportstättenförderung des Landes an; der Eigenanteil kann bei finanzschwachen Gemeinden gesenkt werden. Wichtig ist ein früher Termin beim Kreissportbund.'
					}
				]
			}
		]
	}
];
