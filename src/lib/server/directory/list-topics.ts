import { asc, isNull } from 'drizzle-orm';
import { db } from '../db';
import { topic } from './schema';

export interface TopicOption {
	id: string;
	name: string;
	description: string | null;
	archived: boolean;
}

/** The curated topics in the board's order; archived ones only when asked for. */
export async function listTopics(
	options: { includeArchived?: boolean } = {}
): Promise<TopicOption[]> {
	const rows = await db
		.select({
			id: topic.id,
			name: topic.name,
			description: topic.description,
			archivedAt: topic.archivedAt
		})
		.from(topic)
		.where(options.includeArchived ? undefined : isNull(topic.archivedAt))
		.orderBy(asc(topic.sortOrder), asc(topic.name));
	return rows.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null }));
}
