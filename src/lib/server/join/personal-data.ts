import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import { invitation } from '../auth/schema';
import { db } from '../db';
import { topic } from '../directory/schema';
import { joinRequest } from './schema';

export interface JoinRequestData {
	name: string;
	email: string;
	districtAgs: string;
	partyBranch: string;
	activity: string;
	activityWhere: string;
	topics: string[];
	message: string;
	privacyVersion: string;
	status: string;
	createdAt: Date;
	confirmedAt: Date | null;
	decidedAt: Date | null;
	acceptedRole: string | null;
	/** The board's notes are data about the person, too (GDPR Art. 15). */
	notes: string;
}

/**
 * A person's join requests: the one whose invitation became their account, and any sent from the
 * address the account has now (the account's address is confirmed, so the requests are theirs).
 */
function ofAccount(userId: string, email: string) {
	return or(
		inArray(
			joinRequest.invitationId,
			db.select({ id: invitation.id }).from(invitation).where(eq(invitation.acceptedUserId, userId))
		),
		eq(joinRequest.email, email.toLowerCase())
	)!;
}

export async function exportJoinRequests(
	userId: string,
	email: string
): Promise<JoinRequestData[]> {
	const rows = await db
		.select()
		.from(joinRequest)
		.where(ofAccount(userId, email))
		.orderBy(asc(joinRequest.createdAt));
	const topicIds = [...new Set(rows.flatMap((row) => row.topicIds))];
	const names = new Map(
		topicIds.length
			? (
					await db
						.select({ id: topic.id, name: topic.name })
						.from(topic)
						.where(inArray(sql`${topic.id}::text`, topicIds))
				).map((row) => [row.id, row.name])
			: []
	);
	return rows.map((row) => ({
		name: row.name,
		email: row.email,
		districtAgs: row.districtAgs,
		partyBranch: row.partyBranch,
		activity: row.activity,
		activityWhere: row.activityWhere,
		topics: row.topicIds.map((id) => names.get(id)).filter((name): name is string => !!name),
		message: row.message,
		privacyVersion: row.privacyVersion,
		status: row.status,
		createdAt: row.createdAt,
		confirmedAt: row.confirmedAt,
		decidedAt: row.decidedAt,
		acceptedRole: row.acceptedRole,
		notes: row.notes
	}));
}

/** Deleting the account deletes its join requests (in the caller's transaction). */
export async function eraseJoinRequests(
	userId: string,
	email: string,
	executor: Pick<typeof db, 'delete'> = db
): Promise<void> {
	await executor.delete(joinRequest).where(ofAccount(userId, email));
}
