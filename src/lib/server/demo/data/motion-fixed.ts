import type { FixedSubject, MotionSubject } from './motion-types';

const f = (
	key: string,
	topics: string[],
	title: string,
	text: string,
	justification: string
): FixedSubject => ({ key, topics, title, text, justification });

/** Stellungnahmen of factions to plans of the administration or the Land. */
export const STATEMENT_SUBJECTS: readonly FixedSubject[] = [
	f(
		'stellungnahme-nahverkehrsplan',
		['oepnv'],
		'Stellungnahme zum Entwurf des Nahverkehrsplans',
		'## Zusammenfassung\n\nDie Fraktion begrüßt, dass der Entwurf einen Stundentakt auf den Hauptlinien vorsieht. Sie vermisst jedoch:\n\n- verbindliche Angebote für Orte abseits der Hauptlinien,\n- Abend- und Wochenendverkehre,\n- einen Zeitplan für barrierefreie Haltestellen.\n\n## Forderungen\n\n1. Rufbusse als festen Bestandteil des Plans aufnehmen.\n2. Die Finanzierung über die gesamte Laufzeit darstellen.\n3. Fahrgastbeirat einrichten.',
		'Der Nahverkehrsplan gilt für fünf Jahre. Was jetzt nicht aufgenommen wird, lässt sich kaum nachträglich ergänzen.'
	),
	f(
		'stellungnahme-haushaltsentwurf',
		['haushalt', 'soziales'],
		'Stellungnahme der Fraktion zum Haushaltsentwurf 2027',
		'## Bewertung\n\nDer Entwurf setzt die Kürzungen der Vorjahre fort. Besonders betroffen sind:\n\n- die offene Jugendarbeit,\n- die Schuldnerberatung,\n- die Zuschüsse für Kulturvereine.\n\n## Unsere Änderungsanträge\n\n1. Rücknahme der Kürzungen in der Jugendarbeit.\n2. Erhöhung der Mittel für Schulsozialarbeit.\n3. Gegenfinanzierung durch den Verzicht auf das Prestigeprojekt am Hafen.',
		'Ein Haushalt ist in Zahlen gegossene Politik. Dieser Entwurf spart bei denen, die am wenigsten haben.'
	),
	f(
		'stellungnahme-regionalplan-wind',
		['klima', 'landwirtschaft'],
		'Stellungnahme zum Regionalplan Windenergie',
		'## Grundsätze\n\nDie Fraktion unterstützt den Ausbau der Windenergie. Akzeptanz entsteht aber nur, wenn die Menschen vor Ort beteiligt werden und profitieren.\n\n## Hinweise\n\n- Abstände zu Wohnbebauung einheitlich anwenden.\n- Bürgerwindparks und Gemeindebeteiligung nach dem Bürger- und Gemeindenbeteiligungsgesetz ausschöpfen.\n- Alleen und Wälder als Tabuzonen sichern.',
		'Die Energiewende gelingt nur mit den Menschen auf dem Land, nicht gegen sie.'
	),
	f(
		'stellungnahme-krankenhausreform',
		['gesundheit'],
		'Stellungnahme zur Krankenhausplanung des Landes',
		'## Position\n\nDie Fraktion lehnt jede Schließung einer Notaufnahme im Kreisgebiet ab.\n\n## Forderungen an das Land\n\n1. Alle Standorte als sektorenübergreifende Versorgungszentren erhalten.\n2. Vorhaltekosten vollständig finanzieren.\n3. Rettungsdienst und Krankenhausplanung gemeinsam denken.',
		'Im ländlichen Raum entscheidet die Entfernung zum nächsten Krankenhaus über die Überlebenschancen.'
	),
	f(
		'stellungnahme-schulentwicklungsplan',
		['schule'],
		'Stellungnahme zum Schulentwicklungsplan',
		'## Bewertung\n\nDer Plan sieht die Schließung zweier Grundschulstandorte vor. Die Fraktion lehnt dies ab.\n\n## Vorschläge\n\n- Kleine Grundschulen als Außenstellen erhalten.\n- Jahrgangsübergreifenden Unterricht ermöglichen.\n- Schulwege von über 45 Minuten vermeiden.',
		'Kurze Beine, kurze Wege: Die Grundschule gehört ins Dorf.'
	),
	f(
		'stellungnahme-abfallgebuehren',
		['umwelt', 'haushalt'],
		'Stellungnahme zur Kalkulation der Abfallgebühren',
		'## Bewertung\n\nDie Gebühren steigen um durchschnittlich 14 Prozent. Die Kalkulation enthält Rücklagen, deren Zweck nicht erläutert wird.\n\n## Forderungen\n\n1. Offenlegung der Kalkulation im Umweltausschuss.\n2. Sozialverträgliche Mindestgebühr für Einpersonenhaushalte.\n3. Ausbau der Wertstoffhöfe statt höherer Restmüllgebühren.',
		'Gebühren müssen nachvollziehbar sein; Überschüsse gehören den Gebührenzahlenden.'
	)
];

/** Beschlüsse: what a council decided, recorded for the network. */
export const RESOLUTION_SUBJECTS: readonly FixedSubject[] = [
	f(
		'beschluss-partnerschaft-demokratie',
		['demokratie'],
		'Beschluss: Fortführung der Partnerschaft für Demokratie',
		'Die Vertretung beschließt die Fortführung der Partnerschaft für Demokratie bis 2029. Der kommunale Eigenanteil wird im Haushalt veranschlagt.',
		'Auf Antrag der Fraktion mit großer Mehrheit beschlossen; die Verwaltung berichtet jährlich im Ausschuss.'
	),
	f(
		'beschluss-schulessen-pilot',
		['schule', 'soziales'],
		'Beschluss: Pilotprojekt kostenfreies Schulessen an drei Grundschulen',
		'Die Vertretung beschließt ein zweijähriges Pilotprojekt für ein kostenfreies Mittagessen an drei Grundschulen. Die Auswertung erfolgt im Bildungsausschuss.',
		'Ergebnis der Beratung unseres Antrags: statt aller Grundschulen zunächst drei, mit Auswertung.'
	),
	f(
		'beschluss-resolution-krankenhaus',
		['gesundheit'],
		'Resolution zum Erhalt der Notaufnahme',
		'Die Vertretung fordert die Landesregierung auf, die Notaufnahme am Krankenhausstandort dauerhaft zu erhalten und die Finanzierung sicherzustellen.',
		'Fraktionsübergreifend eingebracht und einstimmig beschlossen.'
	),
	f(
		'beschluss-sozialticket',
		['oepnv', 'soziales'],
		'Beschluss: Einführung eines Sozialtickets zum 1. Januar',
		'Die Vertretung beschließt die Einführung eines ermäßigten Deutschlandtickets für Leistungsberechtigte. Der Zuschuss wird auf 15 Euro je Monat festgesetzt.',
		'Nach zwei Jahren Beratung beschlossen; das Modell folgt dem Musterantrag aus dem Netzwerk.'
	),
	f(
		'beschluss-alleenschutz',
		['umwelt'],
		'Beschluss: Nachpflanzgebot für Alleebäume',
		'Die Vertretung beschließt, für jeden gefällten Alleebaum an kommunalen Straßen binnen eines Jahres einen Ersatzbaum zu pflanzen.',
		'Im Umweltausschuss vorberaten, mit Änderungen zur Finanzierung beschlossen.'
	)
];

/**
 * Members-only motions: work in progress the network shares internally. Their titles are unique
 * (no public motion contains them), so the anonymous privacy crawl can look for them.
 */
export const MEMBERS_SUBJECTS: readonly MotionSubject[] = [
	{
		key: 'intern-haushaltslinie',
		topics: ['haushalt'],
		title: 'Interne Verhandlungslinie für die Haushaltsgespräche mit der Mehrheitsgruppe',
		demands: [
			'die Mittel für die offene Jugendarbeit als Bedingung für eine Zustimmung zu nennen',
			'bei der Kreisumlage einen Kompromiss von höchstens einem Prozentpunkt anzubieten',
			'die Ergebnisse vor der Abstimmung in der Fraktion zu beraten'
		],
		reasons: ['Diese Linie ist mit dem Vorstand abgestimmt und nur für das Netzwerk bestimmt.']
	},
	{
		key: 'intern-kommunalwahl-programm',
		topics: ['demokratie'],
		title: 'Entwurf der Eckpunkte für das kommunale Rahmenprogramm zur nächsten Wahl',
		demands: [
			'die Erfahrungen der Fraktionen mit den Musteranträgen auszuwerten',
			'je Themenfeld drei Kernforderungen festzulegen',
			'die Eckpunkte auf der Kommunalkonferenz zu beraten'
		],
		reasons: ['Zur Diskussion in den Kreisverbänden; bitte noch nicht öffentlich verwenden.']
	},
	{
		key: 'intern-windkraft-konflikt',
		topics: ['klima', 'landwirtschaft'],
		title: 'Abstimmungspapier zum Umgang mit Windkraftkonflikten in den Dörfern',
		demands: [
			'Bürgerinitiativen zu Gesprächen einzuladen, bevor die Fraktionen sich festlegen',
			'eine gemeinsame Position zu Abständen und Gemeindebeteiligung zu erarbeiten',
			'Beispiele gelungener Bürgerwindparks zu sammeln'
		],
		reasons: ['Die Fraktionen haben in den letzten Monaten unterschiedlich abgestimmt; wir brauchen eine gemeinsame Linie.']
	},
	{
		key: 'intern-krankenhaus-buendnis',
		topics: ['gesundheit'],
		title: 'Vorschlag für ein Bündnis mit Gewerkschaften zur Rettung der Notaufnahmen',
		demands: [
			'Gespräche mit ver.di und den Betriebsräten der Kliniken aufzunehmen',
			'eine gemeinsame Unterschriftensammlung vorzubereiten',
			'die Landtagsfraktion einzubeziehen'
		],
		reasons: ['Vertraulich, bis die Gespräche geführt sind.']
	},
	{
		key: 'intern-mietenkampagne',
		topics: ['wohnen'],
		title: 'Kampagnenplan Bezahlbare Mieten für die Kreisverbände',
		demands: [
			'in allen Städten mit über 10.000 Einwohnern Mieterberatungen anzubieten',
			'Anträge für qualifizierte Mietspiegel abgestimmt einzubringen',
			'eine Mieterbefragung im Frühjahr durchzuführen'
		],
		reasons: ['Der Plan ist für die Mitglieder bestimmt und wird vor dem Start angepasst.']
	},
	{
		key: 'intern-schulessen-kosten',
		topics: ['schule', 'haushalt'],
		title: 'Kostenschätzung der Fraktionen zum Schulessen als Verhandlungsgrundlage',
		demands: [
			'die Kostenschätzungen aus den Kreisen zu vergleichen',
			'eine gemeinsame Zahl für die Verhandlungen mit dem Land festzulegen'
		],
		reasons: ['Nur für das Netzwerk: Die Zahlen stammen teilweise aus vertraulichen Ausschusssitzungen.']
	},
	{
		key: 'intern-kreisumlage-gemeinden',
		topics: ['haushalt'],
		title: 'Gemeinsame Strategie der Gemeindevertreter zur Kreisumlage',
		demands: [
			'Stellungnahmen der Gemeinden zur Kreisumlage zu koordinieren',
			'Musterstellungnahmen für kleine Gemeinden bereitzustellen'
		],
		reasons: ['Die Gemeindevertreterinnen und Gemeindevertreter sollen nicht gegeneinander ausgespielt werden.']
	},
	{
		key: 'intern-rufbus-erfahrungen',
		topics: ['oepnv'],
		title: 'Auswertung der Rufbus-Anträge aus sechs Kreisen für die Mitgliederversammlung',
		demands: [
			'die Ergebnisse der Rufbus-Anträge zusammenzustellen',
			'Gründe für Ablehnungen zu analysieren',
			'eine überarbeitete Fassung des Musterantrags vorzuschlagen'
		],
		reasons: ['Grundlage für die Diskussion auf der Mitgliederversammlung.']
	},
	{
		key: 'intern-jugendclubs-liste',
		topics: ['jugend'],
		title: 'Liste gefährdeter Jugendclubs mit Ansprechpersonen vor Ort',
		demands: [
			'die Liste laufend zu ergänzen',
			'für jeden Club eine Patin oder einen Paten aus der Fraktion zu benennen'
		],
		reasons: ['Enthält Absprachen mit Trägern, die noch nicht öffentlich sind.']
	},
	{
		key: 'intern-feuerwehr-gespraeche',
		topics: ['feuerwehr'],
		title: 'Gesprächsnotizen mit Kreiswehrführungen zur Tagesalarmsicherheit',
		demands: [
			'die Anliegen der Wehrführungen in einen gemeinsamen Antrag zu übertragen',
			'die Gespräche im Frühjahr fortzusetzen'
		],
		reasons: ['Die Notizen geben persönliche Einschätzungen wieder und bleiben intern.']
	},
	{
		key: 'intern-klimaschutz-ranking',
		topics: ['klima'],
		title: 'Vergleich der Klimaschutzkonzepte der Landkreise als Argumentationshilfe',
		demands: [
			'Stärken und Lücken der Konzepte gegenüberzustellen',
			'daraus Änderungsanträge für die Fortschreibung abzuleiten'
		],
		reasons: ['Arbeitsstand; die Bewertungen sind noch nicht mit allen Fraktionen abgestimmt.']
	},
	{
		key: 'intern-migration-faq',
		topics: ['migration'],
		title: 'Argumentationshilfe für Debatten über Unterbringungskosten',
		demands: [
			'Zahlen und Fakten zur Unterbringung je Kreis bereitzustellen',
			'typische Fragen aus Einwohnerversammlungen mit Antworten zu sammeln'
		],
		reasons: ['Für Mitglieder, die in Einwohnerversammlungen sprechen.']
	}
];

/**
 * Faction drafts (visibility `faction`): shared only with the authors and the faction's members.
 * The first ones belong to the Vorpommern-Greifswald faction and its admin's account.
 */
export const DRAFT_SUBJECTS: readonly MotionSubject[] = [
	{
		key: 'entwurf-vg-schulbus',
		topics: ['schule', 'oepnv'],
		title: 'Schülerbeförderung zu Ganztagsangeboten am Nachmittag (Fraktionsentwurf Vorpommern-Greifswald)',
		demands: [
			'eine zusätzliche Nachmittagsfahrt an allen Schultagen nach Ende der Ganztagsangebote einzurichten',
			'die Kosten im Nachtragshaushalt darzustellen'
		],
		reasons: ['Noch abzustimmen: Kostenschätzung der Verwaltung steht aus.']
	},
	{
		key: 'entwurf-vg-hafen',
		topics: ['wirtschaft', 'haushalt'],
		title: 'Entwurf zur Prüfung der Hafenbeteiligung des Landkreises Vorpommern-Greifswald',
		demands: [
			'die Wirtschaftlichkeit der Beteiligung an der Hafengesellschaft prüfen zu lassen',
			'den Beteiligungsbericht im Finanzausschuss öffentlich zu beraten'
		],
		reasons: ['Arbeitsfassung; bitte Ergänzungen bis zur nächsten Fraktionssitzung.']
	},
	{
		key: 'entwurf-vg-gesundheitszentrum',
		topics: ['gesundheit'],
		title: 'Fraktionsentwurf: Kommunales Gesundheitszentrum für die Region Uecker-Randow',
		demands: [
			'ein kommunales Medizinisches Versorgungszentrum im Süden des Kreises zu gründen',
			'Gespräche mit der Kassenärztlichen Vereinigung aufzunehmen'
		],
		reasons: ['Entwurf nach dem Gespräch mit den Hausärztinnen in Pasewalk.']
	},
	{
		key: 'entwurf-rostock-sozialberatung',
		topics: ['soziales'],
		title: 'Arbeitsentwurf: Sozialberatung in den Rostocker Stadtteilzentren',
		demands: [
			'in jedem Stadtteilzentrum eine wöchentliche Sozialberatung anzubieten',
			'die Beratung mit den Wohlfahrtsverbänden abzustimmen'
		],
		reasons: ['Entwurf aus dem Sozialausschuss; noch nicht mit der Fraktion beraten.']
	}
];
