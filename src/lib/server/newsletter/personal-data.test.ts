import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { loadSession } from '../auth/load-session';
import { createTestAccount, createTestActor, signedInJar } from '../auth/test-support';
import { db } from '../db';
import { collectPersonalData } from '../privacy/collect-personal-data';
import { deleteAccount } from '../privacy/delete-account';
import { createTestDatabase } from '../testing/test-db';
import { createNewsletter } from './manage-newsletter';
import { receivesNewsletters, setNewsletterSubscription } from './opt-out';
import { newsletter, newsletterOptOut, newsletterRecipient } from './schema';
import { sendNewsletterBatch } from './send-batch';
import { startNewsletterSend } from './start-send';

beforeAll(async () => {
	await createTestDatabase();
});

async function signedInMember() {
	const created = await createTestAccount({ role: 'member', name: 'Mara Musterfrau' });
	const { jar } = await signedInJar(created.email);
	const { user } = await loadSession(jar.request());
	return { actor: user!, jar };
}

describe('Rundbriefe and personal data', () => {
	it('the account switch turns Rundbriefe off and on again, audit-logged, and any later send honours it', async () => {
		const { actor } = await signedInMember();
		const board = await createTestActor('board');
		expect(await receivesNewsletters(actor.id)).toBe(true);
		await setNewsletterSubscription({ actor, receive: false });
		await setNewsletterSubscription({ actor, receive: false });
		expect(await receivesNewsletters(actor.id)).toBe(false);

		const id = await createNewsletter({
			actor: board,
			input: {
				subject: 'Nur für Mitglieder',
				body: 'Text',
				segment: { roles: ['member', 'board'], districtAgs: [], topicIds: [] }
			}
		});
		await startNewsletterSend({ actor: board, id });
		await sendNewsletterBatch(id);
		const rows = await db
			.select({ userId: newsletterRecipient.userId })
			.from(newsletterRecipient)
			.where(eq(newsletterRecipient.newsletterId, id));
		expect(rows.map((row) => row.userId)).toEqual([board.id]);

		await setNewsletterSubscription({ actor, receive: true });
		expect(await receivesNewsletters(actor.id)).toBe(true);
		const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, actor.id));
		expect(audit.map((entry) => entry.action)).toEqual(['newsletter.opt_out', 'newsletter.opt_in']);
	});

	it('the data download holds the opt-out and the Rundbriefe received; deleting the account removes them', async () => {
		const { actor, jar } = await signedInMember();
		const board = await createTestActor('board');
		const id = await createNewsletter({
			actor: board,
			input: {
				subject: 'Rundbrief für Mara',
				body: 'Hallo',
				segment: { roles: ['member'], districtAgs: [], topicIds: [] }
			}
		});
		await startNewsletterSend({ actor: board, id });
		await sendNewsletterBatch(id);
		await setNewsletterSubscription({ actor, receive: false });

		const data = await collectPersonalData({ actor });
		expect(data.newsletters).toMatchObject({
			receivesNewsletters: false,
			optedOutVia: 'account',
			received: expect.arrayContaining([
				expect.objectContaining({ subject: 'Rundbrief für Mara', status: 'sent' })
			])
		});
		expect(data.mails.some((mail) => mail.subject === 'Rundbrief für Mara')).toBe(true);

		await deleteAccount({ actor, password: 'richtig-langes-passwort', request: jar.request() });
		expect(
			await db.select().from(newsletterRecipient).where(eq(newsletterRecipient.userId, actor.id))
		).toEqual([]);
		expect(
			await db.select().from(newsletterOptOut).where(eq(newsletterOptOut.userId, actor.id))
		).toEqual([]);
		// The archive keeps its figures.
		const [letter] = await db.select().from(newsletter).where(eq(newsletter.id, id));
		expect(letter?.sentCount).toBeGreaterThanOrEqual(1);
	});
});
