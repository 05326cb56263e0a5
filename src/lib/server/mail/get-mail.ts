import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { env } from '../config/env';
import { db } from '../db';
import { storedHeaders } from './compose-mail';
import { sanitizeMailHtml } from './sanitize-mail-html';
import { mailMessage, type MailStatus } from './schema';

export interface MailDetail {
	id: string;
	createdAt: Date;
	from: string;
	toAddress: string;
	subject: string;
	category: string;
	status: MailStatus;
	attempts: number;
	lastError: string | null;
	nextAttemptAt: Date | null;
	sentAt: Date | null;
	headers: { name: string; value: string }[];
	textBody: string;
	/** Sanitised for display inside our pages; never the stored HTML itself. */
	safeHtml: string | null;
	/** The stored HTML, to be shown only as text. */
	htmlSource: string | null;
	/** Whether "erneut senden" applies: failed mails, and outbox mails once SMTP is set up. */
	canResend: boolean;
}

const mailId = z.uuid();

/** One mail as the board sees it in the outbox, or null if there is no such mail. */
export async function getMail(options: {
	actor: SessionUser | null;
	id: string;
}): Promise<MailDetail | null> {
	assertCan(options.actor, 'admin.outbox');
	if (!mailId.safeParse(options.id).success) return null;
	const [message] = await db.select().from(mailMessage).where(eq(mailMessage.id, options.id));
	if (!message) return null;
	return {
		id: message.id,
		createdAt: message.createdAt,
		from: env().MAIL_FROM,
		toAddress: message.toAddress,
		subject: message.subject,
		category: message.category,
		status: message.status,
		attempts: message.attempts,
		lastError: message.lastError,
		nextAttemptAt: message.nextAttemptAt,
		sentAt: message.sentAt,
		headers: Object.entries(storedHeaders(message.headers)).map(([name, value]) => ({
			name,
			value
		})),
		textBody: message.textBody,
		safeHtml: message.htmlBody ? sanitizeMailHtml(message.htmlBody) : null,
		htmlSource: message.htmlBody,
		canResend: isResendable(message.status)
	};
}

export function isResendable(status: MailStatus): boolean {
	return status === 'failed' || (status === 'outbox' && Boolean(env().SMTP_URL));
}
