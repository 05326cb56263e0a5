import { applyConfirmedMatches } from './apply-confirmed-matches';
import type { Executor } from './executor';
import { matchBodies } from './match-bodies';
import { matchOrganizations } from './match-organizations';
import { suggestPersonMatches } from './suggest-person-matches';

export interface MatchingResult {
	/** Bodies newly tied to the directory. */
	bodies: number;
	organizations: number;
	/** Pairs of imported and directory person currently suggested (new or kept). */
	suggestions: number;
	/** Directory memberships added, linked or ended for confirmed persons. */
	membershipChanges: number;
}

/**
 * Matching after each sync of a source (called from the sync's end of run, and after the board
 * ties a body by hand): bodies, then their organizations, then person suggestions, then the
 * mandates of confirmed persons. Each step only adds what is certain or proposes; every step
 * reads what the previous one wrote, so one call does it all.
 */
export async function runMatching(executor: Executor, sourceId: string): Promise<MatchingResult> {
	const bodies = await matchBodies(executor, sourceId);
	const organizations = await matchOrganizations(executor, sourceId);
	const suggestions = await suggestPersonMatches(executor, sourceId);
	const membershipChanges = await applyConfirmedMatches(executor, sourceId);
	return { bodies, organizations, suggestions, membershipChanges };
}
