import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { MAIL_STATUSES } from '../../shared/mail-status';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { mailMessage, type MailStatus } from './schema';

export const OUTBOX_PAGE_SIZE = 25;

/** The outbox's filters as they come from the URL; anything unknown falls back to "all". */
export const outboxFilters = z.object({
	status: z.enum(MAIL_STATUSES).optional().catch(undefined),
	kategorie: z.string().trim().max(100).optional().catch(undefined),
	suche: z.string().trim().max(254).optional().catch(undefined),
	seite: z.coerce.number().int().min(1).max(100_000).catch(1).default(1)
});
export type OutboxFilters = z.infer<typeof outboxFilters>;

export interface MailSummary {
	id: string;
	createdAt: Date;
	toAddress: string;
	subject: string;
	category: string;
	status: MailStatus;
	attempts: number;
	sentAt: Date | null;
	nextAttemptAt: Date | null;
}

export interface MailList {
	items: MailSummary[];
	total: number;
	page: number;
	pageCount: number;
	/** Every category that occurs, for the filter. */
	categories: string[];
	/** Mails per status over the whole outbox, unfiltered. */
	statusCounts: Record<MailStatus, number>;
}

/** `%` and `_` are wildcards in LIKE; a search for "a_b" means the characters. */
function likePattern(text: string): string {
	return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The board's view of all mails, newest first, filtered and paginated. */
export async function listMail(options: {
	actor: SessionUser | null;
	filters: OutboxFilters;
}): Promise<MailList> {
	assertCan(options.actor, 'admin.outbox');
	const { status, kategorie, suche } = options.filters;
	const conditions: SQL[] = [];
	if (status) conditions.push(eq(mailMessage.status, status));
	if (kategorie) conditions.push(eq(mailMessage.category, kategorie));
	if (suche) conditions.push(ilike(mailMessage.toAddress, likePattern(suche)));
	const where = conditions.length > 0 ? and(...conditions) : undefined;

	const [{ total } = { total: 0 }] = await db
		.select({ total: count() })
		.from(mailMessage)
		.where(where);
	const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
	const page = Math.min(options.filters.seite, pageCount);

	const items = await db
		.select({
			id: mailMessage.id,
			createdAt: mailMessage.createdAt,
			toAddress: mailMessage.toAddress,
			subject: mailMessage.subject,
			category: mailMessage.category,
			status: mailMessage.status,
			attempts: mailMessage.attempts,
			sentAt: mailMessage.sentAt,
			nextAttemptAt: mailMessage.nextAttemptAt
		})
		.from(mailMessage)
		.where(where)
		.orderBy(desc(mailMessage.createdAt), desc(mailMessage.id))
		.limit(OUTBOX_PAGE_SIZE)
		.offset((page - 1) * OUTBOX_PAGE_SIZE);

	const categories = await db
		.selectDistinct({ category: mailMessage.category })
		.from(mailMessage)
		.orderBy(mailMessage.category);
	const counts = await db
		.select({ status: mailMessage.status, count: count() })
		.from(mailMessage)
		.groupBy(mailMessage.status);
	const statusCounts = Object.fromEntries(MAIL_STATUSES.map((name) => [name, 0])) as Record<
		MailStatus,
		number
	>;
	for (const row of counts) statusCounts[row.status] = row.count;

	return {
		items,
		total,
		page,
		pageCount,
		categories: categories.map((row) => row.category),
		statusCounts
	};
}
