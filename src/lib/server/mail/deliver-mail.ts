import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { env } from '../config/env';
import { db } from '../db';
import { composeMail } from './compose-mail';
import { retryDelaySeconds, type MailDeliverySettings } from './delivery-settings';
import { mailTransport } from './mailer';
import { requestMailDelivery } from './request-delivery';
import { mailMessage, type MailMessage } from './schema';
import { isUnclaimed } from './unclaimed';
import { describeSmtpFailure, isPermanentSmtpFailure } from './smtp-errors';

export type DeliveryOutcome = 'sent' | 'outbox' | 'retry' | 'failed' | 'skipped';

/**
 * Delivers one stored mail, if it is still queued, due and not held by another worker.
 * SMTP failures are recorded on the row, not thrown: the row decides what happens next
 * (another attempt after a backoff, or `failed`). Only database errors escape, and then the
 * job queue retries the whole call.
 */
export async function deliverMail(
	messageId: string,
	settings: MailDeliverySettings
): Promise<DeliveryOutcome> {
	const transport = mailTransport();
	if (!transport) return moveToOutbox(messageId);

	const message = await claim(messageId, settings.leaseSeconds);
	if (!message) {
		await requestAgainWhenDue(messageId);
		return 'skipped';
	}

	try {
		await transport.sendMail(composeMail(message, env().MAIL_FROM));
	} catch (error) {
		return recordFailure(message, error, settings);
	}
	await db
		.update(mailMessage)
		.set({ status: 'sent', sentAt: sql`now()`, claimedUntil: null, nextAttemptAt: null })
		.where(eq(mailMessage.id, message.id));
	return 'sent';
}

/** Without SMTP a mail is final in the outbox, where the board can read it. */
async function moveToOutbox(messageId: string): Promise<DeliveryOutcome> {
	const moved = await db
		.update(mailMessage)
		.set({ status: 'outbox', nextAttemptAt: null })
		.where(and(eq(mailMessage.id, messageId), eq(mailMessage.status, 'queued')))
		.returning({ id: mailMessage.id });
	return moved.length > 0 ? 'outbox' : 'skipped';
}

/** Takes the mail for this attempt in one statement, so two workers can never both send it. */
async function claim(messageId: string, leaseSeconds: number): Promise<MailMessage | undefined> {
	const [message] = await db
		.update(mailMessage)
		.set({
			attempts: sql`${mailMessage.attempts} + 1`,
			claimedUntil: sql`now() + make_interval(secs => ${leaseSeconds})`
		})
		.where(
			and(
				eq(mailMessage.id, messageId),
				eq(mailMessage.status, 'queued'),
				or(isNull(mailMessage.nextAttemptAt), lte(mailMessage.nextAttemptAt, sql`now()`)),
				isUnclaimed()
			)
		)
		.returning();
	return message;
}

/**
 * The queue keeps one waiting job per mail. When the sweep adds one while an attempt runs, the
 * retry that attempt then requests is dropped as a duplicate, and the sweep's job finds the mail
 * not yet due: without asking again here, the mail would wait for a later sweep (minutes after
 * its time). A mail another worker holds is left to that worker, which requests its own retry.
 */
async function requestAgainWhenDue(messageId: string): Promise<void> {
	const [waiting] = await db
		.select({ nextAttemptAt: mailMessage.nextAttemptAt })
		.from(mailMessage)
		.where(
			and(
				eq(mailMessage.id, messageId),
				eq(mailMessage.status, 'queued'),
				gt(mailMessage.nextAttemptAt, sql`now()`),
				isUnclaimed()
			)
		);
	if (waiting?.nextAttemptAt) {
		await requestMailDelivery(messageId, { startAfter: waiting.nextAttemptAt });
	}
}

async function recordFailure(
	message: MailMessage,
	error: unknown,
	settings: MailDeliverySettings
): Promise<DeliveryOutcome> {
	const lastError = describeSmtpFailure(error);
	if (isPermanentSmtpFailure(error) || message.attempts >= settings.maxAttempts) {
		await db
			.update(mailMessage)
			.set({ status: 'failed', lastError, claimedUntil: null, nextAttemptAt: null })
			.where(eq(mailMessage.id, message.id));
		console.error(`Mail ${message.id} endgültig nicht zustellbar: ${lastError}`);
		return 'failed';
	}
	const delay = retryDelaySeconds(message.attempts, settings);
	const [row] = await db
		.update(mailMessage)
		.set({
			lastError,
			claimedUntil: null,
			nextAttemptAt: sql`now() + make_interval(secs => ${delay})`
		})
		.where(eq(mailMessage.id, message.id))
		.returning({ nextAttemptAt: mailMessage.nextAttemptAt });
	console.warn(
		`Mail ${message.id}: Versuch ${message.attempts} fehlgeschlagen (${lastError}), ` +
			`nächster Versuch in ${delay} s`
	);
	await requestMailDelivery(message.id, { startAfter: row?.nextAttemptAt ?? undefined });
	return 'retry';
}
