import { inArray, or, sql } from 'drizzle-orm';
import type { FieldVisibility, MembershipRole } from '../../shared/directory';
import type { Transaction } from '../db';
import { membership, person, personTopic } from '../directory/schema';
import { organization } from '../territory/schema';
import type { ParsedRow } from './parse-row';

export interface ExistingMembership {
	id: string;
	organizationId: string;
	bodyId: string;
	role: MembershipRole;
	onBehalfOfId: string | null;
	topicId: string | null;
	startDate: string | null;
	endDate: string | null;
}

export interface ExistingPerson {
	id: string;
	givenName: string;
	familyName: string;
	email: string | null;
	phone: string | null;
	emailVisibility: FieldVisibility;
	phoneVisibility: FieldVisibility;
	topicIds: Set<string>;
	memberships: ExistingMembership[];
	/** The person deleted their account: only the public record of elected mandates may remain. */
	recordOnly: boolean;
}

const fullNameKey = (given: string, family: string) => `${given} ${family}`.toLowerCase();

/**
 * The people the file may mean: everyone with one of its addresses or names, with their topics
 * and memberships. Three queries, whatever the file's length.
 */
export class ExistingPeople {
	private readonly byEmail = new Map<string, ExistingPerson>();
	private readonly byName = new Map<string, ExistingPerson[]>();

	private constructor(people: ExistingPerson[]) {
		for (const p of people) {
			if (p.email) this.byEmail.set(p.email.toLowerCase(), p);
			const key = fullNameKey(p.givenName, p.familyName);
			this.byName.set(key, [...(this.byName.get(key) ?? []), p]);
		}
	}

	static async load(tx: Transaction, rows: readonly ParsedRow[]): Promise<ExistingPeople> {
		const emails = [...new Set(rows.flatMap((r) => (r.email ? [r.email] : [])))];
		const names = [...new Set(rows.map((r) => fullNameKey(r.givenName, r.familyName)))];
		if (rows.length === 0) return new ExistingPeople([]);
		const conditions = [
			...(emails.length > 0 ? [inArray(sql`lower(${person.email})`, emails)] : []),
			inArray(sql`lower(${person.fullName})`, names)
		];
		const people = await tx
			.select({
				id: person.id,
				givenName: person.givenName,
				familyName: person.familyName,
				email: person.email,
				phone: person.phone,
				emailVisibility: person.emailVisibility,
				phoneVisibility: person.phoneVisibility,
				recordOnlySince: person.recordOnlySince
			})
			.from(person)
			.where(or(...conditions));
		const ids = people.map((p) => p.id);
		const [topics, memberships] =
			ids.length === 0
				? [[], []]
				: await Promise.all([
						tx.select().from(personTopic).where(inArray(personTopic.personId, ids)),
						tx
							.select({
								id: membership.id,
								personId: membership.personId,
								organizationId: membership.organizationId,
								bodyId: organization.bodyId,
								role: membership.role,
								onBehalfOfId: membership.onBehalfOfId,
								topicId: membership.topicId,
								startDate: membership.startDate,
								endDate: membership.endDate
							})
							.from(membership)
							.innerJoin(organization, sql`${organization.id} = ${membership.organizationId}`)
							.where(inArray(membership.personId, ids))
					]);
		return new ExistingPeople(
			people.map(({ recordOnlySince, ...p }) => ({
				...p,
				recordOnly: recordOnlySince !== null,
				topicIds: new Set(topics.filter((t) => t.personId === p.id).map((t) => t.topicId)),
				memberships: memberships.filter((m) => m.personId === p.id)
			}))
		);
	}

	/**
	 * The person a row means: by address, else by name among the people with a membership in the
	 * row's body. Several of that name there: ambiguous, the row needs an address.
	 */
	match(
		row: ParsedRow
	): { person: ExistingPerson | null; ambiguous: false } | { person: null; ambiguous: true } {
		if (row.email) {
			const found = this.byEmail.get(row.email);
			if (found) return { person: found, ambiguous: false };
		}
		const bodyId = row.mandate?.body.id;
		if (!bodyId) return { person: null, ambiguous: false };
		const sameName = (this.byName.get(fullNameKey(row.givenName, row.familyName)) ?? []).filter(
			(p) => p.memberships.some((m) => m.bodyId === bodyId)
		);
		if (sameName.length > 1) return { person: null, ambiguous: true };
		return { person: sameName[0] ?? null, ambiguous: false };
	}
}
