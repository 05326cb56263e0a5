import { db } from '../db';
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
	const [row] = await db
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
	await requestMailDelivery(row!.id);
	return row!.id;
}
