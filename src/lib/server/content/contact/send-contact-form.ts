import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { absoluteUrl } from '../../auth/public-origin';
import { user } from '../../auth/schema';
import { db } from '../../db';
import { instanceConfig } from '../../instance/instance-config';
import { queueMail } from '../../mail/queue-mail';
import { hitRateLimit, RATE_LIMITS } from '../../security/rate-limit';
import type { ContactInput } from './contact-input';

export class ContactRateLimitedError extends Error {
	constructor(readonly retryAfterSeconds: number) {
		super('Zu viele Nachrichten');
		this.name = 'ContactRateLimitedError';
	}
}

/**
 * Mails a visitor's message to the board (every active board account) with the visitor as
 * Reply-To, so an answer goes straight back. Nothing is stored beyond the mails and an audit
 * entry without the text. A filled honeypot is answered like a success, so a bot learns nothing.
 */
export async function sendContactForm(options: {
	input: ContactInput;
	ip: string;
}): Promise<{ sent: boolean }> {
	const { input } = options;
	const limit = await hitRateLimit(RATE_LIMITS.publicForm, `kontakt:${options.ip}`);
	if (!limit.allowed) throw new ContactRateLimitedError(limit.retryAfterSeconds);
	if (input.website && input.website.trim() !== '') return { sent: false };

	const board = await db
		.select({ email: user.email })
		.from(user)
		.where(and(eq(user.role, 'board'), isNull(user.deactivatedAt)));
	const network = instanceConfig().networkName;
	const text = [
		`Über das Kontaktformular von ${absoluteUrl('/kontakt')} kam diese Nachricht.`,
		`Wenn Sie antworten, geht Ihre Antwort direkt an ${input.name} (${input.email}).`,
		'',
		`Von: ${input.name} <${input.email}>`,
		`Betreff: ${input.subject}`,
		'',
		'----------------------------------------',
		input.message,
		'----------------------------------------',
		'',
		`Die Person hat eingewilligt, dass die ${network} ihre Angaben zur Beantwortung nutzt.`,
		'Die Nachricht wird auf der Plattform nicht gespeichert; bitte löschen Sie sie, wenn sie erledigt ist.'
	].join('\n');
	for (const recipient of board) {
		await queueMail({
			to: recipient.email,
			subject: `Kontaktformular: ${input.subject}`,
			text,
			category: 'content.contact',
			headers: { 'Reply-To': `${input.name.replace(/[<>"\r\n]/g, '')} <${input.email}>` }
		});
	}
	await recordAudit({
		actor: null,
		action: 'contact.message',
		targetType: 'contact_form',
		details: { recipients: board.length },
		ip: options.ip
	});
	return { sent: true };
}
