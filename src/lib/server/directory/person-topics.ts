import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Transaction } from '../db';
import { DirectoryError } from './directory-error';
import { personTopic, topic } from './schema';

/**
 * Inside a transaction: makes the person's active topics exactly `topicIds`. Archived topics the
 * person already has stay (forms no longer offer them, so leaving them out means nothing), but
 * none can be newly chosen. Returns whether anything changed.
 */
export async function replacePersonTopics(
	tx: Transaction,
	personId: string,
	topicIds: readonly string[]
): Promise<boolean> {
	const wanted = [...new Set(topicIds)];
	if (wanted.length > 0) {
		const found = await tx
			.select({ id: topic.id, archivedAt: topic.archivedAt })
			.from(topic)
			.where(inArray(topic.id, wanted));
		if (found.length !== wanted.length) throw new DirectoryError('topic_not_found', 'topicIds');
		if (found.some((row) => row.archivedAt !== null)) {
			throw new DirectoryError('topic_archived', 'topicIds');
		}
	}
	const current = await tx
		.select({ id: personTopic.topicId })
		.from(personTopic)
		.innerJoin(topic, eq(topic.id, personTopic.topicId))
		.where(and(eq(personTopic.personId, personId), isNull(topic.archivedAt)));
	const have = new Set(current.map((row) => row.id));
	const removed = [...have].filter((id) => !wanted.includes(id));
	const added = wanted.filter((id) => !have.has(id));
	if (removed.length > 0) {
		await tx
			.delete(personTopic)
			.where(and(eq(personTopic.personId, personId), inArray(personTopic.topicId, removed)));
	}
	if (added.length > 0) {
		await tx.insert(personTopic).values(added.map((topicId) => ({ personId, topicId })));
	}
	return removed.length > 0 || added.length > 0;
}
