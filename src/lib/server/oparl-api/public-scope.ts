import { and, ne, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { membership, person } from '../directory/schema';
import { publicRecordCondition } from '../directory/visibility';

/**
 * What the API may show is what an anonymous visitor of the site sees; these conditions restate
 * the directory's visibility rules (directory/visibility.ts) for the API's queries.
 *
 * People: only the public record, holders of an elected council seat (now or earlier).
 */
export function publicPersonCondition(personId: AnyPgColumn): SQL {
	return publicRecordCondition(personId);
}

/**
 * Memberships: those of public people, except seats as sachkundige Einwohner*in (not from an
 * election; `showsMembership` hides them from the public).
 */
export function publicMembershipCondition(): SQL {
	// Through `person`: publicRecordCondition queries `membership` itself, and given
	// membership.personId directly its inner table would shadow ours and the test would always hold.
	const publicPerson = sql`${membership.personId} in (select ${person.id} from ${person} where ${publicRecordCondition(person.id)})`;
	return and(publicPerson, ne(membership.role, 'expert_citizen'))!;
}
