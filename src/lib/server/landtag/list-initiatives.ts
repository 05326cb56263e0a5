import { count, desc, eq, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { berlinToday } from '../../shared/berlin-time';
import type { InitiativeType } from '../../shared/landtag';
import { landtagFeedback, landtagInitiative } from './schema';

export const INITIATIVES_PER_PAGE = 20;

export interface InitiativeSummary {
	id: string;
	type: InitiativeType;
	title: string;
	printedMatterNumber: string | null;
	feedbackDeadline: string | null;
	feedbackOpen: boolean;
	answerCount: number;
	createdAt: Date;
}

/**
 * The Landtag faction's initiatives for the network: open feedback requests first (the nearest
 * deadline on top), then everything else, newest first.
 */
export async function listInitiatives(options: {
	actor: SessionUser | null;
	page?: number;
	now?: Date;
}): Promise<{ items: InitiativeSummary[]; total: number; page: number; pageCount: number }> {
	assertCan(options.actor, 'network.read');
	const today = berlinToday(options.now);
	const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(landtagInitiative);
	const pageCount = Math.max(1, Math.ceil(total / INITIATIVES_PER_PAGE));
	const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
	const open = sql<boolean>`coalesce(${landtagInitiative.feedbackDeadline} >= ${today}::date, false)`;
	const answers = db
		.select({ initiativeId: landtagFeedback.initiativeId, answerCount: count().as('answer_count') })
		.from(landtagFeedback)
		.groupBy(landtagFeedback.initiativeId)
		.as('answers');
	const rows = await db
		.select({
			id: landtagInitiative.id,
			type: landtagInitiative.type,
			title: landtagInitiative.title,
			printedMatterNumber: landtagInitiative.printedMatterNumber,
			feedbackDeadline: landtagInitiative.feedbackDeadline,
			feedbackOpen: open,
			answerCount: sql<number>`coalesce(${answers.answerCount}, 0)::int`,
			createdAt: landtagInitiative.createdAt
		})
		.from(landtagInitiative)
		.leftJoin(answers, eq(answers.initiativeId, landtagInitiative.id))
		.orderBy(
			desc(open),
			sql`case when ${open} then ${landtagInitiative.feedbackDeadline} end asc`,
			desc(landtagInitiative.createdAt),
			desc(landtagInitiative.id)
		)
		.limit(INITIATIVES_PER_PAGE)
		.offset((page - 1) * INITIATIVES_PER_PAGE);
	return { items: rows, total, page, pageCount };
}
