import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { assertCan } from '../auth/policy';
import { user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { isUuid } from '../directory/is-uuid';
import { organization } from '../territory/schema';
import type { ProposalStatus } from '../../shared/landtag';
import { councilOfFaction, loadLandtagActor } from './access';
import { LandtagNotFoundError } from './errors';
import { proposalReadCondition } from './proposal-scope';
import { landtagProposal } from './schema';

export interface ProposalDetail {
	id: string;
	title: string;
	/** Markdown. */
	description: string;
	factionLabel: string;
	proposedByName: string | null;
	status: ProposalStatus;
	reply: string | null;
	statusChangedAt: Date | null;
	statusChangedByName: string | null;
	createdAt: Date;
	/** The Landtag faction sets the status and answers. */
	manageable: boolean;
}

const changer = alias(user, 'changer');

/** One proposal, for the Landtag faction and the proposing faction only (404 for everyone else). */
export async function getProposal(options: {
	actor: SessionUser | null;
	proposalId: string;
}): Promise<ProposalDetail> {
	assertCan(options.actor, 'network.read');
	const notFound = new LandtagNotFoundError('Diesen Vorschlag gibt es nicht.');
	if (!isUuid(options.proposalId)) throw notFound;
	const actor = await loadLandtagActor(options.actor);
	const [row] = await db
		.select({
			id: landtagProposal.id,
			title: landtagProposal.title,
			description: landtagProposal.description,
			factionName: organization.name,
			councilName: councilOfFaction.name,
			proposedByName: user.name,
			status: landtagProposal.status,
			reply: landtagProposal.reply,
			statusChangedAt: landtagProposal.statusChangedAt,
			statusChangedByName: changer.name,
			createdAt: landtagProposal.createdAt
		})
		.from(landtagProposal)
		.innerJoin(organization, eq(organization.id, landtagProposal.factionId))
		.leftJoin(councilOfFaction, eq(councilOfFaction.id, organization.parentId))
		.leftJoin(user, eq(user.id, landtagProposal.proposedById))
		.leftJoin(changer, eq(changer.id, landtagProposal.statusChangedById))
		.where(and(eq(landtagProposal.id, options.proposalId), proposalReadCondition(actor)));
	if (!row) throw notFound;
	const { factionName, councilName, ...rest } = row;
	return {
		...rest,
		factionLabel: councilName ? `${factionName} (${councilName})` : factionName,
		manageable: actor.isLandtagFaction
	};
}
