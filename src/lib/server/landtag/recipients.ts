import { and, eq, inArray, isNull } from 'drizzle-orm';
import { user } from '../auth/schema';
import { db } from '../db';
import { person } from '../directory/schema';
import { currentFactionIds } from '../directory/viewer';
import { organization } from '../territory/schema';
import { alias } from 'drizzle-orm/pg-core';
import { LANDTAG_CLASSIFICATION } from './access';

export interface Recipient {
	userId: string;
	email: string;
	name: string;
}

const active = isNull(user.deactivatedAt);

/** Faction admins who answer for municipal factions: they hear of every feedback request. */
export async function municipalFactionAdmins(): Promise<Recipient[]> {
	const admins = await factionAdmins();
	const landtag = await landtagSeats(admins);
	return admins.filter((admin) => !landtag.has(admin.userId));
}

/** The Landtag faction (see access.ts): the board, and faction admins of a Landtag faction. */
export async function landtagFactionRecipients(): Promise<Recipient[]> {
	const board = await db
		.select({ userId: user.id, email: user.email, name: user.name })
		.from(user)
		.where(and(eq(user.role, 'board'), active));
	const admins = await factionAdmins();
	const landtag = await landtagSeats(admins);
	return [...board, ...admins.filter((admin) => landtag.has(admin.userId))];
}

async function factionAdmins(): Promise<Array<Recipient & { personId: string | null }>> {
	return db
		.select({ userId: user.id, email: user.email, name: user.name, personId: person.id })
		.from(user)
		.leftJoin(person, eq(person.userId, user.id))
		.where(and(eq(user.role, 'faction_admin'), active));
}

const council = alias(organization, 'council');

/** The users among these who sit in a faction of the Landtag today. */
async function landtagSeats(
	people: ReadonlyArray<{ userId: string; personId: string | null }>
): Promise<Set<string>> {
	const personIds = people.flatMap((entry) => (entry.personId ? [entry.personId] : []));
	const factionsOf = await currentFactionIds(personIds);
	const allFactionIds = [...new Set([...factionsOf.values()].flat())];
	if (allFactionIds.length === 0) return new Set();
	const landtagFactions = await db
		.select({ id: organization.id })
		.from(organization)
		.innerJoin(council, eq(council.id, organization.parentId))
		.where(
			and(
				inArray(organization.id, allFactionIds),
				eq(council.classification, LANDTAG_CLASSIFICATION)
			)
		);
	const landtagIds = new Set(landtagFactions.map((row) => row.id));
	return new Set(
		people
			.filter((entry) =>
				(factionsOf.get(entry.personId ?? '') ?? []).some((id) => landtagIds.has(id))
			)
			.map((entry) => entry.userId)
	);
}
