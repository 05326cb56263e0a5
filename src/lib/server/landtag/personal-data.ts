import { asc, eq } from 'drizzle-orm';
import { db } from '../db';
import { landtagFeedback, landtagInitiative, landtagProposal } from './schema';

export interface LandtagData {
	initiativesPosted: { title: string; type: string; createdAt: Date }[];
	/** Answers whose current text the person wrote for their faction. */
	feedbackWritten: { initiative: string; body: string; modifiedAt: Date }[];
	proposalsMade: {
		title: string;
		description: string;
		status: string;
		reply: string | null;
		createdAt: Date;
	}[];
}

/**
 * What the Landtag exchange keeps about one person, for their data download. When the account
 * goes, these texts stay as their faction's (the links to the account are cleared by the
 * database): an answer or proposal is made in a faction's name.
 */
export async function exportLandtagData(userId: string): Promise<LandtagData> {
	const initiativesPosted = await db
		.select({
			title: landtagInitiative.title,
			type: landtagInitiative.type,
			createdAt: landtagInitiative.createdAt
		})
		.from(landtagInitiative)
		.where(eq(landtagInitiative.createdById, userId))
		.orderBy(asc(landtagInitiative.createdAt));
	const feedbackWritten = await db
		.select({
			initiative: landtagInitiative.title,
			body: landtagFeedback.body,
			modifiedAt: landtagFeedback.modifiedAt
		})
		.from(landtagFeedback)
		.innerJoin(landtagInitiative, eq(landtagInitiative.id, landtagFeedback.initiativeId))
		.where(eq(landtagFeedback.authorId, userId))
		.orderBy(asc(landtagFeedback.modifiedAt));
	const proposalsMade = await db
		.select({
			title: landtagProposal.title,
			description: landtagProposal.description,
			status: landtagProposal.status,
			reply: landtagProposal.reply,
			createdAt: landtagProposal.createdAt
		})
		.from(landtagProposal)
		.where(eq(landtagProposal.proposedById, userId))
		.orderBy(asc(landtagProposal.createdAt));
	return { initiativesPosted, feedbackWritten, proposalsMade };
}
