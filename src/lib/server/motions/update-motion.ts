import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { editMotionForm, type MotionInput } from '$lib/shared/motion-forms';
import { recordAudit } from '../audit/record-audit';
import { user as userTable } from '../auth/schema';
import { assertCan, can } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { readableMotion } from './attachments/motion-access';
import { indexMotion } from './index-motion';
import { motionColumns } from './motion-columns';
import { MotionError } from './motion-error';
import { resolvePlace, resolveTopicIds } from './motion-references';
import { motion, motionAuthor, motionTopic } from './schema';

export type UpdateMotionInput = MotionInput & { authorIds?: readonly string[] | string };
export type UpdateMotionFields = z.output<typeof editMotionForm>;

/** Fields compared for the audit entry: what changed, not the new text itself. */
const AUDITED_FIELDS = [
	'type',
	'title',
	'text',
	'justification',
	'answer',
	'answeredOn',
	'councilId',
	'factionId',
	'filedOn',
	'status',
	'votesYes',
	'votesNo',
	'votesAbstain',
	'decidedOn',
	'visibility'
] as const;

/**
 * Changes a motion: text, place, authors, topics, state with vote result and decision date,
 * the inquiry's answer, visibility. Editors are its authors, the faction admins of its faction
 * and the board (visibility.ts). Once filed, a faction draft becomes readable by the network.
 */
export async function updateMotion(
	actor: SessionUser | null,
	motionId: string,
	input: UpdateMotionInput,
	options: { ip?: string | null } = {}
): Promise<void> {
	assertCan(actor, 'network.contribute');
	const access = await readableMotion(actor, motionId);
	if (!access) throw new MotionError('motion_not_found');
	if (!access.canEdit) throw new MotionError('not_allowed');
	const [before] = await db.select().from(motion).where(eq(motion.id, motionId));
	if (!before) throw new MotionError('motion_not_found');

	const fields = editMotionForm.parse({
		...input,
		authorIds: input.authorIds ?? access.facts.authorIds
	});
	const place = await resolvePlace(access.viewer, fields, before.factionId);
	const currentTopics = await db
		.select({ topicId: motionTopic.topicId })
		.from(motionTopic)
		.where(eq(motionTopic.motionId, motionId));
	const topicIds = await resolveTopicIds(
		fields.topics,
		new Set(currentTopics.map((row) => row.topicId))
	);
	const authorIds = await checkAuthors(fields.authorIds, access.facts.authorIds);

	const after = motionColumns(fields, place);
	await db.transaction(async (tx) => {
		await tx
			.update(motion)
			.set({ ...after, modifiedAt: new Date() })
			.where(eq(motion.id, motionId));
		await tx.delete(motionTopic).where(eq(motionTopic.motionId, motionId));
		if (topicIds.length > 0) {
			await tx.insert(motionTopic).values(topicIds.map((topicId) => ({ motionId, topicId })));
		}
		await tx.delete(motionAuthor).where(eq(motionAuthor.motionId, motionId));
		await tx.insert(motionAuthor).values(authorIds.map((userId) => ({ motionId, userId })));
	});

	const changed: string[] = AUDITED_FIELDS.filter((field) => before[field] !== after[field]);
	if (
		!sameSet(
			currentTopics.map((row) => row.topicId),
			topicIds
		)
	)
		changed.push('topics');
	if (!sameSet(access.facts.authorIds, authorIds)) changed.push('authors');
	await recordAudit({
		actor,
		action: 'motion.update',
		targetType: 'motion',
		targetId: motionId,
		targetLabel: after.title,
		details: {
			changed,
			...(before.status !== after.status ? { status: [before.status, after.status] } : {}),
			...(before.visibility !== after.visibility
				? { visibility: [before.visibility, after.visibility] }
				: {})
		},
		ip: options.ip
	});
	await indexMotion(motionId);
}

/**
 * Authors are accounts of the network (they read the draft they wrote). Authors already on the
 * motion may stay even if their role changed since; new ones must be members of the network.
 */
async function checkAuthors(
	requested: readonly string[],
	current: readonly string[]
): Promise<string[]> {
	const ids = [...new Set(requested)];
	if (ids.length === 0) throw new MotionError('author_required', 'authorIds');
	const rows = await db
		.select({
			id: userTable.id,
			name: userTable.name,
			email: userTable.email,
			role: userTable.role,
			accessExpiresAt: userTable.accessExpiresAt
		})
		.from(userTable)
		.where(inArray(userTable.id, ids));
	for (const id of ids) {
		const row = rows.find((candidate) => candidate.id === id);
		const inNetwork =
			row &&
			can(
				{
					...row,
					emailVerified: true,
					twoFactorEnabled: true,
					accessExpiresAt: row.accessExpiresAt
				},
				'network.contribute'
			);
		if (!inNetwork && !current.includes(id)) throw new MotionError('author_not_found', 'authorIds');
	}
	return ids;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((item) => b.includes(item));
}
