import { eq } from 'drizzle-orm';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { membership, person } from '../directory/schema';
import { isElectedMandate } from '../directory/visibility';
import { organization } from '../territory/schema';
import { isLastActiveBoardAccount } from './last-board';

export interface DeletionPreview {
	/** The only active board account cannot be deleted. */
	lastBoard: boolean;
	/** The account has a person in the directory. */
	hasPerson: boolean;
	/** Deleting leaves the public record of elected mandates (see erasePerson). */
	keepsPublicRecord: boolean;
}

/** What deleting the actor's account would do, so the page can warn precisely. */
export async function previewDeletion(options: {
	actor: SessionUser | null;
}): Promise<DeletionPreview> {
	assertCan(options.actor, 'account.manage');
	const rows = await db
		.select({ role: membership.role, organizationType: organization.organizationType })
		.from(person)
		.leftJoin(membership, eq(membership.personId, person.id))
		.leftJoin(organization, eq(organization.id, membership.organizationId))
		.where(eq(person.userId, options.actor.id));
	return {
		lastBoard: await isLastActiveBoardAccount(options.actor.id),
		hasPerson: rows.length > 0,
		keepsPublicRecord: rows.some(
			(row) =>
				row.role !== null &&
				row.organizationType !== null &&
				isElectedMandate({ role: row.role, organizationType: row.organizationType })
		)
	};
}
