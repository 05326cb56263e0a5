import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { MembershipRole } from '$lib/shared/directory';
import { likePattern } from '../auth/like-pattern';
import { db } from '../db';
import { body, organization, territorialUnit } from '../territory/schema';
import { membership, person, personTopic } from './schema';
import {
	currentMembershipCondition,
	fieldShownCondition,
	seesPersonCondition,
	type DirectoryViewer
} from './visibility';

/**
 * The one query behind the directory list and the person search: which people match, in which
 * order, counted once each. Filters apply to current memberships, and all of them to the same
 * membership (a faction chair *in* Vorpommern-Greifswald, not a chair somewhere and a seat there).
 */
export interface PeopleFilters {
	/** Name, fuzzy: every word must be in the name or similar to a word of it (pg_trgm). */
	query?: string;
	/** AGS of a Land, Kreis, kreisfreie Stadt or Gemeinde: mandates there and below. */
	ags?: string;
	/** A council: seats in it, its committees and its factions. */
	councilId?: string;
	/** A faction: its members and the seats held for it. */
	factionId?: string;
	topicId?: string;
	role?: MembershipRole;
}

/** Longer queries are cut: nobody types more words of a name, and each word costs a condition. */
const MAX_WORDS = 5;

export function queryWords(query: string | undefined): string[] {
	return (query ?? '')
		.trim()
		.split(/\s+/)
		.filter((word) => word.length > 0)
		.slice(0, MAX_WORDS);
}

function nameCondition(words: readonly string[]): SQL | undefined {
	if (words.length === 0) return undefined;
	// `<%` is word similarity above pg_trgm's threshold (0.6): "Schmitt" finds "Schmidt"; ILIKE
	// keeps prefixes and short fragments ("Schm") working. Both use the trigram index.
	return and(
		...words.map((word) =>
			or(ilike(person.fullName, likePattern(word)), sql`${word} <% ${person.fullName}`)!
		)
	);
}

function membershipCondition(filters: PeopleFilters): SQL | undefined {
	const parts: SQL[] = [];
	if (filters.ags) {
		parts.push(
			sql`exists (select 1 from ${body} join ${territorialUnit} on ${territorialUnit.id} = ${body.territorialUnitId} where ${body.id} = ${organization.bodyId} and left(${territorialUnit.ags}, ${filters.ags.length}) = ${filters.ags})`
		);
	}
	if (filters.councilId)
		parts.push(
			or(eq(organization.id, filters.councilId), eq(organization.parentId, filters.councilId))!
		);
	if (filters.factionId)
		parts.push(
			or(eq(organization.id, filters.factionId), eq(membership.onBehalfOfId, filters.factionId))!
		);
	if (filters.role) parts.push(eq(membership.role, filters.role));
	if (parts.length === 0) return undefined;
	return sql`exists (select 1 from ${membership} join ${organization} on ${organization.id} = ${membership.organizationId} where ${membership.personId} = ${person.id} and ${currentMembershipCondition()} and ${and(...parts)})`;
}

function topicCondition(viewer: DirectoryViewer, topicId: string | undefined): SQL | undefined {
	if (!topicId) return undefined;
	// Topics count only where the viewer may see them; a spokesperson role for the topic is a
	// mandate, which members see anyway.
	return or(
		and(
			sql`exists (select 1 from ${personTopic} where ${personTopic.personId} = ${person.id} and ${personTopic.topicId} = ${topicId})`,
			fieldShownCondition(viewer, person.topicsVisibility, person.id)
		),
		sql`exists (select 1 from ${membership} where ${membership.personId} = ${person.id} and ${membership.topicId} = ${topicId} and ${currentMembershipCondition()})`
	);
}

function whereFor(viewer: DirectoryViewer, filters: PeopleFilters): SQL | undefined {
	return and(
		seesPersonCondition(viewer, person.id),
		nameCondition(queryWords(filters.query)),
		membershipCondition(filters),
		topicCondition(viewer, filters.topicId)
	);
}

/** Ids of one page of matching people and how many match in all. */
export async function findPeople(options: {
	viewer: DirectoryViewer;
	filters: PeopleFilters;
	limit: number;
	offset: number;
}): Promise<{ total: number; ids: string[] }> {
	const where = whereFor(options.viewer, options.filters);
	const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(person).where(where);
	if (options.limit <= 0 || options.offset >= total) return { total, ids: [] };
	const words = queryWords(options.filters.query);
	const ranking =
		words.length > 0 ? [desc(sql`word_similarity(${words.join(' ')}, ${person.fullName})`)] : [];
	const rows = await db
		.select({ id: person.id })
		.from(person)
		.where(where)
		.orderBy(...ranking, asc(person.familyName), asc(person.givenName), asc(person.id))
		.limit(options.limit)
		.offset(options.offset);
	return { total, ids: rows.map((row) => row.id) };
}
