import type { MotionSubject } from './motion-types';

const m = (
	key: string,
	topics: string[],
	title: string,
	demands: string[],
	reasons: string[]
): MotionSubject => ({ key, topics, title, demands, reasons });

/** Fictional matters for the demo motions, part 1: money, education, mobility, housing, climate. */
export const MOTION_SUBJECTS_A: readonly MotionSubject[] = [
	m(
		'haushalt-buergerhaushalt',
		['haushalt', 'demokratie'],
		'Einführung eines Bürgerhaushalts',
		[
			'ab dem Haushaltsjahr 2027 jährlich mindestens 0,5 Prozent der freiwilligen Leistungen für Vorschläge aus der Einwohnerschaft bereitzustellen',
			'ein Online-Verfahren und mindestens zwei Präsenzversammlungen je Jahr anzubieten',
			'über die Umsetzung der ausgewählten Vorschläge jährlich öffentlich zu berichten'
		],
		[
			'Viele Menschen wissen nicht, wofür die Kommune ihr Geld ausgibt, und haben keine Möglichkeit, mitzureden. Ein Bürgerhaushalt macht die Haushaltsplanung nachvollziehbar.',
			'Kommunen wie Eberswalde zeigen seit Jahren, dass schon kleine Beträge viel Beteiligung auslösen und das Vertrauen in die Kommunalpolitik stärken.'
		]
	),
	m(
		'haushalt-kassenkredite',
		['haushalt'],
		'Entschuldung der Kommunen durch das Land einfordern',
		[
			'sich gegenüber der Landesregierung für einen Altschuldenfonds für Kassenkredite einzusetzen',
			'die Auswirkungen der Kreisumlage auf die Haushalte der Gemeinden jährlich darzustellen',
			'dem Finanzausschuss bis zum Ende des Jahres einen Bericht über die Zinslast vorzulegen'
		],
		[
			'Die Kassenkredite engen die Handlungsfähigkeit vor Ort seit Jahren ein. Jeder Euro für Zinsen fehlt bei Schulen, Straßen und Jugendclubs.',
			'Ohne Hilfe des Landes und des Bundes werden die betroffenen Kommunen ihre Altschulden nicht aus eigener Kraft abbauen.'
		]
	),
	m(
		'haushalt-freiwillige-leistungen',
		['haushalt', 'soziales'],
		'Keine Kürzungen bei freiwilligen sozialen Leistungen',
		[
			'bei der Aufstellung des Haushalts die Zuschüsse für Beratungsstellen, Jugendarbeit und Vereine mindestens in Höhe des Vorjahres zu veranschlagen',
			'Tarifsteigerungen bei den freien Trägern in den Zuschüssen zu berücksichtigen',
			'Kürzungsvorschläge dem zuständigen Fachausschuss vor der Beschlussfassung vorzulegen'
		],
		[
			'Freiwillige Leistungen sind das, was eine Kommune lebenswert macht. Wer hier kürzt, spart an der falschen Stelle und zahlt später bei den Pflichtaufgaben drauf.',
			'Die Träger brauchen Planungssicherheit, um ihre Fachkräfte zu halten.'
		]
	),
	m(
		'schule-schulessen',
		['schule', 'kita', 'soziales'],
		'Kostenfreies Mittagessen an Grundschulen',
		[
			'ein Konzept für ein beitragsfreies, gesundes Mittagessen an allen Grundschulen in kommunaler Trägerschaft vorzulegen',
			'dabei regionale Anbieter und einen Bioanteil von mindestens 30 Prozent zu berücksichtigen',
			'die Kosten und mögliche Fördermittel des Landes und des Bundes darzustellen'
		],
		[
			'Ein warmes Mittagessen ist für viele Kinder die einzige warme Mahlzeit des Tages. Das Bildungs- und Teilhabepaket erreicht längst nicht alle Berechtigten, weil der Antrag zu kompliziert ist.',
			'Ein kostenfreies Essen für alle vermeidet Stigmatisierung und entlastet Familien spürbar.'
		]
	),
	m(
		'schule-sanierung',
		['schule', 'bauen'],
		'Sanierungsprogramm für Schultoiletten und Sporthallen',
		[
			'eine Bestandsaufnahme des baulichen Zustands aller Schultoiletten und Schulsporthallen vorzulegen',
			'eine nach Dringlichkeit geordnete Prioritätenliste zu erstellen',
			'im nächsten Haushalt ein Sanierungsprogramm über fünf Jahre zu veranschlagen'
		],
		[
			'Schülerinnen und Schüler berichten von defekten Toiletten, fehlender Seife und Hallen, die wegen Feuchtigkeit gesperrt sind. Das ist eines Schulträgers nicht würdig.',
			'Ein verlässliches Programm ist günstiger als teure Notreparaturen.'
		]
	),
	m(
		'schule-schulsozialarbeit',
		['schule', 'jugend', 'soziales'],
		'Schulsozialarbeit an jeder Schule',
		[
			'darzustellen, an welchen Schulen bisher keine Schulsozialarbeit angeboten wird',
			'den Ausbau auf mindestens eine volle Stelle je Schule bis 2028 zu planen',
			'die Finanzierung mit dem Land dauerhaft statt über befristete Projekte zu sichern'
		],
		[
			'Schulsozialarbeit hilft bei Konflikten, Mobbing und Problemen zu Hause, bevor sie eskalieren. Sie entlastet Lehrkräfte und verhindert Schulabbrüche.',
			'Befristete Projektstellen führen zu ständigem Personalwechsel; Kinder brauchen aber verlässliche Ansprechpersonen.'
		]
	),
	m(
		'kita-gebuehren',
		['kita', 'soziales'],
		'Beitragsfreiheit auch für Hortbetreuung und Verpflegung',
		[
			'die Verpflegungskosten in Kita und Hort für Familien mit geringem Einkommen vollständig zu übernehmen',
			'sich beim Land für die Beitragsfreiheit der Verpflegung einzusetzen',
			'die Zahl der betroffenen Kinder und die Kosten im Jugendhilfeausschuss darzustellen'
		],
		[
			'Die Elternbeiträge für die Betreuung sind in Mecklenburg-Vorpommern abgeschafft, die Kosten für das Essen aber nicht. Gerade für Familien mit mehreren Kindern ist das eine Belastung.',
			'Es darf nicht vom Geldbeutel der Eltern abhängen, ob ein Kind in der Kita mitessen kann.'
		]
	),
	m(
		'kita-fachkraefte',
		['kita'],
		'Fachkräftegewinnung für Kindertagesstätten',
		[
			'gemeinsam mit den Trägern eine Ausbildungsoffensive für Erzieherinnen und Erzieher zu starten',
			'die Praxisanleitung in den Einrichtungen finanziell zu unterstützen',
			'Wohnungsangebote der kommunalen Wohnungsgesellschaft für Fachkräfte zu prüfen'
		],
		[
			'In vielen Einrichtungen fehlt Personal, Gruppen müssen zusammengelegt und Öffnungszeiten gekürzt werden.',
			'Ohne gezielte Gewinnung neuer Fachkräfte wird sich die Lage mit dem Ruhestand vieler Erzieherinnen weiter verschärfen.'
		]
	),
	m(
		'kita-inklusion',
		['kita', 'gesundheit'],
		'Inklusive Kita-Plätze bedarfsgerecht ausbauen',
		[
			'den Bedarf an inklusiven Kita-Plätzen und Integrationshelferinnen zu erheben',
			'Wartezeiten auf Frühförderung zu erfassen und zu verkürzen',
			'die Beratung der Eltern in einer Anlaufstelle zu bündeln'
		],
		[
			'Eltern von Kindern mit Behinderung warten oft monatelang auf einen geeigneten Platz. Dabei ist frühe Förderung entscheidend.',
			'Inklusion ist ein Rechtsanspruch und keine freiwillige Leistung.'
		]
	),
	m(
		'jugend-jugendclubs',
		['jugend', 'kultur'],
		'Erhalt und Ausbau der Jugendclubs im ländlichen Raum',
		[
			'die Förderung der offenen Kinder- und Jugendarbeit für die Jahre 2027 bis 2029 verbindlich festzuschreiben',
			'für jeden Jugendclub mindestens eine hauptamtliche Fachkraft zu finanzieren',
			'mobile Jugendarbeit in Gemeinden ohne eigenen Treffpunkt anzubieten'
		],
		[
			'Jugendclubs sind auf dem Land oft der einzige Ort, an dem junge Menschen sich ohne Konsumzwang treffen können.',
			'Wo sie schließen, ziehen Jugendliche weg oder bleiben sich selbst überlassen.'
		]
	),
	m(
		'jugend-beteiligung',
		['jugend', 'demokratie'],
		'Kinder- und Jugendbeteiligung verbindlich regeln',
		[
			'eine Satzung zur Beteiligung von Kindern und Jugendlichen nach § 41a Kommunalverfassung zu erarbeiten',
			'ein Jugendforum mit eigenem Budget einzurichten',
			'Vorhaben, die junge Menschen betreffen, dem Jugendforum vor der Beschlussfassung vorzulegen'
		],
		[
			'Die Kommunalverfassung verpflichtet die Gemeinden, Kinder und Jugendliche bei Planungen zu beteiligen, die ihre Interessen berühren. Das geschieht bisher kaum.',
			'Wer früh erlebt, dass die eigene Stimme zählt, engagiert sich auch später.'
		]
	),
	m(
		'jugend-azubiticket',
		['jugend', 'oepnv'],
		'Azubi-Ticket für den ganzen Landkreis',
		[
			'sich beim Verkehrsverbund für ein vergünstigtes Ticket für Auszubildende einzusetzen',
			'die Busverbindungen zu den Berufsschulen zu Schichtbeginn zu prüfen',
			'die Kosten eines kommunalen Zuschusses darzustellen'
		],
		[
			'Auszubildende legen oft lange Wege zur Berufsschule zurück und verdienen wenig. Ein günstiges Ticket macht die Ausbildung in der Region attraktiver.',
			'Betriebe klagen über fehlende Bewerberinnen und Bewerber; Mobilität ist ein Standortfaktor.'
		]
	),
	m(
		'oepnv-rufbus',
		['oepnv', 'landwirtschaft'],
		'Rufbus für die Dörfer',
		[
			'ein flächendeckendes Rufbusangebot mit Buchung per Telefon und App zu planen',
			'die Bedienzeiten auch auf Abende und Wochenenden auszudehnen',
			'Fördermittel des Landes für den Modellbetrieb zu beantragen'
		],
		[
			'In vielen Dörfern fährt der Bus nur zu Schulzeiten. Wer kein Auto hat, ist abgehängt.',
			'Rufbusse wie der ILSE-Bus in Vorpommern zeigen, dass flexible Angebote auch in dünn besiedelten Gegenden funktionieren.'
		]
	),
	m(
		'oepnv-sozialticket',
		['oepnv', 'soziales'],
		'Sozialticket für Bus und Bahn',
		[
			'ein ermäßigtes Deutschlandticket für Menschen mit Bürgergeld, Grundsicherung oder Wohngeld einzuführen',
			'den kommunalen Zuschuss im Haushalt zu veranschlagen',
			'die Nutzung nach einem Jahr auszuwerten'
		],
		[
			'Mobilität ist Voraussetzung für Teilhabe: für Arztbesuche, Behördengänge und Bewerbungsgespräche.',
			'Für Menschen mit wenig Geld ist auch der Preis des Deutschlandtickets zu hoch.'
		]
	),
	m(
		'oepnv-radwege',
		['oepnv', 'klima', 'bauen'],
		'Radwegelückenschluss an Kreisstraßen',
		[
			'ein Radverkehrskonzept mit allen Lücken im Radwegenetz an Kreisstraßen vorzulegen',
			'jährlich mindestens zwei Lücken zu schließen',
			'die Schulwege dabei vorrangig zu berücksichtigen'
		],
		[
			'Viele Kinder fahren an Kreisstraßen ohne Radweg zur Schule. Das ist gefährlich und hält Eltern davon ab, ihre Kinder mit dem Rad fahren zu lassen.',
			'Das Land fördert den Bau von Radwegen; die Kommune muss aber planen und den Eigenanteil sichern.'
		]
	),
	m(
		'wohnen-mietspiegel',
		['wohnen'],
		'Qualifizierten Mietspiegel erstellen',
		[
			'einen qualifizierten Mietspiegel nach wissenschaftlichen Grundsätzen erstellen zu lassen',
			'Mieterverein und Vermieterverbände an der Erstellung zu beteiligen',
			'den Mietspiegel alle zwei Jahre fortzuschreiben'
		],
		[
			'Ohne Mietspiegel können Mieterinnen und Mieter Mieterhöhungen kaum überprüfen.',
			'Ein qualifizierter Mietspiegel schafft Rechtssicherheit für beide Seiten und ist Grundlage für die Angemessenheitsgrenzen der Kosten der Unterkunft.'
		]
	),
	m(
		'wohnen-kdu',
		['wohnen', 'soziales'],
		'Angemessene Kosten der Unterkunft realistisch festlegen',
		[
			'die Richtwerte für angemessene Kosten der Unterkunft an die tatsächlichen Angebotsmieten anzupassen',
			'Heizkosten nach dem bundesweiten Heizspiegel zu berücksichtigen',
			'Aufforderungen zur Kostensenkung bis zur Neufestsetzung auszusetzen'
		],
		[
			'Viele Leistungsberechtigte zahlen einen Teil ihrer Miete aus dem Regelsatz, weil die Richtwerte nicht zum Wohnungsmarkt passen.',
			'Zwangsumzüge in Gegenden ohne Infrastruktur schaden den Menschen und verursachen Folgekosten.'
		]
	),
	m(
		'wohnen-kommunal',
		['wohnen', 'bauen'],
		'Kommunalen Wohnungsbau stärken',
		[
			'der kommunalen Wohnungsgesellschaft den Bau von mindestens 100 mietpreisgebundenen Wohnungen aufzutragen',
			'kommunale Grundstücke vorrangig in Erbpacht an gemeinwohlorientierte Träger zu vergeben',
			'eine Quote von 30 Prozent gefördertem Wohnraum in neuen Bebauungsplänen festzulegen'
		],
		[
			'Bezahlbare Wohnungen werden knapp, die Sozialbindungen vieler Wohnungen laufen aus.',
			'Die Kommune kann über ihre Grundstücke und ihre Wohnungsgesellschaft selbst gegensteuern.'
		]
	),
	m(
		'klima-pv-daecher',
		['klima', 'bauen'],
		'Photovoltaik auf alle geeigneten kommunalen Dächer',
		[
			'alle kommunalen Dächer auf ihre Eignung für Photovoltaik zu prüfen',
			'bis 2030 alle geeigneten Dächer mit Anlagen auszustatten, wo nötig mit einer Bürgerenergiegenossenschaft',
			'bei Neubauten und Dachsanierungen Photovoltaik von Anfang an einzuplanen'
		],
		[
			'Eigener Solarstrom senkt die Energiekosten der Kommune dauerhaft und schützt vor Preissprüngen.',
			'Schulen, Turnhallen und Verwaltungsgebäude haben große Dachflächen, die bisher ungenutzt bleiben.'
		]
	),
	m(
		'klima-waermeplanung',
		['klima', 'wohnen'],
		'Kommunale Wärmeplanung sozial gestalten',
		[
			'die kommunale Wärmeplanung mit einer frühzeitigen Beteiligung der Einwohnerschaft zu verbinden',
			'die Kosten für Mieterinnen und Mieter bei jeder Variante darzustellen',
			'die Stadtwerke in die Planung eines Wärmenetzes einzubeziehen'
		],
		[
			'Die Wärmeplanung entscheidet, wie Menschen in Zukunft heizen. Sie darf nicht über die Köpfe hinweg erfolgen.',
			'Wärmenetze in kommunaler Hand sichern bezahlbare Preise.'
		]
	),
	m(
		'klima-hitzeschutz',
		['klima', 'gesundheit', 'senioren'],
		'Hitzeaktionsplan erstellen',
		[
			'einen Hitzeaktionsplan mit Warnkette, kühlen Räumen und Trinkwasserbrunnen zu erstellen',
			'Pflegeeinrichtungen, Kitas und Schulen in die Warnkette einzubeziehen',
			'Schattenplätze und Begrünung bei der Gestaltung öffentlicher Plätze zu berücksichtigen'
		],
		[
			'Hitzesommer werden häufiger. Ältere Menschen, Kleinkinder und chronisch Kranke sind besonders gefährdet.',
			'Ein Hitzeaktionsplan rettet Leben und kostet wenig.'
		]
	)
];
