import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import { user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { organization } from '../territory/schema';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../../shared/landtag';
import { councilOfFaction, loadLandtagActor } from './access';
import { proposalReadCondition } from './proposal-scope';
import { landtagProposal } from './schema';

export const PROPOSALS_PER_PAGE = 25;

export interface ProposalSummary {
	id: string;
	title: string;
	factionLabel: string;
	/** The account that proposed; whoever sees the proposal sees who made it. */
	proposedByName: string | null;
	status: ProposalStatus;
	createdAt: Date;
	statusChangedAt: Date | null;
}

export interface ProposalList {
	items: ProposalSummary[];
	total: number;
	page: number;
	pageCount: number;
	/** How many proposals of each status the actor sees (for the inbox filter). */
	statusCounts: Record<ProposalStatus, number>;
	isLandtagFaction: boolean;
}

/** The inbox of the Landtag faction, or a member's view of their factions' proposals. */
export async function listProposals(options: {
	actor: SessionUser | null;
	status?: ProposalStatus | null;
	page?: number;
}): Promise<ProposalList> {
	assertCan(options.actor, 'network.read');
	const actor = await loadLandtagActor(options.actor);
	const scope = proposalReadCondition(actor);
	const counted = await db
		.select({ status: landtagProposal.status, total: count() })
		.from(landtagProposal)
		.where(scope)
		.groupBy(landtagProposal.status);
	const statusCounts = Object.fromEntries(
		PROPOSAL_STATUSES.map((status) => [
			status,
			counted.find((row) => row.status === status)?.total ?? 0
		])
	) as Record<ProposalStatus, number>;
	const total = options.status
		? statusCounts[options.status]
		: Object.values(statusCounts).reduce((sum, value) => sum + value, 0);
	const pageCount = Math.max(1, Math.ceil(total / PROPOSALS_PER_PAGE));
	const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
	const rows = await db
		.select({
			id: landtagProposal.id,
			title: landtagProposal.title,
			factionName: organization.name,
			councilName: councilOfFaction.name,
			proposedByName: user.name,
			status: landtagProposal.status,
			createdAt: landtagProposal.createdAt,
			statusChangedAt: landtagProposal.statusChangedAt
		})
		.from(landtagProposal)
		.innerJoin(organization, eq(organization.id, landtagProposal.factionId))
		.leftJoin(councilOfFaction, eq(councilOfFaction.id, organization.parentId))
		.leftJoin(user, eq(user.id, landtagProposal.proposedById))
		.where(and(scope, options.status ? eq(landtagProposal.status, options.status) : undefined))
		.orderBy(
			// The inbox puts what still needs an answer first.
			asc(sql`case ${landtagProposal.status} when 'new' then 0 when 'in_review' then 1 else 2 end`),
			desc(landtagProposal.createdAt),
			desc(landtagProposal.id)
		)
		.limit(PROPOSALS_PER_PAGE)
		.offset((page - 1) * PROPOSALS_PER_PAGE);
	return {
		items: rows.map(({ factionName, councilName, ...row }) => ({
			...row,
			factionLabel: councilName ? `${factionName} (${councilName})` : factionName
		})),
		total,
		page,
		pageCount,
		statusCounts,
		isLandtagFaction: actor.isLandtagFaction
	};
}
