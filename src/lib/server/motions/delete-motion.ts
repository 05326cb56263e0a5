import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit';
import { assertCan, can, needsTwoFactorSetup } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { deleteFileIfUnused } from '../files/delete-unused-file';
import type { MotionStatus } from '$lib/shared/motions';
import { readableMotion, type MotionAccess } from './attachments/motion-access';
import { indexMotion } from './index-motion';
import { MotionError } from './motion-error';
import { motion, motionAttachment } from './schema';
import { canDeleteMotion } from './visibility';

export interface DeletedMotion {
	title: string;
	/** Motions that had been taken over from this one; they stay and say their source is gone. */
	reuses: number;
	/** Stored files removed because nothing else referred to them any more. */
	filesRemoved: number;
}

/**
 * Deletes a motion with its authors, topics, comments and attachments (cascades). Motions taken
 * over from it keep their text and are marked "übernommen aus einem gelöschten Antrag"; its search
 * row goes; its files go unless another motion, event or page still refers to the same bytes.
 */
export async function deleteMotion(
	actor: SessionUser | null,
	motionId: string,
	options: { ip?: string | null } = {}
): Promise<DeletedMotion> {
	assertCan(actor, 'network.contribute');
	const access = await readableMotion(actor, motionId);
	if (!access) throw new MotionError('motion_not_found');

	const deleted = await db.transaction(async (tx) => {
		// The row lock also holds back a concurrent "Übernehmen" or upload, whose foreign key
		// waits for it: no reuse can slip in unmarked, no file can be attached to a deleted motion.
		const [row] = await tx
			.select({ status: motion.status, type: motion.type, title: motion.title })
			.from(motion)
			.where(eq(motion.id, motionId))
			.for('update');
		if (!row) throw new MotionError('motion_not_found');
		if (!mayDelete(actor, access, row.status)) throw new MotionError('delete_not_allowed');
		const files = await tx
			.select({ sha256: motionAttachment.fileSha256, fileName: motionAttachment.fileName })
			.from(motionAttachment)
			.where(eq(motionAttachment.motionId, motionId));
		const reuses = await tx
			.update(motion)
			.set({ reusedFromDeleted: true })
			.where(eq(motion.reusedFromId, motionId))
			.returning({ id: motion.id });
		await tx.delete(motion).where(eq(motion.id, motionId));
		return { ...row, files, reuses: reuses.length };
	});

	await recordAudit({
		actor,
		action: 'motion.delete',
		targetType: 'motion',
		targetId: motionId,
		targetLabel: deleted.title,
		details: {
			type: deleted.type,
			status: deleted.status,
			attachments: deleted.files.map((file) => file.fileName),
			reuses: deleted.reuses
		},
		ip: options.ip ?? null
	});
	await indexMotion(motionId);
	let filesRemoved = 0;
	for (const sha256 of new Set(deleted.files.map((file) => file.sha256))) {
		if (await deleteFileIfUnused(sha256)) filesRemoved++;
	}
	return { title: deleted.title, reuses: deleted.reuses, filesRemoved };
}

/** visibility.ts's rule, and for filed motions the board's moderation right (with its 2FA). */
function mayDelete(actor: SessionUser, access: MotionAccess, status: MotionStatus): boolean {
	if (!canDeleteMotion(access.viewer, access.facts, status)) return false;
	if (status === 'draft') return true;
	return can(actor, 'motions.moderate') && !needsTwoFactorSetup(actor);
}

/** For pages: whether to offer the button (the service decides again when it is pressed). */
export function offersDelete(
	actor: SessionUser | null,
	access: MotionAccess,
	status: MotionStatus
): boolean {
	return actor !== null && can(actor, 'network.contribute') && mayDelete(actor, access, status);
}
