import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { MembershipRole } from '$lib/shared/directory';
import type { PersonMatchStatus } from '$lib/shared/oparl';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { membership, person } from '../../directory/schema';
import {
	body as directoryBody,
	organization as directoryOrganization
} from '../../territory/schema';
import {
	oparlBody,
	oparlMembership,
	oparlObject,
	oparlOrganization,
	oparlPerson,
	oparlPersonMatch,
	oparlSource
} from '../schema';
import { planMembershipChanges, type MembershipChange } from './plan-membership-changes';

export const PERSON_MATCH_PAGE_SIZE = 20;

export interface ImportedMembershipView {
	organizationName: string;
	role: string | null;
	startDate: string | null;
	endDate: string | null;
}

export interface DirectoryMembershipView {
	organizationName: string;
	bodyName: string;
	role: MembershipRole;
	startDate: string | null;
	endDate: string | null;
	fromCouncilSystem: boolean;
}

export interface PersonMatchView {
	id: string;
	status: PersonMatchStatus;
	/** 0–100 for display. */
	percent: number;
	/**
	 * The directory person has never sat in the imported person's body: suggested for the name
	 * alone (a newly elected person, or one with seats elsewhere), so shown below the others.
	 */
	withoutMandate: boolean;
	decidedAt: Date | null;
	imported: {
		/** The system's display name (often with form of address and title). */
		name: string;
		bodyName: string;
		sourceName: string;
		memberships: ImportedMembershipView[];
	};
	directory: {
		id: string;
		name: string;
		party: string | null;
		memberships: DirectoryMembershipView[];
	};
	/** What confirming would change (open and rejected suggestions only). */
	changes: MembershipChange[];
}

export interface PersonMatchFilter {
	status: PersonMatchStatus;
	/** An imported body (`oparl_body.objectId`). */
	bodyId?: string | null;
	/** Part of either name. */
	query?: string | null;
	page: number;
}

async function importedMemberships(ids: string[]) {
	if (ids.length === 0) return new Map<string, ImportedMembershipView[]>();
	const rows = await db
		.select({
			parentId: oparlObject.parentId,
			personId: oparlMembership.personId,
			organizationName: oparlOrganization.name,
			role: oparlMembership.role,
			startDate: oparlMembership.startDate,
			endDate: oparlMembership.endDate
		})
		.from(oparlMembership)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlMembership.objectId))
		.leftJoin(oparlOrganization, eq(oparlOrganization.objectId, oparlMembership.organizationId))
		.where(
			and(
				eq(oparlObject.deleted, false),
				or(inArray(oparlMembership.personId, ids), inArray(oparlObject.parentId, ids))
			)
		)
		.orderBy(desc(oparlMembership.startDate));
	const byPerson = new Map<string, ImportedMembershipView[]>();
	for (const row of rows) {
		const key = row.personId ?? row.parentId!;
		const list = byPerson.get(key) ?? [];
		list.push({
			organizationName: row.organizationName ?? 'unbekanntes Gremium',
			role: row.role,
			startDate: row.startDate,
			endDate: row.endDate
		});
		byPerson.set(key, list);
	}
	return byPerson;
}

async function directoryMemberships(ids: string[]) {
	if (ids.length === 0) return new Map<string, DirectoryMembershipView[]>();
	const rows = await db
		.select({
			personId: membership.personId,
			organizationName: directoryOrganization.name,
			bodyName: directoryBody.name,
			role: membership.role,
			startDate: membership.startDate,
			endDate: membership.endDate,
			oparlId: membership.oparlId
		})
		.from(membership)
		.innerJoin(directoryOrganization, eq(directoryOrganization.id, membership.organizationId))
		.innerJoin(directoryBody, eq(directoryBody.id, directoryOrganization.bodyId))
		.where(inArray(membership.personId, ids))
		.orderBy(desc(membership.startDate));
	const byPerson = new Map<string, DirectoryMembershipView[]>();
	for (const { personId, oparlId, ...row } of rows) {
		const list = byPerson.get(personId) ?? [];
		list.push({ ...row, fromCouncilSystem: oparlId !== null });
		byPerson.set(personId, list);
	}
	return byPerson;
}

/**
 * The person matches for the board's matching page: imported and directory person side by
 * side, each with their memberships, and for undecided pairs what confirming would change.
 * Directory people appear here with mandates and party only, which the board may see anyway.
 */
export async function listPersonMatches(actor: SessionUser | null, filter: PersonMatchFilter) {
	assertCan(actor, 'oparl.manage');
	const conditions: SQL[] = [eq(oparlPersonMatch.status, filter.status)];
	if (filter.bodyId) conditions.push(eq(oparlPerson.bodyId, filter.bodyId));
	const query = filter.query?.trim();
	if (query) {
		const pattern = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
		conditions.push(or(ilike(oparlPerson.name, pattern), ilike(person.fullName, pattern))!);
	}
	const where = and(...conditions);
	const hasMandate = sql<boolean>`exists (
		select 1 from ${membership}
		join ${directoryOrganization} on ${directoryOrganization.id} = ${membership.organizationId}
		where ${membership.personId} = ${oparlPersonMatch.directoryPersonId}
			and ${directoryOrganization.bodyId} = ${oparlBody.directoryBodyId})`;
	const base = () =>
		db
			.select({
				id: oparlPersonMatch.id,
				status: oparlPersonMatch.status,
				score: oparlPersonMatch.score,
				decidedAt: oparlPersonMatch.decidedAt,
				oparlPersonId: oparlPersonMatch.oparlPersonId,
				directoryPersonId: oparlPersonMatch.directoryPersonId,
				importedName: oparlPerson.name,
				bodyName: oparlBody.name,
				sourceName: oparlSource.name,
				directoryName: person.fullName,
				party: person.party,
				hasMandate
			})
			.from(oparlPersonMatch)
			.innerJoin(oparlPerson, eq(oparlPerson.objectId, oparlPersonMatch.oparlPersonId))
			.innerJoin(oparlBody, eq(oparlBody.objectId, oparlPerson.bodyId))
			.innerJoin(oparlSource, eq(oparlSource.id, oparlBody.sourceId))
			.innerJoin(person, eq(person.id, oparlPersonMatch.directoryPersonId));
	const [{ total }] = (await db
		.select({ total: count() })
		.from(oparlPersonMatch)
		.innerJoin(oparlPerson, eq(oparlPerson.objectId, oparlPersonMatch.oparlPersonId))
		.innerJoin(person, eq(person.id, oparlPersonMatch.directoryPersonId))
		.where(where)) as [{ total: number }];
	const rows = await base()
		.where(where)
		.orderBy(
			desc(hasMandate),
			desc(oparlPersonMatch.score),
			asc(oparlPerson.name),
			asc(oparlPersonMatch.id)
		)
		.limit(PERSON_MATCH_PAGE_SIZE)
		.offset((filter.page - 1) * PERSON_MATCH_PAGE_SIZE);
	const imported = await importedMemberships(rows.map((row) => row.oparlPersonId));
	const directory = await directoryMemberships(rows.map((row) => row.directoryPersonId));
	const items: PersonMatchView[] = [];
	for (const row of rows) {
		items.push({
			id: row.id,
			status: row.status,
			percent: Math.round(row.score * 100),
			withoutMandate: !row.hasMandate,
			decidedAt: row.decidedAt,
			imported: {
				name: row.importedName,
				bodyName: row.bodyName,
				sourceName: row.sourceName,
				memberships: imported.get(row.oparlPersonId) ?? []
			},
			directory: {
				id: row.directoryPersonId,
				name: row.directoryName,
				party: row.party,
				memberships: directory.get(row.directoryPersonId) ?? []
			},
			changes:
				row.status === 'confirmed'
					? []
					: await planMembershipChanges(db, {
							oparlPersonId: row.oparlPersonId,
							directoryPersonId: row.directoryPersonId
						})
		});
	}
	return { total, items };
}

/** How many suggestions wait for a decision, per imported body (for the filter and tabs). */
export async function countOpenSuggestions(actor: SessionUser | null): Promise<number> {
	assertCan(actor, 'oparl.manage');
	const [row] = await db
		.select({ total: count() })
		.from(oparlPersonMatch)
		.where(eq(oparlPersonMatch.status, 'suggested'));
	return row?.total ?? 0;
}
