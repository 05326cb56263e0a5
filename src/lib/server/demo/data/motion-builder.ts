import type { MotionStatus } from '../../../shared/motions';
import type { Random } from './directory-random';
import { DEMO_COUNCILS } from './motion-councils';
import { councilJustification, councilMotionText } from './motion-texts';
import type { DemoCouncil, DemoMotion, MotionSubject } from './motion-types';

/** The faction of the demo faction admin (Jonas Fraktionsberg): Kreistag Vorpommern-Greifswald. */
export const DEMO_ADMIN_FACTION_AGS = '13075';
/** Mira Mitgliedermann works for the Rostock faction as a sachkundige Einwohnerin. */
export const MEMBER_FACTION_AGS = '13003';

type Outcome = Pick<DemoMotion, 'status' | 'votes' | 'decidedDaysAgo'>;

export function votes(
	random: Random,
	seats: number,
	adopted: boolean
): NonNullable<DemoMotion['votes']> {
	const present = seats - random.int(0, Math.floor(seats * 0.15));
	const yes = Math.round(
		present * (adopted ? 0.52 + random.next() * 0.38 : 0.15 + random.next() * 0.3)
	);
	const rest = present - yes;
	const abstain = random.int(0, Math.min(rest, Math.floor(present * 0.1)));
	const no = rest - abstain;
	// Small councils round badly: a majority is a majority (a tie rejects).
	if (adopted && yes <= no) return { yes: no + 1, no: yes - 1, abstain };
	if (!adopted && no < yes) return { yes: no, no: yes, abstain };
	return { yes, no, abstain };
}

/** How far a motion filed `filedDaysAgo` has come: recent ones are pending, older ones decided. */
function outcome(random: Random, filedDaysAgo: number, council: DemoCouncil): Outcome {
	if (filedDaysAgo < 35) return { status: 'filed', votes: null, decidedDaysAgo: null };
	if (filedDaysAgo < 110 && random.chance(0.8))
		return { status: 'in_deliberation', votes: null, decidedDaysAgo: null };
	const roll = random.next();
	const status: MotionStatus =
		roll < 0.42
			? 'adopted'
			: roll < 0.57
				? 'adopted_amended'
				: roll < 0.85
					? 'rejected'
					: roll < 0.93
						? 'withdrawn'
						: 'settled';
	if (status === 'withdrawn' || status === 'settled')
		return { status, votes: null, decidedDaysAgo: null };
	return {
		status,
		votes: votes(random, council.seats, status !== 'rejected'),
		decidedDaysAgo: Math.max(1, filedDaysAgo - random.int(20, 100))
	};
}

/** The demo account that wrote a public motion of this council, if one fits. */
export function creatorOf(council: DemoCouncil, topics: readonly string[]): DemoMotion['createdBy'] {
	if (council.ags === DEMO_ADMIN_FACTION_AGS) return 'fraktion';
	if (council.ags === MEMBER_FACTION_AGS && topics.includes('soziales')) return 'mitglied';
	return null;
}

export class MotionBuilder {
	readonly motions: DemoMotion[] = [];
	private readonly keys = new Map<string, number>();

	constructor(readonly random: Random) {}

	private key(base: string): string {
		const n = (this.keys.get(base) ?? 0) + 1;
		this.keys.set(base, n);
		return n === 1 ? base : `${base}:${n}`;
	}

	add(motion: Omit<DemoMotion, 'key'> & { key?: string }): DemoMotion {
		// Whoever wrote it is its author: members see the name, the public only the faction.
		const authors =
			motion.authors.length > 0 ? motion.authors : motion.createdBy ? [motion.createdBy] : [];
		const full = { ...motion, authors, key: this.key(motion.key ?? 'motion') };
		this.motions.push(full);
		return full;
	}

	/** Distinct councils, Kreis-level ones (where most motions are filed) three times as likely. */
	councils(count: number, exclude: readonly string[] = []): DemoCouncil[] {
		const pool = DEMO_COUNCILS.flatMap((c) => (c.ags.length === 5 ? [c, c, c] : [c])).filter(
			(c) => !exclude.includes(c.ags)
		);
		const chosen = new Map<string, DemoCouncil>();
		while (chosen.size < count) {
			const council = this.random.pick(pool);
			chosen.set(council.ags, council);
		}
		return [...chosen.values()];
	}

	councilMotion(
		subject: MotionSubject,
		council: DemoCouncil,
		filedDaysAgo: number,
		reusedFrom: string | null
	): DemoMotion {
		const random = this.random;
		return this.add({
			key: `${subject.key}:${council.ags}`,
			type: 'motion',
			title: random.chance(0.6) ? `${subject.title} ${council.where}` : subject.title,
			text: councilMotionText(subject, council, random),
			justification: councilJustification(subject, council, random, reusedFrom !== null),
			answer: null,
			answeredDaysAgo: null,
			councilAgs: council.ags,
			faction: council.faction,
			filedDaysAgo,
			...outcome(random, filedDaysAgo, council),
			visibility: 'public',
			reusedFrom,
			createdBy: creatorOf(council, subject.topics),
			authors: [],
			topics: subject.topics,
			createdDaysAgo: filedDaysAgo + random.int(3, 20)
		});
	}
}

