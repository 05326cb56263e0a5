import type { InquirySubject } from './motion-types';

const q = (
	key: string,
	topics: string[],
	title: string,
	questions: string[],
	answer: string[]
): InquirySubject => ({ key, topics, title, questions, answer });

/** Fictional Anfragen with the gist of the administration's answers ({n}: a number per council). */
export const INQUIRY_SUBJECTS: readonly InquirySubject[] = [
	q(
		'anfrage-unterrichtsausfall',
		['schule'],
		'Unterrichtsausfall und Schulbusse',
		[
			'Wie viele Schülerinnen und Schüler sind täglich länger als 60 Minuten mit dem Schulbus unterwegs?',
			'Wie oft fielen Schulbusse im vergangenen Schuljahr aus?',
			'Welche Maßnahmen plant die Verwaltung, um die Fahrzeiten zu verkürzen?'
		],
		[
			'Nach Angaben des Verkehrsunternehmens sind derzeit {n} Schülerinnen und Schüler länger als 60 Minuten unterwegs.',
			'Ausfälle werden nicht zentral erfasst. Die Verwaltung prüft gemeinsam mit dem Verkehrsunternehmen eine Neuordnung der Linien zum nächsten Schuljahr.'
		]
	),
	q(
		'anfrage-kitaplaetze',
		['kita'],
		'Freie Kita-Plätze und Wartelisten',
		[
			'Wie viele Kinder stehen derzeit auf Wartelisten für einen Krippen- oder Kitaplatz?',
			'In welchen Gemeinden übersteigt die Nachfrage das Angebot?',
			'Wie viele Einrichtungen mussten im laufenden Jahr wegen Personalmangels die Öffnungszeiten kürzen?'
		],
		[
			'Zum Stichtag waren {n} Kinder als platzsuchend gemeldet; die meisten davon in den Städten.',
			'Kürzungen der Öffnungszeiten meldeten sieben Einrichtungen, überwiegend für wenige Wochen.'
		]
	),
	q(
		'anfrage-jugendarbeit',
		['jugend'],
		'Stand der Jugendhilfeplanung',
		[
			'Wann wird der Jugendhilfeplan für die offene Kinder- und Jugendarbeit fortgeschrieben?',
			'Wie viele Stellen in der offenen Jugendarbeit sind derzeit unbesetzt?'
		],
		[
			'Die Fortschreibung ist für das kommende Jahr vorgesehen; der Jugendhilfeausschuss wird beteiligt.',
			'Derzeit sind {n} Stellen bei freien Trägern unbesetzt.'
		]
	),
	q(
		'anfrage-busverbindungen',
		['oepnv'],
		'Abendverbindungen im Busverkehr',
		[
			'Welche Orte sind werktags nach 19 Uhr nicht mehr mit dem Bus erreichbar?',
			'Welche Kosten entstünden für eine zusätzliche Abendfahrt auf den Hauptlinien?'
		],
		[
			'Nach 19 Uhr werden {n} Orte nicht mehr bedient.',
			'Eine zusätzliche Abendfahrt je Hauptlinie würde nach Schätzung des Verkehrsunternehmens jährlich rund 180.000 Euro kosten.'
		]
	),
	q(
		'anfrage-sozialwohnungen',
		['wohnen'],
		'Mietpreisgebundene Wohnungen',
		[
			'Wie viele mietpreisgebundene Wohnungen gibt es derzeit?',
			'Für wie viele Wohnungen endet die Bindung in den nächsten fünf Jahren?',
			'Welche Neubauvorhaben mit Förderung des Landes sind geplant?'
		],
		[
			'Derzeit bestehen {n} mietpreisgebundene Wohnungen. Für rund ein Drittel endet die Bindung bis 2030.',
			'Zwei Vorhaben mit Landesförderung befinden sich in der Planung.'
		]
	),
	q(
		'anfrage-energiekosten',
		['klima', 'haushalt'],
		'Energiekosten der kommunalen Gebäude',
		[
			'Wie haben sich die Energiekosten der kommunalen Gebäude seit 2021 entwickelt?',
			'Wie viele Gebäude verfügen über eine Photovoltaikanlage?'
		],
		[
			'Die Energiekosten sind seit 2021 um rund 40 Prozent gestiegen.',
			'Auf {n} kommunalen Gebäuden sind Photovoltaikanlagen installiert; weitere werden geprüft.'
		]
	),
	q(
		'anfrage-baumfaellungen',
		['umwelt'],
		'Baumfällungen an Straßen und in Parks',
		[
			'Wie viele Bäume wurden im vergangenen Jahr gefällt, und aus welchen Gründen?',
			'Wie viele Bäume wurden nachgepflanzt?'
		],
		[
			'Im vergangenen Jahr wurden {n} Bäume gefällt, überwiegend wegen mangelnder Verkehrssicherheit.',
			'Nachgepflanzt wurden etwa zwei Drittel davon; die übrigen Pflanzungen folgen im Herbst.'
		]
	),
	q(
		'anfrage-hausaerzte',
		['gesundheit'],
		'Hausärztliche Versorgung',
		[
			'Wie viele Hausarztsitze sind derzeit unbesetzt?',
			'Wie viele Hausärztinnen und Hausärzte sind älter als 60 Jahre?'
		],
		[
			'Nach Auskunft der Kassenärztlichen Vereinigung sind {n} Hausarztsitze unbesetzt.',
			'Etwa ein Drittel der Hausärztinnen und Hausärzte ist älter als 60 Jahre.'
		]
	),
	q(
		'anfrage-bildungspaket',
		['soziales', 'schule'],
		'Inanspruchnahme des Bildungs- und Teilhabepakets',
		[
			'Wie viele Kinder haben Anspruch auf Leistungen für Bildung und Teilhabe?',
			'Wie viele davon haben im vergangenen Jahr Leistungen erhalten?',
			'Was unternimmt die Verwaltung, um die Quote zu erhöhen?'
		],
		[
			'Anspruch hatten rund {n} Kinder; Leistungen erhielten etwa 60 Prozent von ihnen.',
			'Die Verwaltung hat die Antragsformulare vereinfacht und informiert über die Schulen.'
		]
	),
	q(
		'anfrage-kulturfoerderung',
		['kultur'],
		'Kulturförderung für Vereine',
		[
			'Wie hoch war die Kulturförderung in den letzten drei Jahren?',
			'Wie viele Anträge wurden abgelehnt und warum?'
		],
		[
			'Die Kulturförderung betrug jährlich zwischen 210.000 und 240.000 Euro.',
			'Abgelehnt wurden {n} Anträge, meist wegen ausgeschöpfter Mittel.'
		]
	),
	q(
		'anfrage-sportstaetten',
		['sport'],
		'Zustand der Sportstätten',
		[
			'Welche Sportstätten sind derzeit ganz oder teilweise gesperrt?',
			'Wie hoch ist der geschätzte Sanierungsbedarf?'
		],
		[
			'Derzeit sind {n} Sportstätten ganz oder teilweise gesperrt.',
			'Der Sanierungsbedarf wird auf mehrere Millionen Euro geschätzt; eine genaue Aufstellung folgt.'
		]
	),
	q(
		'anfrage-tagesalarm',
		['feuerwehr'],
		'Tagesalarmsicherheit der Freiwilligen Feuerwehren',
		[
			'Wie viele Wehren erreichen tagsüber nicht die erforderliche Mindeststärke?',
			'Wie entwickelt sich die Zahl der Mitglieder der Jugendfeuerwehren?'
		],
		[
			'Tagsüber erreichen {n} Wehren die Mindeststärke nicht zuverlässig.',
			'Die Zahl der Mitglieder der Jugendfeuerwehren ist leicht gestiegen.'
		]
	),
	q(
		'anfrage-onlinezugang',
		['digitalisierung'],
		'Umsetzung des Onlinezugangsgesetzes',
		[
			'Wie viele Verwaltungsleistungen können derzeit vollständig online beantragt werden?',
			'Welche Leistungen sollen als nächste folgen?'
		],
		[
			'Derzeit sind {n} Leistungen vollständig online verfügbar.',
			'Als nächstes folgen Wohngeld, Anwohnerparken und Gewerbeanmeldungen.'
		]
	),
	q(
		'anfrage-ausbildung',
		['wirtschaft', 'jugend'],
		'Ausbildung in der Kommunalverwaltung',
		[
			'Wie viele Ausbildungsplätze bietet die Verwaltung an, und wie viele blieben unbesetzt?',
			'Wie viele Auszubildende wurden übernommen?'
		],
		[
			'Angeboten wurden {n} Ausbildungsplätze; zwei blieben unbesetzt.',
			'Alle Auszubildenden mit bestandener Prüfung erhielten ein Übernahmeangebot.'
		]
	),
	q(
		'anfrage-guelle',
		['landwirtschaft', 'umwelt'],
		'Nitratbelastung des Grundwassers',
		[
			'An wie vielen Messstellen wird der Grenzwert für Nitrat überschritten?',
			'Welche Gebiete sind als rote Gebiete ausgewiesen?'
		],
		[
			'An {n} Messstellen wurde der Grenzwert zuletzt überschritten.',
			'Die roten Gebiete sind in der Landesverordnung festgelegt; die Verwaltung stellt eine Karte bereit.'
		]
	),
	q(
		'anfrage-bauantraege',
		['bauen'],
		'Bearbeitungszeiten von Bauanträgen',
		[
			'Wie lange dauert die Bearbeitung eines Bauantrags derzeit im Durchschnitt?',
			'Wie viele Stellen in der Bauaufsicht sind unbesetzt?'
		],
		[
			'Die durchschnittliche Bearbeitungszeit beträgt {n} Wochen.',
			'In der Bauaufsicht sind zwei Stellen unbesetzt; sie werden erneut ausgeschrieben.'
		]
	),
	q(
		'anfrage-auslaenderbehoerde',
		['migration'],
		'Wartezeiten in der Ausländerbehörde',
		[
			'Wie lange warten Menschen derzeit auf einen Termin in der Ausländerbehörde?',
			'Wie viele Aufenthaltstitel sind wegen abgelaufener Fristen nur als Fiktionsbescheinigung verlängert?'
		],
		[
			'Die Wartezeit auf einen Termin beträgt derzeit etwa {n} Wochen.',
			'Die Verwaltung hat zusätzliches Personal eingestellt und ein Online-Terminsystem eingeführt.'
		]
	),
	q(
		'anfrage-frauenhaus',
		['gleichstellung'],
		'Auslastung des Frauenhauses',
		[
			'Wie viele Frauen und Kinder fanden im vergangenen Jahr Schutz im Frauenhaus?',
			'Wie oft mussten Frauen wegen Überbelegung abgewiesen werden?'
		],
		[
			'Im vergangenen Jahr fanden {n} Frauen mit ihren Kindern Schutz.',
			'Abweisungen werden vom Träger erfasst; sie kamen vor allem in den Wintermonaten vor.'
		]
	),
	q(
		'anfrage-pflegeplaetze',
		['senioren', 'gesundheit'],
		'Kurzzeitpflege und Tagespflege',
		[
			'Wie viele Plätze in der Kurzzeitpflege stehen zur Verfügung?',
			'Wie lange warten Angehörige im Durchschnitt auf einen Platz?'
		],
		[
			'Es stehen {n} Plätze in der Kurzzeitpflege zur Verfügung, davon die meisten als eingestreute Plätze.',
			'Angehörige warten nach Auskunft der Pflegestützpunkte mehrere Wochen.'
		]
	),
	q(
		'anfrage-bedrohungen',
		['demokratie'],
		'Bedrohungen gegen Kommunalpolitikerinnen und -politiker',
		[
			'Wie viele Fälle von Bedrohungen gegen Mandatsträgerinnen und Mandatsträger sind bekannt?',
			'Welche Unterstützung bietet die Verwaltung Betroffenen an?'
		],
		[
			'Der Verwaltung sind {n} Fälle bekannt; die Dunkelziffer dürfte höher sein.',
			'Betroffene können sich an die Beratungsstelle des Landes wenden; die Verwaltung prüft eine Melderegelung.'
		]
	),
	q(
		'anfrage-haushaltssperre',
		['haushalt'],
		'Auswirkungen der Haushaltssperre',
		[
			'Welche Maßnahmen sind von der Haushaltssperre betroffen?',
			'Welche Zuschüsse an Vereine und Träger werden verzögert ausgezahlt?'
		],
		[
			'Betroffen sind {n} Maßnahmen, überwiegend Investitionen, die noch nicht begonnen wurden.',
			'Zuschüsse an Vereine und Träger werden in voller Höhe ausgezahlt.'
		]
	)
];
