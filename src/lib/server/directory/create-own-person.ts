import { eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { DirectoryError } from './directory-error';
import { person } from './schema';

/**
 * A member without an entry in the directory creates their own, linked to their account. Their
 * contact data start empty and every field visible to members only, until they choose otherwise.
 */
export async function createOwnPerson(options: {
	actor: SessionUser | null;
	givenName: string;
	familyName: string;
}): Promise<{ id: string }> {
	assertCan(options.actor, 'network.contribute');
	const [existing] = await db
		.select({ id: person.id })
		.from(person)
		.where(eq(person.userId, options.actor.id))
		.limit(1);
	if (existing) throw new DirectoryError('profile_exists');
	const [row] = await db
		.insert(person)
		.values({
			userId: options.actor.id,
			givenName: options.givenName,
			familyName: options.familyName
		})
		.onConflictDoNothing({ target: person.userId })
		.returning({ id: person.id });
	// A second tab creating it at the same moment: the unique user link let only one through.
	if (!row) throw new DirectoryError('profile_exists');
	return { id: row.id };
}
