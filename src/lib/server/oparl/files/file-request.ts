/**
 * A failed file request, in German for the report. `transient` failures (timeouts, dropped
 * connections, 5xx, 429) are worth another attempt; the others (404, 403 …) are not.
 * The sync's `OparlFetchError` has the same shape, so either may be thrown.
 */
export class FileRequestError extends Error {
	constructor(
		message: string,
		readonly transient: boolean,
		readonly status?: number
	) {
		super(message);
		this.name = 'FileRequestError';
	}
}

export type FileRequester = (url: string, signal?: AbortSignal) => Promise<Response>;

/**
 * GET a file with a timeout for the whole transfer (the caller reads the body within it). Only
 * http(s) addresses: a council server's data decides what is fetched, so nothing else.
 */
export function plainFileRequester(options: { timeoutMs: number }): FileRequester {
	return async (url, signal) => {
		if (!/^https?:\/\//i.test(url)) {
			throw new FileRequestError(`Keine gültige Adresse: ${url.slice(0, 120)}`, false);
		}
		const timeout = AbortSignal.timeout(options.timeoutMs);
		let response: Response;
		try {
			response = await fetch(url, {
				signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
				redirect: 'follow',
				headers: { 'user-agent': 'Kommunalnetz-OParl-Import/1.0 (+https://oparl.org)' }
			});
		} catch (error) {
			if (signal?.aborted) throw signal.reason;
			if (timeout.aborted)
				throw new FileRequestError(
					`Keine Antwort innerhalb von ${Math.round(options.timeoutMs / 1000)} s`,
					true
				);
			const cause = (error as { cause?: { code?: string; message?: string } }).cause;
			throw new FileRequestError(
				`Verbindung fehlgeschlagen (${cause?.code ?? cause?.message ?? (error as Error).message})`,
				true
			);
		}
		if (!response.ok) {
			await response.body?.cancel().catch(() => undefined);
			const status = response.status;
			throw new FileRequestError(
				status === 404
					? 'Nicht gefunden (HTTP 404)'
					: status === 410
						? 'Nicht mehr vorhanden (HTTP 410)'
						: `Unerwartete Antwort (HTTP ${status})`,
				status === 408 || status === 429 || status >= 500,
				status
			);
		}
		return response;
	};
}
