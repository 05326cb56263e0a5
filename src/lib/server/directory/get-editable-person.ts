import { asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { berlinToday } from '../../shared/berlin-time';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { body, organization } from '../territory/schema';
import { assertManagesPerson, type DirectoryEditor, type PersonScope } from './person-access';
import { membership, person, personTopic, topic } from './schema';

const faction = alias(organization, 'faction');

export interface EditableMembership {
	id: string;
	organizationId: string;
	organizationName: string;
	organizationType: 'council' | 'committee' | 'faction' | 'party' | 'other';
	bodyId: string;
	bodyName: string;
	role: (typeof membership.$inferSelect)['role'];
	onBehalfOfId: string | null;
	onBehalfOfName: string | null;
	topicId: string | null;
	topicName: string | null;
	startDate: string | null;
	endDate: string | null;
	current: boolean;
	/** Whether this editor may change it (faction admins: only inside their scope). */
	editable: boolean;
}

/**
 * Everything of one person that its editor may change, unprojected: whoever may edit a person
 * also sees all of it (visibility.ts gives them the board's audience). Throws unless the actor
 * may manage the person.
 */
export async function getEditablePerson(options: {
	actor: SessionUser | null;
	personId: string;
	/** Only for those who may also change the person's mandates (not the person themselves). */
	mandates?: boolean;
}) {
	const { editor, scope } = await assertManagesPerson(options.actor, options.personId, {
		mandates: options.mandates
	});
	const [row] = await db.select().from(person).where(eq(person.id, options.personId));
	const topics = await db
		.select({ id: topic.id, archived: sql<boolean>`${topic.archivedAt} is not null` })
		.from(personTopic)
		.innerJoin(topic, eq(topic.id, personTopic.topicId))
		.where(eq(personTopic.personId, options.personId));
	return {
		editor,
		scope,
		person: row!,
		topicIds: topics.filter((t) => !t.archived).map((t) => t.id),
		archivedTopicIds: topics.filter((t) => t.archived).map((t) => t.id),
		memberships: await editableMemberships(editor, scope, options.personId)
	};
}

async function editableMemberships(
	editor: DirectoryEditor,
	scope: PersonScope,
	personId: string
): Promise<EditableMembership[]> {
	const rows = await db
		.select({
			id: membership.id,
			organizationId: membership.organizationId,
			organizationName: organization.name,
			organizationType: organization.organizationType,
			bodyId: organization.bodyId,
			bodyName: body.name,
			role: membership.role,
			onBehalfOfId: membership.onBehalfOfId,
			onBehalfOfName: faction.name,
			topicId: membership.topicId,
			topicName: topic.name,
			startDate: membership.startDate,
			endDate: membership.endDate
		})
		.from(membership)
		.innerJoin(organization, eq(organization.id, membership.organizationId))
		.innerJoin(body, eq(body.id, organization.bodyId))
		.leftJoin(faction, eq(faction.id, membership.onBehalfOfId))
		.leftJoin(topic, eq(topic.id, membership.topicId))
		.where(eq(membership.personId, personId))
		.orderBy(
			sql`${membership.endDate} is not null`,
			desc(membership.startDate),
			asc(organization.name)
		);
	const today = berlinToday();
	return rows.map((row) => ({
		...row,
		current:
			(row.startDate === null || row.startDate <= today) &&
			(row.endDate === null || row.endDate >= today),
		editable: scope === 'board' || (scope === 'faction' && inFactionScope(editor, row))
	}));
}

/** Mirrors assertMembershipTarget for faction admins, to show only the controls that will work. */
function inFactionScope(
	editor: DirectoryEditor,
	row: {
		bodyId: string;
		organizationId: string;
		organizationType: string;
		onBehalfOfId: string | null;
	}
): boolean {
	if (!editor.bodyIds.has(row.bodyId)) return false;
	if (row.organizationType === 'faction' && !editor.factionIds.has(row.organizationId))
		return false;
	return row.onBehalfOfId === null || editor.factionIds.has(row.onBehalfOfId);
}
