import { inArray } from 'drizzle-orm';
import { user } from '../auth/schema';
import { db } from '../db';
import { newsletter, newsletterRecipient } from '../newsletter/schema';
import { DEMO_DRAFT_NEWSLETTER, DEMO_SENT_NEWSLETTER } from './data/newsletters';
import type { DemoSeed } from './types';

const SENT_AT = new Date('2026-10-06T08:00:00Z');

/**
 * One sent Rundbrief (to the demo's member, faction admin and board accounts, without mailing
 * anyone: it is history) and one draft. Fixed ids keep the seed idempotent.
 */
export const seedNewsletters: DemoSeed = {
	name: 'Rundbriefe',
	async seed(ctx) {
		const board = ctx.accounts.get('vorstand');
		const recipients = await db
			.select({ id: user.id })
			.from(user)
			.where(inArray(user.role, ['member', 'faction_admin', 'board']));
		const inserted = await db
			.insert(newsletter)
			.values([
				{
					...DEMO_SENT_NEWSLETTER,
					segment: { roles: ['member', 'faction_admin', 'board'], districtAgs: [], topicIds: [] },
					status: 'sent',
					recipientCount: recipients.length,
					sentCount: recipients.length,
					createdById: board?.id,
					sentById: board?.id,
					createdAt: SENT_AT,
					modifiedAt: SENT_AT,
					sendStartedAt: SENT_AT,
					sentAt: SENT_AT
				},
				{
					...DEMO_DRAFT_NEWSLETTER,
					segment: { roles: ['interested', 'member'], districtAgs: [], topicIds: [] },
					createdById: board?.id
				}
			])
			.onConflictDoNothing()
			.returning({ id: newsletter.id });
		if (!inserted.some((row) => row.id === DEMO_SENT_NEWSLETTER.id) || recipients.length === 0)
			return;
		await db
			.insert(newsletterRecipient)
			.values(
				recipients.map((recipient) => ({
					newsletterId: DEMO_SENT_NEWSLETTER.id,
					userId: recipient.id,
					status: 'sent' as const,
					sentAt: SENT_AT
				}))
			)
			.onConflictDoNothing();
	}
};
