import { asc, eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { isUuid } from '../directory/is-uuid';
import { organization } from '../territory/schema';
import { isFeedbackOpen, type InitiativeType } from '../../shared/landtag';
import { councilOfFaction, loadLandtagActor, type FactionChoice } from './access';
import { LandtagNotFoundError } from './errors';
import { landtagFeedback, landtagInitiative } from './schema';

export interface FeedbackView {
	id: string;
	factionId: string;
	factionLabel: string;
	/** Markdown. */
	body: string;
	authorName: string | null;
	createdAt: Date;
	modifiedAt: Date;
}

export interface InitiativeDetail {
	id: string;
	type: InitiativeType;
	title: string;
	summary: string;
	printedMatterNumber: string | null;
	printedMatterUrl: string | null;
	feedbackQuestion: string | null;
	feedbackDeadline: string | null;
	feedbackOpen: boolean;
	createdAt: Date;
	modifiedAt: Date;
	feedback: FeedbackView[];
	/** The factions the actor may answer for while the request is open. */
	answerableFactions: FactionChoice[];
	editable: boolean;
}

/** One initiative with every faction's answer: the whole network reads them. */
export async function getInitiative(options: {
	actor: SessionUser | null;
	initiativeId: string;
	now?: Date;
}): Promise<InitiativeDetail> {
	assertCan(options.actor, 'network.read');
	const notFound = new LandtagNotFoundError('Diese Initiative gibt es nicht.');
	if (!isUuid(options.initiativeId)) throw notFound;
	const [initiative] = await db
		.select()
		.from(landtagInitiative)
		.where(eq(landtagInitiative.id, options.initiativeId));
	if (!initiative) throw notFound;
	const rows = await db
		.select({
			id: landtagFeedback.id,
			factionId: landtagFeedback.factionId,
			factionName: organization.name,
			councilName: councilOfFaction.name,
			body: landtagFeedback.body,
			authorName: user.name,
			createdAt: landtagFeedback.createdAt,
			modifiedAt: landtagFeedback.modifiedAt
		})
		.from(landtagFeedback)
		.innerJoin(organization, eq(organization.id, landtagFeedback.factionId))
		.leftJoin(councilOfFaction, eq(councilOfFaction.id, organization.parentId))
		.leftJoin(user, eq(user.id, landtagFeedback.authorId))
		.where(eq(landtagFeedback.initiativeId, initiative.id))
		.orderBy(asc(landtagFeedback.createdAt), asc(landtagFeedback.id));
	const actor = await loadLandtagActor(options.actor);
	const open =
		initiative.feedbackQuestion !== null &&
		isFeedbackOpen(initiative.feedbackDeadline, options.now);
	return {
		id: initiative.id,
		type: initiative.type,
		title: initiative.title,
		summary: initiative.summary,
		printedMatterNumber: initiative.printedMatterNumber,
		printedMatterUrl: initiative.printedMatterUrl,
		feedbackQuestion: initiative.feedbackQuestion,
		feedbackDeadline: initiative.feedbackDeadline,
		feedbackOpen: open,
		createdAt: initiative.createdAt,
		modifiedAt: initiative.modifiedAt,
		feedback: rows.map(({ factionName, councilName, ...row }) => ({
			...row,
			factionLabel: councilName ? `${factionName} (${councilName})` : factionName
		})),
		answerableFactions: open ? actor.municipalFactions : [],
		editable: actor.isLandtagFaction
	};
}
