import type { MotionSubject } from './motion-types';

const m = (
	key: string,
	topics: string[],
	title: string,
	demands: string[],
	reasons: string[]
): MotionSubject => ({ key, topics, title, demands, reasons });

/** Fictional matters for the demo motions, part 3: economy, countryside, building, society. */
export const MOTION_SUBJECTS_C: readonly MotionSubject[] = [
	m(
		'wirtschaft-tariftreue',
		['wirtschaft'],
		'Tariftreue bei kommunalen Aufträgen',
		[
			'öffentliche Aufträge nur an Unternehmen zu vergeben, die nach Tarif bezahlen',
			'die Einhaltung bei Bauaufträgen stichprobenartig zu kontrollieren',
			'eine Vergabestelle mit Beratung für kleine regionale Betriebe einzurichten'
		],
		[
			'Öffentliches Geld darf kein Lohndumping fördern. Mecklenburg-Vorpommern hat noch immer niedrige Löhne.',
			'Tariftreue schützt auch die Betriebe, die fair bezahlen, vor unfairer Konkurrenz.'
		]
	),
	m(
		'wirtschaft-tourismusabgabe',
		['wirtschaft', 'haushalt'],
		'Gästebeitrag für Infrastruktur und Beschäftigte',
		[
			'die Einnahmen aus Kurabgabe und Gästebeitrag transparent auszuweisen',
			'einen Teil für Personalwohnungen der Beschäftigten im Tourismus zu verwenden',
			'den öffentlichen Nahverkehr für Gäste mit Kurkarte kostenfrei anzubieten'
		],
		[
			'Der Tourismus bringt Einnahmen, belastet aber Straßen, Wohnungsmarkt und Beschäftigte.',
			'Gästekarten mit freier Busfahrt entlasten die Orte vom Autoverkehr.'
		]
	),
	m(
		'wirtschaft-regionalmarkt',
		['wirtschaft', 'landwirtschaft'],
		'Regionale Wertschöpfung: Markthalle und Direktvermarktung',
		[
			'die Einrichtung einer regionalen Markthalle zu prüfen',
			'in kommunalen Kantinen regionale Erzeugnisse bevorzugt einzukaufen',
			'Hofläden und Direktvermarkter in der Wirtschaftsförderung zu berücksichtigen'
		],
		[
			'Die Wertschöpfung aus der Landwirtschaft verlässt häufig die Region.',
			'Kurze Wege stärken Erzeugerinnen und Erzeuger und schonen das Klima.'
		]
	),
	m(
		'land-dorfladen',
		['landwirtschaft', 'senioren', 'wirtschaft'],
		'Dorfläden und mobile Versorgung fördern',
		[
			'ein Förderprogramm für genossenschaftliche Dorfläden aufzulegen',
			'mobile Verkaufswagen bei der Sondernutzungsgebühr zu entlasten',
			'Dorfläden mit Postdienst, Bankautomat und Treffpunkt zu kombinieren'
		],
		[
			'In vielen Dörfern gibt es keinen Laden mehr. Ältere Menschen ohne Auto sind auf Nachbarn angewiesen.',
			'Dorfläden sind auch Treffpunkte und halten das Dorfleben zusammen.'
		]
	),
	m(
		'land-bodenpreise',
		['landwirtschaft'],
		'Kommunales Land an ortsansässige Betriebe verpachten',
		[
			'kommunale Agrarflächen bevorzugt an ortsansässige und ökologisch wirtschaftende Betriebe zu verpachten',
			'bei der Vergabe Kriterien wie Tierwohl und Beschäftigung zu gewichten',
			'einen Verkauf kommunaler Agrarflächen an Investoren auszuschließen'
		],
		[
			'Die Bodenpreise sind stark gestiegen; überregionale Investoren kaufen Land als Geldanlage.',
			'Die Kommune kann mit ihren eigenen Flächen junge und regionale Betriebe unterstützen.'
		]
	),
	m(
		'land-gemeindezentrum',
		['landwirtschaft', 'kultur', 'demokratie'],
		'Dorfgemeinschaftshäuser erhalten',
		[
			'den Sanierungsbedarf der Dorfgemeinschaftshäuser zu erfassen',
			'Mittel aus der LEADER-Förderung für die Sanierung zu beantragen',
			'die Nutzung für Vereine und Familienfeiern gebührenfrei oder günstig zu halten'
		],
		[
			'Wo es keinen Gasthof mehr gibt, ist das Gemeinschaftshaus der letzte Treffpunkt.',
			'Viele Häuser sind sanierungsbedürftig; ohne Hilfe droht die Schließung.'
		]
	),
	m(
		'bauen-barrierefrei',
		['bauen', 'senioren', 'gesundheit'],
		'Barrierefreie Bushaltestellen und Gehwege',
		[
			'eine Prioritätenliste für den barrierefreien Umbau von Haltestellen vorzulegen',
			'Gehwege an Arztpraxen und Pflegeeinrichtungen vorrangig abzusenken',
			'den Beirat für Menschen mit Behinderung bei allen Planungen zu beteiligen'
		],
		[
			'Das Personenbeförderungsgesetz verlangt seit 2022 eine vollständige Barrierefreiheit im Nahverkehr. Davon sind wir weit entfernt.',
			'Barrierefreiheit hilft allen: Menschen mit Rollator, Kinderwagen oder Koffer.'
		]
	),
	m(
		'bauen-leerstand',
		['bauen', 'wohnen'],
		'Leerstand in Innenstädten aktivieren',
		[
			'ein Leerstandskataster für Geschäfts- und Wohnräume zu erstellen',
			'Zwischennutzungen für Kultur, Vereine und Gründerinnen zu vermitteln',
			'das kommunale Vorkaufsrecht für Schlüsselgrundstücke zu nutzen'
		],
		[
			'Leerstehende Läden lassen Innenstädte veröden.',
			'Zwischennutzungen bringen Leben zurück und machen Räume für neue Ideen sichtbar.'
		]
	),
	m(
		'bauen-spielplaetze',
		['bauen', 'jugend'],
		'Spielplatzentwicklungsplan mit Kindern',
		[
			'einen Spielplatzentwicklungsplan zu erstellen',
			'Kinder bei der Planung neuer und der Sanierung bestehender Spielplätze zu beteiligen',
			'gesperrte Spielgeräte innerhalb von drei Monaten zu ersetzen'
		],
		[
			'Mehrere Spielplätze sind seit Monaten gesperrt.',
			'Kinder wissen am besten, was einen guten Spielplatz ausmacht.'
		]
	),
	m(
		'migration-sprachkurse',
		['migration', 'schule'],
		'Sprachkurse und Kinderbetreuung für Zugewanderte',
		[
			'kursbegleitende Kinderbetreuung bei Integrations- und Sprachkursen anzubieten',
			'Kurse auch in den kleineren Städten des Kreises zu ermöglichen',
			'die Fahrtkosten zu Sprachkursen zu übernehmen'
		],
		[
			'Besonders Mütter kleiner Kinder können Sprachkurse oft nicht besuchen, weil Betreuung fehlt.',
			'Sprache ist der Schlüssel zu Arbeit und Teilhabe.'
		]
	),
	m(
		'migration-unterbringung',
		['migration', 'wohnen'],
		'Dezentrale Unterbringung Geflüchteter in Wohnungen',
		[
			'Geflüchtete vorrangig in Wohnungen statt in Gemeinschaftsunterkünften unterzubringen',
			'mit den Wohnungsunternehmen eine Kooperationsvereinbarung zu schließen',
			'eine unabhängige Beschwerdestelle für Unterkünfte einzurichten'
		],
		[
			'Dezentrale Unterbringung erleichtert Integration und ist oft nicht teurer.',
			'Leerstehende Wohnungen gibt es in vielen Orten des Kreises.'
		]
	),
	m(
		'migration-willkommen',
		['migration', 'wirtschaft'],
		'Willkommenszentrum für internationale Fachkräfte',
		[
			'ein Willkommenszentrum mit Beratung zu Aufenthalt, Anerkennung und Wohnen einzurichten',
			'die Ausländerbehörde personell zu verstärken, um Wartezeiten zu verkürzen',
			'Informationen mehrsprachig anzubieten'
		],
		[
			'Betriebe und Pflegeeinrichtungen suchen Fachkräfte aus dem Ausland. Lange Verfahren schrecken ab.',
			'Wer willkommen geheißen wird, bleibt.'
		]
	),
	m(
		'gleich-frauenhaus',
		['gleichstellung', 'soziales'],
		'Frauenhausplätze nach der Istanbul-Konvention',
		[
			'die Zahl der Frauenhausplätze an die Vorgaben der Istanbul-Konvention anzupassen',
			'eine Interventionsstelle gegen häusliche Gewalt dauerhaft zu finanzieren',
			'Plätze für Frauen mit Kindern über zwölf Jahren zu schaffen'
		],
		[
			'Frauenhäuser müssen regelmäßig Frauen abweisen, weil alle Plätze belegt sind.',
			'Deutschland hat sich mit der Istanbul-Konvention zu ausreichendem Schutz verpflichtet.'
		]
	),
	m(
		'gleich-periodenprodukte',
		['gleichstellung', 'schule', 'gesundheit'],
		'Kostenfreie Periodenprodukte in öffentlichen Gebäuden',
		[
			'in Schulen, Verwaltungsgebäuden und Jugendeinrichtungen kostenfreie Periodenprodukte bereitzustellen',
			'Spender in barrierefreien Toiletten anzubringen',
			'die Nutzung nach einem Jahr auszuwerten'
		],
		[
			'Periodenarmut betrifft viele Schülerinnen und Frauen mit wenig Geld.',
			'Toilettenpapier ist selbstverständlich; Periodenprodukte sollten es auch sein.'
		]
	),
	m(
		'gleich-gleichstellungsplan',
		['gleichstellung', 'demokratie'],
		'Gleichstellungsplan für die Verwaltung',
		[
			'einen Gleichstellungsplan mit Zielen für Führungspositionen vorzulegen',
			'Sitzungszeiten familienfreundlich zu gestalten und Kinderbetreuung anzubieten',
			'die Gleichstellungsbeauftragte mit ausreichenden Stunden auszustatten'
		],
		[
			'Frauen sind in Führungspositionen der Verwaltung und in den Vertretungen unterrepräsentiert.',
			'Ehrenamtliche Politik muss mit Familie und Beruf vereinbar sein.'
		]
	),
	m(
		'senioren-seniorenbeirat',
		['senioren', 'demokratie'],
		'Seniorenbeirat mit Rede- und Antragsrecht',
		[
			'eine Satzung für einen Seniorenbeirat zu erarbeiten',
			'dem Beirat Rede- und Antragsrecht in den Ausschüssen einzuräumen',
			'dem Beirat ein eigenes Budget für Veranstaltungen bereitzustellen'
		],
		[
			'Ein Drittel der Menschen in unserer Region ist älter als 60 Jahre. Ihre Erfahrung soll in die Politik einfließen.',
			'Seniorenbeiräte haben sich in vielen Kommunen bewährt.'
		]
	),
	m(
		'senioren-einsamkeit',
		['senioren', 'soziales'],
		'Gemeinsam statt einsam: Besuchsdienste und Treffpunkte',
		[
			'ehrenamtliche Besuchsdienste mit einer Koordinierungsstelle zu unterstützen',
			'Seniorentreffs in allen Stadtteilen und größeren Dörfern zu sichern',
			'ein Plaudertelefon gemeinsam mit den Wohlfahrtsverbänden einzurichten'
		],
		[
			'Einsamkeit macht krank. Besonders ältere Alleinlebende sind betroffen.',
			'Einfache Angebote wie Besuchsdienste helfen viel und kosten wenig.'
		]
	),
	m(
		'senioren-digital',
		['senioren', 'digitalisierung'],
		'Digitalpaten für ältere Menschen',
		[
			'in Bibliotheken und Seniorentreffs Sprechstunden mit Digitalpatinnen und -paten anzubieten',
			'Leihgeräte für Einsteigerinnen und Einsteiger bereitzuhalten',
			'Schulen für generationenübergreifende Projekte zu gewinnen'
		],
		[
			'Immer mehr Dienstleistungen gibt es nur noch online. Viele Ältere fühlen sich abgehängt.',
			'Jugendliche und Ältere lernen in gemeinsamen Projekten voneinander.'
		]
	),
	m(
		'demokratie-einwohnerfragestunde',
		['demokratie'],
		'Einwohnerfragestunde am Beginn jeder Sitzung',
		[
			'die Einwohnerfragestunde an den Beginn jeder Sitzung zu legen',
			'Fragen auch vorab schriftlich und online zu ermöglichen',
			'die Antworten im Ratsinformationssystem zu veröffentlichen'
		],
		[
			'Einwohnerinnen und Einwohner müssen bisher oft stundenlang warten, bis sie ihre Frage stellen dürfen.',
			'Eine bürgerfreundliche Fragestunde stärkt das Vertrauen in die Kommunalpolitik.'
		]
	),
	m(
		'demokratie-gegen-rechts',
		['demokratie', 'jugend'],
		'Demokratieprojekte dauerhaft fördern',
		[
			'die Partnerschaft für Demokratie über 2027 hinaus mit kommunalen Mitteln abzusichern',
			'Projekte der politischen Bildung an Schulen und in Jugendclubs zu unterstützen',
			'Beratung für Betroffene rechter Gewalt bekannter zu machen'
		],
		[
			'Demokratie lebt vom Engagement vieler. Initiativen brauchen verlässliche Förderung statt jährlicher Unsicherheit.',
			'Angriffe auf Engagierte und Kommunalpolitiker nehmen zu.'
		]
	),
	m(
		'demokratie-transparenz',
		['demokratie', 'digitalisierung'],
		'Transparenzsatzung und öffentliches Ratsinformationssystem',
		[
			'eine Informationsfreiheits- und Transparenzsatzung zu erarbeiten',
			'alle öffentlichen Beschlussvorlagen und Protokolle barrierefrei online zu stellen',
			'Verträge der Kommune ab 100.000 Euro zu veröffentlichen'
		],
		[
			'Transparenz beugt Misstrauen vor.',
			'Viele Kommunen in anderen Ländern haben gute Erfahrungen mit Transparenzsatzungen gemacht.'
		]
	)
];
