import { eq, inArray, or, type SQL } from 'drizzle-orm';
import type { LandtagActor } from './access';
import { landtagProposal } from './schema';

/**
 * Which proposals someone sees: the Landtag faction all of them (its inbox); everyone else those
 * they made and those of the factions they sit in today. A proposal is a faction's request, not
 * a public statement, so the rest of the network does not see it.
 */
export function proposalReadCondition(actor: LandtagActor): SQL | undefined {
	if (actor.isLandtagFaction) return undefined;
	const factionIds = actor.municipalFactions.map((faction) => faction.id);
	return or(
		eq(landtagProposal.proposedById, actor.user.id),
		...(factionIds.length > 0 ? [inArray(landtagProposal.factionId, factionIds)] : [])
	);
}
