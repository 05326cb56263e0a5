import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { db } from '../db';
import type { MailDeliverySettings } from './delivery-settings';
import { requestMailDelivery } from './request-delivery';
import { mailMessage } from './schema';
import { isUnclaimed } from './unclaimed';

const SWEEP_BATCH = 500;

/**
 * The outbox pattern's safety net (scheduled every minute): requests delivery of queued mails
 * that are overdue, because they were stored while no queue ran (CLI, a crash between insert
 * and enqueue) or because the worker holding them died. Returns how many it requested.
 */
export async function sweepQueuedMail(settings: MailDeliverySettings): Promise<number> {
	const overdue = await db
		.select({ id: mailMessage.id })
		.from(mailMessage)
		.where(
			and(
				eq(mailMessage.status, 'queued'),
				lt(
					sql`coalesce(${mailMessage.nextAttemptAt}, ${mailMessage.createdAt})`,
					sql`now() - make_interval(secs => ${settings.overdueSeconds})`
				),
				isUnclaimed()
			)
		)
		.orderBy(asc(mailMessage.createdAt))
		.limit(SWEEP_BATCH);
	for (const { id } of overdue) await requestMailDelivery(id);
	return overdue.length;
}
