import type { Random } from './directory-random';
import type { DemoCouncil, InquirySubject, MotionSubject } from './motion-types';

/**
 * Turns the building blocks into the Markdown councils get: a Beschlussvorschlag with a numbered
 * list, a justification with the local situation, an inquiry's questions and the answer.
 */

function numbered(items: readonly string[]): string {
	return items
		.map((item, index) => `${index + 1}. ${item}${index === items.length - 1 ? '.' : ','}`)
		.join('\n');
}

/** Who carries out a council's decision: Landrat, Oberbürgermeister, Bürgermeisterin … */
function executive(council: DemoCouncil, random: Random): string {
	if (council.assembly === 'Der Kreistag')
		return random.chance(0.5) ? 'Die Landrätin' : 'Der Landrat';
	if (council.ags.length === 5) return 'Der Oberbürgermeister';
	return random.chance(0.5) ? 'Die Bürgermeisterin' : 'Der Bürgermeister';
}

const REPORT_BY = ['zum Ende des ersten Quartals', 'bis zur Sommerpause', 'bis zum 30. September'];

export function councilMotionText(
	subject: MotionSubject,
	council: DemoCouncil,
	random: Random
): string {
	const demands = random.chance(0.3) ? subject.demands.slice(0, -1) : subject.demands;
	const parts = [
		'## Beschlussvorschlag',
		`${council.assembly} möge beschließen:`,
		`${executive(council, random)} wird beauftragt,`,
		numbered(demands)
	];
	if (random.chance(0.5))
		parts.push(
			'## Berichterstattung',
			`Über den Stand der Umsetzung wird dem zuständigen Fachausschuss ${random.pick(REPORT_BY)} berichtet.`
		);
	return parts.join('\n\n');
}

const LOCAL_SITUATION = [
	(where: string) =>
		`Auch ${where} besteht dringender Handlungsbedarf, wie Gespräche mit Betroffenen und Fachleuten vor Ort zeigen.`,
	(where: string) =>
		`Die Fraktion hat ${where} in den vergangenen Monaten viele Hinweise aus der Bevölkerung zu diesem Thema erhalten.`,
	(where: string) =>
		`Die Verwaltung hat ${where} bereits erste Schritte unternommen; sie reichen aber nicht aus.`,
	(where: string) =>
		`Gerade ${where} sind die Wege lang und die Bevölkerung wird älter; das Thema ist deshalb dringlich.`
];

export function councilJustification(
	subject: MotionSubject,
	council: DemoCouncil,
	random: Random,
	fromTemplate: boolean
): string {
	const parts = [...subject.reasons, random.pick(LOCAL_SITUATION)(council.where)];
	if (fromTemplate)
		parts.push(
			'Der Antrag beruht auf einem Musterantrag aus dem Netzwerk und wurde an die Verhältnisse vor Ort angepasst.'
		);
	return parts.join('\n\n');
}

export function templateText(subject: MotionSubject): string {
	return [
		'## Beschlussvorschlag',
		'Die Vertretung (Kreistag, Bürgerschaft, Stadt- oder Gemeindevertretung) möge beschließen:',
		'Die Verwaltung wird beauftragt,',
		numbered(subject.demands),
		'## Hinweise zur Anpassung',
		[
			'- Zuständigkeit prüfen: Nicht jede Forderung fällt in die Zuständigkeit jeder Ebene.',
			'- Zahlen und Beispiele aus der eigenen Kommune ergänzen.',
			'- Fristen an den Sitzungsplan der Vertretung anpassen.'
		].join('\n')
	].join('\n\n');
}

export function templateJustification(subject: MotionSubject): string {
	return [
		...subject.reasons,
		'Dieser Musterantrag kann mit „Übernehmen“ als eigener Entwurf weiterbearbeitet werden. Bitte berichtet in den Kommentaren, wie es bei euch gelaufen ist.'
	].join('\n\n');
}

export function inquiryText(subject: InquirySubject): string {
	return [
		'## Anfrage',
		'Wir bitten die Verwaltung um die Beantwortung folgender Fragen:',
		subject.questions.map((question, index) => `${index + 1}. ${question}`).join('\n')
	].join('\n\n');
}

const INQUIRY_REASONS = [
	'Die Antworten sollen die Grundlage für weitere Initiativen der Fraktion bilden.',
	'Die Fraktion wurde von Betroffenen auf das Thema angesprochen und möchte sich ein genaues Bild machen.',
	'Die letzten verfügbaren Zahlen sind mehrere Jahre alt; eine aktuelle Übersicht fehlt.'
];

export function inquiryJustification(random: Random): string {
	return random.pick(INQUIRY_REASONS);
}

export function inquiryAnswer(subject: InquirySubject, random: Random): string {
	const n = String(random.int(3, 240));
	return [
		'Die Verwaltung beantwortet die Anfrage wie folgt:',
		...subject.answer.map((paragraph) => paragraph.replaceAll('{n}', n))
	].join('\n\n');
}

/** Internal papers of the network: proposals to the factions, not to a council. */
export function internalText(subject: MotionSubject): string {
	return ['## Vorschlag', 'Wir schlagen vor,', numbered(subject.demands)].join('\n\n');
}
