import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { groupForm, type GroupInput } from '../../shared/discussions';
import { assertNameFree, assertTopicOffered } from './create-group';
import { DiscussionNotFoundError } from './errors';
import { topicGroup } from './schema';

export interface UpdateGroupOptions {
	actor: SessionUser | null;
	groupId: string;
	input: GroupInput;
	ip?: string | null;
}

/** The board renames a group, rewrites its description or links another topic. */
export async function updateGroup(options: UpdateGroupOptions): Promise<void> {
	const actor = options.actor;
	assertCan(actor, 'discussions.manage');
	const input = groupForm.parse(options.input);
	await assertNameFree(input.name, options.groupId);
	await assertTopicOffered(input.topicId);
	const updated = await db
		.update(topicGroup)
		.set({
			name: input.name,
			description: input.description,
			topicId: input.topicId,
			modifiedAt: new Date()
		})
		.where(eq(topicGroup.id, options.groupId))
		.returning({ id: topicGroup.id });
	if (updated.length === 0) throw new DiscussionNotFoundError();
	await recordAudit({
		actor,
		action: 'discussion.group_update',
		targetType: 'topic_group',
		targetId: options.groupId,
		targetLabel: input.name,
		ip: options.ip ?? null
	});
}

export interface SetGroupArchivedOptions {
	actor: SessionUser | null;
	groupId: string;
	archived: boolean;
	ip?: string | null;
}

/**
 * Archiving closes a group: threads stay readable, nobody joins or writes any more, and no
 * further mails go out about it. Restoring opens it again.
 */
export async function setGroupArchived(options: SetGroupArchivedOptions): Promise<void> {
	const actor = options.actor;
	assertCan(actor, 'discussions.manage');
	const [row] = await db
		.update(topicGroup)
		.set({ archivedAt: options.archived ? new Date() : null, modifiedAt: new Date() })
		.where(eq(topicGroup.id, options.groupId))
		.returning({ id: topicGroup.id, name: topicGroup.name });
	if (!row) throw new DiscussionNotFoundError();
	await recordAudit({
		actor,
		action: options.archived ? 'discussion.group_archive' : 'discussion.group_restore',
		targetType: 'topic_group',
		targetId: row.id,
		targetLabel: row.name,
		ip: options.ip ?? null
	});
}
