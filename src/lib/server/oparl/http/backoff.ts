/** Waiting between attempts: exponential with full jitter, or what the server asked for. */
export interface BackoffOptions {
	baseDelayMs: number;
	maxDelayMs: number;
	/** 0–1, injectable for tests. */
	random?: () => number;
}

/**
 * Delay before retry number `attempt` (1 = first retry): between half and all of
 * base·2^(attempt−1), capped. The jitter keeps several workers from retrying in lockstep.
 */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
	const random = options.random ?? Math.random;
	const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
	return Math.round(ceiling * (0.5 + random() / 2));
}

/**
 * `Retry-After` as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
	if (!header) return null;
	const value = header.trim();
	if (/^\d+$/.test(value)) return Number(value) * 1000;
	const at = Date.parse(value);
	if (Number.isNaN(at)) return null;
	return Math.max(0, at - now);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(signal.reason);
		const timer = setTimeout(() => {
			signal?.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal!.reason);
		};
		signal?.addEventListener('abort', onAbort, { once: true });
	});
}
