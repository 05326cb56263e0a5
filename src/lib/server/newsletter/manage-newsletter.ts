import { and, desc, eq, inArray } from 'drizzle-orm';
import type { NewsletterSegment } from '$lib/shared/newsletter';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import { user } from '../auth/schema';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { topic } from '../directory/schema';
import { territorialUnit } from '../territory/schema';
import { NewsletterError, NewsletterNotFoundError } from './errors';
import { newsletter, type Newsletter } from './schema';

export interface NewsletterDraftInput {
	subject: string;
	body: string;
	segment: NewsletterSegment;
}

/** Districts and topics must exist; the form only offers those, but a request can say anything. */
async function assertSegmentKnown(segment: NewsletterSegment): Promise<void> {
	if (segment.roles.length === 0)
		throw new NewsletterError('Bitte mindestens eine Rolle wählen.', 'roles[]');
	if (segment.districtAgs.length > 0) {
		const found = await db
			.select({ ags: territorialUnit.ags })
			.from(territorialUnit)
			.where(
				and(
					inArray(territorialUnit.ags, segment.districtAgs),
					inArray(territorialUnit.kind, ['landkreis', 'kreisfreie_stadt'])
				)
			);
		if (found.length !== segment.districtAgs.length)
			throw new NewsletterError('Unbekannter Kreis.', 'districtAgs[]');
	}
	if (segment.topicIds.length > 0) {
		const found = await db
			.select({ id: topic.id })
			.from(topic)
			.where(inArray(topic.id, segment.topicIds));
		if (found.length !== segment.topicIds.length)
			throw new NewsletterError('Unbekanntes Thema.', 'topicIds[]');
	}
}

export async function createNewsletter(options: {
	actor: SessionUser | null;
	input: NewsletterDraftInput;
	ip?: string | null;
}): Promise<string> {
	assertCan(options.actor, 'newsletter.send');
	await assertSegmentKnown(options.input.segment);
	const [row] = await db
		.insert(newsletter)
		.values({ ...options.input, createdById: options.actor.id })
		.returning({ id: newsletter.id });
	await recordAudit({
		actor: options.actor,
		action: 'newsletter.create',
		targetType: 'newsletter',
		targetId: row!.id,
		targetLabel: options.input.subject,
		ip: options.ip
	});
	return row!.id;
}

export interface NewsletterDetail extends Newsletter {
	createdByName: string | null;
	sentByName: string | null;
}

export async function getNewsletter(options: {
	actor: SessionUser | null;
	id: string;
}): Promise<NewsletterDetail> {
	assertCan(options.actor, 'newsletter.send');
	if (!/^[0-9a-f-]{36}$/i.test(options.id)) throw new NewsletterNotFoundError();
	const [row] = await db.select().from(newsletter).where(eq(newsletter.id, options.id));
	if (!row) throw new NewsletterNotFoundError();
	const names = await db
		.select({ id: user.id, name: user.name })
		.from(user)
		.where(inArray(user.id, [row.createdById ?? '', row.sentById ?? '']));
	const nameOf = (id: string | null) => names.find((entry) => entry.id === id)?.name ?? null;
	return { ...row, createdByName: nameOf(row.createdById), sentByName: nameOf(row.sentById) };
}

/** Only drafts change; a Rundbrief that went out stays as it was sent. */
export async function updateNewsletter(options: {
	actor: SessionUser | null;
	id: string;
	input: NewsletterDraftInput;
	ip?: string | null;
}): Promise<void> {
	assertCan(options.actor, 'newsletter.send');
	await getNewsletter({ actor: options.actor, id: options.id });
	await assertSegmentKnown(options.input.segment);
	const updated = await db
		.update(newsletter)
		.set({ ...options.input, modifiedAt: new Date() })
		.where(and(eq(newsletter.id, options.id), eq(newsletter.status, 'draft')))
		.returning({ id: newsletter.id });
	if (updated.length === 0)
		throw new NewsletterError(
			'Dieser Rundbrief wurde schon versendet und kann nicht mehr geändert werden.'
		);
	await recordAudit({
		actor: options.actor,
		action: 'newsletter.update',
		targetType: 'newsletter',
		targetId: options.id,
		targetLabel: options.input.subject,
		ip: options.ip
	});
}

export async function deleteNewsletterDraft(options: {
	actor: SessionUser | null;
	id: string;
	ip?: string | null;
}): Promise<void> {
	assertCan(options.actor, 'newsletter.send');
	const existing = await getNewsletter({ actor: options.actor, id: options.id });
	const deleted = await db
		.delete(newsletter)
		.where(and(eq(newsletter.id, options.id), eq(newsletter.status, 'draft')))
		.returning({ id: newsletter.id });
	if (deleted.length === 0)
		throw new NewsletterError(
			'Versendete Rundbriefe bleiben im Archiv und können nicht gelöscht werden.'
		);
	await recordAudit({
		actor: options.actor,
		action: 'newsletter.delete',
		targetType: 'newsletter',
		targetId: options.id,
		targetLabel: existing.subject,
		ip: options.ip
	});
}

export type NewsletterListItem = Pick<
	Newsletter,
	| 'id'
	| 'subject'
	| 'status'
	| 'recipientCount'
	| 'sentCount'
	| 'modifiedAt'
	| 'sendStartedAt'
	| 'sentAt'
>;

/** All Rundbriefe, last changed first; the page groups drafts apart from the archive. */
export async function listNewsletters(options: {
	actor: SessionUser | null;
}): Promise<NewsletterListItem[]> {
	assertCan(options.actor, 'newsletter.send');
	return db
		.select({
			id: newsletter.id,
			subject: newsletter.subject,
			status: newsletter.status,
			recipientCount: newsletter.recipientCount,
			sentCount: newsletter.sentCount,
			modifiedAt: newsletter.modifiedAt,
			sendStartedAt: newsletter.sendStartedAt,
			sentAt: newsletter.sentAt
		})
		.from(newsletter)
		.orderBy(desc(newsletter.modifiedAt))
		.limit(500);
}
