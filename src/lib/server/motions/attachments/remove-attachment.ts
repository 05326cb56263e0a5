import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { isUuid } from '../../directory/is-uuid';
import { deleteFileIfUnused } from '../../files/delete-unused-file';
import { indexMotion } from '../index-motion';
import { motionAttachment } from '../schema';
import { AttachmentNotAllowedError, AttachmentNotFoundError } from './attachment-errors';
import { readableMotion } from './motion-access';

/**
 * Removes an attachment from a motion the actor may edit, and its bytes once nothing else refers
 * to them (a draft's file should not outlive its removal). The motion is reindexed without it.
 */
export async function removeAttachment(
	actor: SessionUser | null,
	input: { motionId: string; attachmentId: string; ip?: string | null }
): Promise<void> {
	assertCan(actor, 'network.contribute');
	if (!isUuid(input.attachmentId)) throw new AttachmentNotFoundError();
	const access = await readableMotion(actor, input.motionId);
	if (!access) throw new AttachmentNotFoundError();
	if (!access.canEdit) throw new AttachmentNotAllowedError();
	const [removed] = await db
		.delete(motionAttachment)
		.where(
			and(
				eq(motionAttachment.id, input.attachmentId),
				eq(motionAttachment.motionId, access.motionId)
			)
		)
		.returning({ fileName: motionAttachment.fileName, sha256: motionAttachment.fileSha256 });
	if (!removed) throw new AttachmentNotFoundError();
	await recordAudit({
		actor,
		action: 'motion.attachment_remove',
		targetType: 'motion',
		targetId: access.motionId,
		targetLabel: access.title,
		details: { fileName: removed.fileName },
		ip: input.ip ?? null
	});
	await indexMotion(access.motionId);
	await deleteFileIfUnused(removed.sha256);
}
