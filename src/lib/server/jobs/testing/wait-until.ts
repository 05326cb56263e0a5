/**
 * Polls until `check` returns a value other than undefined/false, or fails after `timeoutMs`.
 * For tests that wait for background work (jobs, mails) without fixed sleeps.
 */
export async function waitUntil<T>(
	check: () => Promise<T | undefined | false> | T | undefined | false,
	{ timeoutMs = 10_000, intervalMs = 50, message = 'Bedingung' } = {}
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value !== undefined && value !== false) return value;
		if (Date.now() > deadline)
			throw new Error(`${message} nicht innerhalb von ${timeoutMs} ms erfüllt`);
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}
