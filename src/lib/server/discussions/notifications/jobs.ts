import { z } from 'zod';
import { enqueue, registerJob, scheduleJob } from '../../jobs';
import { sendDailyDigests } from './send-digests';
import { postsWithOverdueNotifications, sendPostNotifications } from './send-post-notifications';

const notifyPayload = z.object({ postId: z.uuid() });
const noPayload = z.object({}).strict();

declare module '../../jobs/types' {
	interface JobPayloads {
		'discussions.notify-post': z.infer<typeof notifyPayload>;
		'discussions.sweep': z.infer<typeof noPayload>;
		'discussions.digest': z.infer<typeof noPayload>;
	}
}

/** When the daily digest goes out, German time: early enough to read with the first coffee. */
export const DIGEST_CRON = '0 7 * * *';
/** Immediate mails whose job went missing (a restart at the wrong moment) are picked up then. */
const OVERDUE_AFTER_MS = 2 * 60_000;

export function registerDiscussionJobs(): void {
	registerJob(
		'discussions.notify-post',
		async ({ postId }) => {
			await sendPostNotifications(postId);
		},
		{ payload: notifyPayload, policy: 'short', retryLimit: 3, retryDelaySeconds: 30 }
	);
	registerJob(
		'discussions.sweep',
		async () => {
			const overdue = await postsWithOverdueNotifications(new Date(Date.now() - OVERDUE_AFTER_MS));
			for (const postId of overdue)
				await enqueue('discussions.notify-post', { postId }, { singletonKey: postId });
		},
		{ payload: noPayload, policy: 'short', retryLimit: 0 }
	);
	scheduleJob('discussions.sweep', '*/5 * * * *');
	registerJob(
		'discussions.digest',
		async () => {
			await sendDailyDigests();
		},
		{
			payload: noPayload,
			policy: 'short',
			retryLimit: 3,
			retryDelaySeconds: 600,
			expireInSeconds: 30 * 60
		}
	);
	scheduleJob('discussions.digest', DIGEST_CRON, { timezone: 'Europe/Berlin' });
}
