import { inArray } from 'drizzle-orm';
import { user } from '../auth/schema';
import { db } from '../db';
import { queueMail } from '../mail/queue-mail';
import { EVENT_MAIL_CATEGORIES, eventMailText, type EventMailKind } from './event-mail-text';
import type { EventRow } from './locked-event';

/**
 * Mails the same kind of message about one event to some accounts. Called after the change was
 * committed, so nobody is told of a seat a rolled-back transaction never gave. Deactivated
 * accounts get nothing.
 */
export async function sendEventMails(
	kind: EventMailKind,
	row: EventRow,
	userIds: readonly string[],
	options: { waitlistPosition?: number } = {}
): Promise<void> {
	if (userIds.length === 0) return;
	const recipients = await db
		.select({ id: user.id, email: user.email, name: user.name, deactivatedAt: user.deactivatedAt })
		.from(user)
		.where(inArray(user.id, [...userIds]));
	for (const recipient of recipients) {
		if (recipient.deactivatedAt) continue;
		const { subject, text } = eventMailText(kind, row, recipient.name, options);
		await queueMail({ to: recipient.email, subject, text, category: EVENT_MAIL_CATEGORIES[kind] });
	}
}
