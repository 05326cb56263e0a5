import { enqueue, isJobQueueRunning } from '../jobs';

/**
 * Asks the job queue to extract one stored file's text. Never throws: the row already says
 * `pending`, and the sweep (see extraction-jobs.ts) requests pending files again.
 */
export async function requestTextExtraction(sha256: string): Promise<void> {
	if (!isJobQueueRunning()) return;
	try {
		await enqueue('files.extract-text', { sha256 }, { singletonKey: sha256 });
	} catch (error) {
		console.error(
			`Textauszug für Datei ${sha256} konnte nicht beauftragt werden; der regelmäßige Durchlauf holt ihn nach:`,
			error instanceof Error ? error.message : error
		);
	}
}
