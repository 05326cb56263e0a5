import { and, asc, eq, exists, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { db } from '../db';
import { membership, person, personTopic, topic } from '../directory/schema';
import { organization } from '../territory/schema';
import { externalList, isoTimestamp, latestOf, listConditions } from './external-list';
import type { ListParams } from './list-params';
import { withTombstones } from './tombstones';
import { publicMembershipsOf, toOparlMembership, type MembershipRow } from './oparl-membership';
import { compact, oparlBase, webUrl, type OparlJson } from './oparl-object';
import { bodyListUrl, objectUrl } from './oparl-urls';
import { publicMembershipCondition, publicPersonCondition } from './public-scope';

/** A person embeds their memberships, so those changes count as the person's. */
const personModified = latestOf(
	person.modifiedAt,
	sql`coalesce((select max(${membership.modifiedAt}) from ${membership} where ${membership.personId} = ${person.id} and ${publicMembershipCondition()}), ${person.modifiedAt})`
);

/**
 * Only what the public sees: a field is read from the database only when its visibility is
 * `public` (and never once the account was deleted and only the record of mandates remains), so
 * a private value cannot reach the serializer at all.
 */
const shownIfPublic = (value: AnyPgColumn, visibility: AnyPgColumn) =>
	sql<
		string | null
	>`case when ${visibility} = 'public' and ${person.recordOnlySince} is null then ${value} end`;

function selectPeople(where: SQL | undefined, limit: number) {
	return db
		.select({
			id: person.id,
			name: person.fullName,
			givenName: person.givenName,
			familyName: person.familyName,
			email: shownIfPublic(person.email, person.emailVisibility),
			phone: shownIfPublic(person.phone, person.phoneVisibility),
			biography: shownIfPublic(person.biography, person.biographyVisibility),
			topicsPublic: sql<boolean>`${person.topicsVisibility} = 'public' and ${person.recordOnlySince} is null`,
			created: isoTimestamp(person.createdAt),
			modified: isoTimestamp(personModified)
		})
		.from(person)
		.where(and(publicPersonCondition(person.id), where))
		.orderBy(asc(person.id))
		.limit(limit);
}
type PersonRow = Awaited<ReturnType<typeof selectPeople>>[number];

/** The body's people: the public record of those with a public membership in one of its bodies. */
export async function listOparlPeople(bodyId: string, params: ListParams) {
	const { filters, cursor } = listConditions(params, {
		id: person.id,
		created: person.createdAt,
		modified: personModified
	});
	const inBody = exists(
		db
			.select({ one: sql`1` })
			.from(membership)
			.innerJoin(organization, eq(organization.id, membership.organizationId))
			.where(
				and(
					eq(membership.personId, person.id),
					eq(organization.bodyId, bodyId),
					publicMembershipCondition()
				)
			)
	);
	const [rows, [count]] = await Promise.all([
		selectPeople(and(inBody, ...filters, cursor), params.limit + 1),
		db
			.select({ total: sql<number>`count(*)::int` })
			.from(person)
			.where(and(publicPersonCondition(person.id), inBody, ...filters))
	]);
	return externalList(
		bodyListUrl(bodyId, 'person'),
		params,
		await withTombstones({
			kind: 'person',
			bodyId,
			params,
			rows,
			total: count?.total ?? 0,
			serialize: serializePeople
		})
	);
}

export async function getOparlPerson(id: string): Promise<OparlJson | null> {
	const [row] = await selectPeople(eq(person.id, id), 1);
	return row ? ((await serializePeople([row]))[0] ?? null) : null;
}

async function serializePeople(rows: PersonRow[]): Promise<OparlJson[]> {
	if (rows.length === 0) return [];
	const ids = rows.map((row) => row.id);
	const withTopics = rows.filter((row) => row.topicsPublic).map((row) => row.id);
	const [memberships, topics] = await Promise.all([
		publicMembershipsOf(ids),
		withTopics.length === 0
			? []
			: db
					.select({ personId: personTopic.personId, name: topic.name })
					.from(personTopic)
					.innerJoin(topic, eq(topic.id, personTopic.topicId))
					.where(and(inArray(personTopic.personId, withTopics), isNull(topic.archivedAt)))
					.orderBy(asc(topic.sortOrder), asc(topic.name))
	]);
	const membershipsOf = groupBy(memberships, (row) => row.personId);
	const topicsOf = groupBy(topics, (row) => row.personId);
	return rows.map((row) =>
		toOparlPerson(
			row,
			membershipsOf.get(row.id) ?? [],
			(topicsOf.get(row.id) ?? []).map((t) => t.name)
		)
	);
}

function toOparlPerson(row: PersonRow, memberships: MembershipRow[], keywords: string[]) {
	return compact({
		...oparlBase('person', row),
		body: homeBodyId(memberships) ? objectUrl('body', homeBodyId(memberships)!) : null,
		name: row.name,
		givenName: row.givenName,
		familyName: row.familyName,
		email: row.email ? [row.email] : null,
		phone: row.phone ? [row.phone] : null,
		life: row.biography,
		keyword: keywords.length > 0 ? keywords : null,
		membership: memberships.map(toOparlMembership),
		web: webUrl(`/personen/${row.id}`)
	});
}

/** OParl gives a person one body: the one of their latest membership. */
function homeBodyId(memberships: MembershipRow[]): string | null {
	const latest = [...memberships].sort((a, b) =>
		(b.startDate ?? '').localeCompare(a.startDate ?? '')
	)[0];
	return latest?.bodyId ?? null;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
	return groups;
}
