import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { JoinRequestStatus, JoinRole, MunicipalActivity } from '../../shared/join';
import { assertCan } from '../auth/policy';
import { invitation, user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { topic } from '../directory/schema';
import { territorialUnit } from '../territory/schema';
import { JoinRequestNotFoundError } from './errors';
import { joinRequest } from './schema';
import { isUuid } from '../directory/is-uuid';

export interface JoinRequestDetail {
	id: string;
	name: string;
	email: string;
	districtAgs: string;
	districtName: string;
	partyBranch: string;
	activity: MunicipalActivity;
	activityWhere: string;
	topics: string[];
	message: string;
	privacyVersion: string;
	privacyUpdatedAt: Date | null;
	status: JoinRequestStatus;
	createdAt: Date;
	confirmedAt: Date | null;
	decidedAt: Date | null;
	decidedBy: string | null;
	acceptedRole: JoinRole | null;
	/** Accepted: whether the invitation has turned into an account yet. */
	invitation: { acceptedAt: Date | null; expiresAt: Date; revokedAt: Date | null } | null;
	notes: string;
}

/** One confirmed request for the board; unconfirmed ones do not exist for anybody yet. */
export async function getJoinRequest(options: {
	actor: SessionUser | null;
	id: string;
}): Promise<JoinRequestDetail> {
	assertCan(options.actor, 'join.manage');
	if (!isUuid(options.id)) throw new JoinRequestNotFoundError();
	const [row] = await db
		.select({
			request: joinRequest,
			districtName: territorialUnit.name,
			decidedBy: user.name,
			// Drizzle decides from the first column whether a left-joined object is null:
			// a never-null one first.
			invitation: {
				expiresAt: invitation.expiresAt,
				acceptedAt: invitation.acceptedAt,
				revokedAt: invitation.revokedAt
			}
		})
		.from(joinRequest)
		.leftJoin(territorialUnit, eq(territorialUnit.ags, joinRequest.districtAgs))
		.leftJoin(user, eq(user.id, joinRequest.decidedByUserId))
		.leftJoin(invitation, eq(invitation.id, joinRequest.invitationId))
		.where(and(eq(joinRequest.id, options.id), ne(joinRequest.status, 'unconfirmed')));
	if (!row) throw new JoinRequestNotFoundError();
	const request = row.request;
	const topics = request.topicIds.length
		? await db
				.select({ name: topic.name })
				.from(topic)
				.where(inArray(topic.id, request.topicIds))
				.orderBy(asc(topic.sortOrder), asc(topic.name))
		: [];
	return {
		id: request.id,
		name: request.name,
		email: request.email,
		districtAgs: request.districtAgs,
		districtName: row.districtName ?? request.districtAgs,
		partyBranch: request.partyBranch,
		activity: request.activity,
		activityWhere: request.activityWhere,
		topics: topics.map((entry) => entry.name),
		message: request.message,
		privacyVersion: request.privacyVersion,
		privacyUpdatedAt: request.privacyUpdatedAt,
		status: request.status,
		createdAt: request.createdAt,
		confirmedAt: request.confirmedAt,
		decidedAt: request.decidedAt,
		decidedBy: row.decidedBy,
		acceptedRole: request.acceptedRole,
		invitation: row.invitation,
		notes: request.notes
	};
}
