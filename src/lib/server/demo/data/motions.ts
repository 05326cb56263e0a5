import { seededRandom } from './directory-random';
import { DEMO_COUNCILS } from './motion-councils';
import { nonPublic } from './motion-nonpublic';
import { creatorOf, MotionBuilder, votes } from './motion-builder';
import { RESOLUTION_SUBJECTS, STATEMENT_SUBJECTS } from './motion-fixed';
import { INQUIRY_SUBJECTS } from './motion-inquiries';
import { buildDemoMotionComments } from './motion-comments';
import { MOTION_SUBJECTS_A } from './motion-subjects-a';
import { MOTION_SUBJECTS_B } from './motion-subjects-b';
import { MOTION_SUBJECTS_C } from './motion-subjects-c';
import {
	inquiryAnswer,
	inquiryJustification,
	inquiryText,
	templateJustification,
	templateText
} from './motion-texts';
import type { DemoMotion, MotionSubject } from './motion-types';

export type { DemoMotion } from './motion-types';
export { DEMO_ADMIN_FACTION_AGS } from './motion-builder';

const SUBJECTS: readonly MotionSubject[] = [
	...MOTION_SUBJECTS_A,
	...MOTION_SUBJECTS_B,
	...MOTION_SUBJECTS_C
];

/** Subjects the board published as Musteranträge; each is taken over by 5–10 councils. */
export const TEMPLATE_SUBJECT_KEYS: readonly string[] = [
	'schule-schulessen',
	'oepnv-rufbus',
	'oepnv-sozialticket',
	'wohnen-mietspiegel',
	'klima-pv-daecher',
	'jugend-jugendclubs',
	'gesundheit-landarzt',
	'soziales-sozialpass',
	'kultur-bibliotheken',
	'feuerwehr-nachwuchs',
	'digital-breitband',
	'senioren-seniorenbeirat',
	'demokratie-einwohnerfragestunde',
	'gleich-frauenhaus',
	'umwelt-alleen'
];

/** Musteranträge and the councils' motions taken over from them, sometimes from each other. */
function templatesWithChains(builder: MotionBuilder): void {
	const { random } = builder;
	for (const key of TEMPLATE_SUBJECT_KEYS) {
		const subject = SUBJECTS.find((s) => s.key === key)!;
		const age = random.int(560, 760);
		const template = builder.add({
			key: `muster:${key}`,
			type: 'template',
			title: subject.title,
			text: templateText(subject),
			justification: templateJustification(subject),
			answer: null,
			answeredDaysAgo: null,
			councilAgs: null,
			faction: null,
			filedDaysAgo: null,
			status: 'settled',
			votes: null,
			decidedDaysAgo: null,
			visibility: 'public',
			reusedFrom: null,
			createdBy: 'vorstand',
			authors: [],
			topics: subject.topics,
			createdDaysAgo: age
		});
		const councils = builder.councils(random.int(5, 10));
		const filed = councils.map(() => random.int(12, age - 25)).sort((a, b) => b - a);
		const chain: DemoMotion[] = [];
		for (const [index, council] of councils.entries()) {
			// Some factions took over a neighbour's adapted version rather than the template.
			const source = chain.length > 0 && random.chance(0.3) ? random.pick(chain) : template;
			chain.push(builder.councilMotion(subject, council, filed[index]!, source.key));
		}
	}
}

/** The other subjects, each filed in one to three councils; later ones often reuse the first. */
function standaloneMotions(builder: MotionBuilder): void {
	const { random } = builder;
	for (const subject of SUBJECTS) {
		if (TEMPLATE_SUBJECT_KEYS.includes(subject.key)) continue;
		const councils = builder.councils(random.int(2, 4));
		const filed = councils.map(() => random.int(8, 780)).sort((a, b) => b - a);
		let first: DemoMotion | null = null;
		for (const [index, council] of councils.entries()) {
			const reusedFrom = first && random.chance(0.5) ? first.key : null;
			const motion = builder.councilMotion(subject, council, filed[index]!, reusedFrom);
			first ??= motion;
		}
	}
}

function inquiries(builder: MotionBuilder): void {
	const { random } = builder;
	for (const subject of INQUIRY_SUBJECTS) {
		for (const council of builder.councils(random.int(2, 4))) {
			const filedDaysAgo = random.int(5, 700);
			const answered = filedDaysAgo > 40;
			builder.add({
				key: `${subject.key}:${council.ags}`,
				type: 'inquiry',
				title: random.chance(0.5) ? `${subject.title} ${council.where}` : subject.title,
				text: inquiryText(subject),
				justification: inquiryJustification(random),
				answer: answered ? inquiryAnswer(subject, random) : null,
				answeredDaysAgo: answered ? filedDaysAgo - random.int(14, 35) : null,
				councilAgs: council.ags,
				faction: council.faction,
				filedDaysAgo,
				status: answered ? 'settled' : 'filed',
				votes: null,
				decidedDaysAgo: null,
				visibility: 'public',
				reusedFrom: null,
				createdBy: creatorOf(council, subject.topics),
				authors: [],
				topics: subject.topics,
				createdDaysAgo: filedDaysAgo + random.int(1, 7)
			});
		}
	}
}

function statementsAndResolutions(builder: MotionBuilder): void {
	const { random, motions } = builder;
	const kreise = DEMO_COUNCILS.filter((c) => c.ags.length === 5);
	for (const subject of STATEMENT_SUBJECTS) {
		for (const council of random.sample(kreise, random.int(1, 2))) {
			const filedDaysAgo = random.int(10, 600);
			builder.add({
				key: `${subject.key}:${council.ags}`,
				type: 'statement',
				title: subject.title,
				text: subject.text,
				justification: subject.justification,
				answer: null,
				answeredDaysAgo: null,
				councilAgs: council.ags,
				faction: council.faction,
				filedDaysAgo,
				status: filedDaysAgo > 60 ? 'settled' : 'filed',
				votes: null,
				decidedDaysAgo: null,
				visibility: 'public',
				reusedFrom: null,
				createdBy: creatorOf(council, subject.topics),
				authors: [],
				topics: subject.topics,
				createdDaysAgo: filedDaysAgo + 2
			});
		}
	}
	for (const subject of RESOLUTION_SUBJECTS) {
		const council = random.pick(DEMO_COUNCILS);
		const filedDaysAgo = random.int(120, 650);
		const unanimous = subject.key === 'beschluss-resolution-krankenhaus';
		// The Sozialticket resolution is what became of the network's template in that council.
		const reusedFrom =
			subject.key === 'beschluss-sozialticket'
				? (motions.find((m) => m.key === 'muster:oepnv-sozialticket')?.key ?? null)
				: null;
		builder.add({
			key: `${subject.key}:${council.ags}`,
			type: 'resolution',
			title: subject.title,
			text: subject.text,
			justification: subject.justification,
			answer: null,
			answeredDaysAgo: null,
			councilAgs: council.ags,
			faction: council.faction,
			filedDaysAgo,
			status: subject.key === 'beschluss-alleenschutz' ? 'adopted_amended' : 'adopted',
			votes: unanimous
				? { yes: council.seats - 4, no: 0, abstain: 0 }
				: votes(random, council.seats, true),
			decidedDaysAgo: filedDaysAgo - random.int(20, 60),
			visibility: 'public',
			reusedFrom,
			createdBy: null,
			authors: [],
			topics: subject.topics,
			createdDaysAgo: filedDaysAgo + 5
		});
	}
}

/** The demo's motion library, the same on every start (fixed seed). */
function buildDemoMotions(): DemoMotion[] {
	const builder = new MotionBuilder(seededRandom(20261105));
	templatesWithChains(builder);
	standaloneMotions(builder);
	inquiries(builder);
	statementsAndResolutions(builder);
	nonPublic(builder, SUBJECTS);
	return builder.motions;
}

export const DEMO_MOTIONS: readonly DemoMotion[] = buildDemoMotions();

/** Text that reads the same rendered as written (no emphasis, links, code). */
export function isPlainText(markdown: string): boolean {
	return !/[*_`[\]<>]/.test(markdown);
}

/** Comments and experience reports by the demo accounts. */
export const DEMO_MOTION_COMMENTS = buildDemoMotionComments(DEMO_MOTIONS);

/**
 * Titles only members (or only a faction) may read; the anonymous privacy crawl looks for them.
 */
export const DEMO_MOTION_PRIVATE_VALUES: readonly string[] = [
	...DEMO_MOTIONS.filter((motion) => motion.visibility !== 'public').map((motion) => motion.title),
	// Comments are for members. Only bodies without Markdown: the page shows them rendered.
	...new Set(DEMO_MOTION_COMMENTS.map((comment) => comment.body).filter(isPlainText))
];
