import { enqueue, isJobQueueRunning } from '../jobs';

/**
 * Asks the job queue to deliver one stored message (at once, or not before `startAfter`).
 * Never throws: the message is already stored, and if this process has no queue or the enqueue
 * fails, the scheduled sweep finds the queued row and requests it again.
 */
export async function requestMailDelivery(
	messageId: string,
	options: { startAfter?: Date } = {}
): Promise<void> {
	if (!isJobQueueRunning()) return;
	try {
		// One waiting job per mail (the queue's policy is `short`): repeated requests collapse.
		await enqueue(
			'mail.deliver',
			{ messageId },
			{ singletonKey: messageId, startAfter: notBefore(options.startAfter) }
		);
	} catch (error) {
		console.error(
			`Zustellung von Mail ${messageId} konnte nicht beauftragt werden; der regelmäßige Durchlauf holt sie nach:`,
			error instanceof Error ? error.message : error
		);
	}
}

/**
 * A Date holds milliseconds, the mail's next_attempt_at microseconds: without the extra
 * millisecond the job could start a fraction before the mail is due and find nothing to do.
 */
function notBefore(time: Date | undefined): Date | undefined {
	return time && new Date(time.getTime() + 1);
}
