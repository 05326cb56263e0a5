import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { DirectoryError } from './directory-error';
import { topic } from './schema';
import { topicSlug } from './topic-slug';

/**
 * The board keeps the topic list: add, rename, reorder, archive and restore. Topics are never
 * deleted here: people and (later) motions keep the ones they have, archived or not.
 */
type Actor = SessionUser | null;

async function assertNameFree(name: string, exceptId?: string): Promise<void> {
	const [clash] = await db
		.select({ id: topic.id })
		.from(topic)
		.where(
			and(sql`lower(${topic.name}) = lower(${name})`, exceptId ? ne(topic.id, exceptId) : undefined)
		)
		.limit(1);
	if (clash) throw new DirectoryError('topic_name_taken', 'name');
}

async function findTopic(id: string) {
	const [row] = await db.select().from(topic).where(eq(topic.id, id)).limit(1);
	if (!row) throw new DirectoryError('topic_not_found');
	return row;
}

async function freeSlug(name: string): Promise<string> {
	const base = topicSlug(name);
	const taken = new Set(
		(
			await db
				.select({ slug: topic.slug })
				.from(topic)
				.where(sql`${topic.slug} = ${base} or ${topic.slug} like ${`${base}-%`}`)
		).map((row) => row.slug)
	);
	if (!taken.has(base)) return base;
	let n = 2;
	while (taken.has(`${base}-${n}`)) n++;
	return `${base}-${n}`;
}

export async function addTopic(options: {
	actor: Actor;
	name: string;
	description: string | null;
	ip?: string | null;
}): Promise<{ id: string }> {
	assertCan(options.actor, 'directory.manage');
	await assertNameFree(options.name);
	const [{ next }] = (await db
		.select({ next: sql<number>`coalesce(max(${topic.sortOrder}), -1)::int + 1` })
		.from(topic)) as [{ next: number }];
	const [row] = await db
		.insert(topic)
		.values({
			name: options.name,
			description: options.description,
			slug: await freeSlug(options.name),
			sortOrder: next
		})
		.returning({ id: topic.id });
	await recordAudit({
		actor: options.actor,
		action: 'topic.create',
		targetType: 'topic',
		targetId: row!.id,
		targetLabel: options.name,
		ip: options.ip
	});
	return { id: row!.id };
}

/** Renames a topic; its slug stays, so links and filters keep working. */
export async function renameTopic(options: {
	actor: Actor;
	topicId: string;
	name: string;
	description: string | null;
	ip?: string | null;
}): Promise<void> {
	assertCan(options.actor, 'directory.manage');
	const before = await findTopic(options.topicId);
	await assertNameFree(options.name, before.id);
	if (before.name === options.name && before.description === options.description) return;
	await db
		.update(topic)
		.set({ name: options.name, description: options.description })
		.where(eq(topic.id, before.id));
	await recordAudit({
		actor: options.actor,
		action: 'topic.rename',
		targetType: 'topic',
		targetId: before.id,
		targetLabel: options.name,
		details: before.name === options.name ? undefined : { old: before.name, new: options.name },
		ip: options.ip
	});
}

/** Swaps a topic with its neighbour above or below in the list. */
export async function moveTopic(options: {
	actor: Actor;
	topicId: string;
	direction: 'up' | 'down';
	ip?: string | null;
}): Promise<void> {
	assertCan(options.actor, 'directory.manage');
	await db.transaction(async (tx) => {
		// Renumber densely first: defaults and additions may share or skip numbers.
		const rows = await tx
			.select({ id: topic.id, sortOrder: topic.sortOrder, archivedAt: topic.archivedAt })
			.from(topic)
			.orderBy(asc(topic.sortOrder), asc(topic.name))
			.for('update');
		const index = rows.findIndex((row) => row.id === options.topicId);
		if (index < 0) throw new DirectoryError('topic_not_found');
		// The neighbour people see: archived topics are not in the offered list.
		const step = options.direction === 'up' ? -1 : 1;
		let other = index + step;
		while (other >= 0 && other < rows.length && rows[other]!.archivedAt !== null) other += step;
		if (other < 0 || other >= rows.length) return;
		const order = rows.map((row) => row.id);
		[order[index], order[other]] = [order[other]!, order[index]!];
		for (const [position, id] of order.entries()) {
			if (rows.find((row) => row.id === id)!.sortOrder !== position) {
				await tx.update(topic).set({ sortOrder: position }).where(eq(topic.id, id));
			}
		}
	});
	const moved = await findTopic(options.topicId);
	await recordAudit({
		actor: options.actor,
		action: 'topic.move',
		targetType: 'topic',
		targetId: moved.id,
		targetLabel: moved.name,
		details: { direction: options.direction },
		ip: options.ip
	});
}

/** Archived topics are no longer offered; people keep them. Restoring offers them again. */
export async function setTopicArchived(options: {
	actor: Actor;
	topicId: string;
	archived: boolean;
	ip?: string | null;
}): Promise<void> {
	assertCan(options.actor, 'directory.manage');
	const before = await findTopic(options.topicId);
	if ((before.archivedAt !== null) === options.archived) return;
	await db
		.update(topic)
		.set({ archivedAt: options.archived ? sql`now()` : null })
		.where(eq(topic.id, before.id));
	await recordAudit({
		actor: options.actor,
		action: options.archived ? 'topic.archive' : 'topic.restore',
		targetType: 'topic',
		targetId: before.id,
		targetLabel: before.name,
		ip: options.ip
	});
}
