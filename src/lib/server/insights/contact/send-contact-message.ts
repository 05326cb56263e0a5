import { eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { absoluteUrl } from '../../auth/public-origin';
import { db } from '../../db';
import { person } from '../../directory/schema';
import { instanceConfig } from '../../instance/instance-config';
import { queueMail } from '../../mail/queue-mail';
import { hitRateLimit, RATE_LIMITS } from '../../security/rate-limit';
import { loadContactTarget } from './contact-target';

export class ContactError extends Error {
	constructor(
		readonly code: 'not-found' | 'address-visible' | 'no-address' | 'rate-limited',
		readonly retryAfterSeconds = 0
	) {
		super(`Kontaktformular: ${code}`);
		this.name = 'ContactError';
	}
}

function mailText(options: {
	recipient: string;
	sender: SessionUser;
	subject: string;
	message: string;
}): string {
	const { recipient, sender, subject, message } = options;
	const network = instanceConfig().networkName;
	return [
		`Guten Tag ${recipient},`,
		'',
		`${sender.name} hat Ihnen über das Kommunalnetz der ${network} geschrieben.`,
		`Wenn Sie antworten, geht Ihre Antwort direkt an ${sender.name} (${sender.email}).`,
		'',
		`Betreff: ${subject}`,
		'',
		'----------------------------------------',
		message,
		'----------------------------------------',
		'',
		`Ihre E-Mail-Adresse wurde ${sender.name} nicht angezeigt. Erst wenn Sie antworten, wird sie sichtbar.`,
		`Wer Ihre Kontaktdaten sehen darf, stellen Sie in Ihrem Profil ein: ${absoluteUrl('/konto/profil')}`
	].join('\n');
}

/**
 * Mails a person whose address the sender may not see, without ever showing it: the message goes
 * to the stored address with the sender as Reply-To, so the person decides whether to answer.
 * Audit-logged without the text (the message is between the two of them), limited per sender.
 */
export async function sendContactMessage(options: {
	actor: SessionUser | null;
	personId: string;
	subject: string;
	message: string;
	ip?: string | null;
}): Promise<{ recipientName: string }> {
	const { actor } = options;
	assertCan(actor, 'network.read');
	const target = await loadContactTarget({ actor, personId: options.personId });
	if (!target) throw new ContactError('not-found');
	if (target.channel === 'visible') throw new ContactError('address-visible');
	if (target.channel === 'none') throw new ContactError('no-address');

	const limit = await hitRateLimit(RATE_LIMITS.contactPerson, actor.id);
	if (!limit.allowed) throw new ContactError('rate-limited', limit.retryAfterSeconds);

	const [stored] = await db
		.select({ email: person.email })
		.from(person)
		.where(eq(person.id, target.id));
	if (!stored?.email) throw new ContactError('no-address');

	await queueMail({
		to: stored.email,
		subject: `Nachricht von ${actor.name}: ${options.subject}`,
		text: mailText({
			recipient: target.fullName,
			sender: actor,
			subject: options.subject,
			message: options.message
		}),
		category: 'directory.contact',
		headers: { 'Reply-To': actor.email }
	});
	await recordAudit({
		actor: { id: actor.id, email: actor.email, name: actor.name },
		action: 'person.contact',
		targetType: 'person',
		targetId: target.id,
		targetLabel: target.fullName,
		ip: options.ip ?? null
	});
	return { recipientName: target.fullName };
}
