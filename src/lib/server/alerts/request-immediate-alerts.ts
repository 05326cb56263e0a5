import { enqueue, isJobQueueRunning } from '../jobs';

/**
 * Asks for an immediate-alert run soon after documents were indexed, so "sofort" means seconds
 * rather than the next minute of the sweep. Bursts (a reindex, many edits) collapse into one run
 * per window. Never throws and does nothing without a running queue (CLI, seeding at boot): the
 * minutely sweep finds the documents anyway.
 */
export async function requestImmediateAlerts(): Promise<void> {
	if (!isJobQueueRunning()) return;
	try {
		// One waiting job per key (the queue's policy is `stately`): later requests join it.
		await enqueue('alerts.immediate', {}, { singletonKey: 'after-index', startAfter: 2 });
	} catch (error) {
		console.error(
			'Benachrichtigungen zu gespeicherten Suchen konnten nicht beauftragt werden; der regelmäßige Durchlauf holt sie nach:',
			error instanceof Error ? error.message : error
		);
	}
}
