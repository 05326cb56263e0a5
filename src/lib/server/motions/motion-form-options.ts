import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { user as userTable } from '../auth/schema';
import { db } from '../db';
import { currentMembershipCondition } from '../directory/visibility';
import { membership, person, topic } from '../directory/schema';
import { body, organization, territorialUnit } from '../territory/schema';
import type { MotionViewer } from './visibility';

/**
 * What the motion form offers: topics, the councils of the Land (Gemeinden grouped by Kreis), the
 * factions the editor may file for, and on editing the accounts that may be named authors. The
 * services check the same again; this only keeps the choices honest.
 */
export interface ChoiceGroup {
	label: string;
	options: { value: string; label: string }[];
}

export interface MotionFormOptions {
	topics: { id: string; name: string }[];
	councils: ChoiceGroup[];
	factions: { value: string; label: string }[];
	authors: { value: string; label: string }[];
}

export async function motionFormOptions(
	viewer: MotionViewer,
	current: { topicIds: string[]; factionId: string | null; authorIds: string[] } = {
		topicIds: [],
		factionId: null,
		authorIds: []
	}
): Promise<MotionFormOptions> {
	const [topics, councils, factions, authors] = await Promise.all([
		db
			.select({ id: topic.id, name: topic.name })
			.from(topic)
			.where(
				current.topicIds.length > 0
					? or(isNull(topic.archivedAt), inArray(topic.id, current.topicIds))
					: isNull(topic.archivedAt)
			)
			.orderBy(asc(topic.sortOrder), asc(topic.name)),
		councilGroups(),
		factionChoices(viewer, current.factionId),
		current.factionId || current.authorIds.length > 0
			? authorChoices(current.factionId, current.authorIds)
			: []
	]);
	return { topics, councils, factions, authors };
}

const parentUnit = alias(territorialUnit, 'parent_unit');

async function councilGroups(): Promise<ChoiceGroup[]> {
	const rows = await db
		.select({
			id: organization.id,
			name: organization.name,
			kind: territorialUnit.kind,
			parentName: parentUnit.name
		})
		.from(organization)
		.innerJoin(body, eq(body.id, organization.bodyId))
		.leftJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.leftJoin(parentUnit, eq(parentUnit.id, territorialUnit.parentId))
		.where(eq(organization.organizationType, 'council'))
		.orderBy(asc(organization.name));
	const top: ChoiceGroup = { label: 'Land, Kreise und kreisfreie Städte', options: [] };
	const byKreis = new Map<string, ChoiceGroup>();
	for (const row of rows) {
		const option = { value: row.id, label: row.name };
		if ((row.kind === 'gemeinde' || row.kind === 'amt') && row.parentName) {
			const label = `Gemeinden im ${row.parentName}`;
			if (!byKreis.has(label)) byKreis.set(label, { label, options: [] });
			byKreis.get(label)!.options.push(option);
		} else {
			top.options.push(option);
		}
	}
	const groups = [...byKreis.values()].sort((a, b) => a.label.localeCompare(b.label, 'de'));
	return [top, ...groups].filter((group) => group.options.length > 0);
}

/** The board files for any faction; everyone else for the factions they sit in. */
async function factionChoices(
	viewer: MotionViewer,
	currentFactionId: string | null
): Promise<{ value: string; label: string }[]> {
	const council = alias(organization, 'council');
	const allowed = [...viewer.factionIds, ...(currentFactionId ? [currentFactionId] : [])];
	if (viewer.role !== 'board' && allowed.length === 0) return [];
	const rows = await db
		.select({ id: organization.id, name: organization.name, councilName: council.name })
		.from(organization)
		.leftJoin(council, eq(council.id, organization.parentId))
		.where(
			and(
				eq(organization.organizationType, 'faction'),
				viewer.role === 'board' ? undefined : inArray(organization.id, allowed)
			)
		)
		.orderBy(asc(council.name), asc(organization.name));
	return rows.map((row) => ({
		value: row.id,
		label: row.councilName ? `${row.name} (${row.councilName})` : row.name
	}));
}

/** The current authors and the accounts of the people who sit in the motion's faction today. */
async function authorChoices(
	factionId: string | null,
	authorIds: string[]
): Promise<{ value: string; label: string }[]> {
	const members = factionId
		? await db
				.select({ userId: person.userId })
				.from(membership)
				.innerJoin(person, eq(person.id, membership.personId))
				.where(
					and(
						or(eq(membership.organizationId, factionId), eq(membership.onBehalfOfId, factionId)),
						currentMembershipCondition()
					)
				)
		: [];
	const ids = [
		...new Set([...authorIds, ...members.map((row) => row.userId).filter((id) => id !== null)])
	];
	if (ids.length === 0) return [];
	const rows = await db
		.select({ id: userTable.id, accountName: userTable.name, fullName: person.fullName })
		.from(userTable)
		.leftJoin(person, eq(person.userId, userTable.id))
		.where(inArray(userTable.id, ids));
	return rows
		.map((row) => ({ value: row.id, label: row.fullName ?? row.accountName }))
		.sort((a, b) => a.label.localeCompare(b.label, 'de'));
}
