import { z } from 'zod';
import { enqueue, isJobQueueRunning, registerJob, scheduleJob } from '../../../jobs';
import {
	commentsWithOverdueNotifications,
	sendCommentNotifications
} from './send-comment-notifications';

const notifyPayload = z.object({ commentId: z.uuid() });
const noPayload = z.object({}).strict();

declare module '../../../jobs/types' {
	interface JobPayloads {
		'motions.notify-comment': z.infer<typeof notifyPayload>;
		'motions.comment-sweep': z.infer<typeof noPayload>;
	}
}

/** Mails whose job went missing (a restart at the wrong moment) are picked up after this. */
const OVERDUE_AFTER_MS = 2 * 60_000;

export function registerMotionCommentJobs(): void {
	registerJob(
		'motions.notify-comment',
		async ({ commentId }) => {
			await sendCommentNotifications(commentId);
		},
		{ payload: notifyPayload, policy: 'short', retryLimit: 3, retryDelaySeconds: 30 }
	);
	registerJob(
		'motions.comment-sweep',
		async () => {
			const overdue = await commentsWithOverdueNotifications(
				new Date(Date.now() - OVERDUE_AFTER_MS)
			);
			for (const commentId of overdue) await sendCommentNotifications(commentId);
		},
		{ payload: noPayload, policy: 'short', retryLimit: 0 }
	);
	scheduleJob('motions.comment-sweep', '*/5 * * * *');
}

/**
 * Asks the queue to mail a new comment to the motion's authors. Never throws: the comment is
 * stored already, and the sweep finds any the queue never got.
 */
export async function requestCommentNotifications(commentId: string): Promise<void> {
	if (!isJobQueueRunning()) return;
	try {
		await enqueue('motions.notify-comment', { commentId }, { singletonKey: commentId });
	} catch (error) {
		console.error(
			`Mails zu Kommentar ${commentId} konnten nicht beauftragt werden; der regelmäßige Durchlauf holt sie nach:`,
			error instanceof Error ? error.message : error
		);
	}
}
