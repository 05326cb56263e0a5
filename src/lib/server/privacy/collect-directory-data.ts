import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FieldVisibility, MembershipRole } from '$lib/shared/directory';
import { db } from '../db';
import { membership, person, personTopic, topic } from '../directory/schema';
import { body, organization } from '../territory/schema';

/** The person row of the export: every field with the visibility its owner chose. */
export interface ExportedPerson {
	id: string;
	givenName: string;
	familyName: string;
	/** null means the party of this network. */
	party: string | null;
	email: string | null;
	emailVisibility: FieldVisibility;
	phone: string | null;
	phoneVisibility: FieldVisibility;
	biography: string | null;
	biographyVisibility: FieldVisibility;
	topicsVisibility: FieldVisibility;
	recordOnlySince: Date | null;
	createdAt: Date;
	modifiedAt: Date;
}

export interface ExportedMembership {
	id: string;
	organization: { id: string; name: string; type: string; body: string };
	role: MembershipRole;
	/** The faction a seat is held for. */
	onBehalfOf: { id: string; name: string } | null;
	/** The topic of a spokesperson. */
	topic: string | null;
	votingRight: boolean;
	startDate: string | null;
	endDate: string | null;
}

export interface ExportedDirectoryData {
	person: ExportedPerson | null;
	memberships: ExportedMembership[];
	topics: { id: string; name: string }[];
}

/** The account's person in the directory (if it has one) with memberships and topics. */
export async function collectDirectoryData(userId: string): Promise<ExportedDirectoryData> {
	const [own] = await db
		.select({
			id: person.id,
			givenName: person.givenName,
			familyName: person.familyName,
			party: person.party,
			email: person.email,
			emailVisibility: person.emailVisibility,
			phone: person.phone,
			phoneVisibility: person.phoneVisibility,
			biography: person.biography,
			biographyVisibility: person.biographyVisibility,
			topicsVisibility: person.topicsVisibility,
			recordOnlySince: person.recordOnlySince,
			createdAt: person.createdAt,
			modifiedAt: person.modifiedAt
		})
		.from(person)
		.where(eq(person.userId, userId));
	if (!own) return { person: null, memberships: [], topics: [] };

	const faction = alias(organization, 'faction');
	const memberships = await db
		.select({
			id: membership.id,
			organizationId: organization.id,
			organizationName: organization.name,
			organizationType: organization.organizationType,
			bodyName: body.name,
			role: membership.role,
			factionId: faction.id,
			factionName: faction.name,
			topic: topic.name,
			votingRight: membership.votingRight,
			startDate: membership.startDate,
			endDate: membership.endDate
		})
		.from(membership)
		.innerJoin(organization, eq(organization.id, membership.organizationId))
		.innerJoin(body, eq(body.id, organization.bodyId))
		.leftJoin(faction, eq(faction.id, membership.onBehalfOfId))
		.leftJoin(topic, eq(topic.id, membership.topicId))
		.where(eq(membership.personId, own.id))
		.orderBy(asc(membership.startDate), asc(organization.name));

	const topics = await db
		.select({ id: topic.id, name: topic.name })
		.from(personTopic)
		.innerJoin(topic, eq(topic.id, personTopic.topicId))
		.where(eq(personTopic.personId, own.id))
		.orderBy(asc(topic.sortOrder), asc(topic.name));

	return {
		person: own,
		memberships: memberships.map((row) => ({
			id: row.id,
			organization: {
				id: row.organizationId,
				name: row.organizationName,
				type: row.organizationType,
				body: row.bodyName
			},
			role: row.role,
			onBehalfOf: row.factionId ? { id: row.factionId, name: row.factionName! } : null,
			topic: row.topic,
			votingRight: row.votingRight,
			startDate: row.startDate,
			endDate: row.endDate
		})),
		topics
	};
}
