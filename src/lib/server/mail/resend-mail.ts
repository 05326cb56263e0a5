import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { env } from '../config/env';
import { db } from '../db';
import { requestMailDelivery } from './request-delivery';
import { mailMessage, type MailStatus } from './schema';

export type ResendResult = { ok: true } | { ok: false; reason: 'not_found' | 'not_resendable' };

/**
 * Queues a failed mail (or, once SMTP is set up, an outbox mail) again with a fresh set of
 * attempts. The last error stays visible until the next attempt replaces it.
 */
export async function resendMail(options: {
	actor: SessionUser | null;
	id: string;
	ip?: string | null;
}): Promise<ResendResult> {
	const actor = options.actor;
	assertCan(actor, 'admin.outbox');
	if (!z.uuid().safeParse(options.id).success) return { ok: false, reason: 'not_found' };
	const resendable: MailStatus[] = env().SMTP_URL ? ['failed', 'outbox'] : ['failed'];
	const [message] = await db
		.update(mailMessage)
		.set({ status: 'queued', attempts: 0, nextAttemptAt: null, claimedUntil: null })
		.where(and(eq(mailMessage.id, options.id), inArray(mailMessage.status, resendable)))
		.returning({ id: mailMessage.id, subject: mailMessage.subject, to: mailMessage.toAddress });
	if (!message) {
		const [exists] = await db
			.select({ id: mailMessage.id })
			.from(mailMessage)
			.where(eq(mailMessage.id, options.id));
		return { ok: false, reason: exists ? 'not_resendable' : 'not_found' };
	}
	await requestMailDelivery(message.id);
	await recordAudit({
		actor: { id: actor.id, email: actor.email, name: actor.name },
		action: 'mail.resend',
		targetType: 'mail_message',
		targetId: message.id,
		targetLabel: `${message.subject} → ${message.to}`,
		ip: options.ip ?? null
	});
	return { ok: true };
}
