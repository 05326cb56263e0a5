import { asc, eq, inArray } from 'drizzle-orm';
import { ROLE_LABELS } from '$lib/shared/roles';
import type { NewsletterSegment } from '$lib/shared/newsletter';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import { user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { queueMail } from '../mail/queue-mail';
import { sanitizeMailHtml } from '../mail/sanitize-mail-html';
import { getNewsletter } from './manage-newsletter';
import { newsletterMail } from './newsletter-mail';
import { newsletterRecipient } from './schema';
import { segmentRecipients } from './segment-recipients';

/** Names shown in the preview; the count is always exact. */
export const PREVIEW_NAMES = 100;

export interface NewsletterPreview {
	html: string;
	text: string;
	recipientCount: number;
	/** First names of the list (board only: the board sees accounts anyway). */
	recipients: { name: string; roleLabel: string }[];
}

/**
 * What the mail will look like and whom it would reach if sent now. The board may see the names:
 * it manages these accounts. The HTML is our sanitised Markdown rendering.
 */
export async function previewNewsletter(options: {
	actor: SessionUser | null;
	subject: string;
	body: string;
	segment: NewsletterSegment;
}): Promise<NewsletterPreview> {
	assertCan(options.actor, 'newsletter.send');
	const mail = newsletterMail({
		subject: options.subject,
		body: options.body,
		unsubscribeUrl: '…/abbestellen/rundbrief/(persönlicher Link)'
	});
	const all = await segmentRecipients(options.segment);
	const roles = all.length
		? await db
				.select({ id: user.id, role: user.role })
				.from(user)
				.where(
					inArray(
						user.id,
						all.slice(0, PREVIEW_NAMES).map((entry) => entry.userId)
					)
				)
		: [];
	return {
		// Shown inside our page: the mail's HTML without its document frame and styles.
		html: sanitizeMailHtml(mail.html),
		text: mail.text,
		recipientCount: all.length,
		recipients: all.slice(0, PREVIEW_NAMES).map((entry) => {
			const role = roles.find((row) => row.id === entry.userId)?.role ?? 'interested';
			return { name: entry.name, roleLabel: ROLE_LABELS[role] };
		})
	};
}

/** Sends the draft to the board member's own address, marked as a test, without a real link. */
export async function sendNewsletterTest(options: {
	actor: SessionUser | null;
	id: string;
	ip?: string | null;
}): Promise<string> {
	assertCan(options.actor, 'newsletter.send');
	const letter = await getNewsletter({ actor: options.actor, id: options.id });
	const mail = newsletterMail({
		subject: letter.subject,
		body: letter.body,
		unsubscribeUrl: null,
		test: true
	});
	await queueMail({
		to: options.actor.email,
		subject: mail.subject,
		text: mail.text,
		html: mail.html,
		category: 'newsletter.test'
	});
	await recordAudit({
		actor: options.actor,
		action: 'newsletter.test',
		targetType: 'newsletter',
		targetId: letter.id,
		targetLabel: letter.subject,
		ip: options.ip
	});
	return options.actor.email;
}

export interface SentRecipient {
	name: string;
	email: string;
	status: string;
	sentAt: Date | null;
	error: string | null;
}

/** Who a sent Rundbrief went to, for the archive (accounts deleted since are gone from it). */
export async function newsletterRecipients(options: {
	actor: SessionUser | null;
	id: string;
	limit?: number;
}): Promise<SentRecipient[]> {
	assertCan(options.actor, 'newsletter.send');
	return db
		.select({
			name: user.name,
			email: user.email,
			status: newsletterRecipient.status,
			sentAt: newsletterRecipient.sentAt,
			error: newsletterRecipient.error
		})
		.from(newsletterRecipient)
		.innerJoin(user, eq(user.id, newsletterRecipient.userId))
		.where(eq(newsletterRecipient.newsletterId, options.id))
		.orderBy(asc(user.name))
		.limit(options.limit ?? 1000);
}
