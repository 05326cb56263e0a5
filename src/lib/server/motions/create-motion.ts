import type { z } from 'zod';
import { motionForm, type MotionInput } from '$lib/shared/motion-forms';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { indexMotion } from './index-motion';
import { motionColumns } from './motion-columns';
import { resolvePlace, resolveTopicIds } from './motion-references';
import { motion, motionAuthor, motionTopic } from './schema';
import { loadMotionViewer } from './visibility';

/**
 * The input of `createMotion` (and of `POST /api/v1/motions`): type, title, text, justification,
 * topics (ids, slugs or names), visibility, and optionally where and how far it was filed.
 * Validate with it first; `createMotion` parses again, so nothing unchecked reaches the database.
 */
export const createMotionSchema = motionForm;
export type CreateMotionInput = MotionInput;
export type CreateMotionFields = z.output<typeof createMotionSchema>;

/**
 * A new motion written by the actor, who becomes its first author. Filing for a faction needs a
 * seat in it (or the board); a filed motion is readable by the network at least
 * (`visibilityAfterStatus`). Throws `MotionError` for unknown or foreign references and zod's
 * error for invalid input.
 */
export async function createMotion(
	actor: SessionUser | null,
	input: CreateMotionInput,
	options: { reusedFromId?: string | null; ip?: string | null } = {}
): Promise<{ id: string; url: string }> {
	assertCan(actor, 'network.contribute');
	const user = actor;
	const fields = createMotionSchema.parse(input);
	const viewer = await loadMotionViewer(user);
	const place = await resolvePlace(viewer, fields);
	const topicIds = await resolveTopicIds(fields.topics);

	const id = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(motion)
			.values({
				...motionColumns(fields, place),
				reusedFromId: options.reusedFromId ?? null,
				createdById: user.id
			})
			.returning({ id: motion.id });
		await tx.insert(motionAuthor).values({ motionId: row!.id, userId: user.id });
		if (topicIds.length > 0) {
			await tx
				.insert(motionTopic)
				.values(topicIds.map((topicId) => ({ motionId: row!.id, topicId })));
		}
		return row!.id;
	});

	await recordAudit({
		actor: user,
		action: options.reusedFromId ? 'motion.reuse' : 'motion.create',
		targetType: 'motion',
		targetId: id,
		targetLabel: fields.title,
		details: {
			type: fields.type,
			status: fields.status,
			...(options.reusedFromId ? { reusedFromId: options.reusedFromId } : {})
		},
		ip: options.ip
	});
	await indexMotion(id);
	return { id, url: `/antraege/${id}` };
}
