/**
 * Queues work that follows a change already saved (a resume, a deletion): a failing enqueue must
 * not turn the saved change into an error page, and nothing is lost, since `fallback` (a sweep)
 * finds the same work later. Logs the failure and returns false; true when it was queued.
 */
export async function queueOrLeaveTo(
	fallback: string,
	what: string,
	work: () => Promise<unknown>
): Promise<boolean> {
	try {
		await work();
		return true;
	} catch (error) {
		console.error(
			`${what}: nicht beauftragt, ${fallback} holt es nach:`,
			error instanceof Error ? error.message : error
		);
		return false;
	}
}
