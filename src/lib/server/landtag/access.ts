import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
	AccessDeniedError,
	assertCan,
	can,
	effectiveRole,
	needsTwoFactorSetup
} from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { person } from '../directory/schema';
import { currentFactionIds } from '../directory/viewer';
import { organization } from '../territory/schema';
import { LandtagError } from './errors';

/** The council word that marks the state parliament in `organization.classification`. */
export const LANDTAG_CLASSIFICATION = 'Landtag';

export interface FactionChoice {
	id: string;
	/** "Fraktion DIE LINKE (Kreistag Vorpommern-Greifswald)" */
	label: string;
}

/**
 * Who someone is in the Landtag exchange, on top of the role permissions of policy.ts:
 *
 * - the Landtag faction: the board, and faction admins of a faction whose council is the
 *   Landtag. It posts initiatives and works through the proposals inbox.
 * - municipal factions: every faction (not the Landtag's) a network member sits in today. Its
 *   members answer initiatives and propose topics in its name, and see its proposals.
 */
export interface LandtagActor {
	user: SessionUser;
	isLandtagFaction: boolean;
	municipalFactions: FactionChoice[];
}

export async function loadLandtagActor(user: SessionUser): Promise<LandtagActor> {
	if (!can(user, 'network.read')) return { user, isLandtagFaction: false, municipalFactions: [] };
	const [own] = await db
		.select({ id: person.id })
		.from(person)
		.where(eq(person.userId, user.id))
		.limit(1);
	const factionIds = own ? ((await currentFactionIds([own.id])).get(own.id) ?? []) : [];
	const factions = await describeFactions(factionIds);
	const sitsInLandtag = factions.some((faction) => faction.landtag);
	const role = effectiveRole(user);
	const isLandtagFaction =
		(role === 'board' && !needsTwoFactorSetup(user)) ||
		(role === 'faction_admin' && can(user, 'faction.manage') && sitsInLandtag);
	return {
		user,
		isLandtagFaction,
		municipalFactions: factions
			.filter((faction) => !faction.landtag)
			.map(({ id, label }) => ({ id, label }))
	};
}

/** The council a faction sits in (its parent organization), for labels such as "… (Kreistag X)". */
export const councilOfFaction = alias(organization, 'council');

async function describeFactions(
	ids: readonly string[]
): Promise<Array<FactionChoice & { landtag: boolean }>> {
	if (ids.length === 0) return [];
	const rows = await db
		.select({
			id: organization.id,
			name: organization.name,
			councilName: councilOfFaction.name,
			classification: councilOfFaction.classification
		})
		.from(organization)
		.leftJoin(councilOfFaction, eq(councilOfFaction.id, organization.parentId))
		.where(and(inArray(organization.id, [...ids]), eq(organization.organizationType, 'faction')))
		.orderBy(organization.name);
	return rows.map((row) => ({
		id: row.id,
		label: row.councilName ? `${row.name} (${row.councilName})` : row.name,
		landtag: row.classification === LANDTAG_CLASSIFICATION
	}));
}

/** For services of the Landtag faction: throws unless the actor belongs to it. */
export async function requireLandtagFaction(user: SessionUser | null): Promise<LandtagActor> {
	assertCan(user, 'faction.manage');
	const actor = await loadLandtagActor(user);
	if (!actor.isLandtagFaction) throw new AccessDeniedError('faction.manage');
	return actor;
}

/** For services where a member acts for one of their municipal factions. */
export function assertActsFor(actor: LandtagActor, factionId: string, field = 'factionId'): string {
	const faction = actor.municipalFactions.find((entry) => entry.id === factionId);
	if (!faction)
		throw new LandtagError('Sie können nur für eine Fraktion handeln, der Sie angehören.', field);
	return faction.label;
}
