import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import { user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { enqueue, isJobQueueRunning } from '../jobs';
import { rowsOf } from '../search/documents/search-documents';
import { NewsletterError } from './errors';
import { getNewsletter } from './manage-newsletter';
import { newsletter, newsletterRecipient } from './schema';
import { segmentCondition } from './segment-recipients';

/**
 * Sends a draft: in one transaction the draft is locked and becomes `sending`, and everyone the
 * segment reaches now gets a `pending` recipient row (the snapshot the archive shows). The mails
 * themselves go out in batches through the job queue (`newsletter.send-batch`). Two clicks on
 * "Senden" cannot send twice: the second finds the row no longer a draft.
 */
export async function startNewsletterSend(options: {
	actor: SessionUser | null;
	id: string;
	ip?: string | null;
}): Promise<{ recipients: number }> {
	assertCan(options.actor, 'newsletter.send');
	const actor = options.actor;
	const existing = await getNewsletter({ actor, id: options.id });
	const recipients = await db.transaction(async (tx) => {
		const [locked] = await tx
			.select({ status: newsletter.status, segment: newsletter.segment })
			.from(newsletter)
			.where(eq(newsletter.id, options.id))
			.for('update');
		if (!locked || locked.status !== 'draft')
			throw new NewsletterError('Dieser Rundbrief wurde schon versendet.');
		// One statement: the snapshot is exactly who the segment reaches at this moment.
		const inserted = rowsOf<{ id: string }>(
			await tx.execute(sql`
				insert into ${newsletterRecipient} (newsletter_id, user_id)
				select ${options.id}::uuid, ${user.id} from ${user} where ${segmentCondition(locked.segment)}
				returning id`)
		);
		if (inserted.length === 0)
			throw new NewsletterError(
				'Diese Auswahl erreicht niemanden. Bitte die Empfänger*innen anpassen.'
			);
		const now = new Date();
		await tx
			.update(newsletter)
			.set({
				status: 'sending',
				recipientCount: inserted.length,
				sentById: actor.id,
				sendStartedAt: now,
				modifiedAt: now
			})
			.where(and(eq(newsletter.id, options.id), eq(newsletter.status, 'draft')));
		return inserted.length;
	});
	await recordAudit({
		actor,
		action: 'newsletter.send',
		targetType: 'newsletter',
		targetId: options.id,
		targetLabel: existing.subject,
		details: { recipients },
		ip: options.ip
	});
	await requestNewsletterBatch(options.id);
	return { recipients };
}

/**
 * Asks the queue for the next batch. Never throws: the recipients are stored, and the sweep
 * (`newsletter.sweep`) requests batches for any send that is not finished.
 */
export async function requestNewsletterBatch(newsletterId: string): Promise<void> {
	if (!isJobQueueRunning()) return;
	try {
		await enqueue('newsletter.send-batch', { newsletterId }, { singletonKey: newsletterId });
	} catch (caught) {
		console.error(
			`Rundbrief ${newsletterId}: nächster Versandschritt konnte nicht beauftragt werden; der regelmäßige Durchlauf holt ihn nach:`,
			caught instanceof Error ? caught.message : caught
		);
	}
}
