import { enqueue, isJobQueueRunning } from '../../jobs';

/**
 * Asks the queue to mail a new post's immediate notifications. Never throws: the notification
 * rows are stored already, and the sweep (notifications/jobs.ts) finds any the queue never got.
 */
export async function requestPostNotifications(postId: string): Promise<void> {
	if (!isJobQueueRunning()) return;
	try {
		await enqueue('discussions.notify-post', { postId }, { singletonKey: postId });
	} catch (error) {
		console.error(
			`Benachrichtigungen zu Beitrag ${postId} konnten nicht beauftragt werden; der regelmäßige Durchlauf holt sie nach:`,
			error instanceof Error ? error.message : error
		);
	}
}
