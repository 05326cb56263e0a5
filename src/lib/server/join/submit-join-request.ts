import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { JoinFormInput } from '../../shared/join';
import { recordAudit } from '../audit/record-audit';
import { absoluteUrl } from '../auth/public-origin';
import { user } from '../auth/schema';
import { db } from '../db';
import { topic } from '../directory/schema';
import { listDistricts } from '../insights/district-of';
import { instanceConfig } from '../instance/instance-config';
import { queueMail } from '../mail/queue-mail';
import { hitRateLimit, RATE_LIMITS } from '../security/rate-limit';
import { JoinError } from './errors';
import { alreadyPendingMail, existingAccountMail } from './join-mails';
import { checkFormStamp } from './join-tokens';
import { currentPrivacyVersion } from './privacy-version';
import { joinRequest } from './schema';
import { sendConfirmationMail } from './send-confirmation-mail';

/**
 * What the sender learns is the same in every case (a mail is on its way), so the form never tells
 * whether an address has an account or a request already: only the mail to that address does.
 */
export type SubmitOutcome =
	| 'confirmation-sent'
	| 'confirmation-resent'
	| 'already-pending'
	| 'has-account'
	| 'address-limited'
	| 'honeypot';

export async function submitJoinRequest(options: {
	input: JoinFormInput;
	/** The hidden field people never see; bots fill every field. */
	honeypot: string | undefined;
	formStamp: string | undefined;
	ip: string;
	now?: Date;
}): Promise<SubmitOutcome> {
	const now = options.now ?? new Date();
	// Answered like a success: a bot that learns it was caught adapts.
	if (options.honeypot) return 'honeypot';
	const stamp = await checkFormStamp(options.formStamp, now);
	if (stamp !== 'ok') {
		throw new JoinError(
			stamp === 'too-fast'
				? 'Das ging sehr schnell. Bitte prüfen Sie Ihre Angaben und senden Sie das Formular noch einmal.'
				: 'Das Formular war zu lange geöffnet. Bitte prüfen Sie Ihre Angaben und senden Sie es noch einmal.'
		);
	}
	const perIp = await hitRateLimit(RATE_LIMITS.joinRequest, `ip:${options.ip}`, now);
	if (!perIp.allowed) throw new JoinError('rate-limited', undefined, perIp.retryAfterSeconds);

	const input = options.input;
	const districts = await listDistricts();
	if (!districts.some((district) => district.ags === input.district)) {
		throw new JoinError('Bitte Ihren Landkreis oder Ihre kreisfreie Stadt wählen.', 'district');
	}
	const topicIds = input.topics.length
		? (
				await db
					.select({ id: topic.id })
					.from(topic)
					.where(and(inArray(topic.id, input.topics), isNull(topic.archivedAt)))
			).map((row) => row.id)
		: [];

	// Quietly: a limit reached for an address must look the same as any other outcome.
	const perAddress = await hitRateLimit(RATE_LIMITS.joinRequestPerAddress, input.email, now);
	if (!perAddress.allowed) return 'address-limited';

	const networkName = instanceConfig().networkName;
	const [account] = await db
		.select({ id: user.id })
		.from(user)
		.where(eq(sql`lower(${user.email})`, input.email));
	if (account) {
		await queueMail({
			to: input.email,
			category: 'join.existing_account',
			...existingAccountMail({
				signInUrl: absoluteUrl('/anmelden'),
				resetUrl: absoluteUrl('/passwort-vergessen')
			})
		});
		return 'has-account';
	}

	const privacy = await currentPrivacyVersion();
	const values = {
		name: input.name,
		email: input.email,
		districtAgs: input.district,
		partyBranch: input.partyBranch,
		activity: input.activity,
		activityWhere: input.activity === 'none' ? '' : input.activityWhere,
		topicIds,
		message: input.message,
		privacyVersion: privacy.version,
		privacyUpdatedAt: privacy.updatedAt
	};
	// The partial unique index allows one pending request per address; two submissions racing
	// end with one row, and the loser takes the path of a repeated submission.
	const [created] = await db
		.insert(joinRequest)
		.values({ ...values, createdAt: now })
		.onConflictDoNothing()
		.returning({ id: joinRequest.id });
	if (created) {
		await sendConfirmationMail({ requestId: created.id, email: input.email, now });
		await recordAudit({
			actor: null,
			action: 'join.submit',
			targetType: 'join_request',
			targetId: created.id,
			ip: options.ip
		});
		return 'confirmation-sent';
	}

	const [pending] = await db
		.select({ id: joinRequest.id, status: joinRequest.status })
		.from(joinRequest)
		.where(
			and(eq(joinRequest.email, input.email), inArray(joinRequest.status, ['unconfirmed', 'open']))
		);
	if (pending?.status === 'unconfirmed') {
		// The newest answers count: the person may have corrected something.
		await db
			.update(joinRequest)
			.set({ ...values, createdAt: now })
			.where(and(eq(joinRequest.id, pending.id), eq(joinRequest.status, 'unconfirmed')));
		await sendConfirmationMail({ requestId: pending.id, email: input.email, now });
		return 'confirmation-resent';
	}
	await queueMail({
		to: input.email,
		category: 'join.already_pending',
		...alreadyPendingMail({ networkName })
	});
	return 'already-pending';
}
