import { asc, eq } from 'drizzle-orm';
import { db } from '../db';
import { newsletter, newsletterOptOut, newsletterRecipient } from './schema';

export interface NewsletterData {
	/** Whether the person receives Rundbriefe, and since when not if they opted out. */
	receivesNewsletters: boolean;
	optedOutAt: Date | null;
	optedOutVia: 'account' | 'link' | null;
	/** Rundbriefe addressed to the person (the mails themselves are in the export's `mails`). */
	received: { subject: string; status: string; sentAt: Date | null }[];
}

export async function exportNewsletterData(userId: string): Promise<NewsletterData> {
	const [optOut] = await db
		.select()
		.from(newsletterOptOut)
		.where(eq(newsletterOptOut.userId, userId));
	const received = await db
		.select({
			subject: newsletter.subject,
			status: newsletterRecipient.status,
			sentAt: newsletterRecipient.sentAt
		})
		.from(newsletterRecipient)
		.innerJoin(newsletter, eq(newsletter.id, newsletterRecipient.newsletterId))
		.where(eq(newsletterRecipient.userId, userId))
		.orderBy(asc(newsletter.sendStartedAt));
	return {
		receivesNewsletters: !optOut,
		optedOutAt: optOut?.optedOutAt ?? null,
		optedOutVia: optOut?.source ?? null,
		received
	};
}
