import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { db } from '../db';
import { topic } from '../directory/schema';
import { reindexAllMotions } from '../motions/index-motion';
import {
	motion,
	motionAttachment,
	motionAuthor,
	motionComment,
	motionTopic
} from '../motions/schema';
import { DEMO_MOTION_COMMENTS, DEMO_MOTIONS, type DemoMotion } from './data/motions';
import { buildDemoAttachments } from './data/motion-attachments';
import type { DemoMotionComment } from './data/motion-types';
import { loadDemoPlaces } from './lookup-places';
import { storeDemoAttachments } from './store-demo-attachments';
import type { DemoContext, DemoSeed } from './types';

const CHUNK = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

function dayOf(now: Date, daysAgo: number | null): string | null {
	return daysAgo === null
		? null
		: new Date(now.getTime() - daysAgo * DAY_MS).toISOString().slice(0, 10);
}

function accountId(ctx: DemoContext, key: DemoMotion['createdBy']): string | null {
	if (key === null) return null;
	const account = ctx.accounts.get(key);
	if (!account) throw new Error(`Demo-Konto „${key}“ fehlt`);
	return account.id;
}

/**
 * Writes the demo motion library (data/motions.ts) with bulk inserts in one transaction, not
 * through the services: the history lies in the past (filing and decision dates, votes), and
 * 350 single creations with audit entries would slow every demo start. A few motions get
 * attachments (rendered documents in the file store). Idempotent: the transaction writes all or
 * nothing, and a library holding the first template is complete.
 */
export async function writeDemoMotions(
	ctx: DemoContext,
	{
		motions = DEMO_MOTIONS,
		comments = DEMO_MOTION_COMMENTS,
		attachments = buildDemoAttachments(motions),
		now = new Date()
	}: {
		motions?: readonly DemoMotion[];
		comments?: readonly DemoMotionComment[];
		attachments?: ReturnType<typeof buildDemoAttachments>;
		now?: Date;
	} = {}
): Promise<boolean> {
	const first = motions[0]!;
	const seeded = (executor: Pick<typeof db, 'select'>) =>
		executor
			.select({ id: motion.id })
			.from(motion)
			.where(and(eq(motion.type, first.type), eq(motion.title, first.title)))
			.limit(1)
			.then((rows) => rows.length > 0);
	if (await seeded(db)) return false;
	// Files first: the file store writes outside the transaction (and dedupes a second run).
	const files = await storeDemoAttachments(attachments);
	return db.transaction(async (tx) => {
		if (await seeded(tx)) return false;

		const { councils, factions } = await loadDemoPlaces(
			tx,
			motions.flatMap((m) => (m.councilAgs ? [m.councilAgs] : [])),
			'die Demo-Anträge'
		);
		const slugs = [...new Set(motions.flatMap((m) => m.topics))];
		const topicRows = await tx
			.select({ id: topic.id, slug: topic.slug })
			.from(topic)
			.where(inArray(topic.slug, slugs));
		const topics = new Map(topicRows.map((row) => [row.slug, row.id]));
		const unknownTopics = slugs.filter((slug) => !topics.has(slug));
		if (unknownTopics.length > 0)
			throw new Error(`Themen fehlen in der Themenliste: ${unknownTopics.join(', ')}`);

		// Ids chosen here, so a motion can point to the one it was taken over from in one insert.
		const ids = new Map(motions.map((m) => [m.key, randomUUID()]));
		const byKey = new Map(motions.map((m) => [m.key, m]));
		const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);
		await insertChunked([...motions], (chunk) =>
			tx.insert(motion).values(
				chunk.map((m) => ({
					id: ids.get(m.key)!,
					type: m.type,
					title: m.title,
					text: m.text,
					justification: m.justification,
					answer: m.answer,
					answeredOn: dayOf(now, m.answeredDaysAgo),
					councilId: m.councilAgs ? councils.get(m.councilAgs)! : null,
					factionId: m.faction ? (factions.get(m.faction) ?? null) : null,
					filedOn: dayOf(now, m.filedDaysAgo),
					status: m.status,
					votesYes: m.votes?.yes ?? null,
					votesNo: m.votes?.no ?? null,
					votesAbstain: m.votes?.abstain ?? null,
					decidedOn: dayOf(now, m.decidedDaysAgo),
					visibility: m.visibility,
					reusedFromId: m.reusedFrom ? ids.get(m.reusedFrom)! : null,
					createdById: accountId(ctx, m.createdBy),
					createdAt: at(m.createdDaysAgo),
					modifiedAt: at(Math.min(m.createdDaysAgo, m.decidedDaysAgo ?? m.createdDaysAgo))
				}))
			)
		);
		const topicLinks = motions.flatMap((m) =>
			m.topics.map((slug) => ({ motionId: ids.get(m.key)!, topicId: topics.get(slug)! }))
		);
		await insertChunked(topicLinks, (chunk) => tx.insert(motionTopic).values(chunk));
		const authors = motions.flatMap((m) =>
			m.authors.map((key) => ({ motionId: ids.get(m.key)!, userId: accountId(ctx, key)! }))
		);
		if (authors.length > 0) await tx.insert(motionAuthor).values(authors);
		if (comments.length > 0)
			await tx.insert(motionComment).values(
				comments.map((c) => ({
					motionId: ids.get(c.motion)!,
					authorId: accountId(ctx, c.author),
					kind: c.kind,
					body: c.body,
					createdAt: at(c.daysAgo)
				}))
			);
		if (files.length > 0)
			await tx.insert(motionAttachment).values(
				files.map((file) => ({
					motionId: ids.get(file.motion)!,
					fileSha256: file.sha256,
					fileName: file.fileName,
					uploadedById: accountId(ctx, 'vorstand'),
					createdAt: at(Math.max(0, byKey.get(file.motion)!.createdDaysAgo - 1))
				}))
			);
		return true;
	});
}

export const seedMotions: DemoSeed = {
	name: 'Anträge',
	async seed(ctx) {
		await writeDemoMotions(ctx);
		// Always: an interrupted start may have written the motions but not their search rows.
		await reindexAllMotions();
	}
};
