import { ADOPTED_STATUSES } from '../../../shared/motions';
import type { DemoMotion, DemoMotionComment } from './motion-types';

type Draft = Omit<DemoMotionComment, 'motion'>;

/** Experience reports and questions on the Musteranträge ("Wie lief es bei euch?"). */
const ON_TEMPLATES: Record<string, Draft[]> = {
	'muster:oepnv-rufbus': [
		{
			author: 'fraktion',
			kind: 'experience',
			body: 'Bei uns wurde der Antrag in den Verkehrsausschuss überwiesen. Entscheidend war, dass wir die **Landesförderung** schon im Antrag genannt haben – damit war das Kostenargument vom Tisch.',
			daysAgo: 120
		},
		{
			author: 'mitglied',
			kind: 'comment',
			body: 'Hat jemand Zahlen, wie viele Fahrten pro Tag ein Rufbus im ersten Jahr hatte? Die Verwaltung fragt danach.',
			daysAgo: 64
		},
		{
			author: 'vorstand',
			kind: 'comment',
			body: 'Die Auswertung aus sechs Kreisen stellen wir gerade zusammen; sie kommt zur nächsten Mitgliederversammlung.',
			daysAgo: 61
		}
	],
	'muster:schule-schulessen': [
		{
			author: 'fraktion',
			kind: 'experience',
			body: 'Abgelehnt mit Verweis auf die Kosten. Beim zweiten Anlauf haben wir ein **Pilotprojekt an drei Schulen** vorgeschlagen – das ging durch. Tipp: gleich mit dem kleineren Schritt anfangen.',
			daysAgo: 210
		},
		{
			author: 'mitglied',
			kind: 'comment',
			body: 'Gute Vorlage! Wir haben den Bioanteil gestrichen, weil es in unserer Gegend kaum Anbieter gibt.',
			daysAgo: 150
		}
	],
	'muster:wohnen-mietspiegel': [
		{
			author: 'mitglied',
			kind: 'experience',
			body: 'In Rostock gibt es schon einen qualifizierten Mietspiegel. Wichtiger war bei uns die Frage der **Kosten der Unterkunft** – dafür gibt es einen eigenen Antrag in der Bibliothek.',
			daysAgo: 300
		}
	],
	'muster:klima-pv-daecher': [
		{
			author: 'fraktion',
			kind: 'experience',
			body: 'Beschlossen mit Änderungen: Die Frist 2030 wurde gestrichen, dafür muss die Verwaltung jährlich berichten. Die Bürgerenergiegenossenschaft hat sich schon gemeldet.',
			daysAgo: 90
		}
	],
	'muster:soziales-sozialpass': [
		{
			author: 'vorstand',
			kind: 'comment',
			body: 'Bitte prüft vor dem Einbringen, ob es im Kreis schon eine **Ehrenamtskarte** gibt – beides lässt sich gut verbinden.',
			daysAgo: 400
		},
		{
			author: 'mitglied',
			kind: 'experience',
			body: 'Wir haben den Antrag zurückgezogen, weil die Verwaltung eine eigene Vorlage angekündigt hat. Die kam dann fast wortgleich.',
			daysAgo: 180
		}
	],
	'muster:gleich-frauenhaus': [
		{
			author: 'fraktion',
			kind: 'comment',
			body: 'Die Zahlen zur Istanbul-Konvention (ein Familienplatz je 10.000 Einwohner) haben im Ausschuss überzeugt. Quelle gleich in die Begründung schreiben.',
			daysAgo: 75
		}
	]
};

const ON_ADOPTED = [
	'Glückwunsch! Könnt ihr berichten, wie die Verwaltung die Umsetzung angeht?',
	'Das nehmen wir als Vorlage für unseren Kreis – danke fürs Teilen.'
];

/**
 * The demo comments: the experience reports above, and a question under the first few adopted
 * motions that were taken over from a template (so the lineage pages show discussion, too).
 */
export function buildDemoMotionComments(motions: readonly DemoMotion[]): DemoMotionComment[] {
	const comments: DemoMotionComment[] = Object.entries(ON_TEMPLATES).flatMap(([motion, drafts]) =>
		drafts.map((draft) => ({ motion, ...draft }))
	);
	const adopted = motions
		.filter(
			(m) =>
				m.visibility === 'public' &&
				m.reusedFrom?.startsWith('muster:') &&
				ADOPTED_STATUSES.includes(m.status)
		)
		.slice(0, 6);
	for (const [index, motion] of adopted.entries())
		comments.push({
			motion: motion.key,
			author: index % 2 === 0 ? 'mitglied' : 'fraktion',
			kind: 'comment',
			body: ON_ADOPTED[index % ON_ADOPTED.length]!,
			daysAgo: Math.max(1, (motion.decidedDaysAgo ?? 10) - 3)
		});
	return comments;
}
