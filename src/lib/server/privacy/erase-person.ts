import { and, eq, notInArray } from 'drizzle-orm';
import type { Transaction } from '../db';
import { membership, person, personTopic } from '../directory/schema';
import { isElectedMandate } from '../directory/visibility';
import { organization } from '../territory/schema';

/**
 * What became of the account's person: none linked, removed, or reduced to the public record of
 * an elected mandate.
 */
export type PersonOutcome =
	| { kind: 'none' }
	| { kind: 'deleted'; personId: string }
	| { kind: 'public_record'; personId: string };

/**
 * Inside the deletion's transaction: takes the account's person out of the directory. Someone who
 * holds or held an elected council seat stays as public record (DESIGN.md: name, party, mandate,
 * body and faction of an elected mandate holder are public) — the seats with their faction and
 * dates, nothing else. Everyone else disappears with all memberships and topics.
 */
export async function erasePerson(
	tx: Transaction,
	userId: string,
	now: Date
): Promise<PersonOutcome> {
	const [own] = await tx
		.select({ id: person.id })
		.from(person)
		.where(eq(person.userId, userId))
		.for('update');
	if (!own) return { kind: 'none' };

	const memberships = await tx
		.select({
			id: membership.id,
			role: membership.role,
			organizationType: organization.organizationType
		})
		.from(membership)
		.innerJoin(organization, eq(organization.id, membership.organizationId))
		.where(eq(membership.personId, own.id));
	const electedIds = memberships.filter(isElectedMandate).map((row) => row.id);

	if (electedIds.length === 0) {
		// Memberships and topics go with the row (ON DELETE CASCADE).
		await tx.delete(person).where(eq(person.id, own.id));
		return { kind: 'deleted', personId: own.id };
	}

	await tx
		.delete(membership)
		.where(and(eq(membership.personId, own.id), notInArray(membership.id, electedIds)));
	// A seat is public record; a spokesperson topic on it is not.
	await tx
		.update(membership)
		.set({ topicId: null, modifiedAt: now })
		.where(eq(membership.personId, own.id));
	await tx.delete(personTopic).where(eq(personTopic.personId, own.id));
	await tx
		.update(person)
		.set({
			userId: null,
			email: null,
			phone: null,
			biography: null,
			// Nothing is left to show; should a field ever be filled again, it starts hidden.
			emailVisibility: 'board',
			phoneVisibility: 'board',
			biographyVisibility: 'board',
			topicsVisibility: 'board',
			recordOnlySince: now,
			modifiedAt: now
		})
		.where(eq(person.id, own.id));
	return { kind: 'public_record', personId: own.id };
}
