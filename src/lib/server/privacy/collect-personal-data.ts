import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { auditActionLabel } from '../audit/action-labels';
import { recordAudit } from '../audit/record-audit';
import { auditLog } from '../audit/schema';
import { assertCan } from '../auth/policy';
import { account, invitation, session, user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { exportSavedSearches, type SavedSearchData } from '../alerts/personal-data';
import { exportApiTokens, type ApiTokenData } from '../api-tokens/personal-data';
import { exportDiscussionData, type DiscussionData } from '../discussions/personal-data';
import { exportEventRegistrations, type EventRegistrationData } from '../events/personal-data';
import { exportCalendarFeed, type CalendarFeedData } from '../events/calendar/personal-data';
import { exportJoinRequests, type JoinRequestData } from '../join/personal-data';
import { exportLandtagData, type LandtagData } from '../landtag/personal-data';
import { mailMessage } from '../mail/schema';
import { exportMotionData, type MotionData } from '../motions/personal-data';
import { exportNewsletterData, type NewsletterData } from '../newsletter/personal-data';
import { exportCouncilFollows, type CouncilFollowData } from '../oparl/follow/personal-data';
import { collectDirectoryData, type ExportedDirectoryData } from './collect-directory-data';

/**
 * Everything the platform stores about one account, as the person may download it (GDPR Art. 15
 * and 20). Secrets stay out: password hashes, session tokens, two-factor secrets and backup codes
 * would turn a downloaded file into a key to the account.
 */
export interface PersonalDataExport extends ExportedDirectoryData {
	format: 'kommunalnetz-personal-data';
	version: 1;
	exportedAt: Date;
	account: {
		id: string;
		name: string;
		email: string;
		emailVerified: boolean;
		role: string;
		twoFactorEnabled: boolean;
		deactivatedAt: Date | null;
		accessExpiresAt: Date | null;
		createdAt: Date;
		updatedAt: Date;
	};
	/** How the person signs in (`credential` = e-mail and password), without the hash. */
	signInMethods: { providerId: string; createdAt: Date; updatedAt: Date }[];
	/** The invitation that brought the person in, if the account came from one. */
	invitation: {
		email: string;
		role: string;
		createdAt: Date;
		acceptedAt: Date | null;
	} | null;
	sessions: {
		id: string;
		createdAt: Date;
		lastActiveAt: Date;
		expiresAt: Date;
		ipAddress: string | null;
		userAgent: string | null;
	}[];
	auditEntries: {
		at: Date;
		action: string;
		actionLabel: string;
		actor: string | null;
		byYou: boolean;
		targetType: string | null;
		targetId: string | null;
		targetLabel: string | null;
		details: Record<string, unknown> | null;
		ip: string | null;
	}[];
	mails: {
		createdAt: Date;
		sentAt: Date | null;
		to: string;
		subject: string;
		category: string;
		status: string;
		text: string;
	}[];
	/** Registrations for events and trainings (also waiting and cancelled ones). */
	eventRegistrations: EventRegistrationData[];
	/** Topic groups, threads, posts, subscriptions and notifications. */
	discussions: DiscussionData;
	/** Saved searches and their alert settings (without the secret feed address). */
	savedSearches: SavedSearchData[];
	/** Personal API tokens: names and dates, never the token or its hash. */
	apiTokens: ApiTokenData[];
	/** Motions the person wrote and their comments and experience reports. */
	motions: MotionData;
	/** Landtag initiatives posted, answers written for a faction, topics proposed. */
	landtag: LandtagData;
	/** Rundbriefe: whether the person receives them, and which were addressed to them. */
	newsletters: NewsletterData;
	/** "Mitmachen" requests that led to the account or came from its address. */
	joinRequests: JoinRequestData[];
	/** The personal calendar address, if there is one (without the address, which is a key). */
	calendarFeed: CalendarFeedData | null;
	/** Ratsinfo: councils and Gremien followed, and the meetings briefed. */
	councilFollows: CouncilFollowData;
}

/**
 * Audit entries the person made and those about them: their account, and their person in the
 * directory (changes by others to their profile are logged against the person).
 */
function auditCondition(userId: string, personId: string | null): SQL {
	const aboutAccount = and(eq(auditLog.targetType, 'user'), eq(auditLog.targetId, userId));
	const conditions: (SQL | undefined)[] = [eq(auditLog.actorUserId, userId), aboutAccount];
	if (personId)
		conditions.push(and(eq(auditLog.targetType, 'person'), eq(auditLog.targetId, personId)));
	return or(...conditions)!;
}

export async function collectPersonalData(options: {
	actor: SessionUser | null;
	ip?: string | null;
	now?: Date;
}): Promise<PersonalDataExport> {
	assertCan(options.actor, 'account.manage');
	const userId = options.actor.id;
	const [row] = await db.select().from(user).where(eq(user.id, userId));
	if (!row) throw new Error(`Konto ${userId} nicht gefunden`);

	const directory = await collectDirectoryData(userId);
	const signInMethods = await db
		.select({
			providerId: account.providerId,
			createdAt: account.createdAt,
			updatedAt: account.updatedAt
		})
		.from(account)
		.where(eq(account.userId, userId))
		.orderBy(asc(account.createdAt));
	const [accepted] = await db
		.select({
			email: invitation.email,
			role: invitation.role,
			createdAt: invitation.createdAt,
			acceptedAt: invitation.acceptedAt
		})
		.from(invitation)
		.where(eq(invitation.acceptedUserId, userId))
		.limit(1);
	const sessions = await db
		.select({
			id: session.id,
			createdAt: session.createdAt,
			lastActiveAt: session.updatedAt,
			expiresAt: session.expiresAt,
			ipAddress: session.ipAddress,
			userAgent: session.userAgent
		})
		.from(session)
		.where(eq(session.userId, userId))
		.orderBy(desc(session.updatedAt));
	const audit = await db
		.select()
		.from(auditLog)
		.where(auditCondition(userId, directory.person?.id ?? null))
		.orderBy(asc(auditLog.at));
	const mails = await db
		.select({
			createdAt: mailMessage.createdAt,
			sentAt: mailMessage.sentAt,
			to: mailMessage.toAddress,
			subject: mailMessage.subject,
			category: mailMessage.category,
			status: mailMessage.status,
			text: mailMessage.textBody
		})
		.from(mailMessage)
		.where(eq(sql`lower(${mailMessage.toAddress})`, row.email.toLowerCase()))
		.orderBy(asc(mailMessage.createdAt));

	const discussions = await exportDiscussionData(userId);
	const savedSearches = await exportSavedSearches(userId);
	const apiTokens = await exportApiTokens(userId);
	const motions = await exportMotionData(userId);
	const landtag = await exportLandtagData(userId);
	const newsletters = await exportNewsletterData(userId);
	const eventRegistrations = await exportEventRegistrations(userId);
	const joinRequests = await exportJoinRequests(userId, row.email);
	const calendarFeed = await exportCalendarFeed(userId);
	const councilFollows = await exportCouncilFollows(userId);

	// A stolen session that takes the data leaves a trace.
	await recordAudit({
		actor: options.actor,
		action: 'privacy.export',
		targetType: 'user',
		targetId: userId,
		ip: options.ip
	});

	return {
		format: 'kommunalnetz-personal-data',
		version: 1,
		exportedAt: options.now ?? new Date(),
		account: {
			id: row.id,
			name: row.name,
			email: row.email,
			emailVerified: row.emailVerified,
			role: row.role,
			twoFactorEnabled: row.twoFactorEnabled ?? false,
			deactivatedAt: row.deactivatedAt,
			accessExpiresAt: row.accessExpiresAt,
			createdAt: row.createdAt,
			updatedAt: row.updatedAt
		},
		signInMethods,
		invitation: accepted ?? null,
		...directory,
		sessions,
		auditEntries: audit.map((entry) => ({
			at: entry.at,
			action: entry.action,
			actionLabel: auditActionLabel(entry.action),
			actor: entry.actorLabel,
			byYou: entry.actorUserId === userId,
			targetType: entry.targetType,
			targetId: entry.targetId,
			targetLabel: entry.targetLabel,
			details: entry.details ?? null,
			ip: entry.ip
		})),
		mails,
		discussions,
		savedSearches,
		apiTokens,
		motions,
		landtag,
		newsletters,
		eventRegistrations,
		joinRequests,
		calendarFeed,
		councilFollows
	};
}
