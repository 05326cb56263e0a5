import { db, type Database } from '../db';
import { mailMessage } from './schema';
import { requestMailDelivery } from './request-delivery';

export interface MailInput {
	to: string;
	subject: string;
	text: string;
	html?: string;
	/** e.g. `auth.invitation`, `auth.password_reset` */
	category: string;
	headers?: Record<string, string>;
}

/**
 * The one way to send mail. The message is stored first (so nothing is lost if the process dies),
 * then the job queue delivers it; without SMTP it stays readable in the board's outbox.
 */
export async function queueMail(input: MailInput): Promise<string> {
	const id = await storeMail(input);
	await requestMailDelivery(id);
	return id;
}

/**
 * Stores a message without asking for its delivery, for senders that write their mails in the
 * transaction that also marks the occasion as mailed (so a crash leaves neither or both): they
 * call `requestMailDelivery` for the returned ids once it committed, and the sweep delivers
 * whatever that misses.
 */
export async function storeMail(
	input: MailInput,
	executor: Pick<Database, 'insert'> = db
): Promise<string> {
	const [row] = await executor
		.insert(mailMessage)
		.values({
			toAddress: input.to,
			subject: input.subject,
			textBody: input.text,
			htmlBody: input.html,
			category: input.category,
			headers: input.headers ? JSON.stringify(input.headers) : null
		})
		.returning({ id: mailMessage.id });
	return row!.id;
}
