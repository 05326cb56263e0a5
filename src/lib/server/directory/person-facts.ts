import { asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { MembershipRole } from '$lib/shared/directory';
import type { AreaRef, OrganizationRef, TopicRef } from '$lib/shared/directory-views';
import { db } from '../db';
import { body, organization, territorialUnit } from '../territory/schema';
import { membership, personTopic, topic } from './schema';

/**
 * Everything stored about people's memberships and topics, loaded in bulk for a page of people.
 * Raw facts only: what a viewer gets to see is decided in person-view.ts.
 */
export interface MembershipFact {
	id: string;
	personId: string;
	role: MembershipRole;
	organization: OrganizationRef;
	/** The council a committee or faction belongs to. */
	council: { id: string; name: string } | null;
	onBehalfOf: { id: string; name: string } | null;
	topic: { id: string; name: string } | null;
	area: AreaRef | null;
	startDate: string | null;
	endDate: string | null;
}

export type { TopicRef };

const parent = alias(organization, 'parent_organization');
const faction = alias(organization, 'on_behalf_of_organization');

export async function loadMembershipFacts(
	personIds: readonly string[]
): Promise<Map<string, MembershipFact[]>> {
	const result = new Map<string, MembershipFact[]>(personIds.map((id) => [id, []]));
	if (personIds.length === 0) return result;
	const rows = await db
		.select({
			id: membership.id,
			personId: membership.personId,
			role: membership.role,
			startDate: membership.startDate,
			endDate: membership.endDate,
			organizationId: organization.id,
			organizationName: organization.name,
			organizationType: organization.organizationType,
			classification: organization.classification,
			partners: organization.partners,
			councilId: parent.id,
			councilName: parent.name,
			factionId: faction.id,
			factionName: faction.name,
			topicId: topic.id,
			topicName: topic.name,
			ags: territorialUnit.ags,
			areaName: territorialUnit.name,
			areaKind: territorialUnit.kind
		})
		.from(membership)
		.innerJoin(organization, eq(organization.id, membership.organizationId))
		.innerJoin(body, eq(body.id, organization.bodyId))
		.leftJoin(territorialUnit, eq(territorialUnit.id, body.territorialUnitId))
		.leftJoin(parent, eq(parent.id, organization.parentId))
		.leftJoin(faction, eq(faction.id, membership.onBehalfOfId))
		.leftJoin(topic, eq(topic.id, membership.topicId))
		.where(inArray(membership.personId, [...personIds]))
		.orderBy(asc(membership.startDate), asc(organization.name));
	for (const row of rows) {
		result.get(row.personId)!.push({
			id: row.id,
			personId: row.personId,
			role: row.role,
			organization: {
				id: row.organizationId,
				name: row.organizationName,
				type: row.organizationType,
				classification: row.classification,
				partners: row.partners
			},
			council: row.councilId ? { id: row.councilId, name: row.councilName! } : null,
			onBehalfOf: row.factionId ? { id: row.factionId, name: row.factionName! } : null,
			topic: row.topicId ? { id: row.topicId, name: row.topicName! } : null,
			area:
				row.areaName && row.areaKind
					? { ags: row.ags, name: row.areaName, kind: row.areaKind }
					: null,
			startDate: row.startDate,
			endDate: row.endDate
		});
	}
	return result;
}

export async function loadTopics(personIds: readonly string[]): Promise<Map<string, TopicRef[]>> {
	const result = new Map<string, TopicRef[]>(personIds.map((id) => [id, []]));
	if (personIds.length === 0) return result;
	const rows = await db
		.select({ personId: personTopic.personId, id: topic.id, slug: topic.slug, name: topic.name })
		.from(personTopic)
		.innerJoin(topic, eq(topic.id, personTopic.topicId))
		.where(inArray(personTopic.personId, [...personIds]))
		.orderBy(asc(topic.sortOrder), asc(topic.name));
	for (const { personId, ...ref } of rows) result.get(personId)!.push(ref);
	return result;
}
