import { and, count, eq, inArray, lt, sql } from 'drizzle-orm';
import { resolveAuthSecret } from '../auth/auth-secret';
import { user } from '../auth/schema';
import { db } from '../db';
import { queueMail } from '../mail/queue-mail';
import { rowsOf } from '../search/documents/search-documents';
import { unsubscribeHeaders } from '../mail/unsubscribe-headers';
import { newsletterMail } from './newsletter-mail';
import { newsletter, newsletterOptOut, newsletterRecipient } from './schema';
import { requestNewsletterBatch } from './start-send';
import { newsletterUnsubscribeUrl } from './unsubscribe-token';

/** Mails queued per job; small enough that a job never runs near its time limit. */
export const BATCH_SIZE = 50;
/**
 * A row claimed longer ago than this belongs to a worker that died between claim and mail. Its
 * mail may or may not be stored, so it is marked failed rather than sent again: a Rundbrief
 * twice is worse than one missing (the archive shows the failures).
 */
export const STALE_CLAIM_MS = 10 * 60_000;

interface Claimed {
	id: string;
	user_id: string;
}

/**
 * Takes up to `limit` pending recipients for this run. The conditional update is the whole
 * guarantee of "exactly once": whichever run flips a row from `pending` owns it; a retried or
 * doubled job only ever finds rows nobody owns.
 */
async function claim(newsletterId: string, limit: number): Promise<Claimed[]> {
	return rowsOf<Claimed>(
		await db.execute(sql`
			update ${newsletterRecipient} set status = 'claimed', claimed_at = now()
			where id in (
				select id from ${newsletterRecipient}
				where newsletter_id = ${newsletterId}::uuid and status = 'pending'
				order by id limit ${limit}
				for update skip locked)
			and status = 'pending'
			returning id, user_id`)
	);
}

async function settle(
	id: string,
	values: Partial<typeof newsletterRecipient.$inferInsert>
): Promise<void> {
	await db
		.update(newsletterRecipient)
		.set(values)
		.where(and(eq(newsletterRecipient.id, id), eq(newsletterRecipient.status, 'claimed')));
}

/** Counts on the newsletter row, and `sent` once nothing is pending or in flight. */
export async function refreshNewsletterProgress(newsletterId: string): Promise<boolean> {
	const rows = await db
		.select({ status: newsletterRecipient.status, n: count() })
		.from(newsletterRecipient)
		.where(eq(newsletterRecipient.newsletterId, newsletterId))
		.groupBy(newsletterRecipient.status);
	const of = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
	const finished = of('pending') + of('claimed') === 0;
	await db
		.update(newsletter)
		.set({
			sentCount: of('sent'),
			skippedCount: of('skipped'),
			failedCount: of('failed'),
			...(finished ? { status: 'sent' as const, sentAt: new Date() } : {})
		})
		.where(and(eq(newsletter.id, newsletterId), eq(newsletter.status, 'sending')));
	return finished;
}

/**
 * One batch of a Rundbrief (job `newsletter.send-batch`): claims pending recipients, queues one
 * personal mail each (own unsubscribe link, List-Unsubscribe with one-click), and asks for the
 * next batch. Opt-outs and deactivations since the send started are honoured here: such rows
 * become `skipped`. If storing a mail fails, its row goes back to `pending` and the error
 * reaches the queue, whose retry continues where this run stopped.
 */
export async function sendNewsletterBatch(
	newsletterId: string,
	options: { limit?: number } = {}
): Promise<{ sent: number; skipped: number; finished: boolean }> {
	const [letter] = await db
		.select({ status: newsletter.status, subject: newsletter.subject, body: newsletter.body })
		.from(newsletter)
		.where(eq(newsletter.id, newsletterId));
	if (!letter || letter.status !== 'sending') return { sent: 0, skipped: 0, finished: true };

	const claimed = await claim(newsletterId, options.limit ?? BATCH_SIZE);
	const people = claimed.length
		? await db
				.select({
					id: user.id,
					email: user.email,
					deactivatedAt: user.deactivatedAt,
					optedOut: sql<boolean>`exists (select 1 from ${newsletterOptOut} where ${newsletterOptOut.userId} = ${user.id})`
				})
				.from(user)
				.where(
					inArray(
						user.id,
						claimed.map((row) => row.user_id)
					)
				)
		: [];
	const secret = await resolveAuthSecret();
	let sent = 0;
	let skipped = 0;
	for (const row of claimed) {
		const person = people.find((candidate) => candidate.id === row.user_id);
		if (!person || person.deactivatedAt || person.optedOut) {
			await settle(row.id, { status: 'skipped' });
			skipped++;
			continue;
		}
		const unsubscribeUrl = await newsletterUnsubscribeUrl(person.id, secret);
		const mail = newsletterMail({ subject: letter.subject, body: letter.body, unsubscribeUrl });
		let mailId: string;
		try {
			mailId = await queueMail({
				to: person.email,
				subject: mail.subject,
				text: mail.text,
				html: mail.html,
				category: 'newsletter',
				headers: unsubscribeHeaders(unsubscribeUrl)
			});
		} catch (caught) {
			await settle(row.id, { status: 'pending', claimedAt: null });
			for (const rest of claimed.slice(claimed.indexOf(row) + 1))
				await settle(rest.id, { status: 'pending', claimedAt: null });
			throw caught;
		}
		await settle(row.id, { status: 'sent', mailId, sentAt: new Date() });
		sent++;
	}
	const finished = await refreshNewsletterProgress(newsletterId);
	if (!finished && claimed.length > 0) await requestNewsletterBatch(newsletterId);
	return { sent, skipped, finished };
}

/**
 * The safety net (job `newsletter.sweep`, every five minutes): rows left claimed by a dead
 * worker are marked failed, and every unfinished send gets its next batch requested, in case a
 * job was lost.
 */
export async function sweepNewsletterSends(now: Date = new Date()): Promise<number> {
	const sending = await db
		.select({ id: newsletter.id })
		.from(newsletter)
		.where(eq(newsletter.status, 'sending'));
	for (const { id } of sending) {
		await db
			.update(newsletterRecipient)
			.set({
				status: 'failed',
				error:
					'Versand unterbrochen; ob diese Mail gespeichert wurde, ist unklar. Sie wird nicht erneut gesendet.'
			})
			.where(
				and(
					eq(newsletterRecipient.newsletterId, id),
					eq(newsletterRecipient.status, 'claimed'),
					lt(newsletterRecipient.claimedAt, new Date(now.getTime() - STALE_CLAIM_MS))
				)
			);
		if (!(await refreshNewsletterProgress(id))) await requestNewsletterBatch(id);
	}
	return sending.length;
}
