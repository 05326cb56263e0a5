import type { MotionSubject } from './motion-types';

const m = (
	key: string,
	topics: string[],
	title: string,
	demands: string[],
	reasons: string[]
): MotionSubject => ({ key, topics, title, demands, reasons });

/** Fictional matters for the demo motions, part 2: nature, health, culture, safety, economy, society. */
export const MOTION_SUBJECTS_B: readonly MotionSubject[] = [
	m(
		'umwelt-alleen',
		['umwelt'],
		'Alleenschutz und Nachpflanzungen an Kreisstraßen',
		[
			'ein Alleenkataster für alle Kreisstraßen zu führen',
			'für jeden gefällten Alleebaum innerhalb eines Jahres einen Ersatzbaum zu pflanzen',
			'dem Umweltausschuss jährlich über Fällungen und Nachpflanzungen zu berichten'
		],
		[
			'Die Alleen prägen unser Land und sind Lebensraum für viele Arten. Jedes Jahr gehen mehr Bäume verloren, als nachgepflanzt werden.',
			'Ohne verbindliche Nachpflanzungen verschwinden die Alleen innerhalb weniger Jahrzehnte.'
		]
	),
	m(
		'umwelt-bluehflaechen',
		['umwelt', 'landwirtschaft'],
		'Blühflächen statt Rasen auf kommunalen Grünflächen',
		[
			'geeignete kommunale Grünflächen in artenreiche Blühwiesen umzuwandeln',
			'auf den Einsatz von Pestiziden auf kommunalen Flächen vollständig zu verzichten',
			'Patenschaften für Blühflächen mit Schulen und Vereinen anzubieten'
		],
		[
			'Insekten finden auf kurz gemähtem Rasen keine Nahrung. Blühwiesen sind günstiger in der Pflege und fördern die Artenvielfalt.',
			'Kommunen können hier mit gutem Beispiel vorangehen.'
		]
	),
	m(
		'umwelt-trinkwasser',
		['umwelt', 'gesundheit'],
		'Öffentliche Trinkwasserbrunnen aufstellen',
		[
			'an mindestens fünf zentralen Orten öffentliche Trinkwasserbrunnen aufzustellen',
			'dabei mit dem Wasserversorger zusammenzuarbeiten',
			'Fördermittel für die Umsetzung der EU-Trinkwasserrichtlinie zu nutzen'
		],
		[
			'Die EU-Trinkwasserrichtlinie verpflichtet die Kommunen, den Zugang zu Trinkwasser im öffentlichen Raum zu verbessern.',
			'Trinkbrunnen helfen an heißen Tagen und vermeiden Plastikmüll.'
		]
	),
	m(
		'gesundheit-landarzt',
		['gesundheit', 'landwirtschaft'],
		'Ärztliche Versorgung im ländlichen Raum sichern',
		[
			'die Einrichtung eines kommunalen Medizinischen Versorgungszentrums zu prüfen',
			'Stipendien für Medizinstudierende anzubieten, die sich zur Niederlassung in der Region verpflichten',
			'gemeinsam mit der Kassenärztlichen Vereinigung eine Versorgungskonferenz einzuberufen'
		],
		[
			'In mehreren Regionen finden Menschen keine Hausärztin mehr, die neue Patientinnen aufnimmt. Viele Praxen suchen erfolglos eine Nachfolge.',
			'Andere Landkreise haben mit kommunalen Versorgungszentren gute Erfahrungen gemacht.'
		]
	),
	m(
		'gesundheit-krankenhaus',
		['gesundheit'],
		'Krankenhausstandort in kommunaler Hand erhalten',
		[
			'sich gegenüber Land und Bund für den Erhalt aller Krankenhausstandorte mit Notaufnahme einzusetzen',
			'eine Rückführung des Krankenhauses in kommunale Trägerschaft zu prüfen',
			'den Kreistag über die Auswirkungen der Krankenhausreform laufend zu informieren'
		],
		[
			'Lange Wege im Notfall kosten Leben. Die Krankenhausreform darf nicht zu Schließungen im ländlichen Raum führen.',
			'Gesundheit ist Daseinsvorsorge und keine Ware.'
		]
	),
	m(
		'gesundheit-pflegestuetzpunkt',
		['gesundheit', 'senioren'],
		'Pflegestützpunkte wohnortnah ausbauen',
		[
			'einen weiteren Pflegestützpunkt im Osten des Kreises einzurichten',
			'regelmäßige Sprechstunden in den Amtsverwaltungen anzubieten',
			'eine aufsuchende Pflegeberatung für Menschen ohne Angehörige zu schaffen'
		],
		[
			'Pflegebedürftige und ihre Angehörigen brauchen Beratung dort, wo sie wohnen. Die Wege zu den bestehenden Stützpunkten sind zu weit.',
			'Gute Beratung verhindert Überlastung pflegender Angehöriger.'
		]
	),
	m(
		'soziales-sozialpass',
		['soziales', 'kultur', 'sport'],
		'Sozialpass für Kultur, Sport und Mobilität',
		[
			'einen Sozialpass einzuführen, der Ermäßigungen in kommunalen Einrichtungen gewährt',
			'Museen, Bibliotheken, Schwimmbäder und Musikschulen einzubeziehen',
			'private Anbieter und Vereine zur Teilnahme einzuladen'
		],
		[
			'Armut grenzt aus. Wer wenig Geld hat, verzichtet zuerst auf Kultur und Freizeit.',
			'Ein Sozialpass ist einfach zu verwalten und öffnet viele Türen.'
		]
	),
	m(
		'soziales-schuldnerberatung',
		['soziales'],
		'Schuldner- und Insolvenzberatung ausreichend finanzieren',
		[
			'die Zuschüsse für die Schuldnerberatung so zu erhöhen, dass Wartezeiten unter vier Wochen liegen',
			'eine offene Sprechstunde ohne Termin einzurichten',
			'Präventionsangebote an Schulen zu fördern'
		],
		[
			'Die Wartezeiten bei der Schuldnerberatung betragen derzeit mehrere Monate. In dieser Zeit wachsen die Schulden weiter.',
			'Jeder Euro für Schuldnerberatung spart ein Vielfaches an Sozialleistungen.'
		]
	),
	m(
		'soziales-waermestube',
		['soziales', 'wohnen'],
		'Hilfe für wohnungslose Menschen im Winter',
		[
			'ausreichend Notunterkünfte mit Plätzen für Frauen und für Menschen mit Hunden vorzuhalten',
			'einen Kältebus gemeinsam mit den Wohlfahrtsverbänden zu unterstützen',
			'Wohnungslosigkeit nach dem Prinzip Housing First zu überwinden'
		],
		[
			'Auch in unserer Region leben Menschen auf der Straße. Im Winter ist das lebensgefährlich.',
			'Housing First zeigt, dass eine eigene Wohnung der beste Ausgangspunkt für weitere Hilfe ist.'
		]
	),
	m(
		'kultur-bibliotheken',
		['kultur', 'digitalisierung'],
		'Bibliotheken als offene dritte Orte',
		[
			'die Öffnungszeiten der Bibliotheken durch Open-Library-Technik auf Abende und Wochenenden auszudehnen',
			'die Fahrbibliothek für die Dörfer zu erhalten',
			'Räume der Bibliotheken Vereinen und Initiativen kostenfrei zur Verfügung zu stellen'
		],
		[
			'Bibliotheken sind Orte der Begegnung, des Lernens und des Aufenthalts ohne Konsumzwang.',
			'Mit offenen Bibliotheken nach dänischem Vorbild lassen sich Öffnungszeiten ohne zusätzliches Personal verlängern.'
		]
	),
	m(
		'kultur-musikschule',
		['kultur', 'jugend'],
		'Musikschulunterricht für alle Kinder bezahlbar machen',
		[
			'die Entgelte der Musikschule für Kinder aus Familien mit geringem Einkommen zu halbieren',
			'Unterricht in Außenstellen in den Dörfern anzubieten',
			'den Honorarkräften der Musikschule feste Anstellungen anzubieten'
		],
		[
			'Musikalische Bildung darf kein Privileg sein.',
			'Nach dem Herrenberg-Urteil müssen Musikschulen ihre Lehrkräfte ohnehin sozialversicherungspflichtig beschäftigen.'
		]
	),
	m(
		'sport-schwimmhalle',
		['sport', 'schule'],
		'Schwimmfähigkeit sichern: Schwimmhalle erhalten',
		[
			'den Erhalt der Schwimmhalle in den Haushalt aufzunehmen',
			'Wasserzeiten für den Schulschwimmunterricht und für Vereine verbindlich zu sichern',
			'Fördermittel aus dem Bundesprogramm für Sportstätten zu beantragen'
		],
		[
			'Immer mehr Kinder verlassen die Grundschule, ohne sicher schwimmen zu können. In einem Land mit so vielen Seen und der Ostsee ist das gefährlich.',
			'Ohne die Schwimmhalle fallen Schulschwimmen und Vereinstraining in der ganzen Region aus.'
		]
	),
	m(
		'sport-ehrenamt',
		['sport', 'demokratie'],
		'Ehrenamtspauschale für Übungsleiterinnen und Übungsleiter',
		[
			'eine jährliche Ehrenamtspauschale für Übungsleiterinnen und Übungsleiter einzuführen',
			'die Nutzung kommunaler Sportstätten für gemeinnützige Vereine gebührenfrei zu stellen',
			'eine Ehrenamtskarte mit Vergünstigungen anzubieten'
		],
		[
			'Ohne das Ehrenamt gäbe es keinen Vereinssport. Die Zahl der Übungsleitenden sinkt aber seit Jahren.',
			'Anerkennung muss auch spürbar sein.'
		]
	),
	m(
		'feuerwehr-ausstattung',
		['feuerwehr'],
		'Ausstattung der Freiwilligen Feuerwehren verbessern',
		[
			'den Brandschutzbedarfsplan fortzuschreiben und dem Ausschuss vorzulegen',
			'ein Beschaffungsprogramm für Einsatzfahrzeuge und Schutzkleidung aufzulegen',
			'Sammelbeschaffungen mit benachbarten Gemeinden zu organisieren'
		],
		[
			'Die Kameradinnen und Kameraden setzen ehrenamtlich ihre Gesundheit ein. Sie müssen sich auf moderne Technik verlassen können.',
			'Sammelbeschaffungen senken die Kosten erheblich.'
		]
	),
	m(
		'feuerwehr-nachwuchs',
		['feuerwehr', 'jugend'],
		'Nachwuchs für die Feuerwehr: Kinder- und Jugendfeuerwehren stärken',
		[
			'die Kinder- und Jugendfeuerwehren mit einem jährlichen Zuschuss je Mitglied zu fördern',
			'Arbeitgeber, die Einsatzkräfte freistellen, öffentlich auszuzeichnen',
			'eine Werbekampagne für den Eintritt in die Feuerwehr zu starten'
		],
		[
			'Die Tagesalarmsicherheit vieler Wehren ist gefährdet. Wer als Kind in die Feuerwehr kommt, bleibt oft ein Leben lang.',
			'Arbeitgeber verdienen Anerkennung, wenn sie Einsatzkräfte gehen lassen.'
		]
	),
	m(
		'feuerwehr-katastrophenschutz',
		['feuerwehr', 'klima'],
		'Katastrophenschutz für Hochwasser und Stromausfall',
		[
			'Notfallanlaufstellen in jedem Amt mit Notstrom einzurichten',
			'die Bevölkerung über Verhalten bei Stromausfall und Hochwasser zu informieren',
			'Sirenen flächendeckend wieder aufzubauen'
		],
		[
			'Die Hochwasser der letzten Jahre haben gezeigt, wie wichtig eine vorbereitete Bevölkerung ist.',
			'Bei einem längeren Stromausfall brauchen die Menschen bekannte Orte, an denen sie Hilfe bekommen.'
		]
	),
	m(
		'digital-breitband',
		['digitalisierung', 'landwirtschaft'],
		'Glasfaser bis in jedes Dorf',
		[
			'die weißen Flecken der Breitbandversorgung kartografisch darzustellen',
			'für die verbleibenden Gebiete Fördermittel der Gigabitförderung zu beantragen',
			'bei allen Tiefbauarbeiten Leerrohre mitzuverlegen'
		],
		[
			'Schnelles Internet ist Voraussetzung für Homeoffice, Schule und Betriebe auf dem Land.',
			'Wer jetzt Leerrohre mitverlegt, spart später hohe Kosten.'
		]
	),
	m(
		'digital-verwaltung',
		['digitalisierung', 'demokratie'],
		'Bürgerservice digital und vor Ort',
		[
			'die wichtigsten Verwaltungsleistungen bis Ende 2027 online anzubieten',
			'zugleich Sprechstunden vor Ort und Hilfe bei Online-Anträgen zu sichern',
			'die Sitzungen des Kreistags im Internet zu übertragen'
		],
		[
			'Digitale Angebote sparen Wege, aber nicht alle Menschen können sie nutzen. Beides gehört zusammen.',
			'Übertragungen der Sitzungen machen Kommunalpolitik nachvollziehbar.'
		]
	),
	m(
		'digital-opensource',
		['digitalisierung', 'haushalt'],
		'Offene Software und offene Daten in der Verwaltung',
		[
			'bei Neubeschaffungen von Software offene Lösungen vorrangig zu prüfen',
			'ein Open-Data-Portal mit Haushalts-, Verkehrs- und Umweltdaten einzurichten',
			'Fachverfahren mit anderen Kommunen gemeinsam zu entwickeln'
		],
		[
			'Offene Software verringert die Abhängigkeit von einzelnen Anbietern und spart Lizenzkosten.',
			'Offene Daten ermöglichen Transparenz und neue Anwendungen.'
		]
	)
];
