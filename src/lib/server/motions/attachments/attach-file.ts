import { recordAudit } from '../../audit/record-audit';
import { assertCan } from '../../auth/policy';
import type { SessionUser } from '../../auth/types';
import { db } from '../../db';
import { storeDocument } from '../../files/store-file';
import { hitRateLimit, RATE_LIMITS } from '../../security/rate-limit';
import { indexMotion } from '../index-motion';
import { motionAttachment } from '../schema';
import {
	AttachmentNotAllowedError,
	AttachmentNotFoundError,
	AttachmentRateLimitedError
} from './attachment-errors';
import { attachmentFileName } from './file-name';
import { readableMotion } from './motion-access';

export interface AttachFileInput {
	motionId: string;
	/** The name the file had on the uploader's computer; only shown, never trusted. */
	fileName: string;
	bytes: Uint8Array;
	ip?: string | null;
}

/**
 * Attaches a PDF, DOCX or ODT to a motion the actor may edit. The file is checked (size, type by
 * content) and stored once; its text is extracted in the background and then reindexed with the
 * motion. Throws the file store's `FileRejectedError` (German message for the field).
 */
export async function attachFile(
	actor: SessionUser | null,
	input: AttachFileInput
): Promise<{ id: string; fileName: string }> {
	assertCan(actor, 'network.contribute');
	const access = await readableMotion(actor, input.motionId);
	if (!access) throw new AttachmentNotFoundError();
	if (!access.canEdit) throw new AttachmentNotAllowedError();
	if (!(await hitRateLimit(RATE_LIMITS.attachmentUpload, actor.id)).allowed)
		throw new AttachmentRateLimitedError();
	const stored = await storeDocument(input.bytes);
	const fileName = attachmentFileName(input.fileName, stored.mediaType);
	const [row] = await db
		.insert(motionAttachment)
		.values({
			motionId: access.motionId,
			fileSha256: stored.sha256,
			fileName,
			uploadedById: actor.id
		})
		.returning({ id: motionAttachment.id });
	await recordAudit({
		actor,
		action: 'motion.attachment_add',
		targetType: 'motion',
		targetId: access.motionId,
		targetLabel: access.title,
		details: { fileName, size: stored.size, mediaType: stored.mediaType },
		ip: input.ip ?? null
	});
	// The same bytes may have been extracted already (attached elsewhere before).
	await indexMotion(access.motionId);
	return { id: row!.id, fileName };
}
