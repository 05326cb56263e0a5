import type { MotionStatus, MotionType, MotionVisibility } from '$lib/shared/motions';
import { db } from '../../../db';
import { indexMotions } from '../../../motions/index-motion';
import { motion, motionAuthor, motionTopic } from '../../../motions/schema';

/** A motion of the network, written and indexed as the motion exchange does. */
export async function createIndexedMotion(values: {
	title: string;
	text?: string;
	type?: MotionType;
	status?: MotionStatus;
	visibility: MotionVisibility;
	factionId?: string | null;
	councilId?: string | null;
	authorIds?: string[];
	topicIds?: string[];
}): Promise<string> {
	const [row] = await db
		.insert(motion)
		.values({
			title: values.title,
			text: values.text ?? '',
			type: values.type ?? 'motion',
			status: values.status ?? 'filed',
			visibility: values.visibility,
			factionId: values.factionId ?? null,
			councilId: values.councilId ?? null,
			filedOn: '2026-09-01'
		})
		.returning({ id: motion.id });
	const id = row!.id;
	if (values.authorIds?.length)
		await db
			.insert(motionAuthor)
			.values(values.authorIds.map((userId) => ({ motionId: id, userId })));
	if (values.topicIds?.length)
		await db
			.insert(motionTopic)
			.values(values.topicIds.map((topicId) => ({ motionId: id, topicId })));
	await indexMotions([id]);
	return id;
}
