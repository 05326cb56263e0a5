import { and, eq, isNull } from 'drizzle-orm';
import type { MotionType } from '$lib/shared/motions';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { topic } from '../directory/schema';
import { readableMotion } from './attachments/motion-access';
import { createMotion } from './create-motion';
import { MotionError } from './motion-error';
import { motion, motionTopic } from './schema';

/**
 * What a reuse becomes: templates and resolutions are starting points for a motion in one's own
 * council; an inquiry or statement stays what it is.
 */
const REUSED_AS: Record<MotionType, MotionType> = {
	template: 'motion',
	resolution: 'motion',
	motion: 'motion',
	inquiry: 'inquiry',
	statement: 'statement'
};

/**
 * "Übernehmen": a new draft of the actor's own, started from any motion or template they read,
 * with its title, text, justification and (current) topics; the lineage is kept in `reusedFromId`.
 * Filed for the actor's faction when they sit in exactly one; otherwise they choose when editing.
 */
export async function reuseMotion(
	actor: SessionUser | null,
	sourceId: string,
	options: { ip?: string | null } = {}
): Promise<{ id: string; url: string }> {
	assertCan(actor, 'network.contribute');
	const access = await readableMotion(actor, sourceId);
	if (!access) throw new MotionError('motion_not_found');
	const [source] = await db.select().from(motion).where(eq(motion.id, sourceId));
	if (!source) throw new MotionError('motion_not_found');
	const topics = await db
		.select({ id: motionTopic.topicId })
		.from(motionTopic)
		.innerJoin(topic, eq(topic.id, motionTopic.topicId))
		.where(and(eq(motionTopic.motionId, sourceId), isNull(topic.archivedAt)));
	const factionIds = [...access.viewer.factionIds];

	return createMotion(
		actor,
		{
			type: REUSED_AS[source.type],
			title: source.title,
			text: source.text,
			justification: source.justification,
			topics: topics.map((row) => row.id),
			visibility: 'faction',
			status: 'draft',
			factionId: factionIds.length === 1 ? factionIds[0] : null
		},
		{ reusedFromId: sourceId, ip: options.ip }
	);
}
