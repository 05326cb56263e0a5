import { HostGuard } from '../http/host-guard';
import { OparlClient } from '../http/oparl-client';

/**
 * How a download fetches: a successful response whose body the caller reads, or a thrown error
 * with a German message; `transient: true` on the error marks failures worth another attempt
 * (timeouts, dropped connections, 5xx, 429), as the sync's `OparlFetchError` does.
 */
export type FileRequester = (url: string, signal?: AbortSignal) => Promise<Response>;

/** What a source allows: the same limits as its sync. */
export interface SourceLimits {
	sourceId: string;
	requestsPerSecond: number;
	concurrency: number;
	timeoutSeconds: number;
	/** Where the source's files may come from (see HostGuard). */
	systemUrl: string;
	allowedHosts: readonly string[];
}

/**
 * Files are larger than list pages: a 20 MB PDF from a slow municipal server needs longer than
 * the source's timeout for JSON, so a download gets at least this long.
 */
const MIN_FILE_TIMEOUT_MS = 120_000;

const clients = new Map<string, { key: string; client: OparlClient }>();

/**
 * The source's HTTP client for downloads (rate limit, concurrency, retries with backoff that
 * honour Retry-After, only http(s) addresses on the source's allowed hosts), one per source in this process, so the download
 * jobs running side by side share the source's limits. Rebuilt when the board changes them.
 */
export function sourceFileRequester(limits: SourceLimits): FileRequester {
	const key = JSON.stringify([
		limits.requestsPerSecond,
		limits.concurrency,
		limits.timeoutSeconds,
		limits.systemUrl,
		limits.allowedHosts
	]);
	let entry = clients.get(limits.sourceId);
	if (!entry || entry.key !== key) {
		entry = {
			key,
			client: new OparlClient({
				requestsPerSecond: limits.requestsPerSecond,
				concurrency: limits.concurrency,
				timeoutMs: Math.max(limits.timeoutSeconds * 1000, MIN_FILE_TIMEOUT_MS),
				// A blip is retried at once; longer outages are the job queue's retries (minutes apart).
				retries: 1,
				guard: new HostGuard({ systemUrl: limits.systemUrl, allowedHosts: limits.allowedHosts })
			})
		};
		clients.set(limits.sourceId, entry);
	}
	const client = entry.client;
	return (url, signal) => client.request(url, signal);
}
